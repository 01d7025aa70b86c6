import DataLoader from 'dataloader';
import { viewsByIdLoader } from '../../core/graphql/by-id-loader.js';
import type { LoaderFactory, RequestContext } from '../../core/graphql/context.js';
import { Facility, Organisation } from './registry.entities.js';
import { readOccupancyHistory, type OccupancyReportView } from './occupancy-history.js';
import { referenceData } from './reference-data.js';
import {
  FACILITY_VIEW_PROPERTIES,
  ORGANISATION_JSON_KEYS,
  ORGANISATION_VIEW_PROPERTIES,
  facilityFromRow,
  organisationFromRow,
  organisationJsonOf,
  type DistrictView,
  type FacilityColumns,
  type FacilityView,
  type OrganisationJsonKey,
  type WelfareUnitView,
} from './registry.views.js';

export interface HistoryKey {
  facilityId: string;
  from: string | null;
  to: string | null;
}

/** The select expression that brings a facility's operator (its `keys`) into the facility's own statement (alias `e`). */
export function operatorColumn(keys: readonly OrganisationJsonKey[] = ORGANISATION_JSON_KEYS): string {
  return `${organisationJsonOf('e.operator_id', keys)} as "operatorRow"`;
}

const OPERATOR_COLUMN = operatorColumn();

/** The registry's DataLoaders for one request. */
export function registryLoaders(ctx: RequestContext) {
  const organisation = viewsByIdLoader(ctx.em, Organisation, ORGANISATION_VIEW_PROPERTIES, organisationFromRow);
  const facility = viewsByIdLoader(ctx.em, Facility, FACILITY_VIEW_PROPERTIES, facilityFromRow);
  /** Maps a facility row read with `operatorColumn`, handing its operator to the organisation loader. */
  const facilityWithOperatorFromRow = (row: Record<string, unknown>) => {
    const operator = row.operatorRow as Record<string, unknown> | null;
    if (operator) organisation.prime(operator.id as string, organisationFromRow(operator));
    return facilityFromRow(row);
  };
  return {
    organisation,
    facility,
    facilityWithOperatorFromRow,
    /** Facilities by id with their operators in the same statement, for a query that reads both. */
    facilityWithOperator: viewsByIdLoader(
      ctx.em,
      Facility,
      FACILITY_VIEW_PROPERTIES,
      (row) => {
        const view = facilityWithOperatorFromRow(row);
        facility.prime(view.id, view);
        return view;
      },
      [OPERATOR_COLUMN],
    ),
    unit: new DataLoader<string, WelfareUnitView | null>(async (ids) => {
      const ref = await referenceData(ctx);
      return ids.map((id) => ref.unitById.get(id) ?? null);
    }),
    district: new DataLoader<string, DistrictView | null>(async (ids) => {
      const ref = await referenceData(ctx);
      return ids.map((id) => ref.districtById.get(id) ?? null);
    }),
    /** Districts a branch covers. */
    districtsOfBranch: new DataLoader<string, DistrictView[]>(async (branchIds) => {
      const ref = await referenceData(ctx);
      return branchIds.map((id) => ref.districts.filter((d) => d.branchId === id));
    }),
    /**
     * Occupancy history of many facilities: one statement per distinct period asked for in the
     * request tick, as plain rows (a page of 50 facilities with a week each is 350 reports, which
     * as entities cost more to hydrate than to read).
     */
    occupancyHistory: new DataLoader<HistoryKey, OccupancyReportView[], string>(
      async (keys) => {
        const periods = Map.groupBy(keys, (k) => `${k.from}|${k.to}`);
        const results = new Map<string, OccupancyReportView[]>();
        for (const group of periods.values()) {
          const { from, to } = group[0]!;
          const rows = await readOccupancyHistory(ctx.em, [...new Set(group.map((k) => k.facilityId))], from, to);
          const byFacility = Map.groupBy(rows, (r) => r.facilityId);
          for (const k of group) results.set(historyKey(k), byFacility.get(k.facilityId) ?? []);
        }
        return keys.map((k) => results.get(historyKey(k)) ?? []);
      },
      { cacheKeyFn: historyKey },
    ),
  };
}

const byColumns = new WeakMap<FacilityColumns, LoaderFactory<DataLoader<string, FacilityView | null>>>();

/**
 * Facilities by id of only `columns`, with their operators (of `columns.operator`) handed to the
 * organisation loader: for a plan, whose loaders are its own (`withOwnLoaders`); the shared
 * `facility` loader is never primed with part of a row. One factory per `columns` object.
 */
export function facilitiesByIdOf(columns: FacilityColumns): LoaderFactory<DataLoader<string, FacilityView | null>> {
  let factory = byColumns.get(columns);
  if (!factory) {
    factory = (ctx) => {
      const { facilityWithOperatorFromRow } = ctx.loaders(registryLoaders);
      const properties = columns.properties.includes('id') ? columns.properties : [...columns.properties, 'id' as const];
      return viewsByIdLoader(ctx.em, Facility, properties, facilityWithOperatorFromRow, columns.operator ? [operatorColumn(columns.operator)] : []);
    };
    byColumns.set(columns, factory);
  }
  return factory;
}

function historyKey(k: HistoryKey): string {
  return `${k.facilityId}|${k.from}|${k.to}`;
}
