import { defineReasons, labelled } from './reasons.js';

/**
 * The reasons the core raises whatever the module: sign-in, roles, ids, the input layer, the
 * database, idempotent batches, identifiers (PESEL, NIP, REGON, KRS, TERYT, postal code), periods,
 * and the shapes every form shares (a date, a month, a year, an amount, a range).
 */
export const CORE = defineReasons({
  // Signing in (API.md, Authentication).
  TOKEN_INVALID: {
    en: 'The access token is missing, malformed, expired or wrongly signed',
    pl: 'Brak tokenu dostępu albo jest on błędny, wygasły lub źle podpisany: zaloguj się ponownie',
  },
  TOKEN_EXPIRED: { en: 'The access token has expired', pl: 'Sesja wygasła: zaloguj się ponownie' },
  BEARER_HEADER: { en: 'The Authorization header must be "Bearer <token>"', pl: 'Nagłówek Authorization ma postać „Bearer <token>”' },
  TOKEN_SEVERAL_ROLES: {
    en: 'The token\u2019s groups map to several roles ({roles}); a user acts in one',
    pl: 'Grupy użytkownika w tokenie odpowiadają kilku rolom ({roles}); użytkownik działa w jednej',
  },
  TOKEN_ISSUED_IN_FUTURE: {
    en: 'The access token was issued in the future',
    pl: 'Token dostępu wystawiono z datą z przyszłości: sprawdź zegar dostawcy tożsamości',
  },
  TOKEN_UNKNOWN_ROLE: { en: 'The token carries an unknown role: {role}', pl: 'Token niesie nieznaną rolę: {role}' },
  TOKEN_NO_SUBJECT: { en: 'The token has no subject (sub)', pl: 'Token nie wskazuje użytkownika (sub)' },
  TOKEN_ORG_NOT_UUID: { en: 'The org claim must be an organisation id (UUID)', pl: 'Pole org tokenu musi być identyfikatorem organizacji (UUID)' },
  TOKEN_ORG_MISSING: {
    en: 'A {role} token must name the user\u2019s organisation (org claim)',
    pl: 'Token roli {role} musi wskazywać organizację użytkownika (pole org)',
  },
  TOKEN_ORG_NOT_ALLOWED: { en: 'A {role} token takes no organisation (org claim)', pl: 'Token roli {role} nie wskazuje organizacji (bez pola org)' },
  TOKEN_ORG_UNKNOWN: {
    en: 'The token\u2019s organisation (org claim) is not in the registry',
    pl: 'Organizacji wskazanej w tokenie (pole org) nie ma w rejestrze',
  },
  TOKEN_ORG_WRONG_KIND: {
    en: 'A {role} token must name an organisation of kind {kinds}; its org is a {kind}',
    pl: 'Token roli {role} musi wskazywać organizację rodzaju {kinds}; wskazana jest rodzaju {kind}',
  },
  DEVELOPMENT_SIGN_IN_OFF: {
    en: 'Development sign-in is off: this hub verifies tokens of its identity provider',
    pl: 'Logowanie deweloperskie jest wyłączone: hub przyjmuje tokeny swojego dostawcy tożsamości',
  },
  PUBLIC_NEEDS_NO_TOKEN: { en: 'PUBLIC needs no token', pl: 'Rola PUBLIC nie potrzebuje tokenu' },

  // The server itself.
  INTERNAL: { en: 'Internal server error', pl: 'Wewnętrzny błąd serwera' },
  POST_ONLY: {
    en: 'Send GraphQL operations with POST: a query in a URL ends up in access logs and browser history',
    pl: 'Operacje GraphQL wysyła się metodą POST: zapytanie w adresie trafia do dzienników serwera i historii przeglądarki',
  },

  BODY_TOO_LARGE: { en: 'The request body is larger than {bytes, number} bytes', pl: 'Treść żądania jest większa niż {bytes, number} bajtów' },
  BODY_NOT_JSON: { en: 'The request body is not valid JSON', pl: 'Treść żądania nie jest poprawnym JSON-em' },
  EXPORT_FORMAT: { en: 'Ask for ?format=csv or ?format=xlsx', pl: 'Wybierz ?format=csv albo ?format=xlsx' },
  EXPORT_DIALECT: {
    en: 'Ask for ?dialect=pl (`;` and a decimal comma, the default) or ?dialect=plain (`,` and a decimal point)',
    pl: 'Wybierz ?dialect=pl (średnik i przecinek dziesiętny, domyślnie) albo ?dialect=plain (przecinek i kropka dziesiętna)',
  },
  EXPORT_QUERY_MISSING: { en: 'Send the query to export as \'{ "query": "…" }\'', pl: 'Wyślij zapytanie do eksportu jako \'{ "query": "…" }\'' },
  EXPORT_QUERY_UNPARSED: { en: 'The query does not parse', pl: 'Zapytanie zawiera błąd składni' },
  EXPORT_QUERY_ONLY: { en: 'Only a query can be exported', pl: 'Eksportuje się tylko zapytania (query)' },
  EXPORT_INCREMENTAL: { en: 'Incremental delivery cannot be exported', pl: 'Odpowiedzi przyrostowej nie można wyeksportować' },

  // Who may do what.
  FORBIDDEN_ROLE: {
    en: 'Your role may not see this field or perform this operation',
    pl: 'Twoja rola nie pozwala zobaczyć tego pola ani wykonać tej operacji',
  },
  NO_SUCH_RECORD: { en: 'There is no {kind} {id}', pl: 'Nie ma takiego wpisu ({kind}, {id}): mógł zostać usunięty; odśwież stronę' },
  TOO_MANY_REQUESTS: { en: 'Too many requests; try again in {seconds} s', pl: 'Zbyt wiele zapytań: spróbuj ponownie za {seconds} s' },

  // The database and the request's deadline: safe to retry, nothing written.
  DATABASE_UNAVAILABLE: {
    en: 'The database is unavailable or did not answer in time; nothing was written. Retry shortly.',
    pl: 'Baza danych jest niedostępna albo nie odpowiedziała na czas; nic nie zapisano. Spróbuj ponownie za chwilę.',
  },
  DATABASE_TIMEOUT: {
    en: 'The database did not answer in time (a statement or lock timeout); nothing was written. Retry shortly.',
    pl: 'Baza danych nie odpowiedziała na czas; nic nie zapisano. Spróbuj ponownie za chwilę.',
  },
  DEADLINE_PASSED: {
    en: 'The request passed its deadline before its writes were committed; nothing was written. Retry shortly',
    pl: 'Żądanie przekroczyło swój czas, zanim zapisano zmiany; nic nie zapisano. Spróbuj ponownie za chwilę',
  },
  REQUEST_TIMEOUT: {
    en: 'The request did not finish within {ms} ms; retry shortly',
    pl: 'Żądanie nie zakończyło się w ciągu {ms} ms: spróbuj ponownie za chwilę',
  },
  DUPLICATE: {
    en: 'The record already exists or was written by another request at the same time',
    pl: 'Taki wpis już istnieje albo w tej samej chwili zapisało go inne żądanie',
  },
  STALE_VERSION: {
    en: 'The record changed since you read it; read it again and retry',
    pl: 'Wpis zmienił się od chwili, gdy go odczytano: odśwież go i spróbuj ponownie',
  },
  MISSING_REFERENCE: {
    en: 'A referenced record (an organisation, facility or person id) does not exist',
    pl: 'Wskazany wpis (organizacja, placówka albo osoba) nie istnieje',
  },
  MALFORMED_VALUE: {
    en: 'A value is malformed or out of range (an id that is not a UUID, an impossible date, text with a NUL byte, or a value too long)',
    pl: 'Wartość jest błędna albo poza zakresem (identyfikator, który nie jest UUID, nieistniejąca data, tekst ze znakiem NUL albo zbyt długa wartość)',
  },

  // The input layer (core/graphql/input-guard.ts) and pages.
  INPUT_PROBLEMS: {
    en: '{count, number} problems in the input',
    pl: '{count, plural, one {# problem} few {# problemy} other {# problemów}} w danych wejściowych',
  },
  NOT_AN_ID: { en: 'Not an id: ids are UUIDs', pl: 'To nie jest identyfikator: identyfikatory mają postać UUID' },
  DATE_OUT_OF_RANGE: { en: 'A date from {earliest} to {latest}', pl: 'Data od {earliest} do {latest}' },
  CONTROL_CHARACTER: { en: 'The text contains a control character (such as NUL)', pl: 'Tekst zawiera znak sterujący (np. NUL)' },
  INVALID_CHARACTER: { en: 'The text contains an invalid character (a lone UTF-16 surrogate)', pl: 'Tekst zawiera niedozwolony znak' },
  TEXT_TOO_LONG: { en: 'At most {limit, number} characters ({given, number} given)', pl: 'Najwyżej {limit, number} znaków (podano {given, number})' },
  PAGE_SIZE: { en: 'first must be between 1 and {max}', pl: 'Parametr first przyjmuje wartości od 1 do {max}' },
  FOREIGN_CURSOR: { en: 'This cursor was not issued by this list', pl: 'Ten kursor nie pochodzi z tej listy' },

  // Idempotent batches (core/idempotency.ts).
  BATCH_EMPTY: { en: 'A report has at least one entry', pl: 'Zgłoszenie ma co najmniej jedną pozycję' },
  BATCH_TOO_LARGE: { en: 'A report has at most {max} entries; split it', pl: 'Zgłoszenie ma najwyżej {max, number} pozycji: podziel je' },
  IDEMPOTENCY_KEY_LENGTH: { en: 'An idempotency key has 1 to 200 characters', pl: 'Klucz idempotencji ma od 1 do 200 znaków' },
  IDEMPOTENCY_KEY_REUSED: {
    en: 'The idempotency key "{key}" was already used for a request with other content; use a new key for a new one',
    pl: 'Klucz idempotencji „{key}” użyto już dla zgłoszenia o innej treści: nowe zgłoszenie wyślij z nowym kluczem',
  },
  CONCURRENT_REPORT: {
    en: 'Another report of the same days was saved at the same time; send this one again',
    pl: 'W tej samej chwili zapisano inne zgłoszenie tych samych dni: wyślij to zgłoszenie ponownie',
  },

  // Identifiers (core/pesel.ts, nip.ts, regon.ts, krs.ts, postal-code.ts).
  PESEL_LENGTH: { en: 'A PESEL has exactly 11 digits', pl: 'PESEL ma dokładnie 11 cyfr' },
  PESEL_CHECK_DIGIT: { en: 'The PESEL check digit does not match', pl: 'Cyfra kontrolna PESEL się nie zgadza: sprawdź numer' },
  PESEL_NO_SUCH_DATE: { en: 'The PESEL encodes a birth date that does not exist', pl: 'PESEL zawiera datę urodzenia, która nie istnieje' },
  PESEL_FUTURE_BIRTH: { en: 'The PESEL encodes a birth date in the future', pl: 'PESEL zawiera datę urodzenia z przyszłości' },
  NIP_LENGTH: { en: 'A NIP has 10 digits (dashes and spaces allowed)', pl: 'NIP ma 10 cyfr (myślniki i spacje są dozwolone)' },
  NIP_CHECK_DIGIT: { en: 'The NIP check digit does not match', pl: 'Cyfra kontrolna NIP się nie zgadza: sprawdź numer' },
  REGON_LENGTH: { en: 'A REGON has 9 or 14 digits', pl: 'REGON ma 9 albo 14 cyfr' },
  REGON_CHECK_DIGIT: { en: 'The REGON check digit does not match', pl: 'Cyfra kontrolna REGON się nie zgadza: sprawdź numer' },
  KRS_LENGTH: { en: 'A KRS number has exactly 10 digits', pl: 'Numer KRS ma dokładnie 10 cyfr (z zerami na początku)' },
  POSTAL_CODE_FORM: { en: 'A postal code has the form NN-NNN, e.g. 31-005', pl: 'Kod pocztowy ma postać NN-NNN, np. 31-005' },
  TERYT_FORM: { en: 'A TERYT gmina code has 7 digits (including the kind digit)', pl: 'Kod TERYT gminy ma 7 cyfr (z cyfrą rodzaju gminy)' },
  EMAIL_FORM: { en: 'Not an e-mail address (name@example.pl)', pl: 'To nie jest adres e-mail (nazwa@przyklad.pl)' },
  PHONE_FORM: {
    en: 'Not a telephone number: digits, spaces, dashes, brackets and a leading +',
    pl: 'To nie jest numer telefonu: cyfry, spacje, myślniki, nawiasy i + na początku',
  },

  // The shapes every form shares.
  DATE_FORM: { en: 'A date is written YYYY-MM-DD', pl: 'Datę zapisuje się jako RRRR-MM-DD' },
  MONTH_FORM: { en: 'A month is written YYYY-MM', pl: 'Miesiąc zapisuje się jako RRRR-MM' },
  YEAR_RANGE: { en: 'A year from {from} to {to}', pl: 'Rok od {from} do {to}' },
  YEAR_TO_THIS_ONE: { en: 'A year from {from} to this one', pl: 'Rok od {from} do bieżącego' },
  NUMBER_RANGE: { en: 'From {min, number} to {max, number}', pl: 'Od {min, number} do {max, number}' },
  DAYS_RANGE: { en: 'Between {min, number} and {max, number} days', pl: 'Od {min, number} do {max, number} dni' },
  ZERO_OR_MORE: { en: 'Zero or more', pl: 'Zero lub więcej' },
  AMOUNT_FORM: {
    en: 'An amount in złoty with at most two decimals, such as {example}',
    pl: 'Kwota w złotych z najwyżej dwoma miejscami po przecinku, np. {example}',
  },
  DATE_IN_FUTURE: { en: 'The date is in the future', pl: 'Data jest z przyszłości' },
  ENDS_BEFORE_START: { en: 'Ends before it starts', pl: 'Koniec przypada przed początkiem' },
  PLANNED_END_BEFORE_START: { en: 'The planned end is before the start', pl: 'Planowany koniec przypada przed początkiem' },
  PERIOD_STARTS_AFTER_END: { en: 'The period starts after it ends', pl: 'Okres zaczyna się po swoim końcu' },
  PERIOD_TOO_LONG: {
    en: 'A period spans at most {years, plural, one {# year} other {# years}}',
    pl: 'Okres obejmuje najwyżej {years, plural, one {# rok} few {# lata} other {# lat}}',
  },
  FIRST_YEAR_AFTER_LAST: { en: 'The first year is after the last', pl: 'Pierwszy rok przypada po ostatnim' },
  NAME_TOO_LONG: { en: 'A name has at most {max} characters', pl: 'Nazwa ma najwyżej {max} znaków' },
  GIVE_REASON: { en: 'Give the reason', pl: 'Podaj powód' },
  NO_SUCH_ID: { en: 'No {kind} has this id', pl: 'Nie ma takiego wpisu ({kind})' },
  NOT_AN_ID_OF: { en: 'Not a {kind} id', pl: 'To nie jest identyfikator ({kind})' },
  FACILITY_OPENED_ON: { en: 'The facility opened on {date}', pl: 'Placówka została otwarta {date}' },

  // Reports for roles that see aggregates only (core/personal-data/aggregate-periods.ts).
  WHOLE_YEAR_ONLY: {
    en: 'Aggregates are given for a whole calendar year: from {from} to {to} (group by MONTH for its months)',
    pl: 'Zestawienia zbiorcze są za cały rok kalendarzowy: od {from} do {to} (miesiące przez grupowanie po MONTH)',
  },
});

/** The kinds of record an id names (`NO_SUCH_ID`, `NO_SUCH_RECORD`): in English as the API says them, in Polish as a clerk does. */
export const RECORD_KINDS = {
  'facility': 'placówka',
  'organisation': 'organizacja',
  'district': 'dzielnica',
  'welfare-centre unit': 'jednostka MOPS',
  'carer': 'rodzina zastępcza',
  'placement': 'umieszczenie',
  'participant': 'uczestnik',
  'person': 'osoba',
  'referral': 'skierowanie',
  'partnership': 'partnerstwo',
  'partnership member': 'członek partnerstwa',
  'programme': 'program',
  'stakeholder': 'interesariusz',
  'agreement on socially useful work': 'porozumienie o pracach społecznie użytecznych',
  'service standard': 'standard usług',
  'assessment': 'ocena',
  'sibling group': 'grupa rodzeństwa',
  'capacity period': 'okres dodatkowych miejsc',
  'homeless count': 'badanie liczby osób bezdomnych',
  'count entry': 'wpis z liczenia',
} as const;
export type RecordKind = keyof typeof RECORD_KINDS;

/** A kind of record as a parameter of a message. */
export const recordKind = (kind: RecordKind) => labelled(kind, RECORD_KINDS);
