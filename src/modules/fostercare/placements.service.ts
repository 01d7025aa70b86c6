import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Referral, takeInOnReferral } from '../referrals/index.js';
import { emptyPage, keysetPage } from '../../core/db/keyset.js';
import { runSql, SqlConditions } from '../../core/db/sql.js';

import { ageOn, periodEnd } from '../../core/calendar.js';
import type { EntityManager } from '../../core/db/database.js';
import { lockRow, peakStays, type StaysTable } from '../../core/db/occupancy.js';
import { invalidInput, conflict, notFound, InputProblems } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import type { Page, PageArgs } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/ids.js';
import { checkPersonInput, findOrCreatePerson, type PersonInput } from '../persons/index.js';
import { Person } from '../persons/index.js';
import { readsPeopleOf } from '../registry/index.js';
import { carerById } from './carers.service.js';
import { fostercareLoaders } from './fostercare.loaders.js';
import { Carer, FosterChild, Placement, type PlacementBasis, type PlacementEndReason, type StayExtensionKind } from './fostercare.entities.js';
import {
  carerLimitFor,
  INSTITUTIONAL_CARE_MIN_AGE,
  stayLimitAtStart,
  type AdmissionRoute,
  type AgeExceptionKind,
  type CarerLimit,
} from './fostercare.rules.js';
import type { CarerView } from './carer.views.js';
import { overdueSql, PLACEMENT_COLUMNS, PLACEMENT_FROM, placementFromSqlRow, type PlacementView } from './placement.views.js';
import { FOSTER_CARE } from './fostercare.messages.js';
import { CORE, recordKind } from '../../core/messages/core.messages.js';
import { labelled } from '../../core/messages/reasons.js';
import { CARER_KIND_LABELS, fosterCareEnumLabels } from './fostercare.labels.js';
import { SIBLINGS_CONDITIONS } from './fostercare.messages.js';

export interface PlacementInput {
  child: PersonInput;
  /** Keeps the child with siblings already in care; a new group when omitted. */
  siblingGroupId?: string | null;
  carerId: string;
  /** The referral the child comes on (to the carer's facility), if any. */
  referralId?: string | null;
  startDate: string;
  plannedEndDate?: string | null;
  basis: PlacementBasis;
  court?: { name: string; reference: string; decisionDate: string } | null;
  note?: string | null;
  capacityExceptionReason?: string | null;
  ageExceptionKind?: AgeExceptionKind | null;
  ageExceptionReason?: string | null;
  admissionRoute?: AdmissionRoute | null;
  voivodeConsent?: string | null;
  coordinatorOpinion?: string | null;
}

export interface EndPlacementInput {
  endDate: string;
  reason: PlacementEndReason;
  note?: string | null;
}

export interface ExtendPlacementInput {
  /** FIXED_TERM to the longer statutory length; UNTIL_PROCEEDINGS_END open-ended with the case. Inferred when the kind allows one only. */
  kind?: StayExtensionKind | null;
  reason: string;
  /** The court case whose end the stay waits for (UNTIL_PROCEEDINGS_END). */
  proceedingsReference?: string | null;
}

/** A placement holds a place until it ends. */
const PLACEMENTS: StaysTable = { table: 'placement', holderColumn: 'carer_id', lastDay: "coalesce(s.end_date, 'infinity'::date)" };

/** Foster care is for minors; a care leaver stays on under a placement made before. */
const ADULTHOOD = 18;

/** Checks the age rule of art. 95 ust. 2 for a child placed with a carer of `limit`'s kind. */
function checkAgeRule(limit: CarerLimit, input: PlacementInput, birthDate: string, problems: InputProblems): void {
  const text = input.ageExceptionReason?.trim();
  const kind = input.ageExceptionKind ?? (text ? 'OTHER' : null);
  if (!limit.ageRuleApplies || ageOn(birthDate, input.startDate) >= INSTITUTIONAL_CARE_MIN_AGE) {
    if (input.ageExceptionKind) problems.add('ageExceptionKind', FOSTER_CARE.AGE_RULE_NOT_APPLICABLE());
    return;
  }
  if (!kind) {
    problems.add('ageExceptionKind', FOSTER_CARE.AGE_EXCEPTION_MISSING({ age: INSTITUTIONAL_CARE_MIN_AGE }));
  } else if (kind === 'OTHER' && !text) {
    problems.add('ageExceptionReason', FOSTER_CARE.AGE_EXCEPTION_REASON_MISSING());
  }
}

