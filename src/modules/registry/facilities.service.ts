import type { GraphQLError } from 'graphql';
import { badUserInput, invalidInput, conflict, notFound, InputProblems } from '../../core/errors.js';
import { complianceConditionFor } from './facility-compliance-filter.js';
import type { RequestContext } from '../../core/graphql/context.js';
import type { Page, PageArgs } from '../../core/graphql/pagination.js';
import { pageByName } from '../../core/db/keyset.js';
import { placeholders, SqlConditions } from '../../core/db/sql.js';
import { setHubDay } from '../../core/db/hub-day.js';
import { escapeLike, foldForSearch } from '../../core/text-search.js';
import { facilitySearchText } from './registry.rules.js';
import { lapsesWithinSql } from './cis-status.js';
import { checkLegalLimitWithPeriods, extraPlacesSql, PLAN_AHEAD_DAYS } from './capacity-periods.js';
import { addDays } from '../../core/calendar.js';
import { checkFacilityDraft, type FacilityDraft } from './facility.validation.js';
import { PLAIN_COLUMNS_KEPT_WHEN_UNSAID, plainValuesOf, plainValuesOfInput, plainValuesUpdated } from './facility-columns.js';
import { FacilityStatus } from './facility-enums.js';
import { District, Facility, Organisation, WelfareUnit } from './registry.entities.js';
import type { CreateFacilityInput, FacilityFilter, UpdateFacilityInput } from './registry.types.js';
import { facilityFromEntity, facilityFromRow, type FacilityColumns, type FacilityView } from './registry.views.js';
import { operatorColumn, registryLoaders } from './registry.loaders.js';
import { historyColumn, historyColumnParams, historyFromJson } from './occupancy-history.js';
import { REGISTRY } from './registry.messages.js';
import { CORE, recordKind } from '../../core/messages/core.messages.js';

/**
 * The facility filter of the API as SQL conditions over the facility row `alias`; shared by the
 * list and the capacity overview.
 */
export function facilityConditions(filter: FacilityFilter | null | undefined, today: string, alias = 'e'): SqlConditions {
  const conditions = new SqlConditions();
  if (!filter) return conditions;
  conditions.oneOf(`${alias}.type`, filter.types);
  conditions.oneOf(`${alias}.subtype`, filter.subtypes);
  conditions.oneOf(`${alias}.district_id`, filter.districtIds);
  conditions.oneOf(`${alias}.unit_id`, filter.unitIds);
  conditions.oneOf(`${alias}.operator_id`, filter.operatorIds);
  if (filter.operatorKinds?.length) {
    conditions.add(
      `exists (select 1 from organisation o where o.id = ${alias}.operator_id and o.kind in (${placeholders(filter.operatorKinds.length)}))`,
      ...filter.operatorKinds,
    );
  }
  conditions.oneOf(`${alias}.status`, filter.statuses);
  conditions.oneOf(`${alias}.target_population`, filter.targetPopulations);
  if (filter.hasFreePlaces !== undefined && filter.hasFreePlaces !== null) {
    // Only facilities with a report can be said to have (or lack) a free place: tonight's places
    // (declared, seasonal, overflow) less the places taken by the latest report.
    const free = `${alias}.declared_capacity + ${extraPlacesSql(`${alias}.id`, '?::date')} - ${alias}.occupied_places`;
    conditions.add(`${alias}.occupied_places is not null and ${free} ${filter.hasFreePlaces ? '> 0' : '<= 0'}`, today);
  }
  if (filter.search) {
    for (const word of foldForSearch(filter.search).split(' ').filter(Boolean)) conditions.add(`${alias}.search_text like ?`, `%${escapeLike(word)}%`);
  }
  if (filter.cisStatusLapsesWithinDays !== undefined && filter.cisStatusLapsesWithinDays !== null) {
    const days = filter.cisStatusLapsesWithinDays;
    if (!Number.isInteger(days) || days < 0 || days > 3650) throw invalidInput('filter.cisStatusLapsesWithinDays', REGISTRY.CIS_STATUS_DAYS());
    conditions.add(lapsesWithinSql(alias, today, days));
  }
  if (filter.compliance) {
    const condition = complianceConditionFor(filter.compliance, today, alias);
    if (!condition) throw invalidInput('filter.compliance', REGISTRY.STANDARDS_NOT_SERVED());
    conditions.add(condition.sql, ...condition.params);
  }
  return conditions;
}

