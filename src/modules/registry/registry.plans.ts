import type { BatchRead, ModulePlans } from '../../core/graphql/operation-plan.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { releaseConnection } from '../../core/graphql/pagination.js';
import { mayFilterByOccupancy, permitsFilterByOccupancy } from './registry.permissions.js';
import { DistrictResolver, facilityById, facilityConnection, FacilityResolver, WelfareUnitResolver } from './registry.resolvers.js';
import { FACILITY_VIEW_PROPERTIES, ORGANISATION_JSON_KEYS, type FacilityColumns, type FacilityViewProperty, type OrganisationJsonKey } from './registry.views.js';

/** A field resolver read for many parents: the resolver's own method, once per parent. */
function eachParent<P>(resolve: (parent: P, ctx: RequestContext) => unknown): BatchRead {
  return (parents, ctx) => Promise.all(parents.map((parent: P) => resolve(parent, ctx)));
}

/**
 * A row's columns in groups, and the group each field of the type reads (by its own resolver
 * method, or as a plain value): a planned read (a page, one facility) selects the groups of the
 * fields its query reads anywhere below the root (`base` always), not the whole row, which cut a
 * page's CPU by a fifth to a third. Groups rather than single columns keep the statements few (2^6 shapes
 * at most). A field not listed, such as one another module adds, reads the whole row. Each field is
 * checked alone against graphql-js in tests/integration/registry/operation-plans.test.ts.
 */
interface ColumnGroups<C extends string> {
  groups: Record<string, readonly C[]> & { base: readonly C[] };
  groupOf: Record<string, string>;
}

const FACILITY_COLUMNS: ColumnGroups<FacilityViewProperty> = {
  groups: {
    base: ['id', 'searchName', 'name', 'type', 'subtype', 'operator', 'unit', 'district', 'declaredCapacity', 'status'],
    details: ['management', 'openedOn', 'closedOn', 'version'],
    address: ['address'],
    contact: ['contact'],
    agreement: ['agreementNumber', 'agreementValidFrom', 'agreementValidTo'],
    register: ['registerName', 'registerNumber', 'registerEntryDate'],
    occupancy: ['occupiedPlaces', 'occupancyDate', 'occupancyReportedAt'],
  },
  groupOf: {
    id: 'base', name: 'base', type: 'base', subtype: 'base', declaredCapacity: 'base', status: 'base', typeLegalName: 'base', operator: 'base',
    unit: 'base', district: 'base', cisStatus: 'base', legalCapacityLimit: 'base',
    management: 'details', openedOn: 'details', closedOn: 'details', version: 'details',
    // The address also reads the type and the operator (whose street is confidential): in `base`.
    address: 'address', contact: 'contact', agreement: 'agreement', registerEntry: 'register', occupancy: 'occupancy',
  },
};

const ORGANISATION_COLUMNS: ColumnGroups<OrganisationJsonKey> = {
  groups: {
    base: ['id', 'name', 'searchName', 'kind'],
    numbers: ['nip', 'regon', 'krs'],
    address: ['address_street', 'address_postalCode', 'address_city', 'address_teryt'],
    contact: ['contact_email', 'contact_phone', 'contact_website'],
    lifecycle: ['closedOn', 'closedReason', 'mergedInto'],
  },
  groupOf: {
    id: 'base', name: 'base', kind: 'base', nip: 'numbers', regon: 'numbers', krs: 'numbers', address: 'address', contact: 'contact',
    closedOn: 'lifecycle', closedReason: 'lifecycle', mergedInto: 'lifecycle',
  },
};

/** The columns the `type` fields in `selected` read, or null when one of them is not listed. */
function columnsRead<C extends string>(selected: ReadonlySet<string>, type: string, { groups, groupOf }: ColumnGroups<C>): C[] | null {
  const chosen = new Set(['base']);
  for (const field of selected) {
    if (!field.startsWith(`${type}.`)) continue;
    const group = groupOf[field.slice(type.length + 1)];
    if (!group) return null;
    chosen.add(group);
  }
  return Object.entries(groups).flatMap(([group, columns]) => (chosen.has(group) ? columns : []));
}

/** Worked out once per planned root: `selected` is made once per document. */
const columnsBySelection = new WeakMap<ReadonlySet<string>, FacilityColumns>();

/** The facility columns, and the operator's when read, that the fields in `selected` need. */
function facilityColumnsFor(selected: ReadonlySet<string>): FacilityColumns {
  let columns = columnsBySelection.get(selected);
  if (!columns) {
    columns = {
      properties: columnsRead(selected, 'Facility', FACILITY_COLUMNS) ?? FACILITY_VIEW_PROPERTIES,
      operator: selected.has('Facility.operator') ? (columnsRead(selected, 'Organisation', ORGANISATION_COLUMNS) ?? ORGANISATION_JSON_KEYS) : null,
    };
    columnsBySelection.set(selected, columns);
  }
  return columns;
}

const facility = new FacilityResolver();
const unit = new WelfareUnitResolver();
const district = new DistrictResolver();

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
      resolve: (args, ctx, selected) =>
        facilityConnection(ctx, args.filter ?? null, { first: args.first, after: args.after }, selected.has('FacilityConnection.totalCount'), facilityColumnsFor(selected)),
      release: releaseConnection,
    },
    {
      field: 'facility',
      resolve: (args, ctx, selected) => facilityById(ctx, args.id, facilityColumnsFor(selected)),
    },
  ],
  batchReads: {
    Facility: {
      typeLegalName: eachParent(facility.typeLegalName.bind(facility)),
      operator: eachParent(facility.operator.bind(facility)),
      unit: eachParent(facility.unit.bind(facility)),
      district: eachParent(facility.district.bind(facility)),
      cisStatus: eachParent(facility.cisStatus.bind(facility)),
      agreement: eachParent(facility.agreement.bind(facility)),
      registerEntry: eachParent(facility.registerEntry.bind(facility)),
      legalCapacityLimit: eachParent(facility.legalCapacityLimit.bind(facility)),
      occupancy: eachParent(facility.occupancy.bind(facility)),
    },
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
