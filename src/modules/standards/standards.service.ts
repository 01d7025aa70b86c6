import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { conflict, notFound, InputProblems } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { Facility, FACILITY_TYPE_LABELS, FACILITY_TYPES, registryLoaders } from '../registry/index.js';
import { catalogue, type StandardView } from './catalogue.service.js';
import { Assessment, RequirementOutcome, ServiceStandard, StandardRequirement } from './standards.entities.js';
import { overallResult, requirementSatisfied } from './standards.rules.js';
import type { AssessmentInput, ServiceStandardInput } from './standards.types.js';
import { STANDARDS } from './standards.messages.js';
import { labelled } from '../../core/messages/reasons.js';

const CODE = /^[A-Z][A-Z0-9_]{1,63}$/;

/** The largest measured value an assessment takes (a floor area in m², a count): beyond it is a typing error. */
const MAX_MEASURED_VALUE = 100_000;

/** Checks a standard definition: codes, applicable types, and requirements whose kind matches their fields. */
function checkStandard(input: ServiceStandardInput, problems: InputProblems): void {
  if (!CODE.test(input.code)) problems.add('code', STANDARDS.CODE_FORM());
  if (input.title.trim() === '') problems.add('title', STANDARDS.TITLE_EMPTY());
  if (input.titleEn.trim() === '') problems.add('titleEn', STANDARDS.ENGLISH_GLOSS_EMPTY());
  if (input.source.trim() === '') problems.add('source', STANDARDS.SOURCE_EMPTY());
  if (input.appliesTo.length === 0) problems.add('appliesTo', STANDARDS.APPLIES_TO_EMPTY());
  input.appliesTo.forEach((type, i) => {
    if (!(type in FACILITY_TYPES)) problems.add(['appliesTo', i], STANDARDS.NOT_A_FACILITY_TYPE({ type }));
  });
  if (input.requirements.length === 0) problems.add('requirements', STANDARDS.NO_REQUIREMENTS());
  const seen = new Set<string>();
  input.requirements.forEach((r, i) => {
    if (!CODE.test(r.code)) problems.add(['requirements', i, 'code'], STANDARDS.REQUIREMENT_CODE_FORM());
    if (seen.has(r.code)) problems.add(['requirements', i, 'code'], STANDARDS.REQUIREMENT_CODE_TWICE({ code: r.code }));
    seen.add(r.code);
    if (r.description.trim() === '') problems.add(['requirements', i, 'description'], STANDARDS.REQUIREMENT_DESCRIPTION_EMPTY());
    if (r.kind === 'NUMBER') {
      if (!r.unit?.trim()) problems.add(['requirements', i, 'unit'], STANDARDS.NUMERIC_UNIT_MISSING());
      if (!r.comparison) problems.add(['requirements', i, 'comparison'], STANDARDS.NUMERIC_COMPARISON_MISSING());
      if (r.threshold === null || r.threshold === undefined || !Number.isFinite(r.threshold))
        problems.add(['requirements', i, 'threshold'], STANDARDS.NUMERIC_THRESHOLD_MISSING());
    } else if (r.unit || r.comparison || (r.threshold !== null && r.threshold !== undefined)) {
      problems.add(['requirements', i, 'kind'], STANDARDS.YES_NO_HAS_NO_THRESHOLD());
    }
  });
}