/** A page of facilities, of the `columns` asked for (`wholeFacility` for the whole row); with `columns.operator`, their operators come in the same statement. */
export function listFacilities(
  ctx: RequestContext,
  filter: FacilityFilter | null,
  page: PageArgs,
  includeCount: boolean,
  columns: FacilityColumns,
): Promise<Page<FacilityView>> {
  const where = facilityConditions(filter, ctx.clock.today());
  const { properties, operator, history } = columns;
  const view = operator ? ctx.loaders(registryLoaders).facilityWithOperatorFromRow : facilityFromRow;
  const also = [...(operator ? [operatorColumn(operator)] : []), ...(history ? [historyColumn(history.fields)] : [])];
  // A partial report (only the fields the plan's query reads) stays on the plan's own views.
  const rows = history ? (row: Record<string, any>) => ({ ...view(row), historyRead: historyFromJson(row.occupancyHistory) }) : view;
  return pageByName(ctx.em, Facility, where, page, includeCount, { rows, properties, also, alsoParams: history ? historyColumnParams(history) : [] });
}

interface References {
  operator: Organisation | null;
  unit: WelfareUnit | null;
  district: District | null;
}

/** Loads the organisations, unit and district an input names, reporting unknown ids with their paths. */
async function loadReferences(
  ctx: RequestContext,
  ids: { operatorId?: string; unitId?: string; districtId?: string },
  problems: InputProblems,
): Promise<Partial<References>> {
  const [operator, unit, district] = await Promise.all([
    ids.operatorId ? ctx.em.findOne(Organisation, { id: ids.operatorId }) : undefined,
    ids.unitId ? ctx.em.findOne(WelfareUnit, { id: ids.unitId }) : undefined,
    ids.districtId ? ctx.em.findOne(District, { id: ids.districtId }) : undefined,
  ]);
  if (operator === null) problems.add('operatorId', CORE.NO_SUCH_ID({ kind: recordKind('organisation') }));
  if (unit === null) problems.add('unitId', CORE.NO_SUCH_ID({ kind: recordKind('welfare-centre unit') }));
  if (district === null) problems.add('districtId', CORE.NO_SUCH_ID({ kind: recordKind('district') }));
  return { operator, unit, district };
}

/** The stored columns of a checked draft: trimmed text, folded search keys, flattened agreement and register entry. */
function columnsOf(draft: FacilityDraft) {
  return {
    name: draft.name.trim(),
    searchName: foldForSearch(draft.name),
    searchText: foldForSearch(facilitySearchText(draft)),
    type: draft.type,
    ...plainValuesOf(draft),
    address: { street: draft.address.street.trim(), postalCode: draft.address.postalCode, city: draft.address.city.trim(), teryt: draft.address.teryt ?? null },
    contact: draft.contact ? { email: draft.contact.email ?? null, phone: draft.contact.phone ?? null, website: draft.contact.website ?? null } : null,
    management: draft.management,
    agreementNumber: draft.agreement?.number.trim() ?? null,
    agreementValidFrom: draft.agreement?.validFrom ?? null,
    agreementValidTo: draft.agreement?.validTo ?? null,
    registerName: draft.registerEntry?.register.trim() ?? null,
    registerNumber: draft.registerEntry?.number.trim() ?? null,
    registerEntryDate: draft.registerEntry?.entryDate ?? null,
  };
}

export async function createFacility(ctx: RequestContext, input: CreateFacilityInput): Promise<FacilityView> {
  const problems = new InputProblems();
  const refs = await loadReferences(ctx, input, problems);
  const draft = draftOfInput(input, refs.operator?.kind ?? null);
  checkFacilityDraft(draft, problems, ctx.clock.today());
  problems.throwIfAny();
  return ctx.em.transactional(async (em) => {
    const facility = addFacility(ctx, em, draft, input);
    await em.flush();
    return facilityFromEntity(facility);
  });
}

/** What a new facility's input says, as the rules judge it. */
function draftOfInput(input: CreateFacilityInput, operatorKind: FacilityDraft['operatorKind']): FacilityDraft {
  return {
    name: input.name,
    type: input.type,
    ...plainValuesOfInput(input),
    operatorKind,
    address: input.address,
    contact: input.contact ?? null,
    management: input.management,
    agreement: input.agreement ?? null,
    registerEntry: input.registerEntry ?? null,
  };
}

/** A facility of a checked draft, added to `em` (flushed by the caller) with its audit line. */
function addFacility(
  ctx: RequestContext,
  em: RequestContext['em'],
  draft: FacilityDraft,
  ids: { operatorId: string; unitId: string; districtId: string },
): Facility {
  const facility = em.create(Facility, {
    ...columnsOf(draft),
    operator: em.getReference(Organisation, ids.operatorId),
    unit: em.getReference(WelfareUnit, ids.unitId),
    district: em.getReference(District, ids.districtId),
    occupiedPlaces: null,
    occupancyDate: null,
    occupancyReportedAt: null,
  });
  ctx.audit.recordWrite(em, {
    operation: 'createFacility',
    subjectType: 'Facility',
    subjectId: facility.id,
    details: { name: facility.name, type: facility.type },
  });
  return facility;
}

