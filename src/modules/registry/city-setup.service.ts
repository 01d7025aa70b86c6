import { invalidInput, conflict, notFound, InputProblems } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { isUuid } from '../../core/ids.js';
import { terytProblem } from '../../core/postal-code.js';
import { foldForSearch } from '../../core/text-search.js';
import { District, DistrictPopulation, Facility, Organisation, WelfareUnit, type WelfareUnitKind } from './registry.entities.js';
import type { DistrictView, WelfareUnitView } from './registry.views.js';
import { REGISTRY } from './registry.messages.js';
import { CORE, recordKind } from '../../core/messages/core.messages.js';
import { labelled } from '../../core/messages/reasons.js';
import { ORGANISATION_KIND_NAMES } from './registry.labels.js';
import { escapeLike } from '../../core/text-search.js';
import { runSql } from '../../core/db/sql.js';

/**
 * A city's own structure, set up through the API rather than SQL (ADMIN): the welfare centre's
 * units (the centre, its branches and teams), the districts each covers, their TERYT codes and
 * population by year. What other records refer to is never deleted: a unit or district in use is
 * refused with CONFLICT (IN_USE); a mistake made minutes ago can be deleted.
 */
export interface WelfareUnitInput {
  code: string;
  name: string;
  kind: WelfareUnitKind;
  /** The welfare centre (an organisation of kind WELFARE_CENTRE) the unit belongs to. */
  organisationId: string;
  /** The unit a branch or team belongs to (the centre); none for the centre. */
  parentId?: string | null;
}

export interface DistrictInput {
  code: string;
  name: string;
  /** Its number in the city's order; the next one when omitted. */
  number?: number | null;
  /** The branch or team whose social workers cover it. */
  unitId: string;
  teryt?: string | null;
}

async function checkUnit(ctx: RequestContext, input: WelfareUnitInput, problems: InputProblems, self: string | null): Promise<void> {
  if (!input.code.trim()) problems.add('code', REGISTRY.UNIT_CODE_MISSING());
  if (!input.name.trim()) problems.add('name', REGISTRY.UNIT_NAME_MISSING());
  const centre = isUuid(input.organisationId) ? await ctx.em.findOne(Organisation, { id: input.organisationId }) : null;
  if (!centre) problems.add('organisationId', CORE.NO_SUCH_ID({ kind: recordKind('organisation') }));
  else if (centre.kind !== 'WELFARE_CENTRE')
    problems.add('organisationId', REGISTRY.NOT_A_WELFARE_CENTRE({ name: centre.name, kind: labelled(centre.kind, ORGANISATION_KIND_NAMES) }));
  if (input.kind === 'CENTRE' && input.parentId) problems.add('parentId', REGISTRY.CENTRE_HAS_NO_PARENT());
  if (input.kind !== 'CENTRE' && input.parentId) {
    const parent = isUuid(input.parentId) ? await ctx.em.findOne(WelfareUnit, { id: input.parentId }) : null;
    if (!parent) problems.add('parentId', CORE.NO_SUCH_ID({ kind: recordKind('welfare-centre unit') }));
    else if (parent.id === self) problems.add('parentId', REGISTRY.UNIT_OWN_PARENT());
  }
  const sameCode = await ctx.em.findOne(WelfareUnit, { code: { $ilike: escapeLike(input.code.trim()) } });
  if (sameCode && sameCode.id !== self) problems.add('code', REGISTRY.UNIT_CODE_TAKEN({ name: sameCode.name, code: sameCode.code }));
}

export async function createWelfareUnit(ctx: RequestContext, input: WelfareUnitInput): Promise<string> {
  const problems = new InputProblems();
  await checkUnit(ctx, input, problems, null);
  problems.throwIfAny();
  return ctx.em.transactional(async (em) => {
    const unit = em.create(WelfareUnit, {
      code: input.code.trim(),
      name: input.name.trim(),
      kind: input.kind,
      organisation: em.getReference(Organisation, input.organisationId),
      parent: input.parentId ? em.getReference(WelfareUnit, input.parentId) : null,
      address: null,
    });
    ctx.audit.recordWrite(em, { operation: 'createWelfareUnit', subjectType: 'WelfareUnit', subjectId: unit.id, details: { code: unit.code } });
    await em.flush();
    return unit.id;
  });
}

export async function updateWelfareUnit(ctx: RequestContext, id: string, input: WelfareUnitInput): Promise<string> {
  const unit = isUuid(id) ? await ctx.em.findOne(WelfareUnit, { id }) : null;
  if (!unit) throw notFound('welfare-centre unit', id);
  const problems = new InputProblems();
  await checkUnit(ctx, input, problems, id);
  problems.throwIfAny();
  await ctx.em.transactional(async (em) => {
    em.assign(unit, {
      code: input.code.trim(),
      name: input.name.trim(),
      kind: input.kind,
      organisation: em.getReference(Organisation, input.organisationId),
      parent: input.parentId ? em.getReference(WelfareUnit, input.parentId) : null,
    });
    ctx.audit.recordWrite(em, { operation: 'updateWelfareUnit', subjectType: 'WelfareUnit', subjectId: id, details: { code: unit.code } });
    await em.flush();
  });
  return id;
}

