import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { emptyPage, rawKeysetPage, SqlConditions } from '../../core/db/raw-keyset.js';

import { ageOn, periodEnd } from '../../core/calendar.js';
import { lockRow, peakStays, type StaysTable } from '../../core/db/occupancy.js';
import { conflict, InputProblems, notFound } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import type { Page, PageArgs } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/ids.js';
import { checkPersonInput, findOrCreatePerson, type PersonInput } from '../persons/index.js';
import { Person } from '../persons/index.js';
import { readsPeopleOf } from '../registry/index.js';
import { carerById } from './carers.service.js';
import { fostercareLoaders } from './fostercare.loaders.js';
import { Carer, FosterChild, Placement, type PlacementBasis, type PlacementEndReason } from './fostercare.entities.js';
import { CARE_EDUCATION_KINDS, carerLimitFor, INSTITUTIONAL_CARE_MIN_AGE } from './fostercare.rules.js';
import { overdueSql, PLACEMENT_COLUMNS, PLACEMENT_FROM, placementFromSqlRow, type PlacementView } from './placement.views.js';

export interface PlacementInput {
  child: PersonInput;
  /** Keeps the child with siblings already in care; a new group when omitted. */
  siblingGroupId?: string | null;
  carerId: string;
  startDate: string;
  plannedEndDate?: string | null;
  basis: PlacementBasis;
  court?: { name: string; reference: string; decisionDate: string } | null;
  note?: string | null;
  capacityExceptionReason?: string | null;
  ageExceptionReason?: string | null;
}

export interface EndPlacementInput {
  endDate: string;
  reason: PlacementEndReason;
  note?: string | null;
}

/** A placement holds a place until it ends. */
const PLACEMENTS: StaysTable = { table: 'placement', holderColumn: 'carer_id', lastDay: "coalesce(s.end_date, 'infinity'::date)" };

/**
 * Places a child with a carer (MOPS_WORKER, ADMIN). Refused, each with its reason: a child already
 * placed; a carer closed or on a break; a place beyond the carer's limit unless its kind's exception
 * applies and is given a reason (siblings kept together, with the family's consent where the law
 * asks for it; an especially justified case up to its higher limit; an emergency in an intervention
 * facility); a child under 10 in a care-and-education facility without a reason. The carer's row
 * is locked while its children are counted, so of many requests for the last place one wins.
 */
export async function placeChild(ctx: RequestContext, input: PlacementInput): Promise<PlacementView> {
  const problems = new InputProblems();
  const today = ctx.clock.today();
  checkPersonInput(input.child, problems, 'child', today);
  if (input.startDate > today) problems.add('startDate', 'A placement is recorded when the child arrives, not in advance');
  if (input.plannedEndDate && input.plannedEndDate < input.startDate) problems.add('plannedEndDate', 'The planned end is before the start');
  if (input.basis === 'COURT_DECISION') {
    if (!input.court?.name.trim() || !input.court.reference.trim()) problems.add('court', 'A court decision needs the court and its reference number (sygnatura)');
    else if (input.court.decisionDate > today) problems.add('court.decisionDate', 'The decision date is in the future');
  } else if (input.court) {
    problems.add('court', 'An emergency placement waits for the decision; record the court when it comes');
  }
  if (input.siblingGroupId && !isUuid(input.siblingGroupId)) problems.add('siblingGroupId', 'Not a sibling group id');
  const carer = await carerById(ctx, input.carerId);
  if (!carer) throw notFound('Carer', input.carerId);
  const limit = carerLimitFor(carer.kind, input.startDate);
  if (!limit) problems.add('startDate', `No limits are in force for a ${carer.kind} on ${input.startDate}`);
  problems.throwIfAny();

  try {
    const id = await ctx.em.transactional(async (em) => {
      await lockRow(em, 'carer', carer.id, 'update');
      if (carer.status !== 'ACTIVE') throw conflict(`The carer is ${carer.status === 'ON_BREAK' ? 'on a break' : 'closed'} and takes no one`, { reason: 'CARER_NOT_ACCEPTING' });
      const child = await findOrCreatePerson(ctx, em, input.child);
      const later = new InputProblems();
      if (CARE_EDUCATION_KINDS.includes(carer.kind) && ageOn(child.birthDate, input.startDate) < INSTITUTIONAL_CARE_MIN_AGE && !input.ageExceptionReason?.trim()) {
        later.add('ageExceptionReason', `A child under ${INSTITUTIONAL_CARE_MIN_AGE} goes to a care-and-education facility only for health reasons or to stay with siblings (art. 95 ust. 4): give the reason`);
      }
      later.throwIfAny();
      const active = await em.count(Placement, { child: child.id, endDate: null });
      if (active) throw conflict('The child is already placed; end that placement first', { reason: 'CHILD_ALREADY_PLACED' });

      let profile = await em.findOne(FosterChild, { person: child.id });
      const group = input.siblingGroupId ?? profile?.siblingGroupId ?? crypto.randomUUID();
      if (!profile) profile = em.create(FosterChild, { person: child, siblingGroupId: group });
      else profile.siblingGroupId = group;

      const capacity = Math.min(carer.capacity ?? limit!.maxChildren, limit!.maxChildren);
      const peak = await peakStays(em, PLACEMENTS, carer.id, input.startDate, input.plannedEndDate ?? null);
      const reason = input.capacityExceptionReason?.trim();
      if (peak + 1 > capacity) {
        const exception = limit!.exception;
        const full = `No free place: ${carer.name} has ${capacity} places and ${peak} children`;
        if (!exception) throw conflict(`${full} (${limit!.source})`, { reason: 'NO_FREE_PLACE' });
        if (exception.kind === 'SIBLINGS') {
          const [{ n }] = (await em.execute<{ n: number }[]>(
            `select count(*)::int as n from placement pl join foster_child fc on fc.person_id = pl.child_id
              where pl.carer_id = ? and fc.sibling_group_id = ? and pl.end_date is null`, [carer.id, group],
          )) as [{ n: number }];
          if (n === 0) throw conflict(`${full}; the exception is for keeping siblings together, and no sibling of this child is there`, { reason: 'NO_FREE_PLACE' });
          if (exception.needsConsent && !carer.siblingsConsent) throw conflict(`${full}; siblings beyond the limit need the family's consent, which is not recorded`, { reason: 'NO_FREE_PLACE' });
        }
        if (exception.kind === 'JUSTIFIED' && peak + 1 > exception.maxWithException) {
          throw conflict(`${full}, and even an especially justified case allows ${exception.maxWithException} (${limit!.source})`, { reason: 'NO_FREE_PLACE' });
        }
        if (!reason) throw conflict(`${full}; the exception of the law (${limit!.source}) needs capacityExceptionReason`, { reason: 'NO_FREE_PLACE', exceptionAvailable: exception.kind });
      }
      const placement = em.create(Placement, {
        child, carer: em.getReference(Carer, carer.id), startDate: input.startDate, plannedEndDate: input.plannedEndDate ?? null,
        endDate: null, endReason: null, basis: input.basis, courtName: input.court?.name.trim() ?? null, courtReference: input.court?.reference.trim() ?? null,
        decisionDate: input.court?.decisionDate ?? null, note: input.note?.trim() || null,
        capacityExceptionReason: peak + 1 > capacity ? reason! : null, ageExceptionReason: input.ageExceptionReason?.trim() || null,
        extensionReason: null, placedBy: ctx.principal.userId ?? 'unknown', endedBy: null,
      });
      ctx.audit.recordWrite(em, { operation: 'placeChild', subjectType: 'Placement', subjectId: placement.id, details: { carerId: carer.id, childId: child.id } });
      await em.flush();
      return placement.id;
    });
    return (await placementById(ctx, id))!;
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw conflict('The child was placed by another request at the same time', { reason: 'CHILD_ALREADY_PLACED' });
    throw error;
  }
}

