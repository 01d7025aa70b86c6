import DataLoader from 'dataloader';
import { cellsToSuppress } from '../../core/personal-data/small-counts.js';
import { runSql } from '../../core/db/sql.js';
import type { EntityManager } from '../../core/db/database.js';
import type { RequestContext } from '../../core/graphql/context.js';

/** A status as a labour office reports it, for one PESEL (already hashed). */
export interface LabourMarketStatusRow {
  peselHash: string;
  registeredSince: string | null;
  benefitEntitled: boolean;
  deregisteredOn: string | null;
}

export interface LabourMarketStatusView extends LabourMarketStatusRow {
  labourOfficeId: string;
  reportedAt: Date;
}

const HASH = /^[0-9a-f]{64}$/;

/** Hashes as one PostgreSQL text[] parameter (hex only, so the literal needs no quoting). */
export function hashArray(hashes: readonly string[]): string {
  for (const h of hashes) if (!HASH.test(h)) throw new Error('Not a PESEL look-up hash');
  return `{${hashes.join(',')}}`;
}

/**
 * Upserts one office's statuses in one statement: a row per PESEL and office, changed only when a
 * value differs, so that sending the same report again changes nothing.
 */
export async function recordLabourMarketStatuses(em: EntityManager, labourOfficeId: string, reportedBy: string, rows: LabourMarketStatusRow[]) {
  const changed = await runSql<{ inserted: boolean }>(
    em,
    `insert into labour_market_status (id, pesel_hash, labour_office_id, registered_since, benefit_entitled, deregistered_on, reported_by, reported_at)
     select gen_random_uuid(), x.pesel_hash, ?::uuid, x.registered_since, x.benefit_entitled, x.deregistered_on, ?::text, now()
       from jsonb_to_recordset(?::jsonb) as x(pesel_hash text, registered_since date, benefit_entitled boolean, deregistered_on date)
     on conflict (pesel_hash, labour_office_id) do update
       set registered_since = excluded.registered_since, benefit_entitled = excluded.benefit_entitled, deregistered_on = excluded.deregistered_on,
           reported_by = excluded.reported_by, reported_at = excluded.reported_at
       where (labour_market_status.registered_since, labour_market_status.benefit_entitled, labour_market_status.deregistered_on)
             is distinct from (excluded.registered_since, excluded.benefit_entitled, excluded.deregistered_on)
     returning (xmax = 0) as inserted`,
    [
      labourOfficeId,
      reportedBy,
      JSON.stringify(
        rows.map((r) => ({
          pesel_hash: r.peselHash,
          registered_since: r.registeredSince,
          benefit_entitled: r.benefitEntitled,
          deregistered_on: r.deregisteredOn,
        })),
      ),
    ],
  );
  const created = changed.filter((r) => r.inserted).length;
  return { created, updated: changed.length - created, unchanged: rows.length - changed.length };
}

/** True when a status shows the person registered and entitled to the benefit on `date`. */
export function entitledOn(status: LabourMarketStatusRow, date: string): boolean {
  return (
    status.benefitEntitled &&
    (status.registeredSince === null || status.registeredSince <= date) &&
    (status.deregisteredOn === null || status.deregisteredOn > date)
  );
}

/** Statuses of many persons by PESEL hash, every office's, in one statement per tick. */
export function labourMarketLoaders(ctx: RequestContext) {
  return {
    statusesOf: new DataLoader<string, LabourMarketStatusView[]>(async (hashes) => {
      const rows = await runSql(
        ctx.em,
        `select pesel_hash, labour_office_id, registered_since::text as registered_since, benefit_entitled, deregistered_on::text as deregistered_on, reported_at
           from labour_market_status where pesel_hash = any(?::text[]) order by reported_at desc`,
        [hashArray(hashes)],
      );
      const statuses = rows.map((r): LabourMarketStatusView => ({
        peselHash: r.pesel_hash,
        labourOfficeId: r.labour_office_id,
        registeredSince: r.registered_since ?? null,
        benefitEntitled: r.benefit_entitled,
        deregisteredOn: r.deregistered_on ?? null,
        reportedAt: new Date(r.reported_at),
      }));
      const byHash = Map.groupBy(statuses, (s) => s.peselHash);
      return hashes.map((h) => byHash.get(h) ?? []);
    }),
  };
}

/** Whether a person may join a CIS today as far as the labour offices know: not entitled to unemployment benefit. */
export function cisEnrolmentAllowed(statuses: LabourMarketStatusRow[], today: string): boolean {
  return !statuses.some((s) => entitledOn(s, today));
}

export interface LabourMarketCounts {
  registeredUnemployed: number;
  entitledToBenefit: number;
  registeredAndTakingPart: number;
}

/** Persons registered as unemployed today, entitled to the benefit, and of them taking part in a KIS or CIS. */
export async function labourMarketCounts(em: EntityManager, today: string): Promise<LabourMarketCounts> {
  const [row] = await runSql<{ registered: number; entitled: number; taking_part: number }>(
    em,
    `with current as (
       select pesel_hash, bool_or(benefit_entitled) as entitled from labour_market_status
        where (registered_since is null or registered_since <= ?) and (deregistered_on is null or deregistered_on > ?) group by pesel_hash)
     select count(*)::int as registered, count(*) filter (where entitled)::int as entitled,
            count(*) filter (where exists (select 1 from person pe join participation pa on pa.person_id = pe.id
                                           where pe.pesel_hash = current.pesel_hash and pa.start_date <= ? and coalesce(pa.end_date, pa.planned_end_date) >= ?))::int as taking_part
       from current`,
    [today, today, today, today],
  );
  return { registeredUnemployed: row?.registered ?? 0, entitledToBenefit: row?.entitled ?? 0, registeredAndTakingPart: row?.taking_part ?? 0 };
}

export interface ShownLabourMarketCounts {
  registeredUnemployed: number | null;
  entitledToBenefit: number | null;
  registeredAndTakingPart: number | null;
  suppressed: boolean;
}

/**
 * The counts a reader may see. The two "of them" counts leave a remainder anyone can compute
 * (registered but not entitled, registered but not taking part): a remainder of 1 to 4 is a small
 * count too, so the equations include it (core/personal-data/small-counts.ts).
 */
export function suppressLabourMarketCounts(counts: LabourMarketCounts): ShownLabourMarketCounts {
  const figures = new Map<string, number>([
    ['registered', counts.registeredUnemployed],
    ['entitled', counts.entitledToBenefit],
    ['notEntitled', counts.registeredUnemployed - counts.entitledToBenefit],
    ['takingPart', counts.registeredAndTakingPart],
    ['notTakingPart', counts.registeredUnemployed - counts.registeredAndTakingPart],
  ]);
  const withheld = cellsToSuppress(figures, [
    { total: 'registered', parts: ['entitled', 'notEntitled'] },
    { total: 'registered', parts: ['takingPart', 'notTakingPart'] },
  ]);
  const shown = (id: string) => (withheld.has(id) ? null : figures.get(id)!);
  return {
    registeredUnemployed: shown('registered'),
    entitledToBenefit: shown('entitled'),
    registeredAndTakingPart: shown('takingPart'),
    suppressed: ['registered', 'entitled', 'takingPart'].some((id) => withheld.has(id)),
  };
}