/**
 * Places a child with a carer (MOPS_WORKER, ADMIN). Refused, each with its reason: a child already
 * placed; a carer closed or on a break; a child under 10 in a socialisation, intervention or
 * specialist-therapeutic facility without the exception of art. 95 ust. 2; a child of a year or
 * more in a pre-adoption centre; a place beyond the carer's limit unless its kind's exception
 * applies, its conditions are recorded and a reason is given (siblings kept together with the
 * consent and the coordinator's opinion, or the voivode's consent for a family-type facility; an
 * emergency family's justified case up to 6; a child brought to an intervention facility by the
 * Police, at its own request or in an emergency). A kinship family has no statutory limit. The
 * carer's row is locked before its status is read and its children are counted, so of many
 * requests for the last place one wins, and a carer closed meanwhile takes no one.
 */
export async function placeChild(ctx: RequestContext, input: PlacementInput): Promise<PlacementView> {
  const problems = new InputProblems();
  const today = ctx.clock.today();
  checkPersonInput(input.child, problems, 'child', today);
  if (input.startDate > today) problems.add('startDate', FOSTER_CARE.PLACED_IN_ADVANCE());
  if (input.plannedEndDate && input.plannedEndDate < input.startDate) problems.add('plannedEndDate', CORE.PLANNED_END_BEFORE_START());
  if (input.basis === 'COURT_DECISION') {
    if (!input.court?.name.trim() || !input.court.reference.trim()) problems.add('court', FOSTER_CARE.COURT_MISSING());
    else if (input.court.decisionDate > today) problems.add('court.decisionDate', FOSTER_CARE.COURT_DECISION_IN_FUTURE());
  } else if (input.court) {
    problems.add('court', FOSTER_CARE.EMERGENCY_WITHOUT_COURT());
  }
  if (input.siblingGroupId && !isUuid(input.siblingGroupId)) problems.add('siblingGroupId', CORE.NOT_AN_ID_OF({ kind: recordKind('sibling group') }));
  else if (input.siblingGroupId && !(await siblingGroupExists(ctx.em, input.siblingGroupId))) {
    problems.add('siblingGroupId', FOSTER_CARE.NO_SUCH_SIBLING_GROUP());
  }
  if (input.ageExceptionKind === 'OTHER' && !input.ageExceptionReason?.trim()) problems.add('ageExceptionReason', FOSTER_CARE.AGE_EXCEPTION_REASON_MISSING());
  const carer = await carerById(ctx, input.carerId);
  if (!carer) throw notFound('carer', input.carerId);
  if (carer.registeredOn && input.startDate < carer.registeredOn)
    problems.add('startDate', FOSTER_CARE.BEFORE_FAMILY_REGISTERED({ name: carer.name, date: carer.registeredOn }));
  const limit = carerLimitFor(carer.kind, input.startDate);
  if (!limit) problems.add('startDate', FOSTER_CARE.NO_CARER_LIMITS({ kind: labelled(carer.kind, CARER_KIND_LABELS), date: input.startDate }));
  if (input.admissionRoute && input.admissionRoute !== 'ORDINARY' && carer.kind !== 'INTERVENTION_FACILITY') {
    problems.add('admissionRoute', FOSTER_CARE.ADMISSION_ROUTE_INTERVENTION_ONLY());
  }
  problems.throwIfAny();
  const rule = limit!;

  try {
    const id = await ctx.em.transactional(async (em) => {
      await lockRow(em, 'carer', carer.id, 'update');
      // Read under the lock: a carer closed by a request that committed first takes no one.
      const current = (await carerById({ ...ctx, em }, carer.id))!;
      if (current.status !== 'ACTIVE') throw conflict(FOSTER_CARE.CARER_NOT_ACCEPTING({ status: labelled(current.status, fosterCareEnumLabels.CarerStatus!) }));
      const child = await findOrCreatePerson(ctx, em, input.child);
      const later = new InputProblems();
      if (ageOn(child.birthDate, input.startDate) >= ADULTHOOD) later.add('child.pesel', FOSTER_CARE.CHILD_ADULT({ age: ADULTHOOD }));
      checkAgeRule(rule, input, child.birthDate, later);
      // The child reaches the age at the start of the birthday (Kodeks cywilny art. 112), so on the birthday it is too old.
      if (rule.stayEndsAtAgeMonths !== null && periodEnd(child.birthDate, rule.stayEndsAtAgeMonths) <= input.startDate) {
        later.add('child.pesel', FOSTER_CARE.PRE_ADOPTION_AGE({ years: rule.stayEndsAtAgeMonths / 12, source: rule.source }));
      }
      later.throwIfAny();
      const active = await em.count(Placement, { child: child.id, endDate: null });
      if (active) throw conflict(FOSTER_CARE.CHILD_ALREADY_PLACED());

      let profile = await em.findOne(FosterChild, { person: child.id });
      const group = input.siblingGroupId ?? profile?.siblingGroupId ?? crypto.randomUUID();
      if (!profile) profile = em.create(FosterChild, { person: child, siblingGroupId: group });
      else profile.siblingGroupId = group;

      // Where the statute sets no limit (a kinship family, art. 54), the places a carer declared do not refuse a child.
      const capacity = rule.maxChildren === null ? null : Math.min(current.capacity ?? rule.maxChildren, rule.maxChildren);
      const peak = capacity === null ? 0 : await peakStays(em, PLACEMENTS, carer.id, input.startDate, input.plannedEndDate ?? null);
      const beyond = capacity !== null && peak + 1 > capacity;
      if (beyond) await checkCapacityException(em, { carer: current, rule, capacity: capacity!, peak, group, input });
      const placement = em.create(Placement, {
        child,
        carer: em.getReference(Carer, carer.id),
        startDate: input.startDate,
        plannedEndDate: input.plannedEndDate ?? null,
        endDate: null,
        endReason: null,
        basis: input.basis,
        courtName: input.court?.name.trim() ?? null,
        courtReference: input.court?.reference.trim() ?? null,
        decisionDate: input.court?.decisionDate ?? null,
        note: input.note?.trim() || null,
        capacityExceptionReason: beyond ? input.capacityExceptionReason!.trim() : null,
        ageExceptionKind:
          rule.ageRuleApplies && ageOn(child.birthDate, input.startDate) < INSTITUTIONAL_CARE_MIN_AGE ? (input.ageExceptionKind ?? 'OTHER') : null,
        ageExceptionReason: input.ageExceptionReason?.trim() || null,
        admissionRoute: input.admissionRoute ?? null,
        voivodeConsent: input.voivodeConsent?.trim() || null,
        coordinatorOpinion: input.coordinatorOpinion?.trim() || null,
        stayLimit: stayLimitAtStart(rule, input.startDate, child.birthDate),
        extensionReason: null,
        extensionKind: null,
        proceedingsReference: null,
        proceedingsEndedOn: null,
        placedBy: ctx.principal.userId ?? 'unknown',
        endedBy: null,
        referral: input.referralId ? em.getReference(Referral, input.referralId) : null,
      });
      if (input.referralId)
        await takeInOnReferral(ctx, em, input.referralId, { personId: child.id, facilityId: current.facilityId ?? null, placementId: placement.id });
      ctx.audit.recordWrite(em, {
        operation: 'placeChild',
        subjectType: 'Placement',
        subjectId: placement.id,
        details: { carerId: carer.id, childId: child.id },
      });
      await em.flush();
      return placement.id;
    });
    return (await placementById(ctx, id))!;
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw conflict(FOSTER_CARE.CHILD_ALREADY_PLACED());
    throw error;
  }
}

