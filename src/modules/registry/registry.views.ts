import type { HistoryDates, OccupancyReportView } from './occupancy-history.js';
import { isoDateOf } from '../../core/calendar.js';
import type { FacilityType } from './facility-types.js';
import type { Facility, Management, Organisation, OrganisationKind } from './registry.entities.js';
import { FACILITY_PLAIN_COLUMN_NAMES, plainValuesOf, type FacilityPlainValues } from './facility-columns.js';
import { CONFIDENTIAL_ADDRESS_TYPES } from './registry.rules.js';

/**
 * What list and detail reads return: plain rows, not managed entities. Reading a page of 50
 * facilities through the entity factory costs several times the query itself; the GraphQL layer
 * needs no change tracking, so reads map rows straight into these shapes.
 */
export interface AddressView {
  street: string;
  postalCode: string;
  city: string;
  teryt: string | null;
  /** Set on the address of a facility whose street is not published: the operator that may still see it. */
  confidentialFor?: { operatorId: string };
}

/** Marks the address of a facility of a confidential type (registry.rules.ts). */
function withConfidentiality(address: AddressView, type: FacilityType, operatorId: string): AddressView {
  return CONFIDENTIAL_ADDRESS_TYPES.includes(type) ? { ...address, confidentialFor: { operatorId } } : address;
}

export interface ContactView {
  email: string | null;
  phone: string | null;
  website: string | null;
}

/** A facility as reads return it: its plain columns (facility-columns.ts) and the rest, shaped. */
export interface FacilityView extends FacilityPlainValues {
  /** The occupancy history a page's statement read beside the row, within the dates its query asked (`FacilityColumns.history`). */
  historyRead?: OccupancyReportView[];
  id: string;
  name: string;
  searchName: string;
  type: FacilityType;
  operatorId: string;
  unitId: string;
  districtId: string;
  address: AddressView;
  contact: ContactView | null;
  management: Management;
  agreementNumber: string | null;
  agreementValidFrom: string | null;
  agreementValidTo: string | null;
  registerName: string | null;
  registerNumber: string | null;
  registerEntryDate: string | null;
  occupiedPlaces: number | null;
  occupancyDate: string | null;
  occupancyReportedAt: Date | null;
  version: number;
}

export interface OrganisationView {
  id: string;
  name: string;
  searchName: string;
  kind: OrganisationKind;
  nip: string | null;
  regon: string | null;
  krs: string | null;
  address: AddressView | null;
  contact: ContactView | null;
  closedOn: string | null;
  closedReason: string | null;
  mergedIntoId: string | null;
}

type Row = Record<string, any>;

function addressOf(row: Row): AddressView | null {
  if (row.address_street === null || row.address_street === undefined) return null;
  return { street: row.address_street, postalCode: row.address_postalCode, city: row.address_city, teryt: row.address_teryt ?? null };
}

function contactOf(row: Row): ContactView | null {
  if (row.contact_email == null && row.contact_phone == null && row.contact_website == null) return null;
  return { email: row.contact_email ?? null, phone: row.contact_phone ?? null, website: row.contact_website ?? null };
}

/**
 * The properties `facilityFromRow` reads, and so the columns a read selects: not the folded search
 * text nor the timestamps, which no answer shows and which would be parsed for every row.
 */
export const FACILITY_VIEW_PROPERTIES = [
  'id',
  'name',
  'searchName',
  'type',
  'operator',
  'unit',
  'district',
  'address',
  'contact',
  'management',
  'agreementNumber',
  'agreementValidFrom',
  'agreementValidTo',
  ...FACILITY_PLAIN_COLUMN_NAMES,
  'registerName',
  'registerNumber',
  'registerEntryDate',
  'occupiedPlaces',
  'occupancyDate',
  'occupancyReportedAt',
  'version',
] as const;

export type FacilityViewProperty = (typeof FACILITY_VIEW_PROPERTIES)[number];

/**
 * What a read of facilities selects: the row's properties, and the keys of its operator's JSON
 * when the read brings the operator along in the same statement. Only a plan reads part of a row
 * (registry.plans.ts), with DataLoaders no other reader sees.
 */
export interface FacilityColumns {
  properties: readonly FacilityViewProperty[];
  operator: readonly OrganisationJsonKey[] | null;
  /** The occupancy history within these dates, read in the same statement (`historyRead` of each view). */
  history?: HistoryDates | null;
}

/** The whole row, with or without the whole operator: what graphql-js's resolvers read. */
export function wholeFacility(withOperator: boolean): FacilityColumns {
  return { properties: FACILITY_VIEW_PROPERTIES, operator: withOperator ? ORGANISATION_JSON_KEYS : null };
}

/** A facility row as MikroORM's QueryBuilder maps it (`execute('all', true)`): flattened embeddables, foreign keys as ids. */
export function facilityFromRow(row: Row): FacilityView {
  return {
    id: row.id,
    name: row.name,
    searchName: row.searchName,
    type: row.type,
    ...plainValuesOf(row),
    operatorId: row.operator,
    unitId: row.unit,
    districtId: row.district,
    address: withConfidentiality(addressOf(row)!, row.type, row.operator),
    contact: contactOf(row),
    management: row.management,
    agreementNumber: row.agreementNumber ?? null,
    agreementValidFrom: row.agreementValidFrom ?? null,
    agreementValidTo: row.agreementValidTo ?? null,
    registerName: row.registerName ?? null,
    registerNumber: row.registerNumber ?? null,
    registerEntryDate: row.registerEntryDate ?? null,
    occupiedPlaces: row.occupiedPlaces ?? null,
    occupancyDate: row.occupancyDate ?? null,
    occupancyReportedAt: row.occupancyReportedAt ?? null,
    version: row.version,
  };
}