/** Ends a placement with its date and reason (MOPS_WORKER, ADMIN). */
export async function endPlacement(ctx: RequestContext, id: string, input: EndPlacementInput): Promise<PlacementView> {
  const current = await placementById(ctx, id);
  if (!current) throw notFound('Placement', id);
  if (current.endDate) throw conflict(`The placement ended on ${current.endDate}`, { reason: 'ALREADY_ENDED' });
  const problems = new InputProblems();
  if (input.endDate < current.startDate) problems.add('input.endDate', `The placement started on ${current.startDate}`);
  if (input.endDate > ctx.clock.today()) problems.add('input.endDate', 'A placement is ended when it ends, not in advance');
  problems.throwIfAny();
  await ctx.em.transactional(async (em) => {
    const updated = await em.nativeUpdate(Placement, { id, endDate: null }, {
      endDate: input.endDate, endReason: input.reason, note: input.note?.trim() || current.note, endedBy: ctx.principal.userId ?? 'unknown', updatedAt: ctx.clock.now(),
    });
    if (!updated) throw conflict('The placement was ended by another request at the same time', { reason: 'ALREADY_ENDED' });
    ctx.audit.recordWrite(em, { operation: 'endPlacement', subjectType: 'Placement', subjectId: id, details: { endDate: input.endDate, reason: input.reason } });
    await em.flush();
  });
  return (await placementById(ctx, id))!;
}

/** Extends an emergency or intervention stay beyond its statutory length, with the reason (MOPS_WORKER, ADMIN). */
export async function extendPlacement(ctx: RequestContext, id: string, reason: string): Promise<PlacementView> {
  const current = await placementById(ctx, id);
  if (!current) throw notFound('Placement', id);
  if (current.endDate) throw conflict(`The placement ended on ${current.endDate}`, { reason: 'ALREADY_ENDED' });
  const limit = carerLimitFor(current.carerKind, current.startDate);
  const problems = new InputProblems();
  if (!limit?.maxStayMonths) problems.add('id', `A stay with a ${current.carerKind} has no statutory length to extend`);
  if (!reason.trim()) problems.add('reason', 'Give the reason');
  problems.throwIfAny();
  await ctx.em.transactional(async (em) => {
    await em.nativeUpdate(Placement, { id }, { extensionReason: reason.trim(), plannedEndDate: periodEnd(current.startDate, limit!.maxStayMonths! + limit!.extensionMonths), updatedAt: ctx.clock.now() });
    ctx.audit.recordWrite(em, { operation: 'extendPlacement', subjectType: 'Placement', subjectId: id, details: { months: limit!.extensionMonths } });
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
  const rows = await ctx.em.execute(`select ${PLACEMENT_COLUMNS} from ${PLACEMENT_FROM} where pl.id = ?`, [id]);
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
  for (const [key, column] of [['carerId', 'pl.carer_id'], ['childId', 'pl.child_id']] as const) {
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
  return rawKeysetPage(
    ctx.em,
    {
      select: PLACEMENT_COLUMNS,
      from: `from ${PLACEMENT_FROM}`,
      where,
      keys: [['pl.start_date', '?::date'], ['pl.id', '?::uuid']],
      direction: 'desc',
      cursorOf: (row) => [row.start_date, row.id],
      map: placementFromSqlRow,
    },
    page,
    includeCount,
  );
}

