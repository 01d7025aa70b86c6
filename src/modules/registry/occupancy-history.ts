import { runSql } from '../../core/db/sql.js';
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

/** A report's columns by the view's (and the API's) names. */
const REPORT_COLUMNS: Record<keyof OccupancyReportView, string> = {
  id: 'r.id',
  facilityId: 'r.facility_id',
  date: 'r.date',
  occupiedPlaces: 'r.occupied_places',
  overCapacityReason: 'r.over_capacity_reason',
  inSeasonalPlaces: 'r.in_seasonal_places',
  inOverflowPlaces: 'r.in_overflow_places',
  reportedBy: 'r.reported_by',
  reportedAt: 'r.reported_at',
};

export type ReportField = keyof OccupancyReportView;
export const REPORT_FIELDS = Object.keys(REPORT_COLUMNS) as ReportField[];

/** Every column of a report under the view's name (a day as text, so that no time zone moves it). */
const REPORT_SELECT_LIST = REPORT_FIELDS.map((field) => `${field === 'date' ? 'r.date::text' : REPORT_COLUMNS[field]} as "${field}"`).join(', ');

/** The reports of the facilities within the dates (either open), each facility's newest first. */
export async function readOccupancyHistory(
  em: RequestContext['em'],
  facilityIds: string[],
  from: string | null,
  to: string | null,
): Promise<OccupancyReportView[]> {
  const rows = await runSql<Omit<OccupancyReportView, 'reportedAt'> & { reportedAt: Date | string }>(
    em,
    `select ${REPORT_SELECT_LIST}
       from occupancy_report r
      where r.facility_id = any(?::uuid[]) and (?::date is null or r.date >= ?::date) and (?::date is null or r.date <= ?::date)
      order by r.facility_id, r.date desc, r.reported_at desc`,
    [uuidArray(facilityIds), from, from, to, to],
  );
  // PostgreSQL's driver gives the instant as a Date, PGlite's as text: the rows are the views, not copied.
  for (const r of rows) if (!(r.reportedAt instanceof Date)) r.reportedAt = new Date(r.reportedAt);
  return rows as OccupancyReportView[];
}

/** The dates a history is asked within (either open), and the fields of its reports a query reads. */
export interface HistoryDates {
  from: string | null;
  to: string | null;
  fields: readonly ReportField[];
}

const historyColumns = new Map<string, string>();

/**
 * A facility's reports within the dates as one select expression of the facility's own statement
 * (row alias `e`), newest first: a JSON array of objects of only `fields`, named as the view names
 * them (`historyFromJson`). Its `?` parameters are `historyColumnParams`. One text per set of fields.
 */
export function historyColumn(fields: readonly ReportField[]): string {
  const key = fields.join(',');
  let sql = historyColumns.get(key);
  if (sql === undefined) {
    const object = fields.map((field) => `'${field}', ${REPORT_COLUMNS[field]}`).join(', ');
    sql = `(select coalesce(json_agg(json_build_object(${object}) order by r.date desc, r.reported_at desc), '[]'::json)
     from occupancy_report r
    where r.facility_id = e.id and (?::date is null or r.date >= ?::date) and (?::date is null or r.date <= ?::date)) as "occupancyHistory"`;
    historyColumns.set(key, sql);
  }
  return sql;
}

export function historyColumnParams({ from, to }: HistoryDates): unknown[] {
  return [from, from, to, to];
}

/** The reports of `historyColumn`'s value: of only the fields it was asked for, instants as Dates. */
export function historyFromJson(reports: Record<string, unknown>[]): OccupancyReportView[] {
  for (const report of reports) if (typeof report.reportedAt === 'string') report.reportedAt = new Date(report.reportedAt);
  return reports as unknown as OccupancyReportView[];
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
