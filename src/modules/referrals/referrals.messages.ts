import { defineReasons } from '../../core/messages/reasons.js';

/** Why a referral between institutions is refused. */
export const REFERRALS = defineReasons({
  SENDER_NOT_ALLOWED: {
    en: 'A referral is sent by a labour office or the welfare centre, in the name of the token\u2019s organisation',
    pl: 'Skierowanie wysyła urząd pracy albo ośrodek pomocy społecznej, w imieniu organizacji użytkownika',
  },
  LEGAL_BASIS_MISSING: {
    en: 'Name the legal basis of the referral (e.g. art. 12 ust. 1 ustawy o zatrudnieniu socjalnym)',
    pl: 'Podaj podstawę prawną skierowania (np. art. 12 ust. 1 ustawy o zatrudnieniu socjalnym)',
  },
  RESPOND_BY_PASSED: { en: 'The respond-by date has passed', pl: 'Termin odpowiedzi już minął' },
  RESPOND_BY_TOO_FAR: { en: 'An operator is given at most {days} days to answer', pl: 'Na odpowiedź daje się najwyżej {days} dni' },
  LABOUR_OFFICE_REFERS_TO_KIS_CIS: {
    en: 'A labour office refers to a social integration club or centre (art. 12 and 18 of the social employment act)',
    pl: 'Urząd pracy kieruje do klubu albo centrum integracji społecznej (art. 12 i 18 ustawy o zatrudnieniu socjalnym)',
  },
  ONLY_SENDER_WITHDRAWS: { en: 'Only the sender withdraws a referral', pl: 'Skierowanie wycofuje tylko jego nadawca' },
  REFERRAL_EXPIRED: {
    en: 'The referral is expired; only a referral still waiting for an answer can be {action, select, withdraw {withdrawn} other {answered}}',
    pl: 'Skierowanie wygasło; {action, select, withdraw {wycofać} other {odpowiedzieć na}} można tylko skierowanie czekające na odpowiedź',
  },
  REFERRAL_ALREADY_ANSWERED: {
    en: 'The referral is {status}; only a referral still waiting for an answer can be {action, select, withdraw {withdrawn} other {answered}}',
    pl: 'Skierowanie ma status „{status}”; {action, select, withdraw {wycofać} other {odpowiedzieć na}} można tylko skierowanie czekające na odpowiedź',
  },
  REFUSAL_REASON_MISSING: { en: 'A refusal gives its reason', pl: 'Odmowa podaje powód' },
  ACCEPTANCE_HAS_NO_REASON: { en: 'An acceptance has no reason', pl: 'Przyjęcie nie ma powodu' },
  OTHER_REASON_TEXT: { en: 'Say why, in at least 5 characters, when the reason is OTHER', pl: 'Przy powodzie „inny” opisz go co najmniej 5 znakami' },
  REFERRAL_FOR_ANOTHER_PERSON: { en: 'The referral is for another person', pl: 'Skierowanie dotyczy innej osoby' },
  REFERRAL_TO_ANOTHER_FACILITY: { en: 'The referral is to another facility', pl: 'Skierowanie jest do innej placówki' },
  REFERRAL_ALREADY_USED: { en: 'The person was already taken in on this referral', pl: 'Na podstawie tego skierowania osobę już przyjęto' },
});
