import DataLoader from 'dataloader';
import { conflict, forbidden, invalidInput, InputProblems, notFound } from '../../core/errors.js';
import { addDays, daysBetween } from '../../core/calendar.js';
import { lockRow } from '../../core/db/occupancy.js';
import { runSql } from '../../core/db/sql.js';
import { uuidArray } from '../../core/db/sql-arrays.js';
import { isUuid } from '../../core/ids.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { CORE, recordKind } from '../../core/messages/core.messages.js';
import { labelled } from '../../core/messages/reasons.js';
import { CapacityPeriod, Facility, type CapacityPeriodKind } from './registry.entities.js';
import { CAPACITY_PERIOD_KIND_LABELS } from './registry.labels.js';
import { REGISTRY } from './registry.messages.js';
import { capacityLimitFor } from './registry.rules.js';
import type { FacilitySubtype, FacilityType } from './facility-types.js';

/** Most places one period may add: far above any shelter, low enough to catch a typing slip. */
export const MAX_PERIOD_PLACES = 1000;
/** A season is at most a year of nights. */
export const MAX_SEASON_NIGHTS = 366;
/** How far ahead places may be planned: next winter, not the one after. */
export const PLAN_AHEAD_DAYS = 366;

export interface CapacityPeriodInput {
  facilityId: string;
  kind: CapacityPeriodKind;
  places: number;
  /** The first night (the date of its evening). */
  from: string;
  /** The last night, inclusive; for overflow places the first night when omitted. */
  to?: string | null;
  note?: string | null;
}

/** The places a facility has open on one night, by kind. */
export interface NightPlaces {
  /** The declared capacity as it stood on that date (facility_state); null without places or before the facility opened. */
  yearRound: number | null;
  seasonal: number;
  overflow: number;
}

/** All places open on the night; null for a facility without places. */
export function totalPlaces(places: NightPlaces): number | null {
  return places.yearRound === null ? null : places.yearRound + places.seasonal + places.overflow;
}

/** The seasonal and overflow places of the periods `cp` a statement reads (zero when none). */
const EXTRA_PLACES_COLUMNS = `coalesce(sum(cp.places) filter (where cp.kind = 'SEASONAL'), 0)::int as seasonal, coalesce(sum(cp.places) filter (where cp.kind = 'OVERFLOW'), 0)::int as overflow`;

/** Whether the period `cp` is open on the night `night` (an SQL date). */
const openOnNight = (night: string) => `${night} between cp.valid_from and cp.valid_to`;

/**
 * SQL of one row: the seasonal and overflow places (columns `seasonal`, `overflow`, zero when none)
 * a facility (`facilityId`, an SQL expression) opens besides its declared capacity on the night
 * `night` (an SQL date), for a lateral join.
 */
export function extraPlacesOfNightSql(facilityId: string, night: string): string {
  return `(select ${EXTRA_PLACES_COLUMNS} from capacity_period cp where cp.facility_id = ${facilityId} and ${openOnNight(night)})`;
}

/**
 * The same for every facility at once: a row (`facility_id`, `seasonal`, `overflow`) for each that
 * opens places besides its declared ones on the night, none for the others. For a join over many
 * facilities, where the lateral form would run once for each of them.
 */
export function extraPlacesByFacilityOfNightSql(night: string): string {
  return `(select cp.facility_id, ${EXTRA_PLACES_COLUMNS} from capacity_period cp where ${openOnNight(night)} group by cp.facility_id)`;
}

/** SQL of the number of places a facility opens besides its declared capacity on a night. */
export function extraPlacesSql(facilityId: string, night: string): string {
  return `(select x.seasonal + x.overflow from ${extraPlacesOfNightSql(facilityId, night)} x)`;
}

type NightKey = { facilityId: string; night: string };

/** The places of each facility on each night, by kind, in one statement: the declared ones as they stood then. */
export async function readPlacesOn(em: RequestContext['em'], keys: readonly NightKey[]): Promise<NightPlaces[]> {
  const rows = await runSql<{ facility_id: string; night: string; year_round: number | null; seasonal: number; overflow: number }>(
    em,
    `select k.facility_id, k.night::text as night,
            (select st.declared_capacity from facility_state st where st.facility_id = k.facility_id and st.valid_from <= k.night
              order by st.valid_from desc limit 1) as year_round,
            x.seasonal, x.overflow
       from unnest(?::uuid[], ?::date[]) as k(facility_id, night)
       cross join lateral ${extraPlacesOfNightSql('k.facility_id', 'k.night')} x`,
    [uuidArray(keys.map((k) => k.facilityId)), `{${keys.map((k) => k.night).join(',')}}`],
  );
  const found = new Map(
    rows.map((r) => [
      `${r.facility_id}|${r.night}`,
      { yearRound: r.year_round === null ? null : Number(r.year_round), seasonal: Number(r.seasonal), overflow: Number(r.overflow) },
    ]),
  );
  return keys.map((k) => found.get(`${k.facilityId}|${k.night}`) ?? { yearRound: null, seasonal: 0, overflow: 0 });
}

