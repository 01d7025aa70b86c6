import { Field, ID, InputType, Int, Float, ObjectType, registerEnumType } from 'type-graphql';
import { SharedData } from '../../core/graphql/cache-control.js';
import { ConnectionType } from '../../core/graphql/pagination.js';
import { DateScalar, DateTimeScalar } from '../../core/graphql/scalars.js';
import { describeFacilityType, FACILITY_SUBTYPES, FACILITY_TYPES, FacilitySubtype, FacilityType } from './facility-types.js';
import { CapacityPeriodKind, FacilityStatus, Management, OrganisationKind, TargetPopulation, WelfareUnitKind } from './registry.entities.js';
import { FacilityComplianceFilter } from './facility-compliance-filter.js';
import { plainColumnEntries, type FacilityPlainInput, type FacilityPlainValues } from './facility-columns.js';

registerEnumType(FacilityType, {
  name: 'FacilityType',
  description: 'The kind of facility under Polish law (DOMAIN.md); each value names the statute that defines it.',
  valuesConfig: Object.fromEntries(Object.keys(FACILITY_TYPES).map((t) => [t, { description: describeFacilityType(t as FacilityType) }])),
});

registerEnumType(FacilitySubtype, {
  name: 'FacilitySubtype',
  description: 'Subtype, form or profile within a facility type (e.g. the four kinds of placówka opiekuńczo-wychowawcza).',
  valuesConfig: Object.fromEntries(Object.entries(FACILITY_SUBTYPES).map(([s, info]) => [s, { description: `${info.legalName} (a ${info.type}).` }])),
});

registerEnumType(FacilityStatus, {
  name: 'FacilityStatus',
  description: 'Whether a facility provides its service.',
  valuesConfig: {
    ACTIVE: { description: 'Open and providing its service.' },
    SUSPENDED: { description: 'Temporarily not admitting anyone (renovation, loss of staff, supervision findings).' },
    CLOSED: { description: 'Closed for good; kept in the registry for history. Has a closing date.' },
  },
});

registerEnumType(Management, {
  name: 'Management',
  description: 'How the city runs the service.',
  valuesConfig: {
    OWN_UNIT: { description: "Run by the city's own unit (the welfare centre or another public unit)." },
    COMMISSIONED: { description: 'Commissioned to an operator under a dated agreement (zlecenie zadania publicznego).' },
  },
});

registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'Kind of organisation, after the stakeholder kinds of a local cooperation model (DOMAIN.md).',
  valuesConfig: {
    WELFARE_CENTRE: { description: 'Ośrodek pomocy społecznej: MOPS/MOPR/OPS.' },
    PUBLIC_UNIT: { description: 'Another unit of local or government administration (ROPS, PCPR, a public facility).' },
    FOUNDATION: { description: 'Fundacja (NGO).' },
    ASSOCIATION: { description: 'Stowarzyszenie (NGO).' },
    SOCIAL_COOPERATIVE: { description: 'Spółdzielnia socjalna.' },
    CHURCH_BODY: { description: 'Kościelna osoba prawna, e.g. Caritas.' },
    BUSINESS: { description: 'A company.' },
    LABOUR_OFFICE: { description: 'Powiatowy/grodzki urząd pracy.' },
  },
});

registerEnumType(WelfareUnitKind, {
  name: 'WelfareUnitKind',
  description: 'The welfare centre itself, one of its branches, or one of its teams.',
  valuesConfig: {
    CENTRE: { description: 'The welfare centre (MOPS) as a whole.' },
    BRANCH: { description: 'A branch (filia) covering some districts.' },
    TEAM: { description: 'A team (zespół): territorial, covering some districts, or specialised (e.g. for homeless persons and refugees), covering none.' },
  },
});

registerEnumType(TargetPopulation, {
  name: 'TargetPopulation',
  description: 'Whom a facility\u2019s places are for (the target population of HUD\u2019s Housing Inventory Count; a shelter\u2019s regulations name it).',
  valuesConfig: {
    ANY: { description: 'Anyone the facility\u2019s type serves.' },
    MEN: { description: 'Men only.' },
    WOMEN: { description: 'Women only.' },
    MOTHERS_WITH_CHILDREN: { description: 'Mothers with children and pregnant women.' },
    FAMILIES: { description: 'Families with children.' },
    YOUTH: { description: 'Young people (up to 25).' },
  },
});

