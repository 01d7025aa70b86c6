import { runSql } from '../../core/db/sql.js';
import type { EntityManager } from '../../core/db/database.js';
import { hashArray } from '../persons/index.js';
import type { Programme } from './integration.rules.js';

/** What a labour office may learn of a participation (purpose limitation): no category, no attendance. */
export interface ParticipationStatusRow {
  programme: Programme;
  facilityId: string;
  facilityName: string;
  startDate: string;
  plannedEndDate: string;
  endDate: string | null;
  endReason: string | null;
}

/** Every participation of the persons with these PESEL hashes, in one statement, by hash. */
export async function participationsByPeselHashes(em: EntityManager, hashes: string[]): Promise<Map<string, ParticipationStatusRow[]>> {
  if (hashes.length === 0) return new Map();
  const rows = await runSql(
    em,
    `select pe.pesel_hash, pa.programme, pa.facility_id, f.name as facility_name, pa.start_date::text as start_date,
            pa.planned_end_date::text as planned_end_date, pa.end_date::text as end_date, pa.end_reason
       from person pe join participation pa on pa.person_id = pe.id join facility f on f.id = pa.facility_id
      where pe.pesel_hash = any(?::text[])`,
    [hashArray(hashes)],
  );
  const byHash = Map.groupBy(rows, (r) => r.pesel_hash as string);
  return new Map(
    [...byHash].map(([hash, group]) => [
      hash,
      group.map((r): ParticipationStatusRow => ({
        programme: r.programme,
        facilityId: r.facility_id,
        facilityName: r.facility_name,
        startDate: r.start_date,
        plannedEndDate: r.planned_end_date,
        endDate: r.end_date ?? null,
        endReason: r.end_reason ?? null,
      })),
    ]),
  );
}
