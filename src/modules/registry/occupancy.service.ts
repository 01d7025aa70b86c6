import { invalidInput, forbidden, notFound, InputProblems } from '../../core/errors.js';
import { lockRow } from '../../core/db/occupancy.js';
import { isUuid } from '../../core/ids.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { Facility, OccupancyReport } from './registry.entities.js';
import { REGISTRY } from './registry.messages.js';
import { readPlacesOn, placeKind, totalPlaces, type NightPlaces } from './capacity-periods.js';
import { CORE, recordKind } from '../../core/messages/core.messages.js';

export interface OccupancyReportInput {
  facilityId: string;
  date: string;
  occupiedPlaces: number;
  overCapacityReason?: string | null;
  /** Of the places taken, those in seasonal places; unsaid when null. */
  inSeasonalPlaces?: number | null;
  /** Of the places taken, those in overflow places opened for the night; unsaid when null. */
  inOverflowPlaces?: number | null;
}

/** Free places of a facility: its places on the night (declared, seasonal, overflow) less those taken; null when either is unknown. */
export function freePlaces(places: number | null | undefined, occupiedPlaces: number | null | undefined): number | null {
  if (places === null || places === undefined || occupiedPlaces === null || occupiedPlaces === undefined) return null;
  return Math.max(places - occupiedPlaces, 0);
}

/**
 * Records how many places are taken on a day. The operator's NGO staff report for the facilities
 * their organisation runs; MOPS for any. Above the places open that night (declared, seasonal and
 * overflow) only with a reason (a warming centre on a frost night takes everyone in). A report may
 * say how many of the people are in seasonal and in overflow places, never more than are open.
 * The history is kept; the latest day's report becomes the facility's current occupancy.
 */
export async function reportOccupancy(ctx: RequestContext, input: OccupancyReportInput): Promise<OccupancyReport> {
  if (!isUuid(input.facilityId)) throw invalidInput('facilityId', CORE.NOT_AN_ID_OF({ kind: recordKind('facility') }));
  return ctx.em.transactional(async (em) => {
    // Reports for one facility run one after the other: the current occupancy and the latest row of
    // its history then always agree, whatever order concurrent reports commit in.
    await lockRow(em, 'facility', input.facilityId, 'update');
    const facility = await em.findOne(Facility, { id: input.facilityId }, { refresh: true });
    if (!facility) throw notFound('facility', input.facilityId);
    if (ctx.principal.role === 'NGO_STAFF' && facility.operator.id !== ctx.principal.organisationId) {
      throw forbidden(REGISTRY.NOT_YOUR_FACILITY());
    }
    const problems = new InputProblems();
    const today = ctx.clock.today();
    if (facility.status === 'CLOSED') problems.add('facilityId', REGISTRY.FACILITY_CLOSED());
    if (facility.declaredCapacity === null || facility.declaredCapacity === undefined) {
      problems.add('facilityId', REGISTRY.NO_DECLARED_PLACES());
    }
    if (input.date > today) problems.add('date', REGISTRY.OCCUPANCY_IN_FUTURE());
    if (facility.openedOn && input.date < facility.openedOn) problems.add('date', CORE.FACILITY_OPENED_ON({ date: facility.openedOn }));
    // The places open that night, the declared ones as they stood then: a report written the next morning is judged by the night it describes.
    const [extra] = (await readPlacesOn(em, [{ facilityId: facility.id, night: input.date }])) as [NightPlaces];
    const places = totalPlaces(extra);
    facility.declaredCapacity === null || facility.declaredCapacity === undefined ? null : facility.declaredCapacity + extra.seasonal + extra.overflow;
    if (!Number.isInteger(input.occupiedPlaces) || input.occupiedPlaces < 0) {
      problems.add('occupiedPlaces', REGISTRY.OCCUPANCY_NEGATIVE());
    } else if (places !== null && input.occupiedPlaces > places && !input.overCapacityReason?.trim()) {
      problems.add('occupiedPlaces', REGISTRY.OVER_CAPACITY_WITHOUT_REASON({ occupied: input.occupiedPlaces, capacity: places }));
    }
    const inPlaces = [
      ['inSeasonalPlaces', input.inSeasonalPlaces, extra.seasonal, 'SEASONAL'],
      ['inOverflowPlaces', input.inOverflowPlaces, extra.overflow, 'OVERFLOW'],
    ] as const;
    for (const [path, given, open, kind] of inPlaces) {
      if (given === null || given === undefined) continue;
      if (!Number.isInteger(given) || given < 0) problems.add(path, REGISTRY.OCCUPANCY_NEGATIVE());
      else if (given > open) problems.add(path, REGISTRY.PLACE_KIND_OVER_OPEN({ given, kind: placeKind(kind), open }));
    }
    const inExtra = (input.inSeasonalPlaces ?? 0) + (input.inOverflowPlaces ?? 0);
    if (Number.isInteger(input.occupiedPlaces) && input.occupiedPlaces >= 0 && inExtra > input.occupiedPlaces) {
      problems.add('occupiedPlaces', REGISTRY.PLACE_KINDS_OVER_OCCUPIED({ given: inExtra, occupied: input.occupiedPlaces }));
    }
    problems.throwIfAny();

    const report = em.create(OccupancyReport, {
      facility,
      date: input.date,
      occupiedPlaces: input.occupiedPlaces,
      overCapacityReason: input.overCapacityReason?.trim() || null,
      inSeasonalPlaces: input.inSeasonalPlaces ?? null,
      inOverflowPlaces: input.inOverflowPlaces ?? null,
      reportedBy: ctx.principal.userId ?? 'unknown',
      reportedByOrganisation: ctx.principal.organisationId,
      reportedAt: ctx.clock.now(),
    });
    ctx.audit.recordWrite(em, {
      operation: 'reportOccupancy',
      subjectType: 'Facility',
      subjectId: facility.id,
      details: { date: input.date, occupiedPlaces: input.occupiedPlaces },
    });
    await em.flush();
    // A back-filled day must not overwrite a later one: the condition keeps the latest report current
    // even when two reports for different days race.
    await em.nativeUpdate(
      Facility,
      { id: facility.id, $or: [{ occupancyDate: null }, { occupancyDate: { $lte: input.date } }] },
      { occupiedPlaces: input.occupiedPlaces, occupancyDate: input.date, occupancyReportedAt: report.reportedAt },
    );
    return report;
  });
}
