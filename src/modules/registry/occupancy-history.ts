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
