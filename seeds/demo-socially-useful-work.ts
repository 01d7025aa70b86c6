import type { EntityManager } from '../src/core/db/database.js';
import { addDays, daysBetween, firstDayOf, lastDayOf, monthOf } from '../src/core/calendar.js';
import { DEMO_ORGANISATIONS } from './demo-ids.js';
import { stableId } from './random.js';
import { runSql } from '../src/core/db/sql.js';

/**
 * An agreement of the demo labour office on socially useful work, and the last whole month's work of
 * up to a dozen participants of each KIS: 4 hours on Mondays and Wednesdays (8 a week, at most 40
 * a month), so that the labour office's refund and the NGO's grid have something to show.
 */
export async function seedDemoSociallyUsefulWork(em: EntityManager, today: string): Promise<void> {
  const agreementId = stableId('psu:agreement:1');
  await runSql(
    em,
    `insert into psu_agreement (id, labour_office_id, number, concluded_on, valid_from, valid_to, hourly_grosze, refund_per_hour_grosze, activation_programme, recorded_by, recorded_at)
     values (?, ?, ?, ?, ?, ?, 1500, 900, false, 'seed', ?)`,
    [
      agreementId,
      DEMO_ORGANISATIONS.labourOffice,
      `PSU/${today.slice(0, 4)}/1`,
      addDays(today, -200),
      addDays(today, -180),
      addDays(today, 185),
      new Date(`${today}T08:00:00Z`),
    ],
  );
  const month = monthOf(addDays(firstDayOf(monthOf(today)), -1));
  const days = daysBetween(firstDayOf(month), lastDayOf(month)).filter((d) => [1, 3].includes(new Date(`${d}T12:00:00Z`).getUTCDay()));
  await runSql(
    em,
    `insert into psu_day (participation_id, date, agreement_id, minutes, reported_by, reported_at)
     select pa.id, d.day, ?::uuid, 240, 'seed', ?::timestamptz
       from (select pa.id, pa.start_date, coalesce(pa.end_date, pa.planned_end_date) as last_day,
                    row_number() over (partition by pa.facility_id order by pa.id) as n
               from participation pa where pa.programme = 'KIS' and pa.start_date <= ? and coalesce(pa.end_date, pa.planned_end_date) >= ?) pa
       join unnest(?::date[]) as d(day) on d.day between pa.start_date and pa.last_day
      where pa.n <= 12`,
    [agreementId, new Date(`${today}T08:00:00Z`), lastDayOf(month), firstDayOf(month), `{${days.join(',')}}`],
  );
}
