import { RevisionCache } from '../../core/db/revision-cache.js';
import type { RequestContext } from '../../core/graphql/context.js';
import type { EntityManager } from '../../core/db/database.js';
import type { Comparison, RequirementKind, StandardSourceKind } from './standards.entities.js';
import { runSql } from '../../core/db/sql.js';

export interface RequirementView {
  id: string;
  code: string;
  description: string;
  kind: RequirementKind;
  unit: string | null;
  comparison: Comparison | null;
  threshold: number | null;
}

export interface StandardView {
  id: string;
  code: string;
  version: number;
  title: string;
  titleEn: string;
  source: string;
  sourceKind: StandardSourceKind;
  appliesTo: string[];
  description: string | null;
  definedAt: Date;
  requirements: RequirementView[];
}

export interface Catalogue {
  /** Every version of every standard, by code then version. */
  all: StandardView[];
  latestByCode: Map<string, StandardView>;
  byId: Map<string, StandardView>;
}

const cache = () => new RevisionCache<Catalogue>(1);

/** The whole catalogue (a few dozen rows), read in one statement per data revision. */
export async function catalogue(ctx: RequestContext): Promise<Catalogue> {
  return ctx.hubState(cache).get(await ctx.dataRevision(), 'all', () => loadCatalogue(ctx.em));
}

/** Reads the catalogue now, past any cache: for answers right after a write. */
export async function loadCatalogue(em: EntityManager): Promise<Catalogue> {
  {
    const rows = await runSql<Record<string, any>>(
      em,
      `
      select s.id, s.code, s.version, s.title, s.title_en, s.source, s.source_kind, s.applies_to, s.description, s.defined_at,
        coalesce((select json_agg(json_build_object('id', r.id, 'code', r.code, 'description', r.description, 'kind', r.kind,
                  'unit', r.unit, 'comparison', r.comparison, 'threshold', r.threshold) order by r.position)
                  from standard_requirement r where r.standard_id = s.id), '[]'::json) as requirements
      from service_standard s order by s.code, s.version`,
    );
    const parse = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);
    const all: StandardView[] = rows.map((r) => ({
      id: r.id,
      code: r.code,
      version: Number(r.version),
      title: r.title,
      titleEn: r.title_en,
      source: r.source,
      sourceKind: r.source_kind,
      appliesTo: parse<string[]>(r.applies_to),
      description: r.description ?? null,
      definedAt: new Date(r.defined_at),
      requirements: parse<RequirementView[]>(r.requirements),
    }));
    return {
      all,
      latestByCode: new Map(all.map((s) => [s.code, s])), // ordered by version, so the last one wins
      byId: new Map(all.map((s) => [s.id, s])),
    };
  }
}

/** The latest version of each standard, by code. */
export async function latestStandards(ctx: RequestContext): Promise<StandardView[]> {
  return [...(await catalogue(ctx)).latestByCode.values()];
}