/** The places of facilities on nights, one statement per tick. */
export function placesOnLoader(ctx: RequestContext) {
  return new DataLoader<NightKey, NightPlaces, string>((keys) => readPlacesOn(ctx.em, keys), { cacheKeyFn: (k) => `${k.facilityId}|${k.night}` });
}

/** A facility's periods that touch the nights from `from` to `to` (either open), by first night. */
export function capacityPeriodsLoader(ctx: RequestContext) {
  return new DataLoader<{ facilityId: string; from: string | null; to: string | null }, CapacityPeriod[], string>(
    async (keys) => {
      const periods = await ctx.em.find(
        CapacityPeriod,
        { facility: { $in: [...new Set(keys.map((k) => k.facilityId))] } },
        { orderBy: { validFrom: 'asc', createdAt: 'asc' } },
      );
      return keys.map((k) =>
        periods.filter((p) => p.facility.id === k.facilityId && (k.to === null || p.validFrom <= k.to) && (k.from === null || p.validTo >= k.from)),
      );
    },
    { cacheKeyFn: (k) => `${k.facilityId}|${k.from}|${k.to}` },
  );
}

/** The most places the periods add on any one night from `from` to `to`, and that night. */
function peakOf(periods: readonly { validFrom: string; validTo: string; places: number }[], from: string, to: string): { night: string; places: number } {
  let peak = { night: from, places: 0 };
  // The sum changes only on a period's first night, so those nights (and the first) are enough.
  const nights = new Set([from, ...periods.map((p) => p.validFrom).filter((n) => n >= from && n <= to)]);
  for (const night of [...nights].sort()) {
    const places = periods.filter((p) => p.validFrom <= night && p.validTo >= night).reduce((sum, p) => sum + p.places, 0);
    if (places > peak.places) peak = { night, places };
  }
  return peak;
}

async function periodsTouching(em: RequestContext['em'], facilityId: string, from: string, to: string, except?: string): Promise<CapacityPeriod[]> {
  return em.find(CapacityPeriod, { facility: facilityId, validFrom: { $lte: to }, validTo: { $gte: from }, ...(except ? { id: { $ne: except } } : {}) });
}

/**
 * Checks that the declared places and the periods together stay within the legal limit on every
 * night from `from` to `to`; the limit is the one in force on the peak night.
 */
export async function checkLegalLimitWithPeriods(
  em: RequestContext['em'],
  facility: { id: string; type: string; subtype?: string | null; declaredCapacity?: number | null },
  from: string,
  to: string,
  added: { places: number; validFrom: string; validTo: string } | null,
): Promise<{ night: string; total: number; max: number; source: string } | null> {
  const periods: { validFrom: string; validTo: string; places: number }[] = await periodsTouching(em, facility.id, from, to);
  if (added) periods.push(added);
  const peak = peakOf(periods, from, to);
  const limit = capacityLimitFor(facility.type as FacilityType, (facility.subtype ?? null) as FacilitySubtype | null, peak.night);
  const total = (facility.declaredCapacity ?? 0) + peak.places;
  return limit && total > limit.maxPlaces ? { night: peak.night, total, max: limit.maxPlaces, source: limit.source } : null;
}

/** The facility a period is written for, locked, and the writer's right to it. */
async function facilityForWriting(ctx: RequestContext, em: RequestContext['em'], facilityId: string) {
  // Periods of one facility are written one after the other, so that two of them cannot both fit
  // under the legal limit that only one fits under.
  await lockRow(em, 'facility', facilityId, 'update');
  const facility = await em.findOne(Facility, { id: facilityId }, { refresh: true });
  if (!facility) throw notFound('facility', facilityId);
  if (ctx.principal.role === 'NGO_STAFF' && facility.operator.id !== ctx.principal.organisationId) throw forbidden(REGISTRY.NOT_YOUR_FACILITY());
  return facility;
}

/**
 * Opens seasonal places (a winter season) or overflow places (one night) in a facility. The
 * operator's NGO staff for the facilities their organisation runs; MOPS for any. A night already
 * passed may be recorded (overflow beds opened last night and written down in the morning).
 */
