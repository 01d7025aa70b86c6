import DataLoader from 'dataloader';
import { addDays, dayCount, isoDateOf, periodEnd } from '../../core/calendar.js';
import { uuidArray } from '../../core/db/sql-arrays.js';
import { conflict, notFound, InputProblems } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { isUuid } from '../../core/ids.js';
import { CisStatusDecision, Facility } from './registry.entities.js';
import { cisStatusRuleOn } from './registry.rules.js';
import { REGISTRY } from './registry.messages.js';
import { runSql } from '../../core/db/sql.js';

/** A CIS's status as its latest decision gives it, seen on the hub's today. */
export interface CisStatusView {
  decidedOn: string;
  decisionReference: string;
  extension: boolean;
  validFrom: string;
  validUntil: string;
  /** Days from today to the last day of the term (negative once it has lapsed). */
  daysToLapse: number;
  valid: boolean;
}

/**
 * Records the voivode's decision granting a CIS its status, or extending it (MOPS_WORKER, ADMIN).
 * A grant runs from the decision; an extension from the day after the term it extends, which must
 * still be running on the decision's day (a lapsed status is granted anew).
 */
export async function recordCisStatus(
  ctx: RequestContext,
  facilityId: string,
  input: { decidedOn: string; decisionReference: string; extension: boolean },
): Promise<string> {
  const problems = new InputProblems();
  if (input.decidedOn > ctx.clock.today()) problems.add('input.decidedOn', REGISTRY.CIS_DECISION_IN_FUTURE());
  if (input.decisionReference.trim().length < 3) problems.add('input.decisionReference', REGISTRY.DECISION_REFERENCE_MISSING());
  const rule = cisStatusRuleOn(input.decidedOn);
  if (!rule) problems.add('input.decidedOn', REGISTRY.NO_CIS_STATUS_RULE({ date: input.decidedOn }));
  const facility = isUuid(facilityId) ? await ctx.em.findOne(Facility, { id: facilityId }) : null;
  if (!facility) throw notFound('facility', facilityId);
  if (facility.type !== 'SOCIAL_INTEGRATION_CENTRE') problems.add('facilityId', REGISTRY.CIS_STATUS_ONLY_FOR_CIS());
  problems.throwIfAny();
  return ctx.em.transactional(async (em) => {
    await runSql(em, 'select id from facility where id = ? for update', [facilityId]);
    const [latest] = await runSql<{ valid_until: string | Date }>(
      em,
      'select valid_until from cis_status_decision where facility_id = ? order by valid_until desc limit 1',
      [facilityId],
    );
    let validFrom = input.decidedOn;
    if (input.extension) {
      if (!latest || isoDateOf(latest.valid_until) < input.decidedOn) {
        throw conflict(REGISTRY.NO_STATUS_TO_EXTEND());
      }
      validFrom = addDays(isoDateOf(latest.valid_until), 1);
    }
    const decision = em.create(CisStatusDecision, {
      facility,
      decidedOn: input.decidedOn,
      decisionReference: input.decisionReference.trim(),
      extension: input.extension,
      validFrom,
      validUntil: periodEnd(validFrom, rule!.termMonths),
      recordedBy: ctx.principal.userId ?? 'unknown',
    });
    ctx.audit.recordWrite(em, {
      operation: 'recordCisStatus',
      subjectType: 'Facility',
      subjectId: facilityId,
      details: { decisionId: decision.id, extension: input.extension },
    });
    await em.flush();
    return facilityId;
  });
}

/** The latest decision of each facility asked for: one statement per request tick. */
export function cisStatusLoader(ctx: RequestContext) {
  return new DataLoader<string, CisStatusView | null>(async (ids) => {
    const rows = await runSql<Record<string, any>>(
      ctx.em,
      `select distinct on (facility_id) facility_id, decided_on, decision_reference, extension, valid_from, valid_until
         from cis_status_decision where facility_id = any(?::uuid[]) order by facility_id, valid_until desc`,
      [uuidArray(ids)],
    );
    const today = ctx.clock.today();
    const byId = new Map(
      rows.map((r) => {
        const validFrom = isoDateOf(r.valid_from);
        const validUntil = isoDateOf(r.valid_until);
        return [
          r.facility_id as string,
          {
            decidedOn: isoDateOf(r.decided_on),
            decisionReference: r.decision_reference,
            extension: r.extension,
            validFrom,
            validUntil,
            daysToLapse: dayCount(today, validUntil),
            valid: validFrom <= today && today <= validUntil,
          },
        ];
      }),
    );
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** SQL for "the facility's status lapses within `days` days": a term running today that ends by today + days. */
export function lapsesWithinSql(alias: string, today: string, days: number): string {
  return `exists (select 1 from cis_status_decision s where s.facility_id = ${alias}.id and s.valid_from <= '${today}' and s.valid_until between '${today}' and '${addDays(today, days)}'
            and not exists (select 1 from cis_status_decision later where later.facility_id = s.facility_id and later.valid_until > s.valid_until))`;
}