registerEnumType(CapacityPeriodKind, {
  name: 'CapacityPeriodKind',
  description: 'Places besides the year-round declared capacity.',
  valuesConfig: {
    SEASONAL: { description: 'Open for a season, from one night to another (the winter action, akcja zima).' },
    OVERFLOW: { description: 'Opened for one night (extra beds on a frost night).' },
  },
});

export const CapacityDimension = {
  TYPE: 'TYPE',
  DISTRICT: 'DISTRICT',
  UNIT: 'UNIT',
  OPERATOR_KIND: 'OPERATOR_KIND',
  TARGET_POPULATION: 'TARGET_POPULATION',
} as const;
export type CapacityDimension = (typeof CapacityDimension)[keyof typeof CapacityDimension];
registerEnumType(CapacityDimension, {
  name: 'CapacityDimension',
  description: 'What `capacityOverview` groups by.',
  valuesConfig: {
    TYPE: { description: 'Facility type.' },
    DISTRICT: { description: 'District (dzielnica).' },
    UNIT: { description: 'Supervising welfare-centre unit.' },
    OPERATOR_KIND: { description: 'Kind of operator organisation.' },
    TARGET_POPULATION: { description: 'Whom the places are for, as it stood on the date.' },
  },
});

@SharedData()
@ObjectType('Address', { description: 'A postal address.' })
export class AddressType {
  @Field(() => String, {
    nullable: true,
    description: 'Street and number. Withheld (null, FORBIDDEN) for shelters whose location is kept confidential, except from MOPS, ADMIN and the operator.',
  })
  street!: string | null;
  @Field(() => String, { description: 'Postal code, NN-NNN.' })
  postalCode!: string;
  @Field(() => String, { description: 'City or village.' })
  city!: string;
  @Field(() => String, { nullable: true, description: 'TERYT code of the gmina (7 digits), when known.' })
  teryt!: string | null;
}

@SharedData()
@ObjectType('Contact', { description: 'How to reach an organisation or facility.' })
export class ContactType {
  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email!: string | null;
  @Field(() => String, { nullable: true, description: 'Telephone number.' })
  phone!: string | null;
  @Field(() => String, { nullable: true, description: 'Web site.' })
  website!: string | null;
}

@SharedData()
@ObjectType('Organisation', { description: 'An organisation in the registry: the welfare centre, a public unit, an NGO, a church body, a labour office.' })
export class OrganisationType {
  @Field(() => ID, { description: 'Identifier; the `org` claim of its users\u2019 tokens.' })
  id!: string;
  @Field(() => String, { description: 'Full name.' })
  name!: string;
  @Field(() => OrganisationKind, { description: 'Kind of organisation.' })
  kind!: OrganisationKind;
  @Field(() => String, { nullable: true, description: 'NIP, tax identification number (10 digits, checksum validated).' })
  nip!: string | null;
  @Field(() => String, { nullable: true, description: 'REGON, business register number (9 or 14 digits, checksum validated).' })
  regon!: string | null;
  @Field(() => String, { nullable: true, description: 'KRS, National Court Register number, where the organisation has one.' })
  krs!: string | null;
  @Field(() => AddressType, { nullable: true, description: 'Registered address.' })
  address!: AddressType | null;
  @Field(() => ContactType, { nullable: true, description: 'Contact details.' })
  contact!: ContactType | null;
  @Field(() => DateScalar, { nullable: true, description: 'The day it ceased (closed, or merged into another record); null while it exists.' })
  closedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was closed (liquidated, struck off the KRS, merged …).' })
  closedReason!: string | null;
}

@SharedData()
@ObjectType('WelfareUnit', { description: 'The welfare centre (MOPS) or one of its branches (filie).' })
export class WelfareUnitType {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;
  @Field(() => String, { description: 'Short code: MOPS, F1 … F9.' })
  code!: string;
  @Field(() => String, { description: 'Name.' })
  name!: string;
  @Field(() => WelfareUnitKind, { description: 'Centre or branch.' })
  kind!: WelfareUnitKind;
}

