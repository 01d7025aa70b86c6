import { defineReasons } from '../../core/messages/reasons.js';

/**
 * Why the integration module refuses: enrolment in a KIS or CIS (ustawa o zatrudnieniu socjalnym),
 * attendance, closed months, socially useful work (art. 73a of the labour market act) and the
 * yearly report.
 */
export const INTEGRATION = defineReasons({
  // Which facility, and who may report for it (facility-access.ts).
  NOT_KIS_OR_CIS: {
    en: '{name} is a {type}, not a social integration club or centre (KIS/CIS)',
    pl: '{name} to {type}, a nie klub ani centrum integracji społecznej (KIS/CIS)',
  },
  LABOUR_OFFICE_SEES_CIS_ONLY: {
    en: 'A labour office sees the figures of a CIS, which it refunds; a KIS pays no integration allowance',
    pl: 'Urząd pracy widzi dane CIS, którego świadczenia refunduje; KIS nie wypłaca świadczenia integracyjnego',
  },

  // Attendance (attendance.service.ts, attendance-csv.ts).
  ATTENDANCE_IN_FUTURE: { en: 'Attendance cannot be reported for a future day', pl: 'Obecności nie można zgłosić za dzień, który jeszcze nie nadszedł' },
  EXCUSED_KIND_MISSING: {
    en: 'An excused absence needs its kind: SICK_LEAVE, DAY_OFF or OTHER_EXCUSED (the allowance treats them differently)',
    pl: 'Nieobecność usprawiedliwiona wymaga rodzaju: choroba (L4), dzień wolny (DW) lub inna (NU); świadczenie liczy je różnie',
  },
  EXCUSED_KIND_NOT_EXCUSED: { en: 'Only an excused absence has a kind', pl: 'Rodzaj ma tylko nieobecność usprawiedliwiona' },
  HOURS_MISSING: { en: 'Give the hours of a day present', pl: 'Podaj liczbę godzin obecności' },
  HOURS_OVER_DAILY_LIMIT: { en: 'A day present has more than 0 and at most {max} hours', pl: 'Dzień obecności ma więcej niż 0 i najwyżej {max} godzin' },
  ABSENCE_HAS_NO_HOURS: { en: 'An absence has no hours', pl: 'Nieobecność nie ma godzin' },
  CIS_WEEKLY_HOURS: {
    en: 'The week of {week} comes to {hours} hours with the days already reported; a CIS plans at most {max} hours a week ({source})',
    pl: 'Tydzień od {week} daje {hours} godzin z dniami już zgłoszonymi; CIS planuje najwyżej {max} godzin tygodniowo ({source})',
  },
  SAME_PARTICIPANT_AND_DAY: { en: 'The same participant and day as {other}', pl: 'Ten sam uczestnik i dzień co w {other}' },
  NO_SUCH_PARTICIPANT: { en: 'No participant has the id {id}', pl: 'Nie ma uczestnika o identyfikatorze {id}' },
  PARTICIPANT_AT_OTHER_ORGANISATION: {
    en: 'The participant takes part at another organisation\u2019s facility',
    pl: 'Uczestnik uczestniczy w placówce innej organizacji',
  },
  PARTICIPANT_AT_OTHER_FACILITY: {
    en: 'The participant takes part at another facility of your organisation; report it there',
    pl: 'Uczestnik uczestniczy w innej placówce Twojej organizacji: zgłoś obecność tam',
  },
  NOT_ENROLLED_YET: { en: 'Not enrolled that day: the participation starts on {date}', pl: 'Tego dnia nie był uczestnikiem: uczestnictwo zaczyna się {date}' },
  NOT_ENROLLED_ANY_MORE: {
    en: 'Not enrolled that day: the participation ended on {date}',
    pl: 'Tego dnia nie był już uczestnikiem: uczestnictwo zakończyło się {date}',
  },
  NOT_ENROLLED_PLANNED_END: {
    en: 'Not enrolled that day: the participation is planned to end on {date}',
    pl: 'Tego dnia nie jest uczestnikiem: uczestnictwo ma się zakończyć {date}',
  },
  MONTH_CLOSED: {
    en: '{month} is closed: its figures are final; a correction needs MOPS_WORKER or ADMIN and a reason',
    pl: 'Miesiąc {month} jest zamknięty: jego dane są ostateczne; korektę wprowadza tylko MOPS lub administrator, z podaniem powodu',
  },
  CORRECTION_REASON_MISSING: {
    en: '{month} is closed: give correctionReason to change it',
    pl: 'Miesiąc {month} jest zamknięty: zmiana wymaga podania powodu korekty',
  },
  MONTH_NOT_ENDED: { en: '{month} has not ended yet', pl: 'Miesiąc {month} jeszcze się nie skończył' },
  MONTH_ALREADY_CLOSED: { en: '{month} is already closed', pl: 'Miesiąc {month} jest już zamknięty' },
  NO_ALLOWANCE_RULES: {
    en: 'No integration allowance rules are in force for {month}; add them to the dated table',
    pl: 'Na miesiąc {month} nie ma obowiązujących zasad świadczenia integracyjnego: dopisz je do tabeli przepisów',
  },
  NO_BENEFIT_AMOUNT: {
    en: 'No basic unemployment benefit amount is in force on {date}; add it to the dated table',
    pl: 'W dniu {date} nie obowiązuje żadna kwota zasiłku dla bezrobotnych: dopisz ją do tabeli przepisów',
  },
  CSV_NO_PARTICIPANT_COLUMN: { en: 'Name the participant in a column participant_id or pesel', pl: 'Wskaż uczestnika w kolumnie participant_id albo pesel' },
  CSV_MISSING_COLUMN: { en: 'The header has no {column} column', pl: 'W nagłówku brak kolumny {column}' },
  CSV_NO_PARTICIPANT: { en: 'No participant id or PESEL', pl: 'Brak identyfikatora uczestnika ani numeru PESEL' },
  CSV_NOT_A_DATE: { en: '"{text}" is not a date (YYYY-MM-DD or DD.MM.YYYY)', pl: '„{text}” to nie data (RRRR-MM-DD albo DD.MM.RRRR)' },
  CSV_NOT_A_STATUS: {
    en: '"{text}" is not a status (PRESENT, UNEXCUSED_ABSENCE, EXCUSED_ABSENCE or O, NN, L4, DW, NU)',
    pl: '„{text}” to nie status obecności (O, NN, L4, DW, NU)',
  },
  CSV_NOT_AN_EXCUSED_KIND: {
    en: '"{text}" is not SICK_LEAVE, DAY_OFF or OTHER_EXCUSED',
    pl: '„{text}” to nie rodzaj nieobecności usprawiedliwionej (L4, DW, NU)',
  },
  CSV_NOT_HOURS: { en: '"{text}" is not a number of hours', pl: '„{text}” to nie liczba godzin' },
  CSV_NO_ROWS: { en: 'The file has a header but no rows', pl: 'Plik ma nagłówek, ale żadnego wiersza' },
  CSV_NO_PARTICIPATION_THAT_DAY: {
    en: 'No participant with this PESEL takes part at this facility on that day',
    pl: 'Osoba o tym numerze PESEL nie uczestniczy tego dnia w tej placówce',
  },
  CSV_TWO_PARTICIPATIONS: { en: 'Two participations at this facility cover the day', pl: 'Tego dnia w tej placówce trwają dwa uczestnictwa tej osoby' },

  IMPORT_TWO_FACILITIES: { en: 'Two KIS/CIS are named {name}: give the register number', pl: 'Dwa KIS/CIS nazywają się {name}: podaj numer w rejestrze' },
  IMPORT_FACILITY_REQUIRED: { en: 'Name the KIS or CIS: there is more than one', pl: 'Wskaż KIS albo CIS: jest ich więcej niż jeden' },
  IMPORT_NO_SUCH_FACILITY: { en: 'No KIS or CIS is {name}', pl: 'Nie ma KIS ani CIS {name}' },
  IMPORT_NO_FACILITY: { en: 'No KIS or CIS to enrol in', pl: 'Nie ma KIS ani CIS, do którego można przyjąć' },

  // Enrolment and its end (participation.service.ts, long-term-unemployment.ts).
  PROGRAMME_SIGNED_LATE: {
    en: 'The programme must be signed by the start of the participation',
    pl: 'Program musi być podpisany najpóźniej w dniu rozpoczęcia uczestnictwa',
  },
  PROGRAMME_DOCUMENT_KIND: { en: 'A {programme} participation follows {kinds}', pl: 'Uczestnictwo w {programme} opiera się na dokumencie: {kinds}' },
  KIS_NO_TRIAL: { en: 'A KIS has no trial period (only a CIS does, art. 13 of the act)', pl: 'KIS nie ma okresu próbnego (ma go tylko CIS, art. 13 ustawy)' },
  KIS_NO_EXTENSION: {
    en: 'A KIS participation follows its contract; the statute sets no length to extend',
    pl: 'Uczestnictwo w KIS wynika z kontraktu; ustawa nie określa okresu, który można przedłużyć',
  },
  NO_CIS_LIMITS: { en: 'No CIS participation limits are in force on {date}', pl: 'W dniu {date} nie obowiązują żadne limity uczestnictwa w CIS' },
  TRIAL_ENDS_BEFORE_START: { en: 'The trial period ends before the participation starts', pl: 'Okres próbny kończy się przed rozpoczęciem uczestnictwa' },
  TRIAL_TOO_LONG: {
    en: 'The trial period lasts at most {months, plural, one {# month} other {# months}}: it may end on {latest} at the latest ({source})',
    pl: 'Okres próbny trwa najwyżej {months, plural, one {# miesiąc} few {# miesiące} other {# miesięcy}}: może się skończyć najpóźniej {latest} ({source})',
  },
  TRIAL_ENDS_AFTER_PARTICIPATION: { en: 'The trial period ends after the participation', pl: 'Okres próbny kończy się po zakończeniu uczestnictwa' },
  CIS_TOO_LONG_WITH_EXTENSION: {
    en: 'A CIS participation that started on {start} lasts at most {months} months in all, extension included: it may end on {latest} at the latest ({source})',
    pl: 'Uczestnictwo w CIS rozpoczęte {start} trwa łącznie z przedłużeniem najwyżej {months} miesięcy: może się skończyć najpóźniej {latest} ({source})',
  },
  CIS_TOO_LONG: {
    en: 'A CIS participation lasts at most {months} months, trial included: it may end on {latest} at the latest; a longer one needs extensionReason ({source})',
    pl: 'Uczestnictwo w CIS trwa najwyżej {months} miesięcy z okresem próbnym: może się skończyć najpóźniej {latest}; dłuższe wymaga powodu przedłużenia ({source})',
  },
  FACILITY_CLOSES_ON: { en: 'The facility closes on {date}', pl: 'Placówka zostanie zamknięta {date}' },
  CIS_PLACES_NOT_AGREED: {
    en: 'The CIS has no number of places agreed with the starosta; record it in the registry first',
    pl: 'CIS nie ma liczby miejsc uzgodnionej ze starostą: najpierw wpisz ją w rejestrze',
  },
  LONG_TERM_REGISTRATION_TOO_SHORT: {
    en: 'The labour office reports a registration too short for long-term unemployment: more than {months} months within {within} ({source})',
    pl: 'Urząd pracy podaje rejestrację zbyt krótką dla długotrwale bezrobotnego: potrzeba ponad {months} miesięcy w ciągu {within} ({source})',
  },
  LONG_TERM_NOT_REGISTERED: {
    en: 'No labour office reports this person as registered unemployed; long-term unemployment needs more than {months} months of registration within {within} ({source})',
    pl: 'Żaden urząd pracy nie podaje tej osoby jako zarejestrowanej bezrobotnej; długotrwale bezrobotny to ponad {months} miesięcy rejestracji w ciągu {within} ({source})',
  },
  ENTITLED_TO_BENEFIT: {
    en: 'A labour office reports this person as entitled to unemployment benefit, which excludes them from a CIS (art. 1 ust. 3 of the social employment act)',
    pl: 'Urząd pracy podaje, że ta osoba ma prawo do zasiłku dla bezrobotnych, co wyklucza udział w CIS (art. 1 ust. 3 ustawy o zatrudnieniu socjalnym)',
  },
  ALREADY_ENROLLED: { en: 'The person already takes part at this facility', pl: 'Ta osoba już uczestniczy w zajęciach tej placówki' },
  ACTIVE_CIS_PARTICIPATION: {
    en: 'The person already takes part in a CIS; one IPZS at a time (art. 13 of the act)',
    pl: 'Ta osoba już uczestniczy w CIS; jeden IPZS naraz (art. 13 ustawy o zatrudnieniu socjalnym)',
  },
  NO_FREE_PLACE: {
    en: 'No free place: all {places} places of {facility} are taken during the period',
    pl: 'Brak wolnego miejsca: wszystkie miejsca ({places}) w placówce {facility} są w tym okresie zajęte',
  },
  ALREADY_ENDED: { en: 'The participation ended on {date}', pl: 'Uczestnictwo zakończyło się {date}' },
  PARTICIPATION_STARTED_ON: { en: 'The participation started on {date}', pl: 'Uczestnictwo rozpoczęło się {date}' },
  ENDED_IN_ADVANCE: {
    en: 'A participation is ended on the day it ends or later, not in advance',
    pl: 'Uczestnictwo kończy się w dniu zakończenia lub później, nie z wyprzedzeniem',
  },
  ATTENDANCE_AFTER_END: {
    en: '{days} days of attendance are reported after this date (the first on {first}); correct them first',
    pl: 'Po tej dacie zgłoszono obecność w {days} dniach (pierwszy {first}): najpierw je popraw',
  },
  PERIOD_TOO_LONG_MONTHS: { en: 'A period spans at most 60 months', pl: 'Okres obejmuje najwyżej 60 miesięcy' },

  // Socially useful work (socially-useful-work.ts).
  AGREEMENT_NUMBER_LENGTH: { en: 'An agreement number has 1 to 100 characters', pl: 'Numer porozumienia ma od 1 do 100 znaków' },
  HOURLY_RATE_FORM: {
    en: 'An hourly benefit in złoty with at most two decimals, more than 0, such as 10.90',
    pl: 'Świadczenie za godzinę w złotych, większe od 0, z najwyżej dwoma miejscami po przecinku, np. 10.90',
  },
  REFUND_FORM: {
    en: 'A refund per hour in złoty with at most two decimals, such as 6.54',
    pl: 'Refundacja za godzinę w złotych z najwyżej dwoma miejscami po przecinku, np. 6.54',
  },
  PSU_AGREEMENT_ENDS_BEFORE_START: { en: 'The agreement ends before it starts', pl: 'Porozumienie kończy się przed początkiem' },
  CONCLUDED_AFTER_TERM: { en: 'An agreement is concluded before its term ends', pl: 'Porozumienie zawiera się przed końcem okresu, na który obowiązuje' },
  CONCLUDED_IN_FUTURE: { en: 'An agreement cannot be recorded before it is concluded', pl: 'Porozumienie zapisuje się po jego zawarciu' },
  NO_PSU_RULES: {
    en: 'No rules of socially useful work are on file for {date}',
    pl: 'Na dzień {date} nie ma zapisanych przepisów o pracach społecznie użytecznych',
  },
  REFUND_OVER_RATE: {
    en: 'The labour office refunds part of the hourly benefit, not more than it',
    pl: 'Urząd pracy refunduje część świadczenia za godzinę, nie więcej niż ono',
  },
  HOURLY_RATE_TOO_LOW: {
    en: 'At least {minimum} zł an hour for an agreement concluded on {date} ({source})',
    pl: 'Co najmniej {minimum} zł za godzinę dla porozumienia zawartego {date} ({source})',
  },
  REFUND_OVER_CAP: { en: 'At most {cap} zł an hour from the Labour Fund ({source})', pl: 'Najwyżej {cap} zł za godzinę z Funduszu Pracy ({source})' },
  PSU_NOT_A_LABOUR_OFFICE: {
    en: 'An agreement on socially useful work is concluded with a labour office',
    pl: 'Porozumienie o pracach społecznie użytecznych zawiera się z urzędem pracy',
  },
  OWN_AGREEMENTS_ONLY: { en: 'A labour office records its own agreements', pl: 'Urząd pracy zapisuje tylko własne porozumienia' },
  AGREEMENT_NUMBER_TAKEN: { en: 'The labour office already has an agreement numbered {number}', pl: 'Urząd pracy ma już porozumienie o numerze {number}' },
  PSU_WEEKLY_HOURS: {
    en: 'The week of {week} comes to {hours} hours with the days already reported; socially useful work is at most {max} hours a week ({source})',
    pl: 'Tydzień od {week} daje {hours} godzin z dniami już zgłoszonymi; prace społecznie użyteczne to najwyżej {max} godzin tygodniowo ({source})',
  },
  PSU_MONTHLY_HOURS: {
    en: '{month} comes to {hours} hours with the days already reported; socially useful work is at most {max} hours a month ({source})',
    pl: 'Miesiąc {month} daje {hours} godzin z dniami już zgłoszonymi; prace społecznie użyteczne to najwyżej {max} godzin miesięcznie ({source})',
  },
  PSU_KIS_ONLY: {
    en: 'Socially useful work is reported for the participants of a social integration club (KIS)',
    pl: 'Prace społecznie użyteczne zgłasza się dla uczestników klubu integracji społecznej (KIS)',
  },
  WORK_IN_FUTURE: { en: 'Work cannot be reported for a future day', pl: 'Pracy nie można zgłosić za dzień, który jeszcze nie nadszedł' },
  OUTSIDE_AGREEMENT: {
    en: 'Outside the agreement {number}, in force from {from} to {to}',
    pl: 'Poza okresem porozumienia {number}, obowiązującego od {from} do {to}',
  },
  PSU_HOURS_FORM: { en: 'Hours in quarters of an hour, from 0 (removes the day) to {max}', pl: 'Godziny w kwadransach, od 0 (usuwa dzień) do {max}' },
  NOT_PARTICIPANT_THAT_DAY: {
    en: 'Not a participant that day: the participation runs from {from} to {to}',
    pl: 'Tego dnia nie był uczestnikiem: uczestnictwo trwa od {from} do {to}',
  },
  NO_WORK_TO_REMOVE: {
    en: 'No work is on file for this day: 0 hours removes a day reported before',
    pl: 'Za ten dzień nie zgłoszono pracy: 0 godzin usuwa dzień zgłoszony wcześniej',
  },
  ANOTHER_OFFICES_AGREEMENT: { en: 'The agreement is another labour office\u2019s', pl: 'To porozumienie innego urzędu pracy' },

  // The yearly report (yearly-report.ts, yearly-report-sections.ts).
  NO_SUCH_SECTION: {
    en: 'A {programme} report has no section {section} (only a CIS reports its services and financial plan)',
    pl: 'Sprawozdanie {programme} nie ma części {section} (usługi i plan finansowy składa tylko CIS)',
  },
  SECTION_EMPTY: { en: 'Write the section', pl: 'Wpisz treść tej części sprawozdania' },
  SECTION_TOO_LONG: { en: 'At most 20,000 characters', pl: 'Najwyżej 20 000 znaków' },
  SECTION_HAS_NO_AMOUNT: { en: 'This section has no amount', pl: 'Ta część sprawozdania nie ma kwoty' },
  BASIS_TWICE: { en: 'Each basis once', pl: 'Każda podstawa zatrudnienia tylko raz' },
  STAFF_SUM: {
    en: 'The staff by basis add up to {sum}, not the headcount {headcount}',
    pl: 'Pracownicy według podstawy zatrudnienia sumują się do {sum}, a nie do {headcount}',
  },
  FTE_FORM: { en: 'Full-time equivalents with at most two decimals, such as 7.25', pl: 'Etaty z najwyżej dwoma miejscami po przecinku, np. 7.25' },
  BONUS_CIS_ONLY: { en: 'A motivation bonus is for a CIS participant', pl: 'Premię motywacyjną otrzymuje uczestnik CIS' },
  BONUS_MONTH_OUTSIDE: {
    en: 'The month is outside the participation, or still to come',
    pl: 'Miesiąc jest poza okresem uczestnictwa albo jeszcze nie nadszedł',
  },
  BONUS_DURING_TRIAL: {
    en: 'A motivation bonus comes after the trial period (art. 15a ust. 1)',
    pl: 'Premia motywacyjna przysługuje po okresie próbnym (art. 15a ust. 1)',
  },
  NO_BONUS_RULES: {
    en: 'No rules on the bonus, the allowance or the benefit are in force in {month}',
    pl: 'W miesiącu {month} nie obowiązują przepisy o premii, świadczeniu integracyjnym albo zasiłku',
  },
  BONUS_OVER_CAP: {
    en: 'At most {cap} zł: {percent}% of the month\u2019s allowance ({source})',
    pl: 'Najwyżej {cap} zł: {percent}% świadczenia integracyjnego za ten miesiąc ({source})',
  },
});