/** Deletes a unit nothing refers to; one that supervises a facility, covers a district or heads another unit is IN_USE. */
export async function deleteWelfareUnit(ctx: RequestContext, id: string): Promise<boolean> {
  const unit = isUuid(id) ? await ctx.em.findOne(WelfareUnit, { id }) : null;
  if (!unit) throw notFound('welfare-centre unit', id);
  const [facilities, districts, children] = await Promise.all([
    ctx.em.count(Facility, { unit: id }),
    ctx.em.count(District, { branch: id }),
    ctx.em.count(WelfareUnit, { parent: id }),
  ]);
  if (facilities + districts + children) throw conflict(REGISTRY.UNIT_IN_USE({ code: unit.code, facilities, districts, units: children }));
  await ctx.em.transactional(async (em) => {
    await em.nativeDelete(WelfareUnit, { id });
    ctx.audit.recordWrite(em, { operation: 'deleteWelfareUnit', subjectType: 'WelfareUnit', subjectId: id, details: { code: unit.code } });
    await em.flush();
  });
  return true;
}

async function checkDistrict(ctx: RequestContext, input: DistrictInput, problems: InputProblems, self: string | null): Promise<void> {
  if (!input.code.trim()) problems.add('code', REGISTRY.DISTRICT_CODE_MISSING());
  if (!input.name.trim()) problems.add('name', REGISTRY.DISTRICT_NAME_MISSING());
  if (input.number !== undefined && input.number !== null && (!Number.isInteger(input.number) || input.number < 1 || input.number > 1000))
    problems.add('number', REGISTRY.DISTRICT_NUMBER_RANGE());
  if (input.teryt) problems.check('teryt', terytProblem(input.teryt));
  const unit = isUuid(input.unitId) ? await ctx.em.findOne(WelfareUnit, { id: input.unitId }) : null;
  if (!unit) problems.add('unitId', CORE.NO_SUCH_ID({ kind: recordKind('welfare-centre unit') }));
  const sameCode = await ctx.em.findOne(District, { code: { $ilike: escapeLike(input.code.trim()) } });
  if (sameCode && sameCode.id !== self) problems.add('code', REGISTRY.DISTRICT_CODE_TAKEN({ name: sameCode.name, code: sameCode.code }));
  const all = await ctx.em.find(District, {});
  const sameName = all.find((d) => d.id !== self && foldForSearch(d.name) === foldForSearch(input.name));
  if (sameName) problems.add('name', REGISTRY.DISTRICT_NAME_TAKEN({ name: sameName.name }));
}

export async function createDistrict(ctx: RequestContext, input: DistrictInput): Promise<string> {
  const problems = new InputProblems();
  await checkDistrict(ctx, input, problems, null);
  problems.throwIfAny();
  return ctx.em.transactional(async (em) => {
    const [{ next }] = (await runSql<{ next: number }>(em, 'select coalesce(max(number), 0) + 1 as next from district')) as [{ next: number }];
    const district = em.create(District, {
      code: input.code.trim(),
      name: input.name.trim(),
      number: input.number ?? Number(next),
      branch: em.getReference(WelfareUnit, input.unitId),
      teryt: input.teryt ?? null,
    });
    ctx.audit.recordWrite(em, { operation: 'createDistrict', subjectType: 'District', subjectId: district.id, details: { code: district.code } });
    await em.flush();
    return district.id;
  });
}

export async function updateDistrict(ctx: RequestContext, id: string, input: DistrictInput): Promise<string> {
  const district = isUuid(id) ? await ctx.em.findOne(District, { id }) : null;
  if (!district) throw notFound('district', id);
  const problems = new InputProblems();
  await checkDistrict(ctx, input, problems, id);
  problems.throwIfAny();
  await ctx.em.transactional(async (em) => {
    em.assign(district, {
      code: input.code.trim(),
      name: input.name.trim(),
      number: input.number ?? district.number,
      branch: em.getReference(WelfareUnit, input.unitId),
      teryt: input.teryt ?? null,
    });
    ctx.audit.recordWrite(em, { operation: 'updateDistrict', subjectType: 'District', subjectId: id, details: { code: district.code } });
    await em.flush();
  });
  return id;
}

