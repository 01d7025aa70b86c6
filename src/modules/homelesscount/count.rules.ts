import type { FacilityType } from '../registry/index.js';

/**
 * Where the ministry's count of homeless persons (ogólnopolskie badanie liczby osób bezdomnych)
 * asks the gmina's coordinator to look, as its guidelines list the places: the 2024 edition (night
 * of 28/29 February 2024, gov.pl/web/rodzina/ogolnopolskie-badanie-liczby-osob-bezdomnych---edycja-2024,
 * and the voivodes' notices of it) and the 2026 edition (night of 3/4 March 2026, with counting
 * also on 3 to 5 March, MRPiPS to PAP, Gazeta Prawna 10647532). Each place is either a type of
 * facility in the registry, whose persons the hub reads from the facility's occupancy report of
 * the night (or from the facility's own count, by sex and age), or a place outside the registry
 * whose persons the coordinator's teams enter as counts.
 */
export const COUNT_PLACES = {
  NIGHT_SHELTER: { facilityType: 'NIGHT_SHELTER', group: 'SHELTER' },
  HOMELESS_SHELTER: { facilityType: 'HOMELESS_SHELTER', group: 'SHELTER' },
  HOMELESS_SHELTER_WITH_CARE: { facilityType: 'HOMELESS_SHELTER_WITH_CARE', group: 'SHELTER' },
  WARMING_CENTRE: { facilityType: 'WARMING_CENTRE', group: 'SHELTER' },
  MOTHERS_AND_CHILDREN_HOME: { facilityType: 'MOTHERS_AND_CHILDREN_HOME', group: 'SHELTER' },
  CRISIS_INTERVENTION_CENTRE: { facilityType: 'CRISIS_INTERVENTION_CENTRE', group: 'SHELTER' },
  DOMESTIC_VIOLENCE_CENTRE: { facilityType: 'DOMESTIC_VIOLENCE_CENTRE', group: 'SHELTER' },
  // Training and supported flats were counted for the first time in 2024.
  TRAINING_FLAT: { facilityType: 'TRAINING_FLAT', group: 'SHELTER' },
  SUPPORTED_FLAT: { facilityType: 'SUPPORTED_FLAT', group: 'SHELTER' },
  HOSPITAL: { facilityType: null, group: 'INSTITUTION' },
  HOSPICE: { facilityType: null, group: 'INSTITUTION' },
  CARE_AND_TREATMENT_FACILITY: { facilityType: null, group: 'INSTITUTION' },
  SOBERING_UP_STATION: { facilityType: null, group: 'INSTITUTION' },
  REFUGEE_CENTRE: { facilityType: null, group: 'INSTITUTION' },
  STATION: { facilityType: null, group: 'OUTSIDE' },
  ALLOTMENT: { facilityType: null, group: 'OUTSIDE' },
  EMPTY_BUILDING: { facilityType: null, group: 'OUTSIDE' },
  STAIRWELL: { facilityType: null, group: 'OUTSIDE' },
  STREET: { facilityType: null, group: 'OUTSIDE' },
  OTHER_OUTSIDE: { facilityType: null, group: 'OUTSIDE' },
} as const satisfies Record<string, { facilityType: FacilityType | null; group: 'SHELTER' | 'INSTITUTION' | 'OUTSIDE' }>;

export type CountPlace = keyof typeof COUNT_PLACES;
export const CountPlace = Object.fromEntries(Object.keys(COUNT_PLACES).map((k) => [k, k])) as { [K in CountPlace]: K };

/** The count's three groups of places: the registry's facilities, other institutions, and places not meant for living in. */
export const CountPlaceGroup = { SHELTER: 'SHELTER', INSTITUTION: 'INSTITUTION', OUTSIDE: 'OUTSIDE' } as const;
export type CountPlaceGroup = (typeof CountPlaceGroup)[keyof typeof CountPlaceGroup];

/** The facility types whose occupancy reports fill the sheltered part. */
export const SHELTER_FACILITY_TYPES = Object.values(COUNT_PLACES).flatMap((p) => (p.facilityType ? [p.facilityType] : [])) as FacilityType[];

/** The place a facility of `type` is counted in. */
export function countPlaceOfFacilityType(type: string): CountPlace | null {
  return (Object.entries(COUNT_PLACES).find(([, p]) => p.facilityType === type)?.[0] as CountPlace | undefined) ?? null;
}

/**
 * The age bands of the count's summary table (our reading of the 2019 and 2024 summaries: children
 * under 18, then 18-40, 41-60 and 61 and over); a change of the bands in a later edition is a
 * change here and in the enum, not in the data already entered.
 */
export const AgeBand = { AGE_0_17: 'AGE_0_17', AGE_18_40: 'AGE_18_40', AGE_41_60: 'AGE_41_60', AGE_61_PLUS: 'AGE_61_PLUS' } as const;
export type AgeBand = (typeof AgeBand)[keyof typeof AgeBand];

export const CountStatus = { OPEN: 'OPEN', CLOSED: 'CLOSED' } as const;
export type CountStatus = (typeof CountStatus)[keyof typeof CountStatus];

/**
 * The nights the ministry set for the count (by the date of the evening): 28/29 February 2024
 * (gov.pl, edition 2024) and 3/4 March 2026 (MRPiPS to PAP, February 2026; counting also allowed
 * on 3 to 5 March). The count is every two years, with the 2020s' gap for the pandemic.
 */
export const MINISTRY_COUNT_NIGHTS: readonly string[] = ['2024-02-28', '2026-03-03'];

/** Most persons one entry may count: a station at night, not a typing slip. */
export const MAX_PERSONS_PER_ENTRY = 500;
/** A count is opened for a night at most this many days ahead (the ministry announces it weeks before). */
export const OPEN_AHEAD_DAYS = 90;
