import { invalidInput } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { isSmall } from '../../core/personal-data/small-counts.js';
import { FACILITY_TYPE_LABELS, ORGANISATION_KIND_NAMES, PUBLIC_OPERATORS } from '../registry/index.js';
import { flowReport } from './flows.js';
import { CORE } from '../../core/messages/core.messages.js';
import { placeholders, runSql } from '../../core/db/sql.js';

/**
 * Ocena zasobów pomocy społecznej (ustawa o pomocy społecznej, art. 16a): the part the hub can
 * know, as of 31 December of a year, beside the year before and the change. Each figure is one row
 * (section, key, value, previous, change), so that the assessment exports as one table; the
 * sections the hub cannot fill are listed as to be entered, never left out.
 */
export interface AssessmentFigure {
  section: AssessmentSection;
  key: string;
  label: string;
  value: number | null;
  previous: number | null;
  change: number | null;
  /** A count of persons withheld (1 to 4) in either year. */
  suppressed: boolean;
}

export type AssessmentSection = 'INFRASTRUCTURE' | 'OPERATORS' | 'STAFF' | 'POPULATION' | 'SOCIAL_EMPLOYMENT' | 'FOSTER_CARE';

export interface ResourcesAssessment {
  year: number;
  asOf: string;
  previousAsOf: string;
  figures: AssessmentFigure[];
  toBeEntered: { section: string; title: string }[];
}

/** What art. 16a ust. 2 asks for that no module of the hub records: listed for the centre to enter. */
const TO_BE_ENTERED = [
  { section: 'BENEFICIARIES', title: 'Osoby i rodziny korzystające z pomocy społecznej i wsparcia, według powodów przyznania pomocy' },
  { section: 'STAFF', title: 'Kadra ośrodka pomocy społecznej i jednostek organizacyjnych pomocy społecznej (zatrudnienie, kwalifikacje)' },
  { section: 'EXPENDITURE', title: 'Wydatki na zadania pomocy społecznej, według źródeł finansowania' },
  { section: 'RECOMMENDATIONS', title: 'Rekomendacje do budżetu na rok następny' },
];

export async function resourcesAssessment(ctx: RequestContext, year: number): Promise<ResourcesAssessment> {
  const today = ctx.clock.today();
  if (!Number.isInteger(year) || year < 2005 || year > Number(today.slice(0, 4))) throw invalidInput('year', CORE.YEAR_TO_THIS_ONE({ from: 2005 }));
  const endOf = (y: number) => (`${y}-12-31` < today ? `${y}-12-31` : today);
  const [now, before] = [await yearFigures(ctx, year, endOf(year)), await yearFigures(ctx, year - 1, endOf(year - 1))];
  const keys = [...new Set([...now.keys(), ...before.keys()])];
  const figures = keys.map((id) => {
    const a = now.get(id);
    const b = before.get(id);
    const { section, key, label } = (a ?? b)!;
    const suppressed = Boolean(a?.suppressed || b?.suppressed);
    const value = suppressed ? null : (a?.value ?? 0);
    const previous = suppressed ? null : (b?.value ?? 0);
    return { section, key, label, value, previous, change: value === null || previous === null ? null : value - previous, suppressed };
  });
  return { year, asOf: endOf(year), previousAsOf: endOf(year - 1), figures, toBeEntered: TO_BE_ENTERED };
}

type Figure = { section: AssessmentSection; key: string; label: string; value: number; suppressed: boolean };