/** The same shape from a managed entity, for what mutations return. */
export function facilityFromEntity(f: Facility): FacilityView {
  return {
    id: f.id,
    name: f.name,
    searchName: f.searchName,
    type: f.type as FacilityType,
    ...plainValuesOf(f),
    operatorId: f.operator.id,
    unitId: f.unit.id,
    districtId: f.district.id,
    address: withConfidentiality(
      { street: f.address.street, postalCode: f.address.postalCode, city: f.address.city, teryt: f.address.teryt ?? null },
      f.type as FacilityType,
      f.operator.id,
    ),
    contact: f.contact ? { email: f.contact.email ?? null, phone: f.contact.phone ?? null, website: f.contact.website ?? null } : null,
    management: f.management,
    agreementNumber: f.agreementNumber ?? null,
    agreementValidFrom: f.agreementValidFrom ?? null,
    agreementValidTo: f.agreementValidTo ?? null,
    registerName: f.registerName ?? null,
    registerNumber: f.registerNumber ?? null,
    registerEntryDate: f.registerEntryDate ?? null,
    occupiedPlaces: f.occupiedPlaces ?? null,
    occupancyDate: f.occupancyDate ?? null,
    occupancyReportedAt: f.occupancyReportedAt ?? null,
    version: f.version,
  };
}

/** The keys `organisationFromRow` reads, each with the column of `organisation o` it comes from. */
const ORGANISATION_JSON_COLUMNS = {
  id: 'o.id',
  name: 'o.name',
  searchName: 'o.search_name',
  kind: 'o.kind',
  nip: 'o.nip',
  regon: 'o.regon',
  krs: 'o.krs',
  address_street: 'o.address_street',
  address_postalCode: 'o.address_postal_code',
  address_city: 'o.address_city',
  address_teryt: 'o.address_teryt',
  contact_email: 'o.contact_email',
  contact_phone: 'o.contact_phone',
  contact_website: 'o.contact_website',
  closedOn: 'o.closed_on',
  closedReason: 'o.closed_reason',
  mergedInto: 'o.merged_into_id',
} as const;

export type OrganisationJsonKey = keyof typeof ORGANISATION_JSON_COLUMNS;

/** Every key of an organisation's JSON: the whole row. */
export const ORGANISATION_JSON_KEYS = Object.keys(ORGANISATION_JSON_COLUMNS) as readonly OrganisationJsonKey[];

/**
 * The organisation whose id is `idSql` as one JSON value with the `keys` `organisationFromRow`
 * reads (all of them unless told): lets a list of facilities bring their operators in its own statement.
 */
export function organisationJsonOf(idSql: string, keys: readonly OrganisationJsonKey[] = ORGANISATION_JSON_KEYS): string {
  const pairs = keys.map((key) => `'${key}', ${ORGANISATION_JSON_COLUMNS[key]}`).join(', ');
  return `(select json_build_object(${pairs}) from organisation o where o.id = ${idSql})`;
}

/** The properties `organisationFromRow` reads (not the timestamps). */
export const ORGANISATION_VIEW_PROPERTIES = [
  'id',
  'name',
  'searchName',
  'kind',
  'nip',
  'regon',
  'krs',
  'address',
  'contact',
  'closedOn',
  'closedReason',
  'mergedInto',
] as const;

export type OrganisationViewProperty = (typeof ORGANISATION_VIEW_PROPERTIES)[number];

/** The property of the row a key of an organisation's JSON comes from: an embedded one's keys are prefixed by it. */
export function organisationPropertyOf(key: OrganisationJsonKey): OrganisationViewProperty {
  return key.split('_')[0] as OrganisationViewProperty;
}

/**
 * An organisation of a row, of all its properties or of some (a plan's page): a property not
 * read is null in the view, which only that plan reads.
 */
export function organisationFromRow(row: Row): OrganisationView {
  return {
    id: row.id,
    name: row.name,
    searchName: row.searchName,
    kind: row.kind,
    nip: row.nip ?? null,
    regon: row.regon ?? null,
    krs: row.krs ?? null,
    address: addressOf(row),
    contact: contactOf(row),
    closedOn: row.closedOn ? isoDateOf(row.closedOn) : null,
    closedReason: row.closedReason ?? null,
    mergedIntoId: row.mergedInto ?? null,
  };
}

export function organisationFromEntity(o: Organisation): OrganisationView {
  return {
    id: o.id,
    name: o.name,
    searchName: o.searchName,
    kind: o.kind,
    nip: o.nip ?? null,
    regon: o.regon ?? null,
    krs: o.krs ?? null,
    address: o.address ? { street: o.address.street, postalCode: o.address.postalCode, city: o.address.city, teryt: o.address.teryt ?? null } : null,
    contact: o.contact ? { email: o.contact.email ?? null, phone: o.contact.phone ?? null, website: o.contact.website ?? null } : null,
    closedOn: o.closedOn ?? null,
    closedReason: o.closedReason ?? null,
    mergedIntoId: o.mergedInto?.id ?? null,
  };
}

export interface WelfareUnitView {
  id: string;
  code: string;
  name: string;
  kind: 'CENTRE' | 'BRANCH' | 'TEAM';
  organisationId: string;
  parentId: string | null;
}

export interface DistrictView {
  id: string;
  code: string;
  number: number;
  name: string;
  branchId: string;
  teryt: string | null;
  /** Residents by year, oldest first. */
  populations: { year: number; population: number; source: string | null }[];
}
