import { addMonths, addDays } from '../../core/calendar.js';
import { InputProblems } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { periodFor } from '../../core/personal-data/aggregate-periods.js';
import { ALL, cellsToSuppress, cubeCellId, cubeEquations, type CountEquation } from '../../core/personal-data/small-counts.js';
import { EFFECTIVE_STATUS_SQL } from './referrals.rules.js';
import { CORE } from '../../core/messages/core.messages.js';
import { runSql } from '../../core/db/sql.js';

export const ReferralDimension = { RECEIVER_TYPE: 'RECEIVER_TYPE', DISTRICT: 'DISTRICT', REASON: 'REASON', MONTH: 'MONTH' } as const;
export type ReferralDimension = (typeof ReferralDimension)[keyof typeof ReferralDimension];

const DIMENSIONS: ReferralDimension[] = ['RECEIVER_TYPE', 'DISTRICT', 'REASON', 'MONTH'];
const COLUMNS: Record<ReferralDimension, string> = {
  RECEIVER_TYPE: 'f.type',
  DISTRICT: 'f.district_id::text',
  // Every referral has one: its refusal reason, or NOT_REJECTED.
  REASON: `coalesce(r.rejection_reason, 'NOT_REJECTED')`,
  MONTH: `to_char(r.sent_on, 'YYYY-MM')`,
};
/** The counts of a row; `sent` is the sum of the others, as any reader can check. */
const MEASURES = ['sent', 'accepted', 'rejected', 'waiting', 'expired', 'withdrawn'] as const;
type Measure = (typeof MEASURES)[number];

export interface ReferralStatisticsRow {
  receiverType: string | null;
  districtId: string | null;
  reason: string | null;
  month: string | null;
  sent: number | null;
  accepted: number | null;
  rejected: number | null;
  waiting: number | null;
  expired: number | null;
  withdrawn: number | null;
  /** Median days from sending to an answer, over answered referrals; null under 5 answers. */
  medianDaysToAnswer: number | null;
  suppressed: boolean;
}

/**
 * Referrals sent between two days, counted by receiver type, district, refusal reason and month of
 * sending: sent, accepted, refused, waiting, expired and withdrawn, and the median days to an
 * answer. Counted over the whole cube of the four dimensions and suppressed at once (small counts,
 * core/personal-data/small-counts.ts), with the statuses of a row adding up to what it sent.
 */
export async function referralStatistics(
  ctx: RequestContext,
  groupBy: ReferralDimension[],
  from: string | null,
  to: string | null,
): Promise<ReferralStatisticsRow[]> {
  const today = ctx.clock.today();
  const { from: first, to: last } = periodFor(ctx.principal.role, from, to, today, () => ({ from: addDays(addMonths(to ?? today, -12), 1), to: today }));
  const problems = new InputProblems();
  if (first > last) problems.add('from', CORE.PERIOD_STARTS_AFTER_END());
  else if (first < addMonths(last, -60)) problems.add('from', CORE.PERIOD_TOO_LONG({ years: 5 }));
  problems.throwIfAny();

  const columns = DIMENSIONS.map((d) => COLUMNS[d]);
  const rows = await runSql<Record<string, any>>(
    ctx.em,
    `select ${columns.map((c, i) => `${c} as d${i}, grouping(${c}) as g${i}`).join(', ')},
            count(*)::int as sent,
            count(*) filter (where s.status = 'ACCEPTED')::int as accepted,
            count(*) filter (where s.status = 'REJECTED')::int as rejected,
            count(*) filter (where s.status = 'SENT')::int as waiting,
            count(*) filter (where s.status = 'EXPIRED')::int as expired,
            count(*) filter (where s.status = 'WITHDRAWN')::int as withdrawn,
            count(*) filter (where s.status in ('ACCEPTED', 'REJECTED'))::int as answered,
            percentile_disc(0.5) within group (order by r.answered_on - r.sent_on) filter (where s.status in ('ACCEPTED', 'REJECTED')) as median_days
       from referral r join facility f on f.id = r.facility_id
       cross join lateral (select ${EFFECTIVE_STATUS_SQL} as status) s
      where r.sent_on between ?::date and ?::date
      group by cube(${columns.join(', ')})`,
    [today, first, last],
  );
  const cells = rows.map((r) => DIMENSIONS.map((_, i) => (Number(r[`g${i}`]) === 1 ? ALL : String(r[`d${i}`]))));
  const id = (measure: Measure, cell: string) => `${measure}|${cell}`;
  const counts = new Map<string, number>();
  rows.forEach((r, i) => MEASURES.forEach((m) => counts.set(id(m, cubeCellId(cells[i]!)), Number(r[m]))));
  const equations: CountEquation[] = [];
  for (const e of cubeEquations(
    cells,
    DIMENSIONS.map(() => true),
  )) {
    for (const m of MEASURES) equations.push({ total: id(m, e.total), parts: e.parts.map((p) => id(m, p)) });
  }
  for (const cell of cells) {
    const c = cubeCellId(cell);
    equations.push({ total: id('sent', c), parts: MEASURES.filter((m) => m !== 'sent').map((m) => id(m, c)) });
  }
  const withheld = cellsToSuppress(counts, equations);

  const asked = new Set(groupBy);
  return rows
    .map((r, i) => ({ r, cell: cells[i]! }))
    .filter(({ cell }) => DIMENSIONS.every((d, k) => (asked.has(d) ? cell[k] !== ALL : cell[k] === ALL)))
    .map(({ r, cell }) => {
      const c = cubeCellId(cell);
      const shown = (m: Measure) => (withheld.has(id(m, c)) ? null : Number(r[m]));
      const value = (d: ReferralDimension) => (asked.has(d) ? cell[DIMENSIONS.indexOf(d)]! : null);
      return {
        receiverType: value('RECEIVER_TYPE'),
        districtId: value('DISTRICT'),
        reason: value('REASON'),
        month: value('MONTH'),
        sent: shown('sent'),
        accepted: shown('accepted'),
        rejected: shown('rejected'),
        waiting: shown('waiting'),
        expired: shown('expired'),
        withdrawn: shown('withdrawn'),
        medianDaysToAnswer: Number(r.answered) >= 5 && r.median_days !== null ? Number(r.median_days) : null,
        suppressed: MEASURES.some((m) => withheld.has(id(m, c))),
      };
    })
    .sort((a, b) => key(a).localeCompare(key(b)));
}

function key(row: ReferralStatisticsRow): string {
  return [row.receiverType, row.districtId, row.reason, row.month].map((v) => v ?? '').join('|');
}