function draftOf(facility: Facility, operatorKind: FacilityDraft['operatorKind']): FacilityDraft {
  return {
    name: facility.name,
    type: facility.type as FacilityDraft['type'],
    ...plainValuesOf(facility),
    operatorKind,
    address: { ...facility.address },
    contact: facility.contact ? { ...facility.contact } : null,
    management: facility.management,
    agreement: facility.agreementNumber
      ? { number: facility.agreementNumber, validFrom: facility.agreementValidFrom!, validTo: facility.agreementValidTo }
      : null,
    registerEntry: facility.registerNumber
      ? { register: facility.registerName ?? '', number: facility.registerNumber, entryDate: facility.registerEntryDate }
      : null,
  };
}

/** A facility given a checked draft (and any references named), with its audit line; flushed by the caller. */
function assignFacility(
  ctx: RequestContext,
  em: RequestContext['em'],
  facility: Facility,
  draft: FacilityDraft,
  ids: { operatorId?: string; unitId?: string; districtId?: string },
  changed: string[],
): void {
  em.assign(facility, {
    ...columnsOf(draft),
    ...(ids.operatorId ? { operator: em.getReference(Organisation, ids.operatorId) } : {}),
    ...(ids.unitId ? { unit: em.getReference(WelfareUnit, ids.unitId) } : {}),
    ...(ids.districtId ? { district: em.getReference(District, ids.districtId) } : {}),
  });
  ctx.audit.recordWrite(em, { operation: 'updateFacility', subjectType: 'Facility', subjectId: facility.id, details: { changed } });
}

/** Applies the given fields of an update; `undefined` keeps a field, `null` clears an optional one. */
function applyUpdate(draft: FacilityDraft, input: UpdateFacilityInput): FacilityDraft {
  const next = { ...draft, ...plainValuesUpdated(draft, input) };
  if (input.name !== undefined && input.name !== null) next.name = input.name;
  if (input.type !== undefined && input.type !== null) next.type = input.type;
  if (input.address !== undefined && input.address !== null) next.address = input.address;
  if (input.contact !== undefined) next.contact = input.contact;
  if (input.management !== undefined && input.management !== null) next.management = input.management;
  if (input.agreement !== undefined) next.agreement = input.agreement;
  if (input.registerEntry !== undefined) next.registerEntry = input.registerEntry;
  return next;
}

export async function updateFacility(ctx: RequestContext, id: string, input: UpdateFacilityInput): Promise<FacilityView> {
  return ctx.em.transactional(async (em) => {
    // A change of type, places or status enters the facility's history on the hub's day.
    await setHubDay(em, ctx.clock.today());
    const facility = await em.findOne(Facility, { id }, { populate: ['operator'] });
    if (!facility) throw notFound('facility', id);
    if (input.expectedVersion !== undefined && input.expectedVersion !== null && input.expectedVersion !== facility.version) {
      throw conflict(REGISTRY.FACILITY_CHANGED({ expected: input.expectedVersion, current: facility.version }), { currentVersion: facility.version });
    }
    const problems = new InputProblems();
    const refs = await loadReferences(
      ctx,
      { operatorId: input.operatorId ?? undefined, unitId: input.unitId ?? undefined, districtId: input.districtId ?? undefined },
      problems,
    );
    const operatorKind = refs.operator?.kind ?? facility.operator.getEntity().kind;
    const draft = applyUpdate(draftOf(facility, operatorKind), input);
    checkFacilityDraft(draft, problems, ctx.clock.today());
    problems.throwIfAny();
    if (draft.declaredCapacity !== facility.declaredCapacity || draft.type !== facility.type || draft.subtype !== facility.subtype) {
      // The planned seasonal and overflow places stay: with the new declared places they must still fit the law.
      const today = ctx.clock.today();
      const over = await checkLegalLimitWithPeriods(em, { id: facility.id, ...draft }, today, addDays(today, PLAN_AHEAD_DAYS), null);
      if (over) throw invalidInput('declaredCapacity', REGISTRY.DECLARED_WITH_PERIODS_OVER_LIMIT(over));
    }

    const changed = Object.keys(input).filter((k) => k !== 'expectedVersion' && (input as Record<string, unknown>)[k] !== undefined);
    assignFacility(ctx, em, facility, draft, { operatorId: refs.operator?.id, unitId: refs.unit?.id, districtId: refs.district?.id }, changed);
    await em.flush();
    return facilityFromEntity(facility);
  });
}

