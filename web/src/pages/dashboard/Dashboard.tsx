import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql, type ResultOf, type VariablesOf } from '../../graphql/graphql';
import { useT } from '../../i18n';
import { useSession } from '../../session';
import { LineChart } from '../../ui/Chart';
import { DataTable } from '../../ui/DataTable';
import { monthEndsBefore } from '../../ui/dates';
import { enumLabel, enumOptions } from '../../ui/labels';
import { formatDate, formatMonth } from '../../ui/format';

/** The kinds of facility the dashboard groups by (the "kind of facility"). */
export const TYPE_GROUPS = {
  SHELTERS: ['NIGHT_SHELTER', 'HOMELESS_SHELTER', 'HOMELESS_SHELTER_WITH_CARE', 'WARMING_CENTRE'],
  CARE: ['CARE_EDUCATION_FACILITY', 'REGIONAL_CARE_THERAPY_FACILITY', 'PRE_ADOPTION_INTERVENTION_CENTRE'],
  // A rodzinny dom pomocy is a home for adults (art. 52 of the social assistance act), not for children.
  ADULT_CARE: ['NURSING_HOME', 'FAMILY_CARE_HOME', 'DAY_CARE_HOME'],
  SOCIAL: ['SOCIAL_INTEGRATION_CLUB', 'SOCIAL_INTEGRATION_CENTRE'],
  SUPPORT: ['CRISIS_INTERVENTION_CENTRE', 'DOMESTIC_VIOLENCE_CENTRE', 'MOTHERS_AND_CHILDREN_HOME', 'DAY_SUPPORT', 'COMMUNITY_SELF_HELP_HOME'],
} as const;

const FILTERS = graphql(`
  query DashboardFilters {
    today
    districts {
      id
      name
      number
    }
    welfareUnits {
      id
      name
      kind
    }
  }
`);

const PUBLIC_CAPACITY = graphql(`
  query DashboardPublic($asOf: Date, $filter: FacilityFilter) {
    byType: capacityOverview(asOf: $asOf, filter: $filter, groupBy: [TYPE]) {
      type
      facilities
      declaredCapacity
      seasonalPlaces
      overflowPlaces
      places
      suspendedFacilities
    }
    byDistrict: capacityOverview(asOf: $asOf, filter: $filter, groupBy: [DISTRICT]) {
      district {
        id
        name
      }
      facilities
      declaredCapacity
      seasonalPlaces
      overflowPlaces
      places
      suspendedFacilities
    }
  }
`);

const CAPACITY = graphql(`
  query DashboardCapacity($asOf: Date, $filter: FacilityFilter) {
    byType: capacityOverview(asOf: $asOf, filter: $filter, groupBy: [TYPE]) {
      type
      facilities
      declaredCapacity
      seasonalPlaces
      overflowPlaces
      places
      occupiedPlaces
      freePlaces
      reportingFacilities
      freshlyReportingFacilities
      oldestReportDate
    }
    byDistrict: capacityOverview(asOf: $asOf, filter: $filter, groupBy: [DISTRICT]) {
      district {
        id
        name
      }
      facilities
      declaredCapacity
      seasonalPlaces
      overflowPlaces
      places
      occupiedPlaces
      freePlaces
      reportingFacilities
      freshlyReportingFacilities
      oldestReportDate
    }
  }
`);

/** Whom the places are for, and the seasonal and overflow places open on the night. */
const WINTER = graphql(`
  query DashboardWinter($asOf: Date, $filter: FacilityFilter, $night: Date) {
    byPopulation: capacityOverview(asOf: $asOf, filter: $filter, groupBy: [TARGET_POPULATION]) {
      targetPopulation
      facilities
      declaredCapacity
      seasonalPlaces
      overflowPlaces
      places
    }
    facilities(first: 100, filter: $filter) {
      nodes {
        id
        name
        capacityPeriods(from: $night, to: $night) {
          id
          kind
          places
          validFrom
          validTo
          note
        }
      }
    }
  }
`);