export async function addCapacityPeriod(ctx: RequestContext, input: CapacityPeriodInput): Promise<CapacityPeriod> {
  if (!isUuid(input.facilityId)) throw invalidInput('facilityId', CORE.NOT_AN_ID_OF({ kind: recordKind('facility') }));
  const today = ctx.clock.today();
  const problems = new InputProblems();
  const to = input.kind === 'OVERFLOW' ? (input.to ?? input.from) : input.to;
  if (!Number.isInteger(input.places) || input.places < 1 || input.places > MAX_PERIOD_PLACES) {
    problems.add('places', REGISTRY.PERIOD_PLACES_RANGE({ max: MAX_PERIOD_PLACES }));
  }
  if (input.kind === 'OVERFLOW' && to !== input.from) problems.add('to', REGISTRY.OVERFLOW_ONE_NIGHT());
  if (input.kind === 'SEASONAL' && !to) problems.add('to', REGISTRY.SEASON_NEEDS_END());
  if (to && to < input.from) problems.add('to', CORE.ENDS_BEFORE_START());
  else if (to && daysBetween(input.from, to).length > MAX_SEASON_NIGHTS) problems.add('to', REGISTRY.SEASON_TOO_LONG({ max: MAX_SEASON_NIGHTS }));
  const last = addDays(today, PLAN_AHEAD_DAYS);
  if ((to ?? input.from) > last) problems.add(to ? 'to' : 'from', REGISTRY.PERIOD_TOO_FAR_AHEAD({ days: PLAN_AHEAD_DAYS, last }));
  const note = input.note?.trim() || null;
  if (note && note.length > 500) problems.add('note', CORE.TEXT_TOO_LONG({ limit: 500, given: note.length }));
  problems.throwIfAny();
  return ctx.em.transactional(async (em) => {
    const facility = await facilityForWriting(ctx, em, input.facilityId);
    if (facility.status === 'CLOSED') problems.add('facilityId', REGISTRY.FACILITY_CLOSED());
    if (facility.declaredCapacity === null || facility.declaredCapacity === undefined) problems.add('facilityId', REGISTRY.NO_DECLARED_PLACES());
    if (facility.openedOn && input.from < facility.openedOn) problems.add('from', CORE.FACILITY_OPENED_ON({ date: facility.openedOn }));
    problems.throwIfAny();
    const over = await checkLegalLimitWithPeriods(em, facility, input.from, to!, { places: input.places, validFrom: input.from, validTo: to! });
    if (over) problems.add('places', REGISTRY.PLACES_OVER_LEGAL_LIMIT_ON_NIGHT(over));
    problems.throwIfAny();
    const period = em.create(CapacityPeriod, {
      facility,
      kind: input.kind,
      places: input.places,
      validFrom: input.from,
      validTo: to!,
      note,
      createdBy: ctx.principal.userId ?? 'unknown',
    });
    ctx.audit.recordWrite(em, {
      operation: 'addCapacityPeriod',
      subjectType: 'Facility',
      subjectId: facility.id,
      details: { kind: input.kind, places: input.places, from: input.from, to },
    });
    await em.flush();
    return period;
  });
}

async function periodForWriting(ctx: RequestContext, em: RequestContext['em'], id: string): Promise<CapacityPeriod> {
  if (!isUuid(id)) throw invalidInput('id', CORE.NOT_AN_ID_OF({ kind: recordKind('capacity period') }));
  const found = await em.findOne(CapacityPeriod, { id });
  if (!found) throw notFound('capacity period', id);
  await facilityForWriting(ctx, em, found.facility.id);
  return (await em.findOne(CapacityPeriod, { id }, { refresh: true }))!;
}

/** Closes places earlier than planned: a mild end of winter. Nights already passed stay as they were. */
export async function endCapacityPeriod(ctx: RequestContext, id: string, lastNight: string): Promise<CapacityPeriod> {
  return ctx.em.transactional(async (em) => {
    const period = await periodForWriting(ctx, em, id);
    const problems = new InputProblems();
    const today = ctx.clock.today();
    if (lastNight < period.validFrom || lastNight >= period.validTo) {
      problems.add('lastNight', REGISTRY.PERIOD_END_OUTSIDE({ from: period.validFrom, to: period.validTo }));
    } else if (lastNight < addDays(today, -1)) {
      problems.add('lastNight', REGISTRY.PERIOD_END_PAST({ earliest: addDays(today, -1) }));
    }
    problems.throwIfAny();
    const was = period.validTo;
    period.validTo = lastNight;
    ctx.audit.recordWrite(em, { operation: 'endCapacityPeriod', subjectType: 'Facility', subjectId: period.facility.id, details: { id, was, lastNight } });
    await em.flush();
    return period;
  });
}

/** Withdraws places that have not opened yet (or open tonight), entered by mistake or called off. */
export async function withdrawCapacityPeriod(ctx: RequestContext, id: string): Promise<boolean> {
  return ctx.em.transactional(async (em) => {
    const period = await periodForWriting(ctx, em, id);
    if (period.validFrom < ctx.clock.today()) throw conflict(REGISTRY.PERIOD_ALREADY_STARTED({ from: period.validFrom }));
    ctx.audit.recordWrite(em, {
      operation: 'withdrawCapacityPeriod',
      subjectType: 'Facility',
      subjectId: period.facility.id,
      details: { id, kind: period.kind, places: period.places, from: period.validFrom, to: period.validTo },
    });
    em.remove(period);
    await em.flush();
    return true;
  });
}

/** The kind of place as a parameter of a message. */
export const placeKind = (kind: CapacityPeriodKind) => labelled(kind, CAPACITY_PERIOD_KIND_LABELS);