@SharedData()
@ObjectType('District', { description: 'A district of the city (dzielnica).' })
export class DistrictType {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;
  @Field(() => String, { description: 'Roman numeral, I … XVIII.' })
  code!: string;
  @Field(() => Int, { description: 'The district number.' })
  number!: number;
  @Field(() => String, { description: 'Name, e.g. Stare Miasto.' })
  name!: string;
  @Field(() => String, { nullable: true, description: 'TERYT code, 7 digits, where the district has one.' })
  teryt!: string | null;
}

@SharedData()
@ObjectType('DistrictPopulation', { description: 'Residents of a district in a year: the denominator of rates per 1,000 residents.' })
export class DistrictPopulationType {
  @Field(() => Int, { description: 'The year (as of 31 December, as GUS publishes it).' })
  year!: number;
  @Field(() => Int, { description: 'Residents.' })
  population!: number;
  @Field(() => String, { nullable: true, description: 'Where the figure comes from (GUS BDL, the city\u2019s register of residents).' })
  source!: string | null;
}

@SharedData()
@ObjectType('CommissionAgreement', {
  description: 'The agreement under which an operator runs a commissioned service (umowa o realizację zadania publicznego).',
})
export class CommissionAgreementType {
  @Field(() => String, { description: 'Agreement number.' })
  number!: string;
  @Field(() => DateScalar, { description: 'First day of the agreement.' })
  validFrom!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Last day of the agreement; null when open-ended.' })
  validTo!: string | null;
}

@SharedData()
@ObjectType('RegisterEntry', { description: 'The facility\u2019s entry in a statutory register (e.g. the voivode\u2019s register of DPS).' })
export class RegisterEntryType {
  @Field(() => String, { description: 'Which register.' })
  register!: string;
  @Field(() => String, { description: 'Entry number.' })
  number!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Date of entry.' })
  entryDate!: string | null;
}

@SharedData()
@ObjectType('LegalCapacityLimit', { description: 'The most places the law allows a facility of this type, from the dated rules table.' })
export class LegalCapacityLimitType {
  @Field(() => Int, { description: 'Most places (residents, children).' })
  maxPlaces!: number;
  @Field(() => Int, { nullable: true, description: 'Fewest residents, where the law sets a floor.' })
  minPlaces!: number | null;
  @Field(() => DateScalar, { description: 'In force since.' })
  validFrom!: string;
  @Field(() => String, { description: 'The statute and article.' })
  source!: string;
}

@SharedData()
@ObjectType('Occupancy', { description: 'How many places are taken, from the latest occupancy report.' })
export class OccupancyType {
  @Field(() => Int, { description: 'Places taken.' })
  occupiedPlaces!: number;
  @Field(() => Int, {
    nullable: true,
    description:
      'Places open tonight (declared, seasonal, overflow) minus places taken by the latest report; never below zero. Null without a declared capacity.',
  })
  freePlaces!: number | null;
  @Field(() => DateScalar, { description: 'The day the report describes.' })
  date!: string;
  @Field(() => DateTimeScalar, { description: 'When it was reported.' })
  reportedAt!: Date;
}

@SharedData()
@ObjectType('Facility', { description: 'A facility supervised by the welfare centre: a shelter, a DPS, a children\u2019s home, a KIS or CIS…' })
export class FacilityType_ {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;
  @Field(() => String, { description: 'Name.' })
  name!: string;
  @Field(() => FacilityType, { description: 'Type under Polish law.' })
  type!: FacilityType;
  @Field(() => AddressType, { description: 'Where the service is provided.' })
  address!: AddressType;
  @Field(() => ContactType, { nullable: true, description: 'Contact details.' })
  contact!: ContactType | null;
  @Field(() => Management, { description: 'Own unit or commissioned to an operator.' })
  management!: Management;
  @Field(() => Int, { description: 'Optimistic-lock version; pass it as `expectedVersion` to `updateFacility`.' })
  version!: number;
}

