import { uuidArray } from '../../core/db/sql-arrays.js';
import { byIdLoader } from '../../core/graphql/by-id-loader.js';
import { periodListLoader } from '../../core/graphql/period-list-loader.js';
import { firstDayOf, lastDayOf } from '../../core/calendar.js';
import type { RequestContext } from '../../core/graphql/context.js';
import type { AttendanceStatus, ExcusedKind } from './integration.entities.js';
import { PARTICIPATION_COLUMNS, participantFromSqlRow, type ParticipantView } from './participation.views.js';
import { runSql } from '../../core/db/sql.js';

export interface AttendanceDayView {
  participationId: string;
  date: string;
  status: AttendanceStatus;
  excusedKind: ExcusedKind | null;
  hours: number | null;
  reportedBy: string;
  reportedAt: Date;
  corrections: number;
}

/** A facility on a day. */
export interface FacilityDayKey {
  facilityId: string;
  date: string;
}

export interface MonthKey {
  participationId: string;
  month: string;
}

/** The integration module's DataLoaders for one request. */
export function integrationLoaders(ctx: RequestContext) {
  return {
    participant: byIdLoader(async (ids) =>
      (await runSql(ctx.em, `select ${PARTICIPATION_COLUMNS} from participation pa where pa.id = any(?::uuid[])`, [uuidArray(ids)])).map(participantFromSqlRow),
    ),
    /** A month of attendance of many participations: one statement per distinct month asked for in the tick. */
    attendanceOf: periodListLoader<MonthKey, AttendanceDayView>({
      idOf: (k) => k.participationId,
      periodOf: (k) => k.month,
      fetch: (ids, month) =>
        runSql(
          ctx.em,
          `select participation_id, date::text as date, status, excused_kind, hours, reported_by, reported_at, corrections from attendance_entry
            where participation_id = any(?::uuid[]) and date between ? and ? order by date`,
          [uuidArray(ids), firstDayOf(month), lastDayOf(month)],
        ),
      ownerOf: (r) => r.participation_id,
      map: (r) => ({
        participationId: r.participation_id,
        date: r.date,
        status: r.status,
        excusedKind: r.excused_kind ?? null,
        hours: r.hours ?? null,
        reportedBy: r.reported_by,
        reportedAt: new Date(r.reported_at),
        corrections: r.corrections,
      }),
    }),
    /** Who takes part in many facilities on a day, in name order: one statement per distinct day asked for in the tick. */
    participantsAt: periodListLoader<FacilityDayKey, ParticipantView>({
      idOf: (k) => k.facilityId,
      periodOf: (k) => k.date,
      fetch: (ids, date) =>
        runSql(
          ctx.em,
          `select ${PARTICIPATION_COLUMNS} from participation pa join person pe on pe.id = pa.person_id
            where pa.facility_id = any(?::uuid[]) and pa.start_date <= ? and coalesce(pa.end_date, pa.planned_end_date) >= ?
            order by pe.search_name, pa.id`,
          [uuidArray(ids), date, date],
        ),
      ownerOf: (r) => r.facility_id,
      map: participantFromSqlRow,
    }),
  };
}