/** A sibling group is made by its first child: a group no child belongs to was never made. */
async function siblingGroupExists(em: EntityManager, group: string): Promise<boolean> {
  return (await em.count(FosterChild, { siblingGroupId: group })) > 0;
}

/**
 * A place beyond the carer's places: allowed only under its kind's exception, with its conditions
 * recorded and a reason; otherwise CONFLICT, saying what is missing.
 */
async function checkCapacityException(
  em: EntityManager,
  o: { carer: CarerView; rule: CarerLimit; capacity: number; peak: number; group: string; input: PlacementInput },
): Promise<void> {
  const { carer, rule, capacity, peak, input } = o;
  const exception = rule.exception;
  const full = { carer: carer.name, places: capacity, children: peak, source: rule.source };
  if (!exception) throw conflict(FOSTER_CARE.CARER_FULL(full));
  if (exception.kind === 'SIBLINGS') {
    if (exception.maxWithException !== null && peak + 1 > exception.maxWithException) {
      throw conflict(FOSTER_CARE.CARER_FULL_SIBLINGS_MAX({ ...full, max: exception.maxWithException }));
    }
    const [{ n }] = (await runSql<{ n: number }>(
      em,
      `select count(*)::int as n from placement pl join foster_child fc on fc.person_id = pl.child_id
        where pl.carer_id = ? and fc.sibling_group_id = ? and pl.end_date is null`,
      [carer.id, o.group],
    )) as [{ n: number }];
    if (n === 0) throw conflict(FOSTER_CARE.CARER_FULL_NO_SIBLING(full));
    const missing = exception.needs.filter((need) =>
      need === 'CARER_CONSENT' ? !carer.siblingsConsent : need === 'COORDINATOR_OPINION' ? !input.coordinatorOpinion?.trim() : !input.voivodeConsent?.trim(),
    );
    if (missing.length) {
      throw conflict(
        FOSTER_CARE.CARER_FULL_SIBLINGS_CONDITIONS({
          ...full,
          missing: { code: missing.map((m) => SIBLINGS_CONDITIONS[m].en).join(' and '), label: missing.map((m) => SIBLINGS_CONDITIONS[m].pl).join(' i ') },
        }),
        { exceptionAvailable: 'SIBLINGS', missing },
      );
    }
  }
  if (exception.kind === 'JUSTIFIED' && peak + 1 > exception.maxWithException) {
    throw conflict(FOSTER_CARE.CARER_FULL_JUSTIFIED_MAX({ ...full, max: exception.maxWithException }));
  }
  if (exception.kind === 'EMERGENCY' && !(input.admissionRoute && exception.admissionRoutes.includes(input.admissionRoute))) {
    throw conflict(FOSTER_CARE.CARER_FULL_EMERGENCY_ONLY(full), { exceptionAvailable: 'EMERGENCY' });
  }
  if (!input.capacityExceptionReason?.trim()) {
    throw conflict(FOSTER_CARE.CARER_FULL_EXCEPTION_REASON_MISSING(full), { exceptionAvailable: exception.kind });
  }
}

