import { defineReasons } from '../../core/messages/reasons.js';

/** Why the registry refuses a facility, an organisation, a unit, a district or an occupancy report. */
export const REGISTRY = defineReasons({
  // Facilities (facility.validation.ts).
  NAME_EMPTY: { en: 'The name must not be empty', pl: 'Nazwa nie może być pusta' },
  NAME_TOO_LONG_300: { en: 'The name is longer than 300 characters', pl: 'Nazwa jest dłuższa niż 300 znaków' },
  SUBTYPE_OF_OTHER_TYPE: { en: '{subtype} is a subtype of {subtypeOf}, not of {type}', pl: 'Podtyp {subtype} należy do typu {subtypeOf}, a nie {type}' },
  SUBTYPE_REQUIRED: {
    en: 'A {type} needs its subtype: the legal capacity limit depends on it',
    pl: 'Placówka typu {type} wymaga podtypu: od niego zależy ustawowy limit miejsc',
  },
  STREET_EMPTY: { en: 'The street must not be empty', pl: 'Podaj ulicę' },
  CITY_EMPTY: { en: 'The city must not be empty', pl: 'Podaj miejscowość' },
  AGREEMENT_REQUIRED: {
    en: 'A commissioned service needs its commission agreement (number and dates)',
    pl: 'Zadanie zlecone wymaga umowy o zlecenie (numer i daty)',
  },
  AGREEMENT_NUMBER_EMPTY: { en: 'The agreement number must not be empty', pl: 'Podaj numer umowy' },
  AGREEMENT_ENDS_BEFORE_START: { en: 'The agreement ends before it starts', pl: 'Umowa kończy się przed początkiem' },
  OWN_UNIT_NO_AGREEMENT: {
    en: 'A facility run by the city\u2019s own unit has no commission agreement',
    pl: 'Placówka prowadzona przez jednostkę gminy nie ma umowy o zlecenie',
  },
  OWN_UNIT_OPERATOR: {
    en: 'An own unit is run by the welfare centre or a public unit, not by a {operatorKind}',
    pl: 'Jednostkę własną prowadzi ośrodek pomocy społecznej albo jednostka publiczna, a nie: {operatorKind}',
  },
  CAPACITY_NEGATIVE: { en: 'The declared capacity must be zero or more', pl: 'Deklarowana liczba miejsc to zero lub więcej' },
  CAPACITY_OVER_LEGAL_LIMIT: { en: 'The law allows at most {max} places here ({source})', pl: 'Przepisy dopuszczają tu najwyżej {max} miejsc ({source})' },
  CAPACITY_UNDER_LEGAL_MINIMUM: {
    en: 'The law requires at least {min} places here ({source})',
    pl: 'Przepisy wymagają tu co najmniej {min} miejsc ({source})',
  },
  CLOSED_WITHOUT_DATE: { en: 'A closed facility needs its closing date', pl: 'Zamknięta placówka wymaga daty zamknięcia' },
  PAST_CLOSING_NOT_CLOSED: {
    en: 'A facility with a past closing date must have the status CLOSED',
    pl: 'Placówka z minioną datą zamknięcia musi mieć status „zamknięta”',
  },
  CLOSES_BEFORE_OPENING: { en: 'The facility closes before it opens', pl: 'Placówka zamyka się przed otwarciem' },
  REGISTER_NAME_EMPTY: { en: 'Name the register', pl: 'Podaj nazwę rejestru' },
  REGISTER_NUMBER_EMPTY: { en: 'The entry number must not be empty', pl: 'Podaj numer wpisu' },
  REGISTER_ENTRY_IN_FUTURE: { en: 'The entry date is in the future', pl: 'Data wpisu jest z przyszłości' },
  FACILITY_CHANGED: {
    en: 'The facility changed since you read it (version {expected}, now {current})',
    pl: 'Placówka zmieniła się od chwili, gdy ją odczytano (wersja {expected}, teraz {current}): odśwież ją',
  },
  CIS_STATUS_DAYS: { en: 'From 0 to 3650 days', pl: 'Od 0 do 3650 dni' },
  STANDARDS_NOT_SERVED: { en: 'Service standards are not served by this hub', pl: 'Ten hub nie obsługuje standardów usług' },
  FREE_PLACES_FILTER_FORBIDDEN: {
    en: 'Filtering by free places needs a role that may see occupancy',
    pl: 'Filtrowanie po wolnych miejscach wymaga roli, która widzi obłożenie',
  },

  // Occupancy (occupancy.service.ts, capacityOverview).
  NOT_YOUR_FACILITY: { en: 'Your organisation does not operate this facility', pl: 'Twoja organizacja nie prowadzi tej placówki' },
  FACILITY_NOT_ACTIVE: { en: 'The facility is {status} and admits no one', pl: 'Placówka ma status „{status}” i nikogo nie przyjmuje' },
  FACILITY_CLOSED: { en: 'The facility is closed', pl: 'Placówka jest zamknięta' },
  // Seasonal and overflow places (capacity-periods.ts).
  PERIOD_PLACES_RANGE: { en: 'Places are a whole number from 1 to {max}', pl: 'Liczba miejsc to liczba całkowita od 1 do {max}' },
  OVERFLOW_ONE_NIGHT: {
    en: 'Overflow places are opened for one night: leave the last night out or give the same night',
    pl: 'Miejsca interwencyjne otwiera się na jedną noc: pomiń ostatnią noc albo podaj tę samą',
  },
  SEASON_NEEDS_END: { en: 'A season needs its last night', pl: 'Podaj ostatnią noc sezonu' },
  SEASON_TOO_LONG: { en: 'A season lasts at most {max} nights', pl: 'Sezon trwa najwyżej {max} nocy' },
  PERIOD_TOO_FAR_AHEAD: {
    en: 'Places can be planned at most {days} days ahead (until {last})',
    pl: 'Miejsca można zaplanować najwyżej {days} dni naprzód (do {last})',
  },
  PLACES_OVER_LEGAL_LIMIT_ON_NIGHT: {
    en: 'On the night of {night} the facility would have {total} places; the law allows at most {max} ({source})',
    pl: 'W nocy {night} placówka miałaby {total} miejsc; przepisy dopuszczają najwyżej {max} ({source})',
  },
  PERIOD_ALREADY_STARTED: {
    en: 'These places have been open since {from}: end them on a night instead of withdrawing them',
    pl: 'Te miejsca są otwarte od {from}: zamiast je wycofać, zakończ je z wybraną nocą',
  },
  PERIOD_END_OUTSIDE: {
    en: 'The new last night must be from {from} to the day before {to}',
    pl: 'Nowa ostatnia noc musi przypadać od {from} do dnia przed {to}',
  },
  PERIOD_END_PAST: {
    en: 'A night that has passed stays as it was: the new last night is {earliest} or later',
    pl: 'Noc, która minęła, zostaje bez zmian: nowa ostatnia noc to {earliest} lub później',
  },
  DECLARED_WITH_PERIODS_OVER_LIMIT: {
    en: 'With the seasonal and overflow places already planned, the facility would have {total} places on the night of {night}; the law allows at most {max} ({source})',
    pl: 'Z zaplanowanymi miejscami sezonowymi i interwencyjnymi placówka miałaby {total} miejsc w nocy {night}; przepisy dopuszczają najwyżej {max} ({source})',
  },
  PLACE_KIND_OVER_OPEN: {
    en: '{given} people in {kind} places, but {open} such places are open that night',
    pl: '{given} osób na miejscach: {kind}, a tej nocy otwartych jest {open} takich miejsc',
  },
  PLACE_KINDS_OVER_OCCUPIED: {
    en: 'People in seasonal and overflow places ({given}) are more than the places taken ({occupied})',
    pl: 'Osób na miejscach sezonowych i interwencyjnych ({given}) jest więcej niż zajętych miejsc ({occupied})',
  },
  NO_DECLARED_PLACES: { en: 'The facility has no declared places to occupy', pl: 'Placówka nie ma zadeklarowanych miejsc' },
  OCCUPANCY_IN_FUTURE: { en: 'Occupancy cannot be reported for a future day', pl: 'Obłożenia nie można zgłosić za dzień, który jeszcze nie nadszedł' },
  OCCUPANCY_NEGATIVE: { en: 'The number of places taken must be zero or more', pl: 'Liczba zajętych miejsc to zero lub więcej' },
  OVER_CAPACITY_WITHOUT_REASON: {
    en: '{occupied} places taken exceeds the declared capacity of {capacity}; give overCapacityReason',
    pl: '{occupied} zajętych miejsc to więcej niż deklarowane {capacity}: podaj powód przekroczenia',
  },
  OCCUPANCY_AS_OF_FUTURE: { en: 'Occupancy is known up to today, not for a future date', pl: 'Obłożenie jest znane do dziś, nie na dzień przyszły' },

  // The CIS status granted by the voivode (cis-status.ts).
  CIS_DECISION_IN_FUTURE: { en: 'A decision is recorded once it is taken', pl: 'Decyzję zapisuje się po jej wydaniu' },
  DECISION_REFERENCE_MISSING: { en: 'Give the decision\u2019s reference (znak decyzji)', pl: 'Podaj znak decyzji' },
  NO_CIS_STATUS_RULE: {
    en: 'No rule on the term of a CIS status is in force on {date}',
    pl: 'W dniu {date} nie obowiązuje żaden przepis o okresie statusu CIS',
  },
  CIS_STATUS_ONLY_FOR_CIS: {
    en: 'Only a social integration centre (CIS) has a status granted by the voivode',
    pl: 'Status nadawany przez wojewodę ma tylko centrum integracji społecznej (CIS)',
  },
  NO_STATUS_TO_EXTEND: {
    en: 'There is no running status to extend on the decision\u2019s day: record a new grant',
    pl: 'W dniu decyzji nie trwa żaden status do przedłużenia: zapisz nowe nadanie statusu',
  },

  // Organisations (organisations.service.ts).
  ORGANISATION_CLOSED_IN_ADVANCE: {
    en: 'An organisation is closed when it ceases, not in advance',
    pl: 'Organizację zamyka się, gdy zakończy działalność, nie z wyprzedzeniem',
  },
  CLOSING_REASON_MISSING: { en: 'Say why it closes (liquidation, struck off the KRS …)', pl: 'Podaj powód zamknięcia (likwidacja, wykreślenie z KRS …)' },
  DUPLICATE_NIP: {
    reason: 'DUPLICATE',
    en: 'An organisation with NIP {nip} is already registered: merge the duplicate instead',
    pl: 'Organizacja z NIP {nip} już jest w rejestrze: połącz duplikaty zamiast wpisywać ją drugi raz',
  },
  DUPLICATE_REGON: {
    reason: 'DUPLICATE',
    en: 'An organisation with REGON {regon} is already registered: merge the duplicate instead',
    pl: 'Organizacja z REGON {regon} już jest w rejestrze: połącz duplikaty zamiast wpisywać ją drugi raz',
  },
  ALREADY_CLOSED: { en: '{name} was closed on {date}', pl: '{name}: organizacja została zamknięta {date}' },
  ORGANISATION_RUNS_FACILITIES: {
    reason: 'IN_USE',
    en: '{name} still runs {count} open facilities: close them or give them another operator first',
    pl: '{name} prowadzi jeszcze otwarte placówki ({count}): najpierw je zamknij albo przekaż innemu podmiotowi',
  },
  MERGE_INTO_ITSELF: { en: 'An organisation is not merged into itself', pl: 'Organizacji nie łączy się z nią samą' },
  ALREADY_MERGED: { en: '{name} was already merged', pl: '{name}: organizacja została już połączona z inną' },
  MERGE_INTO_CLOSED: {
    reason: 'ALREADY_CLOSED',
    en: '{name} is closed: merge into the record that stays',
    pl: '{name} jest zamknięta: połącz z wpisem, który pozostaje',
  },
  MERGE_DIFFERENT_KINDS: {
    en: '{duplicate} is a {duplicateKind} and {into} a {intoKind}: a duplicate is the same organisation',
    pl: '{duplicate} (forma: {duplicateKind}) i {into} (forma: {intoKind}) to różne organizacje, nie duplikaty',
  },

  // The city's set-up: units and districts (city-setup.service.ts).
  UNIT_CODE_MISSING: { en: 'Give the unit\u2019s short code (MOPS, F1, Z3 …)', pl: 'Podaj krótki kod jednostki (MOPS, F1, Z3 …)' },
  UNIT_NAME_MISSING: { en: 'Give the unit\u2019s name', pl: 'Podaj nazwę jednostki' },
  NOT_A_WELFARE_CENTRE: { en: '{name} is not a welfare centre (its kind is {kind})', pl: '{name} nie jest ośrodkiem pomocy społecznej (forma: {kind})' },
  CENTRE_HAS_NO_PARENT: { en: 'The centre belongs to no other unit', pl: 'Ośrodek nie należy do żadnej innej jednostki' },
  UNIT_OWN_PARENT: { en: 'A unit does not belong to itself', pl: 'Jednostka nie może należeć do samej siebie' },
  UNIT_CODE_TAKEN: { en: 'The unit {name} already has the code {code}', pl: 'Kod {code} ma już jednostka {name}' },
  UNIT_IN_USE: {
    reason: 'IN_USE',
    en: 'The unit {code} is referred to by {facilities, number} facilities, {districts, number} districts and {units, number} units: move them first; a unit in use is not deleted',
    pl: 'Do jednostki {code} odwołują się placówki ({facilities, number}), dzielnice ({districts, number}) i jednostki podległe ({units, number}): najpierw je przenieś (jednostki w użyciu nie usuwa się)',
  },
  DISTRICT_CODE_MISSING: { en: 'Give the district\u2019s code (I … XVIII, or its number)', pl: 'Podaj kod dzielnicy (I … XVIII albo jej numer)' },
  DISTRICT_NAME_MISSING: { en: 'Give the district\u2019s name', pl: 'Podaj nazwę dzielnicy' },
  DISTRICT_NUMBER_RANGE: { en: 'A number from 1 to 1000', pl: 'Numer od 1 do 1000' },
  DISTRICT_CODE_TAKEN: { en: 'The district {name} already has the code {code}', pl: 'Kod {code} ma już dzielnica {name}' },
  DISTRICT_NAME_TAKEN: { en: 'A district is already called {name}', pl: 'Dzielnica o nazwie {name} już istnieje' },
  DISTRICT_IN_USE: {
    reason: 'IN_USE',
    en: 'The district {name} is referred to by {facilities, number} facilities, {carers, number} foster carers and {partnerships, number} partnerships; a district in use is not deleted',
    pl: 'Do dzielnicy {name} odwołują się placówki ({facilities, number}), rodziny i placówki pieczy zastępczej ({carers, number}) oraz partnerstwa ({partnerships, number}); dzielnicy w użyciu nie usuwa się',
  },
  POPULATION_RANGE: { en: 'A number of residents from 0 to 10,000,000', pl: 'Liczba mieszkańców od 0 do 10 000 000' },

  // Registers loaded from a city's spreadsheets (registry.imports.ts).
  IMPORT_TWO_WELFARE_CENTRES: {
    en: 'More than one welfare centre: name it by NIP or REGON',
    pl: 'W hubie jest więcej niż jeden ośrodek: wskaż go NIP-em albo REGON-em',
  },
  IMPORT_NO_WELFARE_CENTRE: {
    en: 'No welfare centre is registered: import it in the organisations register first',
    pl: 'Nie ma jeszcze ośrodka pomocy społecznej: najpierw wczytaj go w rejestrze organizacji',
  },
  IMPORT_NO_PARENT_UNIT: {
    en: 'No unit has the code {code} (a unit comes after the one it belongs to)',
    pl: 'Żadna jednostka nie ma kodu {code} (jednostka musi być w pliku po tej, do której należy)',
  },
  IMPORT_DISTRICT_UNIT_MISSING: { en: 'Name the branch or team covering the district', pl: 'Podaj filię albo zespół obejmujący dzielnicę' },
});