const TREND = graphql(`
  query DashboardTrend(
    $filter: FacilityFilter
    $d0: Date!
    $d1: Date!
    $d2: Date!
    $d3: Date!
    $d4: Date!
    $d5: Date!
    $d6: Date!
    $d7: Date!
    $d8: Date!
    $d9: Date!
    $d10: Date!
    $d11: Date!
  ) {
    m0: capacityOverview(asOf: $d0, filter: $filter, groupBy: []) {
      occupancyRate
    }
    m1: capacityOverview(asOf: $d1, filter: $filter, groupBy: []) {
      occupancyRate
    }
    m2: capacityOverview(asOf: $d2, filter: $filter, groupBy: []) {
      occupancyRate
    }
    m3: capacityOverview(asOf: $d3, filter: $filter, groupBy: []) {
      occupancyRate
    }
    m4: capacityOverview(asOf: $d4, filter: $filter, groupBy: []) {
      occupancyRate
    }
    m5: capacityOverview(asOf: $d5, filter: $filter, groupBy: []) {
      occupancyRate
    }
    m6: capacityOverview(asOf: $d6, filter: $filter, groupBy: []) {
      occupancyRate
    }
    m7: capacityOverview(asOf: $d7, filter: $filter, groupBy: []) {
      occupancyRate
    }
    m8: capacityOverview(asOf: $d8, filter: $filter, groupBy: []) {
      occupancyRate
    }
    m9: capacityOverview(asOf: $d9, filter: $filter, groupBy: []) {
      occupancyRate
    }
    m10: capacityOverview(asOf: $d10, filter: $filter, groupBy: []) {
      occupancyRate
    }
    m11: capacityOverview(asOf: $d11, filter: $filter, groupBy: []) {
      occupancyRate
    }
  }
`);

const CITY = graphql(`
  query DashboardCity($asOf: Date) {
    fosterCareCapacity(asOf: $asOf, groupBy: [KIND]) {
      kind
      carers
      capacity
      occupied
      free
      limited
      suppressed
    }
    referralStatistics(groupBy: [MONTH, REASON]) {
      month
      reason
      rejected
      suppressed
    }
  }
`);

const COMPLIANCE = graphql(`
  query DashboardCompliance {
    complianceCoverage {
      standard {
        code
        title
      }
      facilities
      compliant
      partlyCompliant
      nonCompliant
      notAssessed
      overdue
    }
  }
`);

type CapacityRow = ResultOf<typeof CAPACITY>['byType'][number] & { label: string };

const OCCUPANCY_ROLES = ['ANALYST', 'MOPS_WORKER', 'ADMIN', 'NGO_STAFF', 'LABOUR_OFFICE'];

/** The populations a place may be for, with their labels, besides anyone (whose places every choice includes). */
const TARGET_POPULATIONS = enumOptions('TargetPopulation').filter(([value]) => value !== 'ANY');

/**
 * Pulpit miasta: free places tonight by kind of facility and district, how fresh each figure is,
 * occupancy over twelve months, foster-care places, refusals for lack of places and standards
 * coverage. PUBLIC sees the public subset (facilities and places, no occupancy).
 */
