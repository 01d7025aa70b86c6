import { executeBound } from '../../core/db/bound-query.js';
import { uuidArray } from '../../core/db/sql-arrays.js';
import type { RequestContext } from '../../core/graphql/context.js';
import type { OccupancyReport } from './registry.entities.js';

/** An occupancy report as the API shows it. */
export interface OccupancyReportView {
  id: string;
  facilityId: string;
  date: string;
  occupiedPlaces: number;
  overCapacityReason: string | null;
  inSeasonalPlaces: number | null;
  inOverflowPlaces: number | null;
  reportedBy: string | null;
  reportedAt: Date;
}

/** The reports of the facilities within the dates (either open), each facility's newest first. */
export async function readOccupancyHistory(
  em: RequestContext['em'],
  facilityIds: string[],
  from: string | null,
  to: string | null,
): Promise<OccupancyReportView[]> {
  const rows = await executeBound<Omit<OccupancyReportView, 'reportedAt'> & { reportedAt: Date | string }>(
    em,
    `select id, facility_id as "facilityId", date::text as date, occupied_places as "occupiedPlaces", over_capacity_reason as "overCapacityReason",
            in_seasonal_places as "inSeasonalPlaces", in_overflow_places as "inOverflowPlaces", reported_by as "reportedBy", reported_at as "reportedAt"
       from occupancy_report
      where facility_id = any($1::uuid[]) and ($2::date is null or date >= $2::date) and ($3::date is null or date <= $3::date)
      order by facility_id, date desc, reported_at desc`,
    [uuidArray(facilityIds), from, to],
  );
  // PostgreSQL's driver gives the instant as a Date, PGlite's as text: the rows are the views, not copied.
  for (const r of rows) if (!(r.reportedAt instanceof Date)) r.reportedAt = new Date(r.reportedAt);
  return rows as OccupancyReportView[];
}

/** The dates a history is asked within (either open). */
export interface HistoryDates {
  from: string | null;
  to: string | null;
}

/**
 * A facility's reports within the dates as one select expression of the facility's own statement
 * (row alias `e`), newest first: an array of arrays, in the order `historyFromJson` reads. Its `?`
 * parameters are `historyColumnParams`.
 */
export const HISTORY_COLUMN = `(select coalesce(json_agg(json_build_array(r.id, r.date, r.occupied_places, r.over_capacity_reason, r.in_seasonal_places,
       r.in_overflow_places, r.reported_by, r.reported_at) order by r.date desc, r.reported_at desc), '[]'::json)
     from occupancy_report r
    where r.facility_id = e.id and (?::date is null or r.date >= ?::date) and (?::date is null or r.date <= ?::date)) as "occupancyHistory"`;

export function historyColumnParams({ from, to }: HistoryDates): unknown[] {
  return [from, from, to, to];
}

type HistoryJson = [string, string, number, string | null, number | null, number | null, string | null, string];

/** The reports of `HISTORY_COLUMN`'s value, as `readOccupancyHistory` gives them. */
export function historyFromJson(facilityId: string, json: readonly HistoryJson[]): OccupancyReportView[] {
  return json.map(([id, date, occupiedPlaces, overCapacityReason, inSeasonalPlaces, inOverflowPlaces, reportedBy, reportedAt]) => ({
    id,
    facilityId,
    date,
    occupiedPlaces,
    overCapacityReason,
    inSeasonalPlaces,
    inOverflowPlaces,
    reportedBy,
    reportedAt: new Date(reportedAt),
  }));
}

/** The same shape from a report just written. */
export function occupancyReportView(report: OccupancyReport): OccupancyReportView {
  return {
    id: report.id,
    facilityId: report.facility.id,
    date: report.date,
    occupiedPlaces: report.occupiedPlaces,
    overCapacityReason: report.overCapacityReason ?? null,
    inSeasonalPlaces: report.inSeasonalPlaces ?? null,
    inOverflowPlaces: report.inOverflowPlaces ?? null,
    reportedBy: report.reportedBy,
    reportedAt: report.reportedAt,
  };
}
