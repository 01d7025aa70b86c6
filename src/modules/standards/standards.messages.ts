import { defineReasons } from '../../core/messages/reasons.js';

/** Why a service standard or an assessment against it is refused. */
export const STANDARDS = defineReasons({
  CODE_FORM: {
    en: 'A code is 2–64 capital letters, digits or underscores, starting with a letter',
    pl: 'Kod to od 2 do 64 wielkich liter, cyfr lub podkreśleń, zaczynający się literą',
  },
  TITLE_EMPTY: { en: 'The title must not be empty', pl: 'Podaj tytuł' },
  ENGLISH_GLOSS_EMPTY: { en: 'The English gloss must not be empty', pl: 'Podaj tytuł po angielsku' },
  SOURCE_EMPTY: { en: 'Name the statute, regulation or publication', pl: 'Podaj ustawę, rozporządzenie albo publikację' },
  APPLIES_TO_EMPTY: { en: 'Name at least one facility type', pl: 'Wskaż co najmniej jeden typ placówki' },
  NOT_A_FACILITY_TYPE: { en: '{type} is not a facility type', pl: '{type} nie jest typem placówki' },
  NO_REQUIREMENTS: { en: 'A standard needs at least one requirement', pl: 'Standard ma co najmniej jedno wymaganie' },
  REQUIREMENT_CODE_FORM: { en: 'A code is 2–64 capital letters, digits or underscores', pl: 'Kod to od 2 do 64 wielkich liter, cyfr lub podkreśleń' },
  REQUIREMENT_CODE_TWICE: { en: 'The code {code} is used twice', pl: 'Kod {code} występuje dwa razy' },
  REQUIREMENT_DESCRIPTION_EMPTY: { en: 'Describe the requirement', pl: 'Opisz wymaganie' },
  NUMERIC_UNIT_MISSING: { en: 'A numeric requirement needs its unit', pl: 'Wymaganie liczbowe ma jednostkę' },
  NUMERIC_COMPARISON_MISSING: { en: 'A numeric requirement needs AT_LEAST or AT_MOST', pl: 'Wymaganie liczbowe określa „co najmniej” albo „najwyżej”' },
  NUMERIC_THRESHOLD_MISSING: { en: 'A numeric requirement needs its threshold', pl: 'Wymaganie liczbowe ma próg' },
  YES_NO_HAS_NO_THRESHOLD: { en: 'A yes/no requirement has no unit, comparison or threshold', pl: 'Wymaganie tak/nie nie ma jednostki, porównania ani progu' },
  VERSION_DEFINED_CONCURRENTLY: {
    en: 'Another version of {code} was defined at the same time; try again',
    pl: 'W tej samej chwili zapisano inną wersję standardu {code}: spróbuj ponownie',
  },
  NO_SUCH_VERSION: { en: '{code} has no version {version}', pl: 'Standard {code} nie ma wersji {version}' },
  NO_SUCH_STANDARD: { en: 'No standard has the code {code}', pl: 'Nie ma standardu o kodzie {code}' },
  STANDARD_NOT_FOR_TYPE: {
    en: '{code} does not apply to a {type} (it applies to {appliesTo})',
    pl: 'Standard {code} nie dotyczy typu {type} (dotyczy: {appliesTo})',
  },
  ASSESSED_IN_FUTURE: { en: 'An assessment cannot be dated in the future', pl: 'Ocena nie może mieć daty z przyszłości' },
  DEADLINE_BEFORE_ASSESSMENT: { en: 'The deadline is before the assessment', pl: 'Termin przypada przed oceną' },
  ASSESSOR_MISSING: { en: 'Name the assessor', pl: 'Podaj oceniającego' },
  NO_SUCH_REQUIREMENT: { en: '{code} v{version} has no requirement {requirement}', pl: 'Standard {code} w wersji {version} nie ma wymagania {requirement}' },
  ANSWERED_TWICE: { en: '{requirement} is answered twice', pl: 'Wymaganie {requirement} oceniono dwa razy' },
  YES_NO_GIVE_MET: {
    en: '{requirement} is a yes/no requirement: give met, not a measured value',
    pl: 'Wymaganie {requirement} jest typu tak/nie: podaj, czy jest spełnione, a nie wartość',
  },
  GIVE_MEASURED_VALUE: {
    en: '{requirement} is measured in {unit}: give measuredValue',
    pl: 'Wymaganie {requirement} mierzy się w jednostce {unit}: podaj zmierzoną wartość',
  },
  MEASURED_VALUE_RANGE: {
    en: '{requirement} is measured in {unit}: a value from 0 to {max}',
    pl: 'Wymaganie {requirement} mierzy się w jednostce {unit}: wartość od 0 do {max}',
  },
  OUTCOMES_MISSING: { en: 'No outcome for {requirements}', pl: 'Brak oceny wymagań: {requirements}' },
});
