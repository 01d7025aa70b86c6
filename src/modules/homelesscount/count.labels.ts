import type { EnumLabels } from '../../core/labels/enum-labels.js';
import type { AgeBand, CountPlace, CountPlaceGroup, CountStatus } from './count.rules.js';

/** The places of the count as the ministry's guidelines name them. */
export const COUNT_PLACE_LABELS = {
  NIGHT_SHELTER: 'Noclegownia',
  HOMELESS_SHELTER: 'Schronisko dla osób bezdomnych',
  HOMELESS_SHELTER_WITH_CARE: 'Schronisko dla osób bezdomnych z usługami opiekuńczymi',
  WARMING_CENTRE: 'Ogrzewalnia',
  MOTHERS_AND_CHILDREN_HOME: 'Dom dla matek z małoletnimi dziećmi i kobiet w ciąży',
  CRISIS_INTERVENTION_CENTRE: 'Ośrodek interwencji kryzysowej',
  DOMESTIC_VIOLENCE_CENTRE: 'Specjalistyczny ośrodek wsparcia dla osób doznających przemocy',
  TRAINING_FLAT: 'Mieszkanie treningowe',
  SUPPORTED_FLAT: 'Mieszkanie wspomagane',
  HOSPITAL: 'Szpital',
  HOSPICE: 'Hospicjum',
  CARE_AND_TREATMENT_FACILITY: 'Zakład opiekuńczo-leczniczy',
  SOBERING_UP_STATION: 'Izba wytrzeźwień',
  REFUGEE_CENTRE: 'Ośrodek dla uchodźców',
  STATION: 'Dworzec',
  ALLOTMENT: 'Ogródki działkowe, altany',
  EMPTY_BUILDING: 'Pustostan',
  STAIRWELL: 'Klatka schodowa, piwnica',
  STREET: 'Ulica, park, przystanek',
  OTHER_OUTSIDE: 'Inne miejsce niemieszkalne (węzeł ciepłowniczy, kanał, namiot)',
} satisfies Record<CountPlace, string>;

export const COUNT_PLACE_GROUP_LABELS = {
  SHELTER: 'Placówki z rejestru',
  INSTITUTION: 'Inne instytucje',
  OUTSIDE: 'Miejsca niemieszkalne',
} satisfies Record<CountPlaceGroup, string>;

export const AGE_BAND_LABELS = { AGE_0_17: '0–17 lat', AGE_18_40: '18–40 lat', AGE_41_60: '41–60 lat', AGE_61_PLUS: '61 lat i więcej' } satisfies Record<
  AgeBand,
  string
>;

export const COUNT_STATUS_LABELS = { OPEN: 'Trwa', CLOSED: 'Zamknięte' } satisfies Record<CountStatus, string>;

export const homelessCountEnumLabels: EnumLabels = {
  CountPlace: COUNT_PLACE_LABELS,
  CountPlaceGroup: COUNT_PLACE_GROUP_LABELS,
  AgeBand: AGE_BAND_LABELS,
  CountStatus: COUNT_STATUS_LABELS,
};
