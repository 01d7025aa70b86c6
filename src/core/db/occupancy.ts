import type { EntityManager } from './database.js';
import { runSql } from './sql.js';

/**
 * Places are counted under a lock on the row of whoever has them (a facility, a carer): the lock
 * serialises two requests for the last place, and the count after it sees the winner's row.
 */
export async function lockRow(em: EntityManager, table: 'facility' | 'carer', id: string, mode: 'update' | 'share'): Promise<void> {
  await runSql(em, `select id from ${table} where id = ? for ${mode === 'update' ? 'update' : 'share'}`, [id]);
}

/** Where the stays of one holder of places are, and the SQL for the last day of a stay. */
export interface StaysTable {
  table: 'participation' | 'placement';
  /** Column naming the holder of the places (facility_id, carer_id). */
  holderColumn: string;
  /** Last day a row covers, over alias `s` (an open stay without an end counts for ever). */
  lastDay: string;
}

/**
 * The most stays of one holder running on any one day from `from` to `to` (null: open-ended).
 * Occupancy only rises on a start date, so the peak is on `from` or on a later start in the period.
 */
export async function peakStays(em: EntityManager, stays: StaysTable, holderId: string, from: string, to: string | null): Promise<number> {
  const { table, holderColumn, lastDay } = stays;
  const [row] = await runSql<{ peak: number }>(
    em,
    `select coalesce(max(n), 0)::int as peak from (
       select d.day, count(*) as n
       from (select ?::date as day union select start_date from ${table} where ${holderColumn} = ? and start_date > ? and (?::date is null or start_date <= ?::date)) d
       join ${table} s on s.${holderColumn} = ? and s.start_date <= d.day and (${lastDay}) >= d.day
       group by d.day) counts`,
    [from, holderId, from, to, to, holderId],
  );
  return row?.peak ?? 0;
}

/** The stays of one holder as (first day, last day) pairs, by the table's own rule for the last day. */
export async function staysOf(em: EntityManager, stays: StaysTable, holderId: string): Promise<{ from: string; to: string | null }[]> {
  const { table, holderColumn, lastDay } = stays;
  return runSql<{ from: string; to: string | null }>(
    em,
    `select s.start_date::text as "from", (${lastDay})::text as "to" from ${table} s where s.${holderColumn} = ?`,
    [holderId],
  );
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/**
 * Stays counted day by day in memory, for loading many at once (an import of a KIS's list): the
 * same peak as `peakStays`, from the rows `staysOf` read under the holder's lock, with each new
 * stay added as it is admitted. An open stay counts to `openUntil`.
 */
export class DayCounts {
  private readonly counts = new Map<number, number>();

  constructor(
    stays: { from: string; to: string | null }[],
    private readonly openUntil: string,
  ) {
    for (const stay of stays) this.add(stay.from, stay.to);
  }

  /** The most stays on any day from `from` to `to` (null: up to `openUntil`). */
  peak(from: string, to: string | null): number {
    let peak = 0;
    for (let day = dayNumber(from), last = dayNumber(to ?? this.openUntil); day <= last; day++) peak = Math.max(peak, this.counts.get(day) ?? 0);
    return peak;
  }

  add(from: string, to: string | null): void {
    for (let day = dayNumber(from), last = dayNumber(to ?? this.openUntil); day <= last; day++) this.counts.set(day, (this.counts.get(day) ?? 0) + 1);
  }
}