@SharedData()
@ObjectType('OccupancyReport', { description: 'One occupancy report: places taken on a day, as the operator or MOPS reported it.' })
export class OccupancyReportType {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;
  @Field(() => DateScalar, { description: 'The day described.' })
  date!: string;
  @Field(() => Int, { description: 'Places taken.' })
  occupiedPlaces!: number;
  @Field(() => String, { nullable: true, description: 'Why the places taken exceed the places open that night (e.g. a warming centre on a frost night).' })
  overCapacityReason!: string | null;
  @Field(() => Int, { nullable: true, description: 'Of the places taken, those in seasonal places; null where the report does not say.' })
  inSeasonalPlaces!: number | null;
  @Field(() => Int, { nullable: true, description: 'Of the places taken, those in overflow places opened for the night; null where the report does not say.' })
  inOverflowPlaces!: number | null;
  @Field(() => DateTimeScalar, { description: 'When it was reported.' })
  reportedAt!: Date;
  @Field(() => String, { nullable: true, description: 'Who reported it (user id).' })
  reportedBy!: string | null;
}

@SharedData()
@ObjectType('CapacityRow', { description: 'Capacity and occupancy of the facilities sharing the grouped dimensions.' })
export class CapacityRowType {
  @Field(() => FacilityType, { nullable: true, description: 'Facility type, when grouped by TYPE.' })
  type!: FacilityType | null;
  @Field(() => OrganisationKind, { nullable: true, description: 'Operator kind, when grouped by OPERATOR_KIND.' })
  operatorKind!: OrganisationKind | null;
  @Field(() => TargetPopulation, { nullable: true, description: 'Whom the places are for, when grouped by TARGET_POPULATION.' })
  targetPopulation!: TargetPopulation | null;
  @Field(() => Int, { description: 'Facilities open and active on the date (as they stood then).' })
  facilities!: number;
  @Field(() => Int, { description: 'Facilities suspended on the date: counted here only, with neither places nor free places.' })
  suspendedFacilities!: number;
  @Field(() => Int, { description: 'Sum of the declared (year-round) capacities of the active facilities, as declared on the date.' })
  declaredCapacity!: number;
  @Field(() => Int, { description: 'Seasonal places open on the night of the date in the active facilities (a warming centre\u2019s winter season).' })
  seasonalPlaces!: number;
  @Field(() => Int, { description: 'Overflow places opened for the night of the date in the active facilities.' })
  overflowPlaces!: number;
  @Field(() => Int, { description: 'All places open on the night: declared, seasonal and overflow.' })
  places!: number;
  @Field(() => Int, { nullable: true, description: 'Facilities with an occupancy report on or before the date.' })
  reportingFacilities!: number | null;
  @Field(() => Int, { nullable: true, description: 'Places taken, by the latest report on or before the date.' })
  occupiedPlaces!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Free places in the reporting facilities (places open on the night minus places taken, never below zero per facility).',
  })
  freePlaces!: number | null;
  @Field(() => Float, { nullable: true, description: 'Places taken divided by the declared capacity of the reporting facilities; null when none reported.' })
  occupancyRate!: number | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'Of the reporting facilities, those whose report is at most freshWithinDays old on the date: the rest of the figure rests on older reports. Not for PUBLIC.',
  })
  freshlyReportingFacilities!: number | null;
  @Field(() => DateScalar, { nullable: true, description: 'The date of the oldest report the row used; null when none reported.' })
  oldestReportDate!: string | null;
}

@SharedData()
@ObjectType('CapacityPeriod', {
  description: 'Places a facility opens besides its declared capacity, from one night to another: a winter season (seasonal) or one frost night (overflow).',
})
export class CapacityPeriodType {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;
  @Field(() => CapacityPeriodKind, { description: 'Seasonal or overflow.' })
  kind!: CapacityPeriodKind;
  @Field(() => Int, { description: 'Places added on each night of the period.' })
  places!: number;
  @Field(() => DateScalar, { description: 'The first night (the date of its evening).' })
  validFrom!: string;
  @Field(() => DateScalar, { description: 'The last night, inclusive; the same as the first for overflow places.' })
  validTo!: string;
  @Field(() => String, { nullable: true, description: 'A note: what the places are (a heated tent, camp beds in the common room).' })
  note!: string | null;
}

