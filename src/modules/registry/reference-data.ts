import { RevisionCache } from '../../core/db/revision-cache.js';
import type { RequestContext } from '../../core/graphql/context.js';
import type { DistrictView, WelfareUnitView } from './registry.views.js';
import { runSql } from '../../core/db/sql.js';

/** The welfare centre's units and the city's districts: a few dozen rows that nearly every answer refers to. */
export interface ReferenceData {
  units: WelfareUnitView[];
  districts: DistrictView[];
  unitById: Map<string, WelfareUnitView>;
  districtById: Map<string, DistrictView>;
}

const cache = () => new RevisionCache<ReferenceData>(1);

/** Read in one statement per data revision and shared by every request of the hub. */
export async function referenceData(ctx: RequestContext): Promise<ReferenceData> {
  const revision = await ctx.dataRevision();
  return ctx.hubState(cache).get(revision, 'all', async () => {
    const [row] = await runSql<{ units: WelfareUnitView[] | string; districts: DistrictView[] | string }>(
      ctx.em,
      `
      select
        (select coalesce(json_agg(json_build_object('id', u.id, 'code', u.code, 'name', u.name, 'kind', u.kind,
                'organisationId', u.organisation_id, 'parentId', u.parent_id) order by u.code), '[]'::json)
           from welfare_unit u) as units,
        (select coalesce(json_agg(json_build_object('id', d.id, 'code', d.code, 'number', d.number, 'name', d.name,
                'branchId', d.branch_id, 'teryt', d.teryt,
                'populations', (select coalesce(json_agg(json_build_object('year', p.year, 'population', p.population, 'source', p.source) order by p.year), '[]'::json)
                                  from district_population p where p.district_id = d.id)) order by d.number), '[]'::json)
           from district d) as districts`,
    );
    const parse = <T>(value: T[] | string): T[] => (typeof value === 'string' ? (JSON.parse(value) as T[]) : value);
    const units = parse(row!.units);
    const districts = parse(row!.districts);
    return {
      units,
      districts,
      unitById: new Map(units.map((u) => [u.id, u])),
      districtById: new Map(districts.map((d) => [d.id, d])),
    };
  });
}