/** Ends a placement with its date and reason (MOPS_WORKER, ADMIN). */
export async function endPlacement(ctx: RequestContext, id: string, input: EndPlacementInput): Promise<PlacementView> {
  const current = await placementById(ctx, id);
  if (!current) throw notFound('placement', id);
  if (current.endDate) throw conflict(FOSTER_CARE.PLACEMENT_ENDED({ date: current.endDate }));
  const problems = new InputProblems();
  if (input.endDate < current.startDate) problems.add('input.endDate', FOSTER_CARE.PLACEMENT_STARTED_ON({ date: current.startDate }));
  if (input.endDate > ctx.clock.today()) problems.add('input.endDate', FOSTER_CARE.PLACEMENT_ENDED_IN_ADVANCE());
  problems.throwIfAny();
  await ctx.em.transactional(async (em) => {
    const updated = await em.nativeUpdate(
      Placement,
      { id, endDate: null },
      {
        endDate: input.endDate,
        endReason: input.reason,
        note: input.note?.trim() || current.note,
        endedBy: ctx.principal.userId ?? 'unknown',
        updatedAt: ctx.clock.now(),
      },
    );
    if (!updated) throw conflict(FOSTER_CARE.PLACEMENT_ENDED({ date: (await ctx.em.fork().findOne(Placement, id))?.endDate ?? '' }));
    ctx.audit.recordWrite(em, {
      operation: 'endPlacement',
      subjectType: 'Placement',
      subjectId: id,
      details: { endDate: input.endDate, reason: input.reason },
    });
    await em.flush();
  });
  return (await placementById(ctx, id))!;
}

