import { defineReasons } from '../../core/messages/reasons.js';

/** Why the count of homeless persons refuses an opening, an entry or a closing. */
export const HOMELESS_COUNT = defineReasons({
  COUNT_NIGHT_TAKEN: { en: 'The night of {night} already has its count', pl: 'Noc {night} ma już swoje badanie', reason: 'DUPLICATE' },
  COUNT_NIGHT_TOO_FAR: {
    en: 'A count is opened at most {days} days ahead (until {last})',
    pl: 'Badanie można otworzyć najwyżej {days} dni naprzód (do {last})',
  },
  GMINA_NAME_EMPTY: { en: 'Name the gmina', pl: 'Podaj nazwę gminy' },
  COUNT_CLOSED: { en: 'The count of {night} is closed: its table has been filed', pl: 'Badanie z nocy {night} jest zamknięte: jego tabelę złożono' },
  COUNT_NOT_YET: { en: 'The night of {night} has not come yet', pl: 'Noc {night} jeszcze nie nadeszła' },
  ENTRIES_EMPTY: { en: 'Give at least one entry', pl: 'Podaj co najmniej jeden wpis' },
  ENTRIES_TOO_MANY: { en: 'At most {max} entries at once', pl: 'Najwyżej {max} wpisów naraz' },
  PERSONS_RANGE: { en: 'Persons are a whole number from 1 to {max}', pl: 'Liczba osób to liczba całkowita od 1 do {max}' },
  FACILITY_NEEDED: {
    en: 'Persons in a {place} are entered for the facility they are in',
    pl: 'Osoby w placówce typu {place} wpisuje się dla konkretnej placówki',
  },
  FACILITY_OF_OTHER_PLACE: {
    en: 'The facility is a {type}, not a {place}',
    pl: 'Placówka jest typu {type}, a nie {place}',
  },
  FACILITY_NOT_FOR_PLACE: {
    en: 'A {place} is not a facility of the registry: give the district instead',
    pl: '{place} nie jest placówką z rejestru: podaj dzielnicę',
  },
  DISTRICT_NEEDED: { en: 'Say in which district the persons were found', pl: 'Podaj dzielnicę, w której znaleziono osoby' },
  NOT_YOUR_FACILITY_COUNT: {
    en: 'Your organisation does not run this facility: enter persons found outside facilities, or in your own',
    pl: 'Twoja organizacja nie prowadzi tej placówki: wpisz osoby spoza placówek albo z własnych placówek',
  },
  NOT_YOUR_ENTRY: { en: 'Only who entered it, or MOPS, may remove an entry', pl: 'Wpis może usunąć tylko ten, kto go dodał, albo MOPS' },
});