export function Dashboard() {
  const { t, language } = useT();
  const { role } = useSession();
  const full = OCCUPANCY_ROLES.includes(role);
  const [asOf, setAsOf] = useState('');
  const [districtId, setDistrictId] = useState('');
  const [unitId, setUnitId] = useState('');
  const [group, setGroup] = useState('');
  const [population, setPopulation] = useState('');
  const filters = useQuery(FILTERS);
  const filter = {
    ...(districtId ? { districtIds: [districtId] } : {}),
    ...(unitId ? { unitIds: [unitId] } : {}),
    ...(group ? { types: [...TYPE_GROUPS[group as keyof typeof TYPE_GROUPS]] } : {}),
    // A bed for a man is in a shelter for men or in one for anyone.
    ...(population ? { targetPopulations: [population, 'ANY'] as ('MEN' | 'ANY')[] } : {}),
  };
  const variables = { asOf: asOf || null, filter };
  const capacity = useQuery(CAPACITY, { variables, skip: !full });
  const publicCapacity = useQuery(PUBLIC_CAPACITY, { variables, skip: full });
  const today = filters.data?.today;
  const ends = today ? monthEndsBefore(asOf || today, 12) : [];
  const trend = useQuery(TREND, {
    skip: !full || ends.length !== 12,
    variables: { filter, ...Object.fromEntries(ends.map((d, i) => [`d${i}`, d])) } as VariablesOf<typeof TREND>,
  });
  const city = useQuery(CITY, { variables: { asOf: asOf || null }, skip: !['ANALYST', 'MOPS_WORKER', 'ADMIN'].includes(role) });
  const compliance = useQuery(COMPLIANCE);
  const night = asOf || today;
  const winter = useQuery(WINTER, {
    variables: { asOf: asOf || null, night, filter: { ...filter, types: filter.types ?? [...TYPE_GROUPS.SHELTERS] } },
    skip: !night,
  });
  const winterData = winter.data ?? winter.previousData;
  const periods = (winterData?.facilities.nodes ?? []).flatMap((f) => f.capacityPeriods.map((p) => ({ ...p, facility: f.name })));

  const typeName = (type: string | null | undefined) => enumLabel('FacilityType', type);
  // While a new filter loads, the tables keep the figures they show (marked busy) rather than empty.
  const capacityData = capacity.data ?? capacity.previousData;
  const publicData = publicCapacity.data ?? publicCapacity.previousData;
  const rows: CapacityRow[] = full
    ? (capacityData?.byType ?? []).map((r) => ({ ...r, label: typeName(r.type) }))
    : (publicData?.byType ?? []).map((r) => ({
        ...r,
        label: typeName(r.type),
        occupiedPlaces: null,
        freePlaces: null,
        reportingFacilities: null,
        freshlyReportingFacilities: null,
        oldestReportDate: null,
      }));
  const districtRows: CapacityRow[] = full
    ? (capacityData?.byDistrict ?? []).map((r) => ({ ...r, type: null, label: r.district?.name ?? '—' }))
    : (publicData?.byDistrict ?? []).map((r) => ({
        ...r,
        type: null,
        label: r.district?.name ?? '—',
        occupiedPlaces: null,
        freePlaces: null,
        reportingFacilities: null,
        freshlyReportingFacilities: null,
        oldestReportDate: null,
      }));
  const capacityColumns = [
    { header: t.type, value: (r: CapacityRow) => r.label },
    { header: t.facilities, value: (r: CapacityRow) => r.facilities, numeric: true },
    { header: t.yearRound, value: (r: CapacityRow) => r.declaredCapacity, numeric: true },
    { header: t.seasonal, value: (r: CapacityRow) => r.seasonalPlaces, numeric: true },
    { header: t.overflow, value: (r: CapacityRow) => r.overflowPlaces, numeric: true },
    { header: t.placesTonight, value: (r: CapacityRow) => r.places, numeric: true },
    ...(full
      ? [
          { header: t.occupied, value: (r: CapacityRow) => r.occupiedPlaces, numeric: true, missing: 'unknown' as const },
          { header: t.free, value: (r: CapacityRow) => r.freePlaces, numeric: true, missing: 'unknown' as const },
          { header: t.reporting, value: (r: CapacityRow) => r.reportingFacilities, numeric: true },
          { header: t.fresh, value: (r: CapacityRow) => r.freshlyReportingFacilities, numeric: true },
          { header: t.oldest, value: (r: CapacityRow) => r.oldestReportDate, missing: 'unknown' as const, date: true },
        ]
      : []),
  ];
  const trendValues = ends.map((_, i) => {
    const row = (trend.data as Record<string, { occupancyRate: number | null }[]> | undefined)?.[`m${i}`]?.[0];
    return row?.occupancyRate == null ? null : Math.round(row.occupancyRate * 1000) / 10;
  });
  const months = ends.map((d) => d.slice(0, 7));
  const monthNames = months.map((m) => formatMonth(m, language));
  const refusals = (city.data?.referralStatistics ?? [])
    .filter((r) => r.reason === 'NO_FREE_PLACE')
    .sort((a, b) => (a.month ?? '').localeCompare(b.month ?? ''));
  const loading = filters.loading || capacity.loading || publicCapacity.loading;
  const error = capacity.error ?? publicCapacity.error ?? filters.error;

  return (
    <section aria-labelledby="dashboard-title">
      <div className="page-head">
        <h1 id="dashboard-title">{t.dashboardTitle}</h1>
        <button type="button" className="secondary no-print" onClick={() => window.print()}>
          {t.print}
        </button>
      </div>
      <form className="filters no-print" onSubmit={(e) => e.preventDefault()} aria-label={t.dashboardTitle}>
        <label>
          {t.asOf}
          <input type="date" value={asOf || today || ''} max={today} onChange={(e) => setAsOf(e.target.value)} />
        </label>
        <label>
          {t.district}
          <select value={districtId} onChange={(e) => setDistrictId(e.target.value)}>
            <option value="">{t.allDistricts}</option>
            {(filters.data?.districts ?? []).map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.branch}
          <select value={unitId} onChange={(e) => setUnitId(e.target.value)}>
            <option value="">{t.allBranches}</option>
            {(filters.data?.welfareUnits ?? [])
              .filter((u) => u.kind === 'BRANCH')
              .map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
          </select>
        </label>
        <label>
          {t.facilityGroup}
          <select value={group} onChange={(e) => setGroup(e.target.value)}>
            <option value="">{t.allTypes}</option>
            {Object.keys(TYPE_GROUPS).map((g) => (
              <option key={g} value={g}>
                {t.groups[g]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.forWhom}
          <select value={population} onChange={(e) => setPopulation(e.target.value)} aria-describedby="for-whom-hint" data-testid="for-whom">
            <option value="">{t.allPlaces}</option>
            {TARGET_POPULATIONS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <small id="for-whom-hint">{t.forWhomHint}</small>
        </label>
      </form>
      <p className="print-only" data-testid="print-filters">
        {t.asOf}: {formatDate(asOf || today || '', language)}; {t.district}: {filters.data?.districts.find((d) => d.id === districtId)?.name ?? t.allDistricts};{' '}
        {t.branch}: {filters.data?.welfareUnits.find((u) => u.id === unitId)?.name ?? t.allBranches}; {t.facilityGroup}: {group ? t.groups[group] : t.allTypes}
      </p>
      {loading && <p aria-live="polite">{t.loading}</p>}
      {error && (
        <p role="alert" className="error">
          {t.error}: {error.message}
        </p>
      )}
      <DataTable
        testId="capacity-by-type"
        caption={t.freeByType}
        columns={capacityColumns}
        rows={rows}
        busy={capacity.loading || publicCapacity.loading}
        fileName={`miejsca-wg-rodzaju-${asOf || today}.csv`}
      />
      <DataTable
        testId="capacity-by-district"
        caption={t.freeByDistrict}
        columns={capacityColumns.map((c, i) => (i === 0 ? { ...c, header: t.district } : c))}
        rows={districtRows}
        busy={capacity.loading || publicCapacity.loading}
        fileName={`miejsca-wg-dzielnicy-${asOf || today}.csv`}
      />
      <section aria-labelledby="winter-title" className="block" data-testid="winter">
        <h2 id="winter-title">{t.winterTitle}</h2>
        <DataTable
          testId="capacity-by-population"
          caption={t.winterTitle}
          columns={[
            { header: t.forWhom, value: (r: NonNullable<typeof winterData>['byPopulation'][number]) => enumLabel('TargetPopulation', r.targetPopulation) },
            { header: t.facilities, value: (r) => r.facilities, numeric: true },
            { header: t.yearRound, value: (r) => r.declaredCapacity, numeric: true },
            { header: t.seasonal, value: (r) => r.seasonalPlaces, numeric: true },
            { header: t.overflow, value: (r) => r.overflowPlaces, numeric: true },
            { header: t.placesTonight, value: (r) => r.places, numeric: true },
          ]}
          rows={winterData?.byPopulation ?? []}
          busy={winter.loading}
          fileName={`miejsca-dla-kogo-${night}.csv`}
        />
        {periods.length ? (
          <DataTable
            testId="capacity-periods"
            caption={t.periodsTitle}
            columns={[
              { header: t.facility, value: (r: (typeof periods)[number]) => r.facility },
              { header: t.placeKind, value: (r) => enumLabel('CapacityPeriodKind', r.kind) },
              { header: t.declared, value: (r) => r.places, numeric: true },
              { header: t.firstNight, value: (r) => r.validFrom, date: true },
              { header: t.lastNight, value: (r) => r.validTo, date: true },
              { header: t.note, value: (r) => r.note ?? '' },
            ]}
            rows={periods}
            fileName={`miejsca-sezonowe-${night}.csv`}
          />
        ) : (
          winterData && <p data-testid="no-periods">{t.noPeriods}</p>
        )}
      </section>
      {full && ends.length === 12 && (
        <section aria-labelledby="trend-title" className="block">
          <h2 id="trend-title">{t.occupancyTrend}</h2>
          <LineChart labels={monthNames} values={trendValues} name={t.occupancyRate} />
          <details>
            <summary>{t.chartAlternative}</summary>
            <DataTable
              caption={t.occupancyTrend}
              columns={[
                { header: t.month, value: (r: { m: string; v: number | null }) => r.m, date: true },
                { header: `${t.occupancyRate} (%)`, value: (r) => r.v, numeric: true, missing: 'unknown' },
              ]}
              rows={months.map((m, i) => ({ m, v: trendValues[i] ?? null }))}
              fileName="oblozenie-12-miesiecy.csv"
            />
          </details>
        </section>
      )}
      {city.data && (
        <>
          <DataTable
            testId="foster-care"
            caption={t.fosterTitle}
            columns={[
              { header: t.kind, value: (r: (typeof city.data.fosterCareCapacity)[number]) => enumLabel('CarerKind', r.kind) },
              { header: t.declared, value: (r) => r.capacity, numeric: true },
              { header: t.placed, value: (r) => r.occupied, numeric: true },
              { header: t.vacancies, value: (r) => (r.limited ? r.free : t.noLimit), numeric: true },
            ]}
            rows={city.data.fosterCareCapacity}
            fileName="piecza-zastepcza.csv"
          />
          <DataTable
            testId="refusals"
            caption={t.refusalsTitle}
            columns={[
              { header: t.month, value: (r: (typeof refusals)[number]) => r.month, date: true },
              { header: t.refused, value: (r) => r.rejected, numeric: true },
            ]}
            rows={refusals}
            fileName="odmowy-brak-miejsc.csv"
          />
        </>
      )}
      {compliance.data && (
        <DataTable
          testId="compliance"
          caption={t.complianceTitle}
          columns={[
            { header: t.standard, value: (r: (typeof compliance.data.complianceCoverage)[number]) => `${r.standard.code} ${r.standard.title}` },
            { header: t.facilities, value: (r) => r.facilities, numeric: true },
            { header: t.compliant, value: (r) => r.compliant, numeric: true },
            { header: t.partly, value: (r) => r.partlyCompliant, numeric: true },
            { header: t.nonCompliant, value: (r) => r.nonCompliant, numeric: true },
            { header: t.notAssessed, value: (r) => r.notAssessed, numeric: true },
            { header: t.overdue, value: (r) => r.overdue, numeric: true },
          ]}
          rows={compliance.data.complianceCoverage}
          fileName="standardy-pokrycie.csv"
        />
      )}
    </section>
  );
}