/**
 * Extends an emergency-family or intervention stay beyond its statutory length (MOPS_WORKER, ADMIN):
 * an emergency family's stay to the longer fixed term with the organiser's consent (8 months), or
 * either stay until the court proceedings on the child's situation end, with the case reference
 * (art. 58 ust. 4, art. 103 ust. 6–7). Such a stay is not overdue while its proceedings are open.
 */
export async function extendPlacement(ctx: RequestContext, id: string, input: ExtendPlacementInput): Promise<PlacementView> {
  const current = await placementById(ctx, id);
  if (!current) throw notFound('placement', id);
  if (current.endDate) throw conflict(FOSTER_CARE.PLACEMENT_ENDED({ date: current.endDate }));
  const stay = carerLimitFor(current.carerKind, current.startDate)?.stay ?? null;
  const problems = new InputProblems();
  if (!stay) throw invalidInput('id', FOSTER_CARE.NO_STAY_LIMIT({ kind: labelled(current.carerKind, CARER_KIND_LABELS) }));
  const kind = input.kind ?? (stay.extendedMonthsInAll === null ? 'UNTIL_PROCEEDINGS_END' : 'FIXED_TERM');
  const reference = input.proceedingsReference?.trim() || null;
  if (!input.reason.trim()) problems.add('reason', CORE.GIVE_REASON());
  if (kind === 'FIXED_TERM' && stay.extendedMonthsInAll === null)
    problems.add('kind', FOSTER_CARE.EXTEND_ONLY_UNTIL_PROCEEDINGS({ kind: labelled(current.carerKind, CARER_KIND_LABELS) }));
  if (kind === 'UNTIL_PROCEEDINGS_END' && !stay.untilProceedingsEnd)
    problems.add('kind', FOSTER_CARE.CANNOT_WAIT_FOR_PROCEEDINGS({ kind: labelled(current.carerKind, CARER_KIND_LABELS) }));
  if (kind === 'UNTIL_PROCEEDINGS_END' && !reference) problems.add('proceedingsReference', FOSTER_CARE.PROCEEDINGS_REFERENCE_MISSING());
  if (kind === 'FIXED_TERM' && reference) problems.add('proceedingsReference', FOSTER_CARE.FIXED_TERM_NO_REFERENCE());
  problems.throwIfAny();
  const stayLimit = kind === 'FIXED_TERM' ? periodEnd(current.startDate, stay.extendedMonthsInAll!) : null;
  await ctx.em.transactional(async (em) => {
    const updated = await em.nativeUpdate(
      Placement,
      { id, endDate: null },
      {
        extensionReason: input.reason.trim(),
        extensionKind: kind,
        proceedingsReference: reference,
        proceedingsEndedOn: null,
        stayLimit,
        plannedEndDate: stayLimit ?? current.plannedEndDate,
        updatedAt: ctx.clock.now(),
      },
    );
    if (!updated) throw conflict(FOSTER_CARE.PLACEMENT_ENDED({ date: (await ctx.em.fork().findOne(Placement, id))?.endDate ?? '' }));
    ctx.audit.recordWrite(em, { operation: 'extendPlacement', subjectType: 'Placement', subjectId: id, details: { kind, stayLimit } });
    await em.flush();
  });
  return (await placementById(ctx, id))!;
}

