import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { recordTime } from '../../core/db/record-time.js';
import { uuidPrimaryKey } from '../../core/db/columns.js';
import { FACILITY_SUBTYPES, FACILITY_TYPES } from './facility-types.js';
import { storedHistoryColumns, storedPlainColumns } from './facility-columns.js';
import { Management } from './facility-enums.js';

export { FacilityStatus, Management, TargetPopulation } from './facility-enums.js';

export const OrganisationKind = {
  WELFARE_CENTRE: 'WELFARE_CENTRE',
  PUBLIC_UNIT: 'PUBLIC_UNIT',
  FOUNDATION: 'FOUNDATION',
  ASSOCIATION: 'ASSOCIATION',
  SOCIAL_COOPERATIVE: 'SOCIAL_COOPERATIVE',
  CHURCH_BODY: 'CHURCH_BODY',
  BUSINESS: 'BUSINESS',
  LABOUR_OFFICE: 'LABOUR_OFFICE',
} as const;
export type OrganisationKind = (typeof OrganisationKind)[keyof typeof OrganisationKind];

/** Places besides the year-round declared capacity: open for a season (the winter action) or on one night (overflow on a frost night). */
export const CapacityPeriodKind = { SEASONAL: 'SEASONAL', OVERFLOW: 'OVERFLOW' } as const;
export type CapacityPeriodKind = (typeof CapacityPeriodKind)[keyof typeof CapacityPeriodKind];

export const WelfareUnitKind = { CENTRE: 'CENTRE', BRANCH: 'BRANCH', TEAM: 'TEAM' } as const;
export type WelfareUnitKind = (typeof WelfareUnitKind)[keyof typeof WelfareUnitKind];

export const Address = defineEntity({
  name: 'Address',
  embeddable: true,
  properties: {
    street: p.string(),
    postalCode: p.string().length(6),
    city: p.string(),
    /** TERYT code of the gmina, 7 digits; optional. */
    teryt: p.string().length(7).nullable(),
  },
});
export type Address = InferEntity<typeof Address>;

export const Contact = defineEntity({
  name: 'Contact',
  embeddable: true,
  properties: {
    email: p.string().nullable(),
    phone: p.string().nullable(),
    website: p.string().nullable(),
  },
});
export type Contact = InferEntity<typeof Contact>;

export const Organisation = defineEntity({
  name: 'Organisation',
  tableName: 'organisation',
  properties: {
    id: uuidPrimaryKey(),
    name: p.string(),
    kind: p.enum(Object.values(OrganisationKind)).index(),
    /** Digits only. */
    nip: p.string().length(10).nullable().unique(),
    regon: p.string().length(14).nullable(),
    krs: p.string().length(10).nullable(),
    address: p.embedded(Address).prefix('address_').nullable(),
    contact: p.embedded(Contact).prefix('contact_').nullable(),
    /** Name folded for accent-insensitive search and stable ordering. */
    searchName: p.string(),
    /** The day it ceased (closed, or merged into another); null while it exists. */
    closedOn: p.date().nullable(),
    closedReason: p.string().nullable(),
    /** The record it was merged into, when it was a duplicate. */
    mergedInto: () => p.manyToOne(Organisation).ref().nullable(),
    createdAt: p.datetime().onCreate(recordTime),
    updatedAt: p.datetime().onCreate(recordTime).onUpdate(recordTime),
  },
  // The order of the organisations' pages, read by a row comparison (core/db/keyset.ts).
  indexes: [{ properties: ['searchName', 'id'] }],
});
export type Organisation = InferEntity<typeof Organisation>;

/** The welfare centre (MOPS) itself or one of its branches (filie). */
export const WelfareUnit = defineEntity({
  name: 'WelfareUnit',
  tableName: 'welfare_unit',
  properties: {
    id: uuidPrimaryKey(),
    code: p.string().unique(),
    name: p.string(),
    kind: p.enum(Object.values(WelfareUnitKind)),
    organisation: () => p.manyToOne(Organisation).ref(),
    parent: () => p.manyToOne(WelfareUnit).ref().nullable(),
    address: p.embedded(Address).prefix('address_').nullable(),
  },
});
export type WelfareUnit = InferEntity<typeof WelfareUnit>;

/** A district of the city (dzielnica) and the branch whose social workers cover it. */
export const District = defineEntity({
  name: 'District',
  tableName: 'district',
  properties: {
    id: uuidPrimaryKey(),
    /** Roman numeral as the city writes it: I … XVIII. */
    code: p.string().unique(),
    number: p.integer(),
    name: p.string(),
    branch: () => p.manyToOne(WelfareUnit).ref().index(),
    /** TERYT code of the district where it has one (a city with county rights' delegation), 7 digits. */
    teryt: p.string().length(7).nullable(),
  },
});
export type District = InferEntity<typeof District>;

/** How many people lived in a district in a year (GUS, or the city's register of residents): the denominator of rates per 1,000. */
export const DistrictPopulation = defineEntity({
  name: 'DistrictPopulation',
  tableName: 'district_population',
  properties: {
    district: () => p.manyToOne(District).ref().primary().deleteRule('cascade'),
    year: p.integer().primary(),
    population: p.integer(),
    source: p.string().nullable(),
  },
});
export type DistrictPopulation = InferEntity<typeof DistrictPopulation>;

