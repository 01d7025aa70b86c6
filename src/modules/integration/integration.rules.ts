/**
 * Dated legal numbers of social employment (ustawa z dnia 13 czerwca 2003 r. o zatrudnieniu
 * socjalnym; DOMAIN.md, "Social employment"). A change of the law is a new row with its dates.
 *
 * The basic unemployment benefit (zasiłek dla bezrobotnych, art. 72 ustawy o promocji zatrudnienia;
 * since 2025 the act on the labour market) is indexed every 1 June. To add a year: end the previous
 * row the day before (`validTo`) and add a row with the new amount in grosze, from 1 June, with its
 * source (the minister's announcement, obwieszczenie).
 */
export interface BenefitAmount {
  validFrom: string;
  /** Inclusive; null while in force. */
  validTo: string | null;
  /** Monthly amount in grosze. */
  grosze: number;
  source: string;
}

export const BASIC_UNEMPLOYMENT_BENEFIT: readonly BenefitAmount[] = [
  {
    validFrom: '2016-06-01', validTo: '2017-05-31', grosze: 83_110,
    source: 'Zasiłek podstawowy od 1 czerwca 2016 r.: PLN 831.10, the full integration allowance in the published CIS rules (cis-ostrzyce.pl)',
  },
  {
    validFrom: '2024-06-01', validTo: null, grosze: 166_200,
    source: 'Zasiłek podstawowy od 1 czerwca 2024 r.: PLN 1,662.00 per DOMAIN.md (check: the announcement may read PLN 1,662.20)',
  },
];

/** The social-employment limits the allowance and the enrolment rules use (art. 15 and art. 13 of the act). */
export const ALLOWANCE_RULES = {
  /** Trial period (okres próbny): the allowance is 50% of the full rate. */
  trialRatePercent: 50,
  /** Each unexcused day reduces the month by 1/20 of the month's amount at the day's rate. */
  unexcusedDayFraction: 20,
  /** More unexcused days than this in a month: no allowance for that month. */
  maxUnexcusedDaysInMonth: 3,
  /** A day of doctor-confirmed sickness reduces the month by 1/40 … */
  sickDayFraction: 40,
  /** … for at most this many days (counted over the participation: check); further days are not paid (1/20). */
  paidSickDays: 14,
  /** Days off granted at the participant's request, paid in full, over the whole participation. Further ones are not paid (1/20; check). */
  paidDaysOff: 6,
} as const;

/** The benefit in force on a day, or null where the table has no row (a gap is an error to the caller). */
export function basicBenefitOn(date: string, table: readonly BenefitAmount[] = BASIC_UNEMPLOYMENT_BENEFIT): BenefitAmount | null {
  return table.find((row) => row.validFrom <= date && (row.validTo === null || date <= row.validTo)) ?? null;
}