/**
 * Records that the court proceedings a stay waited for have ended (MOPS_WORKER, ADMIN): from the
 * next day the stay is overdue until the placement ends.
 */
export async function recordProceedingsEnd(ctx: RequestContext, id: string, endedOn: string): Promise<PlacementView> {
  const current = await placementById(ctx, id);
  if (!current) throw notFound('placement', id);
  const problems = new InputProblems();
  if (current.extensionKind !== 'UNTIL_PROCEEDINGS_END') problems.add('id', FOSTER_CARE.NOT_WAITING_FOR_PROCEEDINGS());
  if (endedOn > ctx.clock.today()) problems.add('endedOn', FOSTER_CARE.PROCEEDINGS_END_IN_ADVANCE());
  if (endedOn < current.startDate) problems.add('endedOn', FOSTER_CARE.PLACEMENT_STARTED_ON({ date: current.startDate }));
  problems.throwIfAny();
  await ctx.em.transactional(async (em) => {
    await em.nativeUpdate(Placement, { id }, { proceedingsEndedOn: endedOn, stayLimit: endedOn, updatedAt: ctx.clock.now() });
    ctx.audit.recordWrite(em, { operation: 'recordProceedingsEnd', subjectType: 'Placement', subjectId: id, details: { endedOn } });
    await em.flush();
  });
  return (await placementById(ctx, id))!;
}

/**
 * A placement by id as the placements list would show it: to MOPS_WORKER and ADMIN, and to NGO
 * staff when it is at a facility their organisation operates; null otherwise.
 */
export async function visiblePlacement(id: string, ctx: RequestContext): Promise<PlacementView | null> {
  const placement = await ctx.loaders(fostercareLoaders).placement.load(id);
  if (!placement) return null;
  const carer = await ctx.loaders(fostercareLoaders).carer.load(placement.carerId);
  return (await readsPeopleOf(ctx, carer?.facilityId ?? null)) ? placement : null;
}

export async function placementById(ctx: RequestContext, id: string): Promise<PlacementView | null> {
  if (!isUuid(id)) return null;
  const rows = await runSql(ctx.em, `select ${PLACEMENT_COLUMNS} from ${PLACEMENT_FROM} where pl.id = ?`, [id]);
  return rows[0] ? placementFromSqlRow(rows[0]) : null;
}

export interface PlacementFilter {
  carerId?: string | null;
  childId?: string | null;
  activeOn?: string | null;
  overdue?: boolean | null;
}

/**
 * Placements, newest first, one keyset page at a time. NGO staff get the placements at facilities
 * their organisation operates and nothing else.
 */
export async function listPlacements(ctx: RequestContext, filter: PlacementFilter | null, page: PageArgs, includeCount: boolean): Promise<Page<PlacementView>> {
  const where = new SqlConditions();
  if (ctx.principal.role === 'NGO_STAFF') where.add('c.facility_id in (select id from facility where operator_id = ?)', ctx.principal.organisationId);
  for (const [key, column] of [
    ['carerId', 'pl.carer_id'],
    ['childId', 'pl.child_id'],
  ] as const) {
    const value = filter?.[key];
    if (value) {
      if (!isUuid(value)) return emptyPage(includeCount);
      where.add(`${column} = ?`, value);
    }
  }
  if (filter?.activeOn) where.add('pl.start_date <= ? and (pl.end_date is null or pl.end_date >= ?)', filter.activeOn, filter.activeOn);
  if (filter?.overdue !== null && filter?.overdue !== undefined) {
    const today = ctx.clock.today();
    where.add(filter.overdue ? overdueSql() : `not ${overdueSql()}`, today, today);
  }
  return keysetPage(
    ctx.em,
    {
      select: PLACEMENT_COLUMNS,
      from: `from ${PLACEMENT_FROM}`,
      where,
      keys: [
        ['pl.start_date', '?::date'],
        ['pl.id', '?::uuid'],
      ],
      direction: 'desc',
      cursorOf: (row) => [row.start_date, row.id],
      map: placementFromSqlRow,
    },
    page,
    includeCount,
  );
}
