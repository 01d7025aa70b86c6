import { withArguments, withRootRows, type BatchRead, type ModulePlans } from '../../core/graphql/operation-plan.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { releaseConnection } from '../../core/graphql/pagination.js';
import { plainColumnEntries, type FacilityPlainColumn } from './facility-columns.js';
import { REPORT_FIELDS, type ReportField } from './occupancy-history.js';
import { mayFilterByOccupancy, permitsFilterByOccupancy } from './registry.permissions.js';
import { DistrictResolver, facilityById, facilityConnection, FacilityResolver, organisationConnection, WelfareUnitResolver } from './registry.resolvers.js';
import {
  FACILITY_VIEW_PROPERTIES,
  ORGANISATION_JSON_KEYS,
  ORGANISATION_VIEW_PROPERTIES,
  organisationPropertyOf,
  type FacilityColumns,
  type FacilityView,
  type OrganisationViewProperty,
  type FacilityViewProperty,
  type OrganisationJsonKey,
} from './registry.views.js';

/** A field resolver read for many parents: the resolver's own method, once per parent. */
function eachParent<P>(resolve: (parent: P, ctx: RequestContext) => unknown): BatchRead {
  return (parents, ctx) => Promise.all(parents.map((parent: P) => resolve(parent, ctx)));
}

const facility = new FacilityResolver();
const unit = new WelfareUnitResolver();
const district = new DistrictResolver();

/**
 * How a planned read answers a field, declared once per field of the type: the group of the row's
 * columns it needs, and, for a field computed by its resolver, that method read for every parent
 * (`read`); or `notPlanned` with why, for a field graphql-js always answers (its rule reads the
 * row, it takes arguments). The plan's column choice, its batch reads and the differential test's
 * list of fields (tests/integration/registry/operation-plans.test.ts) all come from here, and that
 * test fails for a field of the type that is not declared.
 *
 * A planned read (a page, one facility) selects the groups of the fields its query reads anywhere
 * below the root (`base` always), not the whole row. Groups rather than single columns keep the
 * statements few (2^6 shapes at most).
 */
type FieldPlan<G extends string> = { group: G; read?: BatchRead } | { notPlanned: string };

interface TypePlan<C extends string, G extends string> {
  groups: Record<G, readonly C[]> & { base: readonly C[] };
  fields: Record<string, FieldPlan<G>>;
}

type FacilityGroup = 'base' | 'details' | 'address' | 'contact' | 'agreement' | 'register' | 'occupancy';

/** The plain columns (facility-columns.ts) a group holds. */
function plainColumnsOfGroup(group: FacilityGroup): FacilityPlainColumn[] {
  return plainColumnEntries().flatMap(([name, column]) => (column.group === group ? [name] : []));
}

export const FACILITY_PLAN: TypePlan<FacilityViewProperty, FacilityGroup> = {
  groups: {
    base: ['id', 'searchName', 'name', 'type', 'operator', 'unit', 'district', ...plainColumnsOfGroup('base')],
    details: ['management', 'version', ...plainColumnsOfGroup('details')],
    address: ['address'],
    contact: ['contact'],
    agreement: ['agreementNumber', 'agreementValidFrom', 'agreementValidTo'],
    register: ['registerName', 'registerNumber', 'registerEntryDate'],
    occupancy: ['occupiedPlaces', 'occupancyDate', 'occupancyReportedAt'],
  },
  fields: {
    id: { group: 'base' },
    name: { group: 'base' },
    type: { group: 'base' },
    ...Object.fromEntries(plainColumnEntries().map(([name, column]) => [name, { group: column.group }])),
    typeLegalName: { group: 'base', read: eachParent(facility.typeLegalName.bind(facility)) },
    operator: { group: 'base', read: eachParent(facility.operator.bind(facility)) },
    unit: { group: 'base', read: eachParent(facility.unit.bind(facility)) },
    district: { group: 'base', read: eachParent(facility.district.bind(facility)) },
    cisStatus: { group: 'base', read: eachParent(facility.cisStatus.bind(facility)) },
    legalCapacityLimit: { group: 'base', read: eachParent(facility.legalCapacityLimit.bind(facility)) },
    management: { group: 'details' },
    version: { group: 'details' },
    // The address also reads the type and the operator (whose street is confidential): in `base`.
    address: { group: 'address' },
    contact: { group: 'contact' },
    agreement: { group: 'agreement', read: eachParent(facility.agreement.bind(facility)) },
    registerEntry: { group: 'register', read: eachParent(facility.registerEntry.bind(facility)) },
    occupancy: { group: 'occupancy', read: eachParent(facility.occupancy.bind(facility)) },
    places: {
      group: 'base',
      read: withArguments((parents, ctx, args) => Promise.all(parents.map((f) => facility.places(f, args.night ?? null, ctx)))),
    },
    capacityPeriods: {
      group: 'base',
      read: withArguments((parents, ctx, args) => Promise.all(parents.map((f) => facility.capacityPeriods(f, args.from ?? null, args.to ?? null, ctx)))),
    },
    // A page reads the history in its own statement when its query asks for it once (`withRootRows`).
    occupancyHistory: {
      group: 'base',
      read: withRootRows(
        withArguments((parents: readonly FacilityView[], ctx, args) =>
          parents.every((f) => f.historyRead)
            ? Promise.resolve(parents.map((f) => f.historyRead))
            : Promise.all(parents.map((f) => facility.occupancyHistory(f as never, args.from ?? null, args.to ?? null, ctx))),
        ),
      ),
    },
  },
};