export const Facility = defineEntity({
  name: 'Facility',
  tableName: 'facility',
  properties: {
    id: uuidPrimaryKey(),
    name: p.string(),
    /** Name folded for accent-insensitive ordering. */
    searchName: p.string(),
    /** What a search may match, folded (registry.rules.ts `facilitySearchText`). */
    searchText: p.text(),
    type: p.enum(Object.keys(FACILITY_TYPES)).index(),
    operator: () => p.manyToOne(Organisation).ref().index(),
    unit: () => p.manyToOne(WelfareUnit).ref().index(),
    district: () => p.manyToOne(District).ref().index(),
    address: p.embedded(Address).prefix('address_'),
    contact: p.embedded(Contact).prefix('contact_').nullable(),
    management: p.enum(Object.values(Management)),
    agreementNumber: p.string().nullable(),
    agreementValidFrom: p.date().nullable(),
    agreementValidTo: p.date().nullable(),
    /** Subtype, places, whom they are for, status, opening and closing (facility-columns.ts). */
    ...storedPlainColumns(),
    registerName: p.string().nullable(),
    registerNumber: p.string().nullable(),
    registerEntryDate: p.date().nullable(),
    /** The latest occupancy report, kept here so that lists and "free places" filters need no history scan. */
    occupiedPlaces: p.integer().nullable(),
    occupancyDate: p.date().nullable(),
    occupancyReportedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(recordTime),
    updatedAt: p.datetime().onCreate(recordTime).onUpdate(recordTime),
    version: p.integer().version(),
  },
  // A page filtered by type or district reads one range of its own index in the page's order.
  indexes: [
    { properties: ['searchName', 'id'] },
    { properties: ['type', 'searchName', 'id'] },
    { properties: ['district', 'searchName', 'id'] },
    { properties: ['registerNumber'] },
  ],
});
export type Facility = InferEntity<typeof Facility>;

/**
 * What a facility was from a day on: its type, places and status, so that a question about a past
 * date (`capacityOverview(asOf:)`) is answered with what was in force then, not with today's values.
 * Written by a trigger on every change of these columns (migration FacilityHistory), dated by the
 * hub's day of the writing transaction; the first row of a facility holds from its opening (or
 * from always, where the opening is not known).
 */
export const FacilityState = defineEntity({
  name: 'FacilityState',
  tableName: 'facility_state',
  properties: {
    facility: () => p.manyToOne(Facility).ref().primary().deleteRule('cascade'),
    validFrom: p.date().primary(),
    type: p.enum(Object.keys(FACILITY_TYPES)),
    ...storedHistoryColumns(),
  },
});
export type FacilityState = InferEntity<typeof FacilityState>;

/** One occupancy report; the history behind `capacityOverview(asOf:)`. */
export const OccupancyReport = defineEntity({
  name: 'OccupancyReport',
  tableName: 'occupancy_report',
  properties: {
    id: uuidPrimaryKey(),
    facility: () => p.manyToOne(Facility).ref(),
    date: p.date(),
    occupiedPlaces: p.integer(),
    overCapacityReason: p.string().nullable(),
    /** Of the places taken, how many are seasonal places; null where the report does not say. */
    inSeasonalPlaces: p.integer().nullable(),
    /** Of the places taken, how many are overflow places opened for the night; null where the report does not say. */
    inOverflowPlaces: p.integer().nullable(),
    reportedBy: p.string(),
    reportedByOrganisation: p.uuid().nullable(),
    reportedAt: p.datetime().onCreate(recordTime),
  },
  indexes: [{ properties: ['facility', 'date', 'reportedAt'] }],
});
export type OccupancyReport = InferEntity<typeof OccupancyReport>;

/**
 * Places a facility opens besides its declared capacity, from one night to another, both
 * inclusive: a warming centre's winter season, a shelter's extra beds on a frost night. The
 * legal capacity limit bounds the declared capacity and these together on every night.
 */
export const CapacityPeriod = defineEntity({
  name: 'CapacityPeriod',
  tableName: 'capacity_period',
  properties: {
    id: uuidPrimaryKey(),
    facility: () => p.manyToOne(Facility).ref().deleteRule('cascade'),
    kind: p.enum(Object.values(CapacityPeriodKind)),
    places: p.integer(),
    validFrom: p.date(),
    validTo: p.date(),
    note: p.string().length(500).nullable(),
    createdBy: p.string(),
    createdAt: p.datetime().onCreate(recordTime),
  },
  indexes: [{ properties: ['facility', 'validFrom'] }],
});
export type CapacityPeriod = InferEntity<typeof CapacityPeriod>;

/** A decision of the voivode granting or extending a CIS's status (art. 5 of the social employment act), with the term it gives. */
export const CisStatusDecision = defineEntity({
  name: 'CisStatusDecision',
  tableName: 'cis_status_decision',
  properties: {
    id: uuidPrimaryKey(),
    facility: () => p.manyToOne(Facility).ref().index(),
    decidedOn: p.date(),
    decisionReference: p.string(),
    extension: p.boolean(),
    validFrom: p.date(),
    validUntil: p.date(),
    recordedBy: p.string(),
  },
});
export type CisStatusDecision = InferEntity<typeof CisStatusDecision>;
