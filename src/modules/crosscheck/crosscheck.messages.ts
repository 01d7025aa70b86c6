import { defineReasons } from '../../core/messages/reasons.js';

/** Why a labour office's cross-check or its unemployment report is refused. */
export const CROSS_CHECK = defineReasons({
  RATE_LIMIT: {
    reason: 'TOO_MANY_REQUESTS',
    en: 'At most {limit} PESELs may be checked per hour; try again in {seconds} s',
    pl: 'W ciągu godziny można sprawdzić najwyżej {limit, number} numerów PESEL: spróbuj ponownie za {seconds} s',
  },
  PESELS_PER_BATCH: { en: 'At most {max} PESELs per call; split the batch', pl: 'Najwyżej {max, number} numerów PESEL w jednym sprawdzeniu; podziel listę' },
  REPORTER_NOT_A_LABOUR_OFFICE: {
    en: 'Only a labour office reports unemployment status: the token\u2019s organisation is not one',
    pl: 'Status bezrobotnego zgłasza tylko urząd pracy, a organizacja użytkownika nim nie jest',
  },
  SAME_PESEL: { en: 'The same PESEL as {other}', pl: 'Ten sam PESEL co w {other}' },
  REGISTRATION_IN_FUTURE: { en: 'A registration cannot start in the future', pl: 'Rejestracja nie może zaczynać się w przyszłości' },
  DEREGISTERED_BEFORE_REGISTERED: { en: 'Deregistered before being registered', pl: 'Wyrejestrowanie przed rejestracją' },
  REGISTRATION_DATE_MISSING: { en: 'Give the registration date of a deregistered person', pl: 'Podaj datę rejestracji osoby wyrejestrowanej' },
  BENEFIT_WITHOUT_REGISTRATION: {
    en: 'Only a registered unemployed person is entitled to the benefit',
    pl: 'Prawo do zasiłku ma tylko zarejestrowany bezrobotny',
  },
});
