import DataLoader from 'dataloader';
import { uuidArray } from '../../core/db/sql-arrays.js';
import { firstDayOf, lastDayOf } from '../../core/calendar.js';
import type { RequestContext } from '../../core/graphql/context.js';
import type { AttendanceStatus, ExcusedKind } from './integration.entities.js';

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

export interface MonthKey {
  participationId: string;
  month: string;
}

/** The integration module's DataLoaders for one request. */
export function integrationLoaders(ctx: RequestContext) {
  return {
    /** A month of attendance of many participations: one statement per distinct month asked for in the tick. */
    attendanceOf: new DataLoader<MonthKey, AttendanceDayView[], string>(
      async (keys) => {
        const result = new Map<string, AttendanceDayView[]>();
        for (const [month, monthKeys] of Map.groupBy(keys, (k) => k.month)) {
          const ids = monthKeys.map((k) => k.participationId);
          const rows = await ctx.em.execute(
            `select participation_id, date::text as date, status, excused_kind, hours, reported_by, reported_at, corrections from attendance_entry
              where participation_id = any(?::uuid[]) and date between ? and ? order by date`,
            [uuidArray(ids), firstDayOf(month), lastDayOf(month)],
          );
          for (const id of ids) result.set(`${id}|${month}`, []);
          for (const r of rows) {
            result.get(`${r.participation_id}|${month}`)!.push({
              participationId: r.participation_id, date: r.date, status: r.status, excusedKind: r.excused_kind ?? null, hours: r.hours ?? null,
              reportedBy: r.reported_by, reportedAt: new Date(r.reported_at), corrections: r.corrections,
            });
          }
        }
        return keys.map((k) => result.get(`${k.participationId}|${k.month}`) ?? []);
      },
      { cacheKeyFn: (k) => `${k.participationId}|${k.month}` },
    ),
  };
}