@SharedData()
@ObjectType('FacilityPlaces', { description: 'The places a facility has open on one night, by kind.' })
export class FacilityPlacesType {
  @Field(() => DateScalar, { description: 'The night (the date of its evening).' })
  night!: string;
  @Field(() => Int, { description: 'Year-round places: the declared capacity as it stood on that date.' })
  yearRound!: number;
  @Field(() => Int, { description: 'Seasonal places open that night.' })
  seasonal!: number;
  @Field(() => Int, { description: 'Overflow places opened for that night.' })
  overflow!: number;
  @Field(() => Int, { description: 'All places open that night.' })
  total!: number;
}

@InputType('CapacityPeriodInput', { description: 'Seasonal places for a season, or overflow places for one night.' })
export class CapacityPeriodInput {
  @Field(() => ID, { description: 'The facility.' })
  facilityId!: string;
  @Field(() => CapacityPeriodKind, { description: 'Seasonal or overflow.' })
  kind!: CapacityPeriodKind;
  @Field(() => Int, { description: 'Places added on each night, 1 to 1000; with the declared places never above the legal limit.' })
  places!: number;
  @Field(() => DateScalar, { description: 'The first night (the date of its evening).' })
  from!: string;
  @Field(() => DateScalar, { nullable: true, description: 'The last night, inclusive; required for a season, the first night for overflow places.' })
  to?: string | null;
  @Field(() => String, { nullable: true, description: 'A note, at most 500 characters.' })
  note?: string | null;
}

@InputType({ description: 'Narrows the facility list; all given conditions must hold, and a list matches any of its values.' })
export class FacilityFilter {
  @Field(() => [FacilityType], { nullable: true, description: 'Any of these types.' })
  types?: FacilityType[];
  @Field(() => [FacilitySubtype], { nullable: true, description: 'Any of these subtypes.' })
  subtypes?: FacilitySubtype[];
  @Field(() => [ID], { nullable: true, description: 'In any of these districts.' })
  districtIds?: string[];
  @Field(() => [ID], { nullable: true, description: 'Supervised by any of these units.' })
  unitIds?: string[];
  @Field(() => [ID], { nullable: true, description: 'Run by any of these operators.' })
  operatorIds?: string[];
  @Field(() => [OrganisationKind], { nullable: true, description: 'Run by an operator of any of these kinds.' })
  operatorKinds?: OrganisationKind[];
  @Field(() => [FacilityStatus], { nullable: true, description: 'In any of these statuses.' })
  statuses?: FacilityStatus[];
  @Field(() => [TargetPopulation], {
    nullable: true,
    description: 'Whose places are for any of these populations; a facility for ANY is not a facility for MEN, so a bed for a man is [MEN, ANY].',
  })
  targetPopulations?: TargetPopulation[];
  @Field(() => Boolean, {
    nullable: true,
    description: 'True: only facilities whose latest report leaves a free place; false: only full ones. Needs a role that may see occupancy.',
  })
  hasFreePlaces?: boolean;
  @Field(() => String, { nullable: true, description: 'Words in the name or city, ignoring case and Polish diacritics ("srem" finds "Śrem").' })
  search?: string;
  @Field(() => FacilityComplianceFilter, {
    nullable: true,
    description: 'Only facilities to which a service standard applies, by where they stand against it.',
  })
  compliance?: FacilityComplianceFilter;
  @Field(() => Int, {
    nullable: true,
    description: 'Only social integration centres whose status (art. 5 of the social employment act) runs today and lapses within this many days, 0 to 3650.',
  })
  cisStatusLapsesWithinDays?: number;
}

