import type { EntityManager } from '../src/core/db/database.js';
import { Facility } from '../src/modules/registry/index.js';
import { Assessment, overallResult, RequirementOutcome, requirementSatisfied, ServiceStandard, StandardRequirement } from '../src/modules/standards/index.js';
import { seededRandom } from './random.js';
import { addDays } from '../src/core/calendar.js';

/**
 * A realistic spread of assessments in the demo city: about three in four facilities assessed
 * against each standard that applies to them, mostly compliant, some with remediation deadlines,
 * a few of them already passed (overdue). Needs the catalogue (seeded as reference data).
 */
export async function seedDemoAssessments(em: EntityManager, today: string): Promise<void> {
  const r = seededRandom(2018);
  const standards = await em.find(ServiceStandard, {}, { orderBy: { code: 'asc' } });
  const requirements = await em.find(StandardRequirement, {}, { orderBy: { position: 'asc' } });
  const facilities = await em.find(Facility, {}, { orderBy: { searchName: 'asc' } });
  const inspectors = ['Anna Nowak', 'Piotr Wiśniewski', 'Katarzyna Wójcik', 'Tomasz Kamiński'];
  for (const standard of standards) {
    const own = requirements.filter((q) => q.standard.id === standard.id);
    for (const facility of facilities.filter((f) => standard.appliesTo.includes(f.type))) {
      if (r.next() > 0.75) continue;
      const quality = r.next();
      const outcomes = own.map((requirement) => {
        const q = {
          id: requirement.id,
          kind: requirement.kind,
          comparison: requirement.comparison ?? null,
          threshold: requirement.threshold === null || requirement.threshold === undefined ? null : Number(requirement.threshold),
        };
        const good = r.next() < 0.6 + quality * 0.4;
        if (q.kind === 'YES_NO') return { q, met: good, measuredValue: null };
        const t = q.threshold!;
        const value =
          q.comparison === 'AT_LEAST' ? (good ? t + r.int(0, 3) : Math.max(0, t - 1 - r.int(0, 1))) : good ? Math.max(0, t - r.int(0, 4)) : t + 1 + r.int(0, 3);
        return { q, met: null, measuredValue: value };
      });
      const satisfied = outcomes.map((o) => requirementSatisfied(o.q, o));
      const result = overallResult(satisfied);
      const assessedOn = addDays(today, -r.int(20, 700));
      const assessment = em.create(Assessment, {
        facility,
        standard,
        assessedOn,
        assessorName: r.pick(inspectors),
        result,
        findings: result === 'COMPLIANT' ? null : 'Braki stwierdzone podczas kontroli; zalecenia pokontrolne przekazano operatorowi.',
        remediationDeadline: result === 'COMPLIANT' ? null : addDays(assessedOn, r.int(30, 180)),
        recordedBy: 'seed',
      });
      outcomes.forEach((o, i) =>
        em.create(RequirementOutcome, {
          assessment,
          requirement: em.getReference(StandardRequirement, o.q.id),
          met: o.met,
          measuredValue: o.measuredValue,
          satisfied: satisfied[i]!,
        }),
      );
    }
  }
  await em.flush();
}
