import { defineReasons } from '../../core/messages/reasons.js';

/** Why foster care refuses a carer or a placement (ustawa o wspieraniu rodziny i systemie pieczy zastępczej). */
export const FOSTER_CARE = defineReasons({
  // Carers (carers.service.ts).
  NOT_A_CARE_INSTITUTION: { en: '{name} is a {type}, not a foster-care institution', pl: '{name} to {type}, a nie placówka pieczy zastępczej' },
  INSTITUTION_FACILITY_ONLY: {
    en: 'An institution\u2019s kind and places are the facility\u2019s; give only facilityId',
    pl: 'Rodzaj i liczba miejsc placówki pochodzą z rejestru placówek: podaj tylko placówkę',
  },
  INSTITUTION_HISTORY: {
    en: 'An institution\u2019s history is its facility\u2019s (opened on, status); give only facilityId',
    pl: 'Historia placówki (data otwarcia, status) pochodzi z rejestru placówek: podaj tylko placówkę',
  },
  NOT_A_FAMILY_KIND: {
    en: 'A family carer is one of {kinds}; an institution is registered by facilityId',
    pl: 'Rodzinna piecza zastępcza to jedna z form: {kinds}; placówkę wpisuje się przez rejestr placówek',
  },
  FAMILY_LABEL_MISSING: {
    en: 'Give the family\u2019s label (not the foster parents\u2019 names)',
    pl: 'Podaj oznaczenie rodziny (nie nazwiska rodziców zastępczych)',
  },
  DISTRICT_MISSING: { en: 'Give the district', pl: 'Podaj dzielnicę' },
  REGISTERED_IN_ADVANCE: {
    en: 'A family is registered once it is a foster family, not in advance',
    pl: 'Rodzinę wpisuje się, gdy już jest rodziną zastępczą, nie z wyprzedzeniem',
  },
  PLACES_MISSING: { en: 'Give the number of places, 1 or more', pl: 'Podaj liczbę miejsc: 1 lub więcej' },
  FAMILY_OVER_LIMIT: {
    en: 'A {kind} takes at most {max} children ({source}); siblings beyond it are an exception per placement',
    pl: 'Forma {kind} przyjmuje najwyżej {max} dzieci ({source}); rodzeństwo ponad limit to wyjątek przy umieszczeniu',
  },
  ALREADY_REGISTERED: { en: 'This facility is already registered as a carer', pl: 'Ta placówka jest już wpisana jako piecza zastępcza' },
  INSTITUTION_STATUS: {
    en: 'An institution\u2019s status is its facility\u2019s: change it in the registry (updateFacility)',
    pl: 'Status placówki zmienia się w rejestrze placówek',
  },

  // Placements (placements.service.ts).
  AGE_RULE_NOT_APPLICABLE: {
    en: 'The age rule (art. 95 ust. 2) does not cover this placement: give no exception',
    pl: 'Zasada wieku (art. 95 ust. 2) nie dotyczy tego umieszczenia: nie podawaj wyjątku',
  },
  AGE_EXCEPTION_MISSING: {
    en: 'A child under {age} goes to a socialisation, intervention or specialist-therapeutic facility only when a parent is placed there, for the child\u2019s health, to keep siblings together, or in another exceptional case (art. 95 ust. 2): give the exception',
    pl: 'Dziecko poniżej {age} lat trafia do placówki socjalizacyjnej, interwencyjnej lub specjalistyczno-terapeutycznej tylko wraz z rodzicem, ze względu na zdrowie, by nie rozdzielać rodzeństwa albo w innym wyjątkowym przypadku (art. 95 ust. 2): podaj wyjątek',
  },
  AGE_EXCEPTION_REASON_MISSING: {
    en: 'Another exceptional case (art. 95 ust. 2) needs its description',
    pl: 'Inny wyjątkowy przypadek (art. 95 ust. 2) wymaga opisu',
  },
  PLACED_IN_ADVANCE: {
    en: 'A placement is recorded when the child arrives, not in advance',
    pl: 'Umieszczenie zapisuje się, gdy dziecko przybędzie, nie z wyprzedzeniem',
  },
  COURT_MISSING: { en: 'A court decision needs the court and its reference number (sygnatura)', pl: 'Postanowienie sądu wymaga nazwy sądu i sygnatury' },
  COURT_DECISION_IN_FUTURE: { en: 'The decision date is in the future', pl: 'Data postanowienia jest z przyszłości' },
  EMERGENCY_WITHOUT_COURT: {
    en: 'An emergency placement waits for the decision; record the court when it comes',
    pl: 'Umieszczenie interwencyjne czeka na postanowienie: wpisz sąd, gdy zapadnie',
  },
  NO_SUCH_SIBLING_GROUP: {
    en: 'No child belongs to this sibling group: give the siblingGroupId of a sibling\u2019s placement, or none for a new group',
    pl: 'Żadne dziecko nie należy do tej grupy rodzeństwa: podaj grupę z umieszczenia rodzeństwa albo żadnej dla nowej grupy',
  },
  BEFORE_FAMILY_REGISTERED: {
    en: '{name} became a foster family on {date}; a placement starts on or after that day',
    pl: '{name} jest rodziną zastępczą od {date}; umieszczenie zaczyna się tego dnia lub później',
  },
  NO_CARER_LIMITS: { en: 'No limits are in force for a {kind} on {date}', pl: 'W dniu {date} nie obowiązują żadne limity dla formy {kind}' },
  ADMISSION_ROUTE_INTERVENTION_ONLY: {
    en: 'An admission by the Police, at the child\u2019s request or in an emergency is recorded for an intervention facility (art. 103 ust. 2\u20133)',
    pl: 'Przyjęcie przez Policję, na prośbę dziecka albo w sytuacji kryzysowej zapisuje się dla placówki interwencyjnej (art. 103 ust. 2–3)',
  },
  CARER_NOT_ACCEPTING: {
    en: 'The carer is {status} and takes no one',
    pl: 'Piecza ma status „{status}” i nikogo nie przyjmuje',
  },
  CHILD_ADULT: {
    en: 'A child placed in foster care is under {age} on the day of the placement (adulthood at 18, Kodeks cywilny art. 10; a care leaver stays on under an existing placement)',
    pl: 'Dziecko umieszczane w pieczy zastępczej ma w dniu umieszczenia mniej niż {age} lat (pełnoletność, art. 10 Kodeksu cywilnego; pełnoletni wychowanek zostaje w ramach trwającego umieszczenia)',
  },
  PRE_ADOPTION_AGE: {
    en: 'A pre-adoption intervention centre takes children under {years} year ({source})',
    pl: 'Interwencyjny ośrodek preadopcyjny przyjmuje dzieci poniżej {years} roku życia ({source})',
  },
  CHILD_ALREADY_PLACED: { en: 'The child is already placed; end that placement first', pl: 'Dziecko jest już umieszczone: najpierw zakończ to umieszczenie' },
  CARER_FULL: {
    reason: 'NO_FREE_PLACE',
    en: 'No free place: {carer} has {places} places and {children} children ({source})',
    pl: 'Brak wolnego miejsca: {carer} ma {places} miejsc i {children} dzieci ({source})',
  },
  CARER_FULL_SIBLINGS_MAX: {
    reason: 'NO_FREE_PLACE',
    en: 'No free place: {carer} has {places} places and {children} children, and even siblings are allowed up to {max} ({source})',
    pl: 'Brak wolnego miejsca: {carer} ma {places} miejsc i {children} dzieci, a nawet rodzeństwo dopuszcza się tylko do {max} ({source})',
  },
  CARER_FULL_NO_SIBLING: {
    reason: 'NO_FREE_PLACE',
    en: 'No free place: {carer} has {places} places and {children} children; the exception is for keeping siblings together, and no sibling of this child is there',
    pl: 'Brak wolnego miejsca: {carer} ma {places} miejsc i {children} dzieci; wyjątek służy nierozdzielaniu rodzeństwa, a nie ma tam rodzeństwa tego dziecka',
  },
  CARER_FULL_SIBLINGS_CONDITIONS: {
    reason: 'NO_FREE_PLACE',
    en: 'No free place: {carer} has {places} places and {children} children; siblings beyond the limit need {missing} ({source})',
    pl: 'Brak wolnego miejsca: {carer} ma {places} miejsc i {children} dzieci; rodzeństwo ponad limit wymaga: {missing} ({source})',
  },
  CARER_FULL_JUSTIFIED_MAX: {
    reason: 'NO_FREE_PLACE',
    en: 'No free place: {carer} has {places} places and {children} children, and even a justified case allows {max} ({source})',
    pl: 'Brak wolnego miejsca: {carer} ma {places} miejsc i {children} dzieci, a nawet w uzasadnionym przypadku dopuszcza się {max} ({source})',
  },
  CARER_FULL_EMERGENCY_ONLY: {
    reason: 'NO_FREE_PLACE',
    en: 'No free place: {carer} has {places} places and {children} children; beyond the limit only a child brought by the Police or the Border Guard, at its own request or in an emergency (admissionRoute) ({source})',
    pl: 'Brak wolnego miejsca: {carer} ma {places} miejsc i {children} dzieci; ponad limit tylko dziecko doprowadzone przez Policję lub Straż Graniczną, na własną prośbę albo w sytuacji kryzysowej ({source})',
  },
  CARER_FULL_EXCEPTION_REASON_MISSING: {
    reason: 'NO_FREE_PLACE',
    en: 'No free place: {carer} has {places} places and {children} children; the exception of the law ({source}) needs capacityExceptionReason',
    pl: 'Brak wolnego miejsca: {carer} ma {places} miejsc i {children} dzieci; wyjątek ustawowy ({source}) wymaga podania powodu',
  },
  PLACEMENT_ENDED: { reason: 'ALREADY_ENDED', en: 'The placement ended on {date}', pl: 'Umieszczenie zakończyło się {date}' },
  PLACEMENT_STARTED_ON: { en: 'The placement started on {date}', pl: 'Umieszczenie rozpoczęło się {date}' },
  PLACEMENT_ENDED_IN_ADVANCE: {
    en: 'A placement is ended when it ends, not in advance',
    pl: 'Umieszczenie kończy się w dniu zakończenia, nie z wyprzedzeniem',
  },
  NO_STAY_LIMIT: { en: 'A stay with a {kind} has no statutory length to extend', pl: 'Pobyt w formie {kind} nie ma ustawowego okresu do przedłużenia' },
  EXTEND_ONLY_UNTIL_PROCEEDINGS: {
    en: 'A stay with a {kind} is extended only until the court proceedings end',
    pl: 'Pobyt w formie {kind} przedłuża się tylko do zakończenia postępowania sądowego',
  },
  CANNOT_WAIT_FOR_PROCEEDINGS: {
    en: 'A stay with a {kind} cannot wait for the court proceedings',
    pl: 'Pobyt w formie {kind} nie może czekać na zakończenie postępowania sądowego',
  },
  PROCEEDINGS_REFERENCE_MISSING: {
    en: 'Give the reference (sygnatura) of the court case the stay waits for',
    pl: 'Podaj sygnaturę sprawy, na której zakończenie czeka pobyt',
  },
  FIXED_TERM_NO_REFERENCE: { en: 'A fixed-term extension waits for no court case', pl: 'Przedłużenie na czas określony nie czeka na żadną sprawę sądową' },
  NOT_WAITING_FOR_PROCEEDINGS: {
    en: 'The stay waits for no court proceedings (extendPlacement with UNTIL_PROCEEDINGS_END first)',
    pl: 'Pobyt nie czeka na zakończenie postępowania (najpierw przedłuż go do zakończenia postępowania)',
  },
  PROCEEDINGS_END_IN_ADVANCE: {
    en: 'The proceedings end when the decision is final, not in advance',
    pl: 'Postępowanie kończy się, gdy orzeczenie jest prawomocne, nie z wyprzedzeniem',
  },

  // Vacancies (vacancies.ts).
  SIBLING_GROUP_SIZE: { en: 'A sibling group has 1 to 12 children', pl: 'Grupa rodzeństwa liczy od 1 do 12 dzieci' },
  CHILD_AGE_RANGE: { en: 'An age is 0 to 25', pl: 'Wiek od 0 do 25 lat' },
});

/** What siblings beyond a carer's limit still need (art. 58 ust. 2), as the refusal lists them. */
export const SIBLINGS_CONDITIONS = {
  CARER_CONSENT: {
    en: 'the family\u2019s (home\u2019s) consent, which is not recorded on the carer',
    pl: 'zgoda rodziny (domu), której nie zapisano przy pieczy',
  },
  COORDINATOR_OPINION: {
    en: 'a positive opinion of the family foster-care coordinator (coordinatorOpinion)',
    pl: 'pozytywna opinia koordynatora rodzinnej pieczy zastępczej',
  },
  VOIVODE_CONSENT: { en: 'the voivode\u2019s consent (voivodeConsent)', pl: 'zgoda wojewody' },
} as const;
