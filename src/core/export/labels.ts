/**
 * Polish column headers for exports, by the field's name (the last part of a dotted path), with the
 * path itself where the catalogue has none. One catalogue for every report, so that the same figure
 * has the same header everywhere: these are the core's; a module adds the headers of fields it
 * declares itself (`fieldHeaders`, such as a facility's plain columns), joined by the hub.
 */
export type FieldHeaders = Readonly<Record<string, string>>;

export const CORE_FIELD_HEADERS: FieldHeaders = {
  field: 'Pozycja',
  value: 'Wartość',
  key: 'Kategoria',
  count: 'Liczba',
  suppressed: 'Utajniono (tajemnica statystyczna)',
  month: 'Miesiąc',
  year: 'Rok',
  from: 'Od',
  to: 'Do',
  date: 'Data',
  programme: 'Program',
  eligibilityCategory: 'Kategoria uczestnika (art. 1 ust. 2)',
  outcome: 'Efekt',
  participants: 'Uczestnicy',
  receiverType: 'Rodzaj placówki',
  districtId: 'Dzielnica (id)',
  reason: 'Powód odmowy',
  sent: 'Wysłane',
  accepted: 'Przyjęte',
  rejected: 'Odmowy',
  waiting: 'Oczekujące',
  expired: 'Przeterminowane',
  withdrawn: 'Wycofane',
  medianDaysToAnswer: 'Mediana dni do odpowiedzi',
  kind: 'Rodzaj',
  carers: 'Pieczy zastępczej (rodziny/placówki)',
  capacity: 'Miejsca',
  occupied: 'Dzieci umieszczone',
  free: 'Wolne miejsca',
  overduePlacements: 'Pobyty ponad termin ustawowy',
  childrenUnderAgeLimitInInstitutions: 'Dzieci poniżej 10 lat w placówkach',
  type: 'Typ',
  name: 'Nazwa',
  facilities: 'Placówki',
  status: 'Status',
  occupiedPlaces: 'Miejsca zajęte',
  freePlaces: 'Miejsca wolne',
  registeredUnemployed: 'Zarejestrowani bezrobotni',
  entitledToBenefit: 'Z prawem do zasiłku',
  registeredAndTakingPart: 'W KIS/CIS',
  facilityId: 'Placówka (id)',
  operatorId: 'Podmiot prowadzący (id)',
  participations: 'Uczestnictwa',
  persons: 'Osoby',
  plannedBudget: 'Budżet planowany (zł)',
  usedBudget: 'Budżet wykorzystany (zł)',
  executionRate: 'Wykonanie (%)',
  programmes: 'Programy',
  usedKnown: 'Wykonanie znane',
  socialWorkers: 'Pracownicy socjalni',
  specialists: 'Specjaliści',
  activePartnerships: 'Aktywne partnerstwa',
  amount: 'Kwota (zł)',
  closed: 'Miesiąc zamknięty',
  allowanceTotal: 'Świadczenia integracyjne (zł)',
  motivationBonusTotal: 'Premie motywacyjne (zł)',
  economicallyIndependent: 'Usamodzielnieni ekonomicznie',
  headcount: 'Pracownicy',
  fte: 'Etaty',
  personsReached: 'Osoby objęte wsparciem',
  personsByService: 'Osoby według usług',
  childrenCaredFor: 'Dzieci w pieczy w okresie',
  placementsStarted: 'Umieszczenia rozpoczęte',
  placementsEnded: 'Umieszczenia zakończone',
  participationsByFacility: 'Uczestnictwa według placówek',
  participationStatistics: 'Statystyka uczestnictwa',
  referralStatistics: 'Statystyka skierowań',
  fosterCareCapacity: 'Piecza zastępcza',
  capacityOverview: 'Miejsca w placówkach',
  labourMarketCounts: 'Rynek pracy',
  flowReport: 'Przepływy w okresie',
  socialEmploymentReport: 'Sprawozdanie roczne KIS/CIS',
  programmeBudgets: 'Budżety programów',
  partnershipCoverage: 'Pokrycie dzielnic partnerstwami',
  resourcesAssessment: 'Ocena zasobów pomocy społecznej',
  figures: 'Wskaźniki',
  toBeEntered: 'Do uzupełnienia przez ośrodek',
  section: 'Dział',
  label: 'Opis',
  previous: 'Rok poprzedni',
  change: 'Zmiana',
  title: 'Tytuł',
  asOf: 'Stan na dzień',
  previousAsOf: 'Rok poprzedni: stan na dzień',
  seasonalPlaces: 'Miejsca sezonowe',
  overflowPlaces: 'Miejsca interwencyjne (na jedną noc)',
  places: 'Miejsca razem',
  night: 'Noc (data wieczoru)',
  place: 'Miejsce przebywania',
  group: 'Grupa miejsc',
  men: 'Mężczyźni',
  women: 'Kobiety',
  band: 'Przedział wieku',
  ageBands: 'Według wieku',
  notBrokenDown: 'Bez podziału na płeć i wiek (ze zgłoszenia obłożenia)',
  facilitiesCounted: 'Placówki policzone',
  previousPersons: 'Poprzednie badanie',
  previousNight: 'Noc poprzedniego badania',
};

/** The headers of the core and of every module in one catalogue; a field headed two ways is a mistake. */
export function joinFieldHeaders(parts: readonly FieldHeaders[]): FieldHeaders {
  const all: Record<string, string> = {};
  for (const part of parts) {
    for (const [field, header] of Object.entries(part)) {
      if (all[field] !== undefined && all[field] !== header) throw new Error(`Field ${field} is headed both '${all[field]}' and '${header}'`);
      all[field] = header;
    }
  }
  return all;
}

/** The Polish header of a path in `headers` (`personsReached.count` as "Osoby objęte wsparciem — Liczba"). */
export function headerOf(path: string, headers: FieldHeaders): string {
  const last = path.split('.').at(-1)!;
  const parts = path.split('.').map((p) => headers[p] ?? p);
  return headers[path] ?? (parts.length > 1 ? parts.join(' — ') : (headers[last] ?? path));
}