/** How a facility of a register fares: written, left as it was, or refused with the error of its rule. */
export type RegisterOutcome = 'created' | 'updated' | 'unchanged' | GraphQLError;

/** Register numbers looked up in one statement each: well under the protocol's 65,535 parameters. */
const REGISTER_CHUNK = 1000;

/**
 * Facilities as the voivode's register lists them, written by register number and set-based (a
 * city's whole register in a few statements): a new one by `createFacility`'s rules, a known one
 * by `updateFacility`'s (its history dated on the hub's day), or left as it is when its row says
 * what the registry already holds. The operator, unit and district ids are the caller's, found
 * among the registry's records. Once any facility is refused, the rest are only checked: the
 * caller rolls the whole back.
 */
export async function upsertFacilitiesByRegisterNumber(
  ctx: RequestContext,
  rows: { input: CreateFacilityInput; operatorKind: FacilityDraft['operatorKind'] }[],
): Promise<RegisterOutcome[]> {
  const em = ctx.em;
  const today = ctx.clock.today();
  await setHubDay(em, today);
  const outcomes: RegisterOutcome[] = [];
  let refused = false;
  for (let start = 0; start < rows.length; start += REGISTER_CHUNK) {
    let written = false;
    const chunk = rows.slice(start, start + REGISTER_CHUNK);
    const numbers = chunk.map((r) => r.input.registerEntry?.number.trim()).filter((n): n is string => Boolean(n));
    const existing = new Map((await em.find(Facility, { registerNumber: { $in: numbers } })).map((f) => [f.registerNumber!, f]));
    for (const { input, operatorKind } of chunk) {
      const known = existing.get(input.registerEntry?.number.trim() ?? '');
      // The voivode's register says neither whom a shelter's places are for, nor whether it has
      // steps, nor (often) whether it is suspended: a row that does not say keeps what the hub knows.
      const kept = keptWhenUnsaid(input, known, today);
      const draft = draftOfInput({ ...input, ...kept }, operatorKind);
      const problems = new InputProblems();
      checkFacilityDraft(draft, problems, today);
      if (known && sameFacility(known, draft, input)) {
        outcomes.push('unchanged');
        continue;
      }
      if (!problems.empty) {
        outcomes.push(badUserInput(problems.list));
        refused = true;
        continue;
      }
      outcomes.push(known ? 'updated' : 'created');
      if (refused) continue;
      if (!known) addFacility(ctx, em, draft, input);
      else assignFacility(ctx, em, known, draft, input, Object.keys(input));
      written = true;
    }
    // A chunk of unchanged rows is not flushed: comparing a thousand loaded rows for nothing costs.
    if (!refused && written) await em.flush();
    em.clear();
  }
  return outcomes;
}

/**
 * What a register's row leaves unsaid and the hub keeps: the plain columns declared
 * `keptWhenUnsaid` (a new facility takes their default). A facility already closed keeps the day
 * it closed; one the row newly closes closes on the hub's day.
 */
function keptWhenUnsaid(input: CreateFacilityInput, known: Facility | undefined, today: string): Partial<CreateFacilityInput> {
  const kept: Record<string, unknown> = {};
  for (const { name, onCreate } of PLAIN_COLUMNS_KEPT_WHEN_UNSAID) kept[name] = input[name] ?? known?.[name] ?? onCreate;
  const closed = (kept.status ?? input.status) === FacilityStatus.CLOSED;
  kept.closedOn = closed ? (known?.status === FacilityStatus.CLOSED ? known.closedOn : today) : null;
  return kept as Partial<CreateFacilityInput>;
}

/** Whether a facility already is what a register's row says (its key fields and references). */
function sameFacility(facility: Facility, draft: FacilityDraft, ids: { operatorId: string; unitId: string; districtId: string }): boolean {
  return (
    JSON.stringify(columnsOf(draft)) === JSON.stringify(columnsOf(draftOf(facility, null))) &&
    facility.operator.id === ids.operatorId &&
    facility.unit.id === ids.unitId &&
    facility.district.id === ids.districtId
  );
}

/** Closes, on the hub's day, the active facilities with a register number that a new register no longer lists. */
export async function closeFacilitiesNotListed(ctx: RequestContext, listed: Set<string>): Promise<number> {
  const open = await ctx.em.find(Facility, { registerNumber: { $ne: null }, status: { $ne: 'CLOSED' } });
  const gone = open.filter((f) => !listed.has(f.registerNumber!));
  for (const facility of gone) await updateFacility(ctx, facility.id, { status: 'CLOSED', closedOn: ctx.clock.today() });
  return gone.length;
}