@InputType({ description: 'Narrows the organisation list.' })
export class OrganisationFilter {
  @Field(() => [OrganisationKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: OrganisationKind[];
  @Field(() => String, { nullable: true, description: 'Words in the name, ignoring case and Polish diacritics.' })
  search?: string;
  @Field(() => String, { nullable: true, description: 'Exactly this NIP (dashes and spaces allowed).' })
  nip?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Only organisations that existed on this day (not closed or merged before it).' })
  activeOn?: string | null;
}

@InputType({ description: 'A postal address.' })
export class AddressInput {
  @Field(() => String, { description: 'Street and number.' })
  street!: string;
  @Field(() => String, { description: 'Postal code, NN-NNN.' })
  postalCode!: string;
  @Field(() => String, { description: 'City or village.' })
  city!: string;
  @Field(() => String, { nullable: true, description: 'TERYT code of the gmina, 7 digits.' })
  teryt?: string | null;
}

@InputType({ description: 'Contact details.' })
export class ContactInput {
  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email?: string | null;
  @Field(() => String, { nullable: true, description: 'Telephone number.' })
  phone?: string | null;
  @Field(() => String, { nullable: true, description: 'Web site.' })
  website?: string | null;
}

@InputType({ description: 'The commission agreement of a commissioned service.' })
export class CommissionAgreementInput {
  @Field(() => String, { description: 'Agreement number.' })
  number!: string;
  @Field(() => DateScalar, { description: 'First day.' })
  validFrom!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Last day; null when open-ended.' })
  validTo?: string | null;
}

@InputType({ description: 'An entry in a statutory register.' })
export class RegisterEntryInput {
  @Field(() => String, { description: 'Which register.' })
  register!: string;
  @Field(() => String, { description: 'Entry number.' })
  number!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Date of entry.' })
  entryDate?: string | null;
}

@InputType({ description: 'A new organisation.' })
export class CreateOrganisationInput {
  @Field(() => String, { description: 'Full name.' })
  name!: string;
  @Field(() => OrganisationKind, { description: 'Kind of organisation.' })
  kind!: OrganisationKind;
  @Field(() => String, { nullable: true, description: 'NIP; dashes and spaces allowed, stored as digits.' })
  nip?: string | null;
  @Field(() => String, { nullable: true, description: 'REGON, 9 or 14 digits.' })
  regon?: string | null;
  @Field(() => String, { nullable: true, description: 'KRS number, 10 digits.' })
  krs?: string | null;
  @Field(() => AddressInput, { nullable: true, description: 'Registered address.' })
  address?: AddressInput | null;
  @Field(() => ContactInput, { nullable: true, description: 'Contact details.' })
  contact?: ContactInput | null;
}

@InputType({ description: 'A new facility in the registry.' })
export class CreateFacilityInput {
  @Field(() => String, { description: 'Name.' })
  name!: string;
  @Field(() => FacilityType, { description: 'Type under Polish law.' })
  type!: FacilityType;
  @Field(() => ID, { description: 'The operator organisation.' })
  operatorId!: string;
  @Field(() => ID, { description: 'The supervising welfare-centre unit.' })
  unitId!: string;
  @Field(() => ID, { description: 'The district.' })
  districtId!: string;
  @Field(() => AddressInput, { description: 'Where the service is provided.' })
  address!: AddressInput;
  @Field(() => ContactInput, { nullable: true, description: 'Contact details.' })
  contact?: ContactInput | null;
  @Field(() => Management, { description: 'Own unit or commissioned.' })
  management!: Management;
  @Field(() => CommissionAgreementInput, { nullable: true, description: 'Required when commissioned.' })
  agreement?: CommissionAgreementInput | null;
  @Field(() => RegisterEntryInput, { nullable: true, description: 'Statutory register entry.' })
  registerEntry?: RegisterEntryInput | null;
}

@InputType({ description: 'Changes to a facility: omitted fields stay as they are; null clears an optional field.' })
export class UpdateFacilityInput {
  @Field(() => Int, { nullable: true, description: 'The version you read; when given and stale, the update is refused with CONFLICT.' })
  expectedVersion?: number | null;
  @Field(() => String, { nullable: true, description: 'Name.' })
  name?: string;
  @Field(() => FacilityType, { nullable: true, description: 'Type under Polish law.' })
  type?: FacilityType;
  @Field(() => ID, { nullable: true, description: 'The operator organisation.' })
  operatorId?: string;
  @Field(() => ID, { nullable: true, description: 'The supervising unit.' })
  unitId?: string;
  @Field(() => ID, { nullable: true, description: 'The district.' })
  districtId?: string;
  @Field(() => AddressInput, { nullable: true, description: 'Address.' })
  address?: AddressInput;
  @Field(() => ContactInput, { nullable: true, description: 'Contact details.' })
  contact?: ContactInput | null;
  @Field(() => Management, { nullable: true, description: 'Own unit or commissioned.' })
  management?: Management;
  @Field(() => CommissionAgreementInput, { nullable: true, description: 'Commission agreement.' })
  agreement?: CommissionAgreementInput | null;
  @Field(() => RegisterEntryInput, { nullable: true, description: 'Register entry.' })
  registerEntry?: RegisterEntryInput | null;
}

// The plain columns' fields (facility-columns.ts): declared there once, for the type and both inputs.
for (const [name, column] of plainColumnEntries()) {
  Field(column.graphql, { nullable: column.nullable, description: column.description })(FacilityType_.prototype, name);
  Field(column.graphql, { nullable: true, description: column.inputDescription, defaultValue: column.onCreate })(CreateFacilityInput.prototype, name);
  Field(column.graphql, { nullable: true, description: column.inputDescription })(UpdateFacilityInput.prototype, name);
}
export interface FacilityType_ extends FacilityPlainValues {}
export interface CreateFacilityInput extends FacilityPlainInput {}
export interface UpdateFacilityInput extends FacilityPlainInput {}

export const FacilityConnection = ConnectionType(FacilityType_, 'Facility', 'facility', { sharedData: true });
export const OrganisationConnection = ConnectionType(OrganisationType, 'Organisation', 'organisation', { sharedData: true });

@ObjectType('CisStatus', {
  description:
    'A social integration centre\u2019s status as the voivode\u2019s latest decision gives it: granted for 5 years, extendable (ustawa o zatrudnieniu socjalnym art. 5).',
})
export class CisStatusType {
  @Field(() => DateScalar, { description: 'The decision\u2019s day.' })
  decidedOn!: string;

  @Field(() => String, { description: 'The decision\u2019s reference (znak decyzji).' })
  decisionReference!: string;

  @Field(() => Boolean, { description: 'True for an extension of a running status.' })
  extension!: boolean;

  @Field(() => DateScalar, { description: 'First day of the term.' })
  validFrom!: string;

  @Field(() => DateScalar, { description: 'Last day of the term.' })
  validUntil!: string;

  @Field(() => Int, { description: 'Days from today to the last day of the term; negative once lapsed.' })
  daysToLapse!: number;

  @Field(() => Boolean, { description: 'True when the term runs today.' })
  valid!: boolean;
}

@InputType('CisStatusInput', { description: 'A voivode\u2019s decision on a CIS\u2019s status.' })
export class CisStatusInput {
  @Field(() => DateScalar, { description: 'The decision\u2019s day; not in the future.' })
  decidedOn!: string;

  @Field(() => String, { description: 'The decision\u2019s reference (znak decyzji).' })
  decisionReference!: string;

  @Field(() => Boolean, { description: 'True to extend a running status (from the day after its term); false to grant one.' })
  extension!: boolean;
}

@InputType('WelfareUnitInput', { description: 'A unit of the welfare centre: the centre, a branch (filia) or a team (zespół).' })
export class WelfareUnitInput {
  @Field(() => String, { description: 'Short code, unique: MOPS, F1, Z3.' })
  code!: string;
  @Field(() => String, { description: 'Name.' })
  name!: string;
  @Field(() => WelfareUnitKind, { description: 'Centre, branch or team.' })
  kind!: WelfareUnitKind;
  @Field(() => ID, { description: 'The welfare centre (an organisation of kind WELFARE_CENTRE) the unit belongs to.' })
  organisationId!: string;
  @Field(() => ID, { nullable: true, description: 'The unit a branch or team belongs to; none for the centre.' })
  parentId?: string | null;
}

@InputType('DistrictInput', { description: 'A district of the city (dzielnica), or the whole gmina where it has none.' })
export class DistrictInput {
  @Field(() => String, { description: 'Code, unique: I … XVIII, or a number.' })
  code!: string;
  @Field(() => String, { description: 'Name.' })
  name!: string;
  @Field(() => Int, { nullable: true, description: 'Its number in the city\u2019s order; the next one when omitted.' })
  number?: number | null;
  @Field(() => ID, { description: 'The branch or team whose social workers cover it.' })
  unitId!: string;
  @Field(() => String, { nullable: true, description: 'TERYT code, 7 digits.' })
  teryt?: string | null;
}

@InputType('UpdateOrganisationInput', { description: 'An organisation as it is now: every field, as when it was registered.' })
export class UpdateOrganisationInput extends CreateOrganisationInput {}
