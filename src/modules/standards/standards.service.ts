import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { conflict, InputProblems, notFound } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { Facility, registryLoaders } from '../registry/index.js';
import { FACILITY_TYPES } from '../registry/facility-types.js';
import { catalogue, type StandardView } from './catalogue.service.js';
import { Assessment, RequirementOutcome, ServiceStandard, StandardRequirement } from './standards.entities.js';
import { overallResult, requirementSatisfied } from './standards.rules.js';
import type { AssessmentInput, ServiceStandardInput } from './standards.types.js';

const CODE = /^[A-Z][A-Z0-9_]{1,63}$/;


/** The largest measured value an assessment takes (a floor area in m², a count): beyond it is a typing error. */
const MAX_MEASURED_VALUE = 100_000;

/** Checks a standard definition: codes, applicable types, and requirements whose kind matches their fields. */
function checkStandard(input: ServiceStandardInput, problems: InputProblems): void {
  if (!CODE.test(input.code)) problems.add('code', 'A code is 2–64 capital letters, digits or underscores, starting with a letter');
  if (input.title.trim() === '') problems.add('title', 'The title must not be empty');
  if (input.titleEn.trim() === '') problems.add('titleEn', 'The English gloss must not be empty');
  if (input.source.trim() === '') problems.add('source', 'Name the statute, regulation or publication');
  if (input.appliesTo.length === 0) problems.add('appliesTo', 'Name at least one facility type');
  input.appliesTo.forEach((type, i) => {
    if (!(type in FACILITY_TYPES)) problems.add(['appliesTo', i], `${type} is not a facility type`);
  });
  if (input.requirements.length === 0) problems.add('requirements', 'A standard needs at least one requirement');
  const seen = new Set<string>();
  input.requirements.forEach((r, i) => {
    if (!CODE.test(r.code)) problems.add(['requirements', i, 'code'], 'A code is 2–64 capital letters, digits or underscores');
    if (seen.has(r.code)) problems.add(['requirements', i, 'code'], `The code ${r.code} is used twice`);
    seen.add(r.code);
    if (r.description.trim() === '') problems.add(['requirements', i, 'description'], 'Describe the requirement');
    if (r.kind === 'NUMBER') {
      if (!r.unit?.trim()) problems.add(['requirements', i, 'unit'], 'A numeric requirement needs its unit');
      if (!r.comparison) problems.add(['requirements', i, 'comparison'], 'A numeric requirement needs AT_LEAST or AT_MOST');
      if (r.threshold === null || r.threshold === undefined || !Number.isFinite(r.threshold)) problems.add(['requirements', i, 'threshold'], 'A numeric requirement needs its threshold');
    } else if (r.unit || r.comparison || (r.threshold !== null && r.threshold !== undefined)) {
      problems.add(['requirements', i, 'kind'], 'A yes/no requirement has no unit, comparison or threshold');
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
        code: input.code, version: (latest?.version ?? 0) + 1, title: input.title.trim(), titleEn: input.titleEn.trim(),
        source: input.source.trim(), sourceKind: input.sourceKind, appliesTo: [...new Set(input.appliesTo)], description: input.description ?? null,
        definedBy: ctx.principal.userId ?? 'system',
      });
      input.requirements.forEach((r, position) =>
        em.create(StandardRequirement, {
          standard, code: r.code, position, description: r.description.trim(), kind: r.kind,
          unit: r.kind === 'NUMBER' ? r.unit!.trim() : null, comparison: r.kind === 'NUMBER' ? r.comparison! : null, threshold: r.kind === 'NUMBER' ? r.threshold! : null,
        }),
      );
      ctx.audit.recordWrite(em, { operation: 'defineServiceStandard', subjectType: 'ServiceStandard', subjectId: standard.id, details: { code: standard.code, version: standard.version } });
      await em.flush();
      return standard.id;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw conflict(`Another version of ${input.code} was defined at the same time; try again`);
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
  if (!facility) throw notFound('Facility', input.facilityId);
  const { all, latestByCode } = await catalogue(ctx);
  let standard: StandardView | undefined;
  if (input.standardVersion !== null && input.standardVersion !== undefined) {
    standard = all.find((s) => s.code === input.standardCode && s.version === input.standardVersion);
    if (!standard) problems.add('standardVersion', `${input.standardCode} has no version ${input.standardVersion}`);
  } else {
    standard = latestByCode.get(input.standardCode);
    if (!standard) problems.add('standardCode', `No standard has the code ${input.standardCode}`);
  }
  if (standard && !standard.appliesTo.includes(facility.type)) {
    problems.add('standardCode', `${standard.code} does not apply to a ${facility.type} (it applies to ${standard.appliesTo.join(', ')})`);
    // The outcomes cannot be judged against a standard that does not apply.
    standard = undefined;
  }
  const today = ctx.clock.today();
  if (input.assessedOn > today) problems.add('assessedOn', 'An assessment cannot be dated in the future');
  if (input.remediationDeadline && input.remediationDeadline < input.assessedOn) problems.add('remediationDeadline', 'The deadline is before the assessment');
  if (input.assessorName.trim() === '') problems.add('assessorName', 'Name the assessor');

  const outcomes: { requirementId: string; met: boolean | null; measuredValue: number | null; satisfied: boolean }[] = [];
  if (standard) {
    const byCode = new Map(standard.requirements.map((r) => [r.code, r]));
    const answered = new Set<string>();
    input.results.forEach((outcome, i) => {
      const requirement = byCode.get(outcome.requirementCode);
      if (!requirement) return problems.add(['results', i, 'requirementCode'], `${standard.code} v${standard.version} has no requirement ${outcome.requirementCode}`);
      if (answered.has(outcome.requirementCode)) return problems.add(['results', i, 'requirementCode'], `${outcome.requirementCode} is answered twice`);
      answered.add(outcome.requirementCode);
      const hasMet = outcome.met !== null && outcome.met !== undefined;
      const hasValue = outcome.measuredValue !== null && outcome.measuredValue !== undefined;
      if (requirement.kind === 'YES_NO' && (!hasMet || hasValue)) return problems.add(['results', i, 'met'], `${requirement.code} is a yes/no requirement: give met, not a measured value`);
      if (requirement.kind === 'NUMBER' && (!hasValue || hasMet || !Number.isFinite(outcome.measuredValue))) {
        return problems.add(['results', i, 'measuredValue'], `${requirement.code} is measured in ${requirement.unit}: give measuredValue`);
      }
      // A floor area, a count of washbasins or of staff: never negative, never astronomical.
      if (requirement.kind === 'NUMBER' && (outcome.measuredValue! < 0 || outcome.measuredValue! > MAX_MEASURED_VALUE)) {
        return problems.add(['results', i, 'measuredValue'], `${requirement.code} is measured in ${requirement.unit}: a value from 0 to ${MAX_MEASURED_VALUE}`);
      }
      outcomes.push({
        requirementId: requirement.id, met: outcome.met ?? null, measuredValue: outcome.measuredValue ?? null,
        satisfied: requirementSatisfied(requirement, outcome),
      });
    });
    const missing = standard.requirements.filter((r) => !answered.has(r.code)).map((r) => r.code);
    if (missing.length) problems.add('results', `No outcome for ${missing.join(', ')}`);
  }
  problems.throwIfAny();

  return ctx.em.transactional(async (em) => {
    const assessment = em.create(Assessment, {
      facility: em.getReference(Facility, facility.id), standard: em.getReference(ServiceStandard, standard!.id),
      assessedOn: input.assessedOn, assessorName: input.assessorName.trim(), result: overallResult(outcomes.map((o) => o.satisfied)),
      findings: input.findings?.trim() || null, remediationDeadline: input.remediationDeadline ?? null, recordedBy: ctx.principal.userId ?? 'system',
    });
    for (const o of outcomes) {
      em.create(RequirementOutcome, { assessment, requirement: em.getReference(StandardRequirement, o.requirementId), met: o.met, measuredValue: o.measuredValue, satisfied: o.satisfied });
    }
    ctx.audit.recordWrite(em, { operation: 'recordAssessment', subjectType: 'Facility', subjectId: facility.id, details: { standard: standard!.code, version: standard!.version, result: assessment.result } });
    await em.flush();
    return assessment.id;
  });
}