type OrganisationGroup = 'base' | 'numbers' | 'address' | 'contact' | 'lifecycle';

export const ORGANISATION_PLAN: TypePlan<OrganisationJsonKey, OrganisationGroup> = {
  groups: {
    base: ['id', 'name', 'searchName', 'kind'],
    numbers: ['nip', 'regon', 'krs'],
    address: ['address_street', 'address_postalCode', 'address_city', 'address_teryt'],
    contact: ['contact_email', 'contact_phone', 'contact_website'],
    lifecycle: ['closedOn', 'closedReason', 'mergedInto'],
  },
  fields: {
    id: { group: 'base' },
    name: { group: 'base' },
    kind: { group: 'base' },
    nip: { group: 'numbers' },
    regon: { group: 'numbers' },
    krs: { group: 'numbers' },
    address: { group: 'address' },
    contact: { group: 'contact' },
    closedOn: { group: 'lifecycle' },
    closedReason: { group: 'lifecycle' },
    mergedInto: { notPlanned: 'its resolver loads another organisation, which the plan does not read in batches' },
  },
};

/** The fields of a type plan read by their resolver method, for the plan's batch reads. */
function batchReadsOf(plan: TypePlan<string, string>): Record<string, BatchRead> {
  return Object.fromEntries(Object.entries(plan.fields).flatMap(([field, how]) => ('read' in how && how.read ? [[field, how.read]] : [])));
}

/** The columns the `type` fields in `selected` read, or null when one of them is not listed. */
function columnsRead<C extends string, G extends string>(selected: ReadonlySet<string>, type: string, { groups, fields }: TypePlan<C, G>): C[] | null {
  const chosen = new Set<string>(['base']);
  for (const field of selected) {
    if (!field.startsWith(`${type}.`)) continue;
    const how = fields[field.slice(type.length + 1)];
    if (!how || !('group' in how)) return null;
    chosen.add(how.group);
  }
  return Object.entries(groups).flatMap(([group, columns]) => (chosen.has(group) ? columns : []));
}

/** `compute` worked out once per planned root: `selected` is made once per document. */
function oncePerSelection<T>(compute: (selected: ReadonlySet<string>) => T): (selected: ReadonlySet<string>) => T {
  const bySelection = new WeakMap<ReadonlySet<string>, T>();
  return (selected) => {
    if (!bySelection.has(selected)) bySelection.set(selected, compute(selected));
    return bySelection.get(selected)!;
  };
}

/** The facility columns, and the operator's when read, that the fields in `selected` need. */
const facilityColumnsFor = oncePerSelection((selected): FacilityColumns => ({
  properties: columnsRead(selected, 'Facility', FACILITY_PLAN) ?? FACILITY_VIEW_PROPERTIES,
  operator: selected.has('Facility.operator') ? (columnsRead(selected, 'Organisation', ORGANISATION_PLAN) ?? ORGANISATION_JSON_KEYS) : null,
}));

/** The fields of an occupancy report the fields in `selected` read (its facility by its id). */
const reportFieldsFor = oncePerSelection((selected): readonly ReportField[] =>
  REPORT_FIELDS.filter((field) => selected.has(`OccupancyReport.${field === 'facilityId' ? 'facility' : field}`)),
);

/** The organisation properties the fields in `selected` need (all of them unless every field is declared). */
const organisationPropertiesFor = oncePerSelection((selected): readonly OrganisationViewProperty[] => {
  const keys = columnsRead(selected, 'Organisation', ORGANISATION_PLAN);
  return keys ? [...new Set(keys.map(organisationPropertyOf))] : ORGANISATION_VIEW_PROPERTIES;
});

/**
 * The registry's hot reads answered from a plan (core/graphql/operation-plan.ts): a page of the
 * registry, of the columns its query reads, and one facility by id, with the facility's computed
 * fields read by the very methods graphql-js would call. A query that reads anything else is
 * executed as usual.
 */
export const registryPlans: ModulePlans = {
  roots: [
    {
      field: 'facilities',
      rule: { is: mayFilterByOccupancy, permits: (args, ctx) => permitsFilterByOccupancy(args, ctx) },
      resolve: (args, ctx, selected, withRows) => {
        const history = withRows.get('Facility.occupancyHistory');
        const columns = facilityColumnsFor(selected);
        const fields = reportFieldsFor(selected);
        return facilityConnection(
          ctx,
          args.filter ?? null,
          { first: args.first, after: args.after },
          selected.has('FacilityConnection.totalCount'),
          history ? { ...columns, history: { from: (history.from as string | null) ?? null, to: (history.to as string | null) ?? null, fields } } : columns,
        );
      },
      release: releaseConnection,
    },
    {
      field: 'facility',
      resolve: (args, ctx, selected) => facilityById(ctx, args.id, facilityColumnsFor(selected)),
    },
    {
      field: 'organisations',
      resolve: (args, ctx, selected) =>
        organisationConnection(
          ctx,
          args.filter ?? null,
          { first: args.first, after: args.after },
          selected.has('OrganisationConnection.totalCount'),
          organisationPropertiesFor(selected),
        ),
      release: releaseConnection,
    },
  ],
  batchReads: {
    Facility: batchReadsOf(FACILITY_PLAN),
    WelfareUnit: {
      organisation: eachParent(unit.organisation.bind(unit)),
      parent: eachParent(unit.parent.bind(unit)),
      districts: eachParent(unit.districts.bind(unit)),
    },
    District: {
      branch: eachParent(district.branch.bind(district)),
    },
  },
};
