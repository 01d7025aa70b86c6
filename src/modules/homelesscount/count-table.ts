import { runSql } from '../../core/db/sql.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { cellsToSuppress, type CountEquation } from '../../core/personal-data/small-counts.js';
import { coordinatesCount } from './count.permissions.js';
import { AgeBand, COUNT_PLACES, countPlaceOfFacilityType, SHELTER_FACILITY_TYPES, type CountPlace, type CountPlaceGroup } from './count.rules.js';

const AGE_BANDS = Object.values(AgeBand);

/** The persons of one place of the count (or of all of them, `place` null), as the coordinator files them. */
export interface CountRow {
  place: CountPlace | null;
  group: CountPlaceGroup | null;
  persons: number | null;
  men: number | null;
  women: number | null;
  /** Persons by age band, in the order of AgeBand. */
  ageBands: { band: AgeBand; persons: number | null }[];
  /** Persons known only from a facility's occupancy report of the night, without sex or age. */
  notBrokenDown: number | null;
  /** For the registry's places: facilities of the type open that night, and those counted. */
  facilities: number | null;
  facilitiesCounted: number | null;
  /** The same place at the previous count, and the change since; null where there was none or either is withheld. */
  previousPersons: number | null;
  change: number | null;
  /** Whether any figure of the row is withheld (small counts, for the roles that see only aggregates). */
  suppressed: boolean;
}

export interface CountTable {
  night: string;
  rows: CountRow[];
  total: CountRow;
  /** The night of the previous count compared, if any. */
  previousNight: string | null;
  /** The registry's facilities of the count's types with neither a report of the night nor a count of their own. */
  missingFacilityIds: string[];
}

type Figures = Map<string, number>;

interface NightFacility {
  id: string;
  type: string;
  occupied: number | null;
}

/** The facilities of the count's types active on the night (as they stood then), with their report of that night. */
async function facilitiesOfNight(ctx: RequestContext, night: string): Promise<NightFacility[]> {
  return runSql<NightFacility>(
    ctx.em,
    `with night as (select ?::date as d)
     select f.id, st.type, r.occupied_places as occupied
       from night, facility f
       join lateral (select st.type, st.status from facility_state st where st.facility_id = f.id and st.valid_from <= (select d from night)
                     order by st.valid_from desc limit 1) st on true
       left join lateral (select r.occupied_places from occupancy_report r where r.facility_id = f.id and r.date = (select d from night)
                          order by r.reported_at desc limit 1) r on true
      where st.type = any(?::text[]) and st.status = 'ACTIVE'
        and (f.opened_on is null or f.opened_on <= night.d) and (f.closed_on is null or f.closed_on > night.d)
      order by f.search_name, f.id`,
    [night, `{${SHELTER_FACILITY_TYPES.join(',')}}`],
  );
}

interface EntrySum {
  place: CountPlace;
  facility_id: string | null;
  sex: 'MALE' | 'FEMALE';
  age_band: AgeBand;
  persons: number;
}

async function entriesOf(ctx: RequestContext, countId: string): Promise<EntrySum[]> {
  return runSql<EntrySum>(
    ctx.em,
    `select place, facility_id, sex, age_band, sum(persons)::int as persons from homeless_count_entry where count_id = ?::uuid
      group by place, facility_id, sex, age_band`,
    [countId],
  );
}

const cell = (place: string, figure: string) => `${place}|${figure}`;
const FIGURES = ['persons', 'men', 'women', 'notBrokenDown', ...AGE_BANDS] as const;

/**
 * The figures of one count by place: the registry's facilities from their own counts by sex and
 * age where they entered them, else from their occupancy report of the night (persons without sex
 * or age), the other places from what the teams entered.
 */