/** The figures of one year on its last day, by `section:key`; persons' counts of 1 to 4 marked withheld. */
async function yearFigures(ctx: RequestContext, year: number, on: string): Promise<Map<string, Figure>> {
  const figures = new Map<string, Figure>();
  const put = (section: AssessmentSection, key: string, label: string, value: number, persons = false) =>
    figures.set(`${section}:${key}`, { section, key, label, value, suppressed: persons && isSmall(value) });
  const [row] = await runSql<Record<string, any>>(
    ctx.em,
    `with open as (
         select f.id, f.operator_id, f.management, o.kind as operator_kind, s.type, s.declared_capacity, s.status,
                (select r.occupied_places from occupancy_report r where r.facility_id = f.id and r.date <= ?::date order by r.date desc, r.reported_at desc limit 1) as occupied
           from facility f join organisation o on o.id = f.operator_id
           cross join lateral (select st.type, st.declared_capacity, st.status from facility_state st where st.facility_id = f.id and st.valid_from <= ?::date order by st.valid_from desc limit 1) s
          where (f.opened_on is null or f.opened_on <= ?::date) and (f.closed_on is null or f.closed_on > ?::date) and s.status = 'ACTIVE')
       select (select json_agg(json_build_object('type', type, 'facilities', n, 'places', places, 'occupied', occupied) order by type)
                 from (select type, count(*)::int as n, coalesce(sum(declared_capacity), 0)::int as places, coalesce(sum(occupied), 0)::int as occupied from open group by type) t) as by_type,
              (select json_object_agg(management, n) from (select management, count(*)::int as n from open group by management) m) as by_management,
              (select json_object_agg(operator_kind, n) from (select operator_kind, count(*)::int as n from open group by operator_kind) k) as by_operator_kind,
              (select count(distinct operator_id)::int from open where operator_kind not in (${placeholders(PUBLIC_OPERATORS.length)})) as non_public_operators,
              (select coalesce(sum(population), 0)::int from (select distinct on (district_id) population from district_population where year <= ? order by district_id, year desc) latest) as population,
              (select count(*)::int from district_population where year = ?) as districts_with_population,
              (select coalesce(sum(headcount), 0)::int from centre_staff where year = ?) as kis_cis_staff,
              (select coalesce(sum(social_workers), 0)::int from programme_year where year = ?) as pal_social_workers,
              (select coalesce(sum(specialists), 0)::int from programme_year where year = ?) as pal_specialists`,
    [on, on, on, on, ...PUBLIC_OPERATORS, year, year, year, year, year],
  );
  const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;
  for (const t of json<{ type: string; facilities: number; places: number; occupied: number }[] | null>(row!.by_type) ?? []) {
    const name = FACILITY_TYPE_LABELS[t.type as keyof typeof FACILITY_TYPE_LABELS] ?? t.type;
    put('INFRASTRUCTURE', `${t.type}:FACILITIES`, `${name}: placówki`, t.facilities);
    put('INFRASTRUCTURE', `${t.type}:PLACES`, `${name}: miejsca`, t.places);
    put('INFRASTRUCTURE', `${t.type}:OCCUPIED`, `${name}: miejsca zajęte (ostatnie zgłoszenie)`, t.occupied);
  }
  for (const [management, n] of Object.entries(json<Record<string, number> | null>(row!.by_management) ?? {})) {
    put(
      'INFRASTRUCTURE',
      `MANAGEMENT:${management}`,
      management === 'OWN_UNIT' ? 'Placówki prowadzone przez gminę' : 'Placówki prowadzone na zlecenie gminy',
      n,
    );
  }
  for (const [kind, n] of Object.entries(json<Record<string, number> | null>(row!.by_operator_kind) ?? {}))
    put('OPERATORS', `FACILITIES_BY:${kind}`, `Placówki prowadzone przez: ${ORGANISATION_KIND_NAMES[kind as keyof typeof ORGANISATION_KIND_NAMES] ?? kind}`, n);
  put('OPERATORS', 'NON_PUBLIC_OPERATORS', 'Podmioty niepubliczne prowadzące placówki (organizacje pozarządowe, kościelne, inne)', row!.non_public_operators);
  put('STAFF', 'KIS_CIS_STAFF', 'Pracownicy KIS i CIS (według sprawozdań podmiotów)', row!.kis_cis_staff);
  put('STAFF', 'PAL_SOCIAL_WORKERS', 'Pracownicy socjalni w programach aktywności lokalnej', row!.pal_social_workers);
  put('STAFF', 'PAL_SPECIALISTS', 'Specjaliści w programach aktywności lokalnej', row!.pal_specialists);
  put('POPULATION', 'RESIDENTS', 'Liczba mieszkańców (suma dzielnic, ostatni rok w rejestrze do tego roku)', row!.population);
  put('POPULATION', 'DISTRICTS_WITH_POPULATION', 'Dzielnice z liczbą mieszkańców za ten rok', row!.districts_with_population);

  // Persons reached come from the flows of the same year, each counted once (one record per PESEL).
  const flows = await flowReport(ctx, `${year}-01-01`, `${year}-12-31`);
  for (const c of flows.personsByService) {
    const section: AssessmentSection = c.key === 'FOSTER_CARE' ? 'FOSTER_CARE' : 'SOCIAL_EMPLOYMENT';
    const label = c.key === 'FOSTER_CARE' ? 'Dzieci w pieczy zastępczej w roku' : `${c.label}: uczestnicy w roku (osoby, każda raz)`;
    figures.set(`${section}:${c.key}`, { section, key: c.key, label, value: c.count ?? 0, suppressed: c.suppressed });
  }
  return figures;
}