/** Deletes a district nothing refers to; one with facilities, carers or partnerships is IN_USE. */
export async function deleteDistrict(ctx: RequestContext, id: string): Promise<boolean> {
  const district = isUuid(id) ? await ctx.em.findOne(District, { id }) : null;
  if (!district) throw notFound('district', id);
  const [{ facilities, carers, partnerships }] = (await runSql<{ facilities: number; carers: number; partnerships: number }>(
    ctx.em,
    `select (select count(*)::int from facility where district_id = ?) as facilities,
            (select count(*)::int from carer where district_id = ?) as carers,
            (select count(*)::int from partnership where ?::text = any(district_ids)) as partnerships`,
    [id, id, id],
  )) as [{ facilities: number; carers: number; partnerships: number }];
  if (facilities + carers + partnerships) throw conflict(REGISTRY.DISTRICT_IN_USE({ name: district.name, facilities, carers, partnerships }));
  await ctx.em.transactional(async (em) => {
    await em.nativeDelete(District, { id });
    ctx.audit.recordWrite(em, { operation: 'deleteDistrict', subjectType: 'District', subjectId: id, details: { code: district.code } });
    await em.flush();
  });
  return true;
}

/** Sets a district's residents in a year (replacing what was recorded for that year). */
export async function setDistrictPopulation(ctx: RequestContext, districtId: string, year: number, population: number, source: string | null): Promise<string> {
  const problems = new InputProblems();
  if (!Number.isInteger(year) || year < 1990 || year > Number(ctx.clock.today().slice(0, 4))) problems.add('year', CORE.YEAR_TO_THIS_ONE({ from: 1990 }));
  if (!Number.isInteger(population) || population < 0 || population > 10_000_000) problems.add('population', REGISTRY.POPULATION_RANGE());
  problems.throwIfAny();
  const district = isUuid(districtId) ? await ctx.em.findOne(District, { id: districtId }) : null;
  if (!district) throw invalidInput('districtId', CORE.NO_SUCH_ID({ kind: recordKind('district') }));
  await ctx.em.transactional(async (em) => {
    await em.upsert(DistrictPopulation, { district: districtId, year, population, source: source?.trim() || null } as never);
    ctx.audit.recordWrite(em, { operation: 'setDistrictPopulation', subjectType: 'District', subjectId: districtId, details: { year, population } });
    await em.flush();
  });
  return districtId;
}

/** A unit as written, read back from its row (not the reference cache, which follows the data revision). */
export async function welfareUnitById(ctx: RequestContext, id: string): Promise<WelfareUnitView> {
  const unit = await ctx.em.findOneOrFail(WelfareUnit, { id });
  return { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind, organisationId: unit.organisation.id, parentId: unit.parent?.id ?? null };
}

/** A district as written, with its population by year, read back from its rows. */
export async function districtById(ctx: RequestContext, id: string): Promise<DistrictView> {
  const district = await ctx.em.findOneOrFail(District, { id });
  const populations = await ctx.em.find(DistrictPopulation, { district: id }, { orderBy: { year: 'asc' } });
  return {
    id: district.id,
    code: district.code,
    number: district.number,
    name: district.name,
    branchId: district.branch.id,
    teryt: district.teryt ?? null,
    populations: populations.map((p) => ({ year: p.year, population: p.population, source: p.source ?? null })),
  };
}

/** A unit as a city's list gives it, written by its code: created, changed, or left as it is. */
export async function upsertWelfareUnitByCode(ctx: RequestContext, input: WelfareUnitInput): Promise<'created' | 'updated' | 'unchanged'> {
  const existing = await ctx.em.findOne(WelfareUnit, { code: input.code.trim() });
  if (!existing) {
    await createWelfareUnit(ctx, input);
    return 'created';
  }
  const same =
    existing.name === input.name.trim() &&
    existing.kind === input.kind &&
    existing.organisation.id === input.organisationId &&
    (existing.parent?.id ?? null) === (input.parentId ?? null);
  if (same) return 'unchanged';
  await updateWelfareUnit(ctx, existing.id, input);
  return 'updated';
}

/** A district as a city's list gives it, written by its code, with its population of a year when the list has one. */
export async function upsertDistrictByCode(
  ctx: RequestContext,
  input: DistrictInput,
  population: { year: number; population: number; source: string | null } | null,
): Promise<'created' | 'updated' | 'unchanged'> {
  const existing = await ctx.em.findOne(District, { code: input.code.trim() });
  let action: 'created' | 'updated' | 'unchanged';
  let id: string;
  if (!existing) {
    id = await createDistrict(ctx, input);
    action = 'created';
  } else {
    id = existing.id;
    const same =
      existing.name === input.name.trim() &&
      existing.branch.id === input.unitId &&
      (existing.teryt ?? null) === (input.teryt ?? null) &&
      (input.number == null || existing.number === input.number);
    action = same ? 'unchanged' : 'updated';
    if (!same) await updateDistrict(ctx, id, input);
  }
  if (population) {
    const known = await ctx.em.findOne(DistrictPopulation, { district: id, year: population.year });
    if (!known || known.population !== population.population || (known.source ?? null) !== population.source) {
      await setDistrictPopulation(ctx, id, population.year, population.population, population.source);
      if (action === 'unchanged') action = 'updated';
    }
  }
  return action;
}