async function figuresOf(ctx: RequestContext, count: { id: string; night: string }) {
  const [facilities, entries] = await Promise.all([facilitiesOfNight(ctx, count.night), entriesOf(ctx, count.id)]);
  const figures: Figures = new Map();
  const add = (place: string, figure: string, n: number) => figures.set(cell(place, figure), (figures.get(cell(place, figure)) ?? 0) + n);
  const counted = new Set(entries.flatMap((e) => (e.facility_id ? [e.facility_id] : [])));
  for (const e of entries) {
    add(e.place, 'persons', e.persons);
    add(e.place, e.sex === 'MALE' ? 'men' : 'women', e.persons);
    add(e.place, e.age_band, e.persons);
  }
  const facilityCounts = new Map<string, { facilities: number; counted: number }>();
  const missing: string[] = [];
  for (const f of facilities) {
    const place = countPlaceOfFacilityType(f.type)!;
    const tally = facilityCounts.get(place) ?? { facilities: 0, counted: 0 };
    tally.facilities++;
    if (counted.has(f.id)) tally.counted++;
    else if (f.occupied !== null) {
      tally.counted++;
      add(place, 'persons', Number(f.occupied));
      add(place, 'notBrokenDown', Number(f.occupied));
    } else missing.push(f.id);
    facilityCounts.set(place, tally);
  }
  for (const figure of FIGURES) {
    for (const place of Object.keys(COUNT_PLACES)) add('TOTAL', figure, figures.get(cell(place, figure)) ?? 0);
  }
  return { figures, facilityCounts, missing };
}

/** Every sum a reader of the table can check: each row's persons by sex and by age, and each column's total. */
function equationsOf(): CountEquation[] {
  const equations: CountEquation[] = [];
  for (const place of [...Object.keys(COUNT_PLACES), 'TOTAL']) {
    equations.push({ total: cell(place, 'persons'), parts: [cell(place, 'men'), cell(place, 'women'), cell(place, 'notBrokenDown')] });
    equations.push({ total: cell(place, 'persons'), parts: [...AGE_BANDS.map((b) => cell(place, b)), cell(place, 'notBrokenDown')] });
  }
  for (const figure of FIGURES) equations.push({ total: cell('TOTAL', figure), parts: Object.keys(COUNT_PLACES).map((p) => cell(p, figure)) });
  return equations;
}

/**
 * The count's table as the coordinator files it, with the previous count beside each place and the
 * change. Every place is a row, with zeros, so that tables of two nights line up.
 */
export async function countTable(
  ctx: RequestContext,
  count: { id: string; night: string },
  previous: { id: string; night: string } | null,
): Promise<CountTable> {
  const [now, before] = await Promise.all([figuresOf(ctx, count), previous ? figuresOf(ctx, previous) : null]);
  // The coordinators see the count's persons in full; the others see small counts withheld.
  const full = coordinatesCount(ctx.principal.role);
  const equations = equationsOf();
  const withheld = full ? new Set<string>() : cellsToSuppress(now.figures, equations);
  const withheldBefore = full || !before ? new Set<string>() : cellsToSuppress(before.figures, equations);
  const shown = (place: string, figure: string) => (withheld.has(cell(place, figure)) ? null : (now.figures.get(cell(place, figure)) ?? 0));
  const rowOf = (place: CountPlace | null): CountRow => {
    const key = place ?? 'TOTAL';
    const persons = shown(key, 'persons');
    const previousPersons = before && !withheldBefore.has(cell(key, 'persons')) ? (before.figures.get(cell(key, 'persons')) ?? 0) : null;
    const tally = place ? now.facilityCounts.get(place) : undefined;
    const registryPlace = place ? COUNT_PLACES[place].facilityType !== null : true;
    return {
      place,
      group: place ? COUNT_PLACES[place].group : null,
      persons,
      men: shown(key, 'men'),
      women: shown(key, 'women'),
      ageBands: AGE_BANDS.map((band) => ({ band, persons: shown(key, band) })),
      notBrokenDown: shown(key, 'notBrokenDown'),
      facilities: registryPlace ? (place ? (tally?.facilities ?? 0) : [...now.facilityCounts.values()].reduce((s, t) => s + t.facilities, 0)) : null,
      facilitiesCounted: registryPlace ? (place ? (tally?.counted ?? 0) : [...now.facilityCounts.values()].reduce((s, t) => s + t.counted, 0)) : null,
      previousPersons,
      change: persons !== null && previousPersons !== null ? persons - previousPersons : null,
      suppressed: FIGURES.some((figure) => withheld.has(cell(key, figure))),
    };
  };
  return {
    night: count.night,
    rows: (Object.keys(COUNT_PLACES) as CountPlace[]).map(rowOf),
    total: rowOf(null),
    previousNight: previous?.night ?? null,
    missingFacilityIds: now.missing,
  };
}