/** Adds a standard, or a new version of an existing code (ADMIN). Earlier versions and their assessments stay. */
export async function defineServiceStandard(ctx: RequestContext, input: ServiceStandardInput): Promise<string> {
  const problems = new InputProblems();
  checkStandard(input, problems);
  problems.throwIfAny();
  try {
    return await ctx.em.transactional(async (em) => {
      const [latest] = await em.find(ServiceStandard, { code: input.code }, { orderBy: { version: 'desc' }, limit: 1 });
      const standard = em.create(ServiceStandard, {
        code: input.code,
        version: (latest?.version ?? 0) + 1,
        title: input.title.trim(),
        titleEn: input.titleEn.trim(),
        source: input.source.trim(),
        sourceKind: input.sourceKind,
        appliesTo: [...new Set(input.appliesTo)],
        description: input.description ?? null,
        definedBy: ctx.principal.userId ?? 'system',
      });
      input.requirements.forEach((r, position) =>
        em.create(StandardRequirement, {
          standard,
          code: r.code,
          position,
          description: r.description.trim(),
          kind: r.kind,
          unit: r.kind === 'NUMBER' ? r.unit!.trim() : null,
          comparison: r.kind === 'NUMBER' ? r.comparison! : null,
          threshold: r.kind === 'NUMBER' ? r.threshold! : null,
        }),
      );
      ctx.audit.recordWrite(em, {
        operation: 'defineServiceStandard',
        subjectType: 'ServiceStandard',
        subjectId: standard.id,
        details: { code: standard.code, version: standard.version },
      });
      await em.flush();
      return standard.id;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw conflict(STANDARDS.VERSION_DEFINED_CONCURRENTLY({ code: input.code }));
    throw error;
  }
}

/**
 * Records an assessment (MOPS_WORKER, ADMIN). The standard must apply to the facility's type, every
 * requirement of the version used must have exactly one outcome of the right kind, and the overall
 * result is derived from the outcomes.
 */
export async function recordAssessment(ctx: RequestContext, input: AssessmentInput): Promise<string> {
  const problems = new InputProblems();
  const facility = await ctx.loaders(registryLoaders).facility.load(input.facilityId);
  if (!facility) throw notFound('facility', input.facilityId);
  const { all, latestByCode } = await catalogue(ctx);
  let standard: StandardView | undefined;
  if (input.standardVersion !== null && input.standardVersion !== undefined) {
    standard = all.find((s) => s.code === input.standardCode && s.version === input.standardVersion);
    if (!standard) problems.add('standardVersion', STANDARDS.NO_SUCH_VERSION({ code: input.standardCode, version: input.standardVersion }));
  } else {
    standard = latestByCode.get(input.standardCode);
    if (!standard) problems.add('standardCode', STANDARDS.NO_SUCH_STANDARD({ code: input.standardCode }));
  }
  if (standard && !standard.appliesTo.includes(facility.type)) {
    problems.add(
      'standardCode',
      STANDARDS.STANDARD_NOT_FOR_TYPE({
        code: standard.code,
        type: labelled(facility.type, FACILITY_TYPE_LABELS),
        appliesTo: { code: standard.appliesTo.join(', '), label: standard.appliesTo.map((t) => labelled(t, FACILITY_TYPE_LABELS).label).join(', ') },
      }),
    );
    // The outcomes cannot be judged against a standard that does not apply.
    standard = undefined;
  }
  const today = ctx.clock.today();
  if (input.assessedOn > today) problems.add('assessedOn', STANDARDS.ASSESSED_IN_FUTURE());
  if (input.remediationDeadline && input.remediationDeadline < input.assessedOn) problems.add('remediationDeadline', STANDARDS.DEADLINE_BEFORE_ASSESSMENT());
  if (input.assessorName.trim() === '') problems.add('assessorName', STANDARDS.ASSESSOR_MISSING());

  const outcomes: { requirementId: string; met: boolean | null; measuredValue: number | null; satisfied: boolean }[] = [];
  if (standard) {
    const byCode = new Map(standard.requirements.map((r) => [r.code, r]));
    const answered = new Set<string>();
    input.results.forEach((outcome, i) => {
      const requirement = byCode.get(outcome.requirementCode);
      if (!requirement)
        return problems.add(
          ['results', i, 'requirementCode'],
          STANDARDS.NO_SUCH_REQUIREMENT({ code: standard.code, version: standard.version, requirement: outcome.requirementCode }),
        );
      if (answered.has(outcome.requirementCode))
        return problems.add(['results', i, 'requirementCode'], STANDARDS.ANSWERED_TWICE({ requirement: outcome.requirementCode }));
      answered.add(outcome.requirementCode);
      const hasMet = outcome.met !== null && outcome.met !== undefined;
      const hasValue = outcome.measuredValue !== null && outcome.measuredValue !== undefined;
      if (requirement.kind === 'YES_NO' && (!hasMet || hasValue))
        return problems.add(['results', i, 'met'], STANDARDS.YES_NO_GIVE_MET({ requirement: requirement.code }));
      if (requirement.kind === 'NUMBER' && (!hasValue || hasMet || !Number.isFinite(outcome.measuredValue))) {
        return problems.add(['results', i, 'measuredValue'], STANDARDS.GIVE_MEASURED_VALUE({ requirement: requirement.code, unit: requirement.unit ?? '' }));
      }
      // A floor area, a count of washbasins or of staff: never negative, never astronomical.
      if (requirement.kind === 'NUMBER' && (outcome.measuredValue! < 0 || outcome.measuredValue! > MAX_MEASURED_VALUE)) {
        return problems.add(
          ['results', i, 'measuredValue'],
          STANDARDS.MEASURED_VALUE_RANGE({ requirement: requirement.code, unit: requirement.unit ?? '', max: MAX_MEASURED_VALUE }),
        );
      }
      outcomes.push({
        requirementId: requirement.id,
        met: outcome.met ?? null,
        measuredValue: outcome.measuredValue ?? null,
        satisfied: requirementSatisfied(requirement, outcome),
      });
    });
    const missing = standard.requirements.filter((r) => !answered.has(r.code)).map((r) => r.code);
    if (missing.length) problems.add('results', STANDARDS.OUTCOMES_MISSING({ requirements: missing.join(', ') }));
  }
  problems.throwIfAny();

  return ctx.em.transactional(async (em) => {
    const assessment = em.create(Assessment, {
      facility: em.getReference(Facility, facility.id),
      standard: em.getReference(ServiceStandard, standard!.id),
      assessedOn: input.assessedOn,
      assessorName: input.assessorName.trim(),
      result: overallResult(outcomes.map((o) => o.satisfied)),
      findings: input.findings?.trim() || null,
      remediationDeadline: input.remediationDeadline ?? null,
      recordedBy: ctx.principal.userId ?? 'system',
    });
    for (const o of outcomes) {
      em.create(RequirementOutcome, {
        assessment,
        requirement: em.getReference(StandardRequirement, o.requirementId),
        met: o.met,
        measuredValue: o.measuredValue,
        satisfied: o.satisfied,
      });
    }
    ctx.audit.recordWrite(em, {
      operation: 'recordAssessment',
      subjectType: 'Facility',
      subjectId: facility.id,
      details: { standard: standard!.code, version: standard!.version, result: assessment.result },
    });
    await em.flush();
    return assessment.id;
  });
}
