import { uuidArray } from '../../core/db/sql-arrays.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { byIdLoader } from '../../core/graphql/by-id-loader.js';
import { periodListLoader } from '../../core/graphql/period-list-loader.js';
import { CARER_COLUMNS, CARER_FROM, carerFromSqlRow } from './carer.views.js';
import { PLACEMENT_COLUMNS, PLACEMENT_FROM, placementFromSqlRow, type PlacementView } from './placement.views.js';
import { runSql } from '../../core/db/sql.js';

/** A facility on a day. */
export interface FacilityDayKey {
  facilityId: string;
  date: string;
}

/** The foster-care module's DataLoaders for one request. */
export function fostercareLoaders(ctx: RequestContext) {
  return {
    carer: byIdLoader(async (ids) =>
      (await runSql(ctx.em, `select ${CARER_COLUMNS} from ${CARER_FROM} where c.id = any(?::uuid[])`, [uuidArray(ids)])).map(carerFromSqlRow),
    ),
    placement: byIdLoader(async (ids) =>
      (await runSql(ctx.em, `select ${PLACEMENT_COLUMNS} from ${PLACEMENT_FROM} where pl.id = any(?::uuid[])`, [uuidArray(ids)])).map(placementFromSqlRow),
    ),
    /** Children placed in many institutions on a day, newest first: one statement per distinct day asked for in the tick. */
    placementsAt: periodListLoader<FacilityDayKey, PlacementView>({
      idOf: (k) => k.facilityId,
      periodOf: (k) => k.date,
      fetch: (ids, date) =>
        runSql(
          ctx.em,
          `select ${PLACEMENT_COLUMNS}, c.facility_id from ${PLACEMENT_FROM}
            where c.facility_id = any(?::uuid[]) and pl.start_date <= ? and (pl.end_date is null or pl.end_date >= ?)
            order by pl.start_date desc, pl.id desc`,
          [uuidArray(ids), date, date],
        ),
      ownerOf: (r) => r.facility_id,
      map: placementFromSqlRow,
    }),
  };
}
