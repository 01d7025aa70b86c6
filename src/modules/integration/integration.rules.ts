import { ruleInForce } from '../../core/dated-rules.js';
import { enumOfKeys } from '../../core/enum-of-keys.js';

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
  return ruleInForce(table, date);
}

/** The two forms of social employment (art. 3 and art. 18 of the act). */
export const Programme = { CIS: 'CIS', KIS: 'KIS' } as const;
export type Programme = (typeof Programme)[keyof typeof Programme];

/** Who may take part in social employment (art. 1 ust. 2 of the act; DOMAIN.md). A category reveals special-category data (GDPR art. 9). */
export const ELIGIBILITY_CATEGORIES = {
  HOMELESS: 'osoba bezdomna realizująca indywidualny program wychodzenia z bezdomności (art. 1 ust. 2)',
  ALCOHOL_ADDICTION: 'osoba uzależniona od alkoholu po zakończeniu programu psychoterapii w zakładzie lecznictwa odwykowego (art. 1 ust. 2)',
  DRUG_ADDICTION: 'osoba uzależniona od narkotyków lub innych środków odurzających po zakończeniu programu terapeutycznego (art. 1 ust. 2)',
  MENTAL_ILLNESS: 'osoba chora psychicznie w rozumieniu przepisów o ochronie zdrowia psychicznego (art. 1 ust. 2)',
  LONG_TERM_UNEMPLOYED: 'osoba długotrwale bezrobotna w rozumieniu przepisów o promocji zatrudnienia i instytucjach rynku pracy (art. 1 ust. 2)',
  LEAVING_PRISON: 'osoba zwolniona z zakładu karnego mająca trudności w integracji ze środowiskiem (art. 1 ust. 2)',
  REFUGEE: 'uchodźca realizujący indywidualny program integracji (art. 1 ust. 2)',
  DISABILITY: 'osoba niepełnosprawna w rozumieniu przepisów o rehabilitacji zawodowej i społecznej (art. 1 ust. 2)',
} as const;
export type EligibilityCategory = keyof typeof ELIGIBILITY_CATEGORIES;
export const EligibilityCategory = enumOfKeys(ELIGIBILITY_CATEGORIES);

/**
 * Dated limits of a CIS participation (art. 13 and art. 14 of the act), chosen by the day the
 * participation starts. Every length is a period in months counted from the start (calendar.ts
 * `periodEnd`, Kodeks cywilny art. 112).
 */
export interface ParticipationLimits {
  validFrom: string;
  validTo: string | null;
  /** Longest trial period (okres próbny). */
  maxTrialMonths: number;
  /** Longest participation under one IPZS without an extension: the trial, then the rest. */
  maxMonths: number;
  /** Longest participation in all with an extension, which needs a stated reason. */
  maxMonthsWithExtension: number;
  /** Hours of classes a week an IPZS may plan (least and most). */
  weeklyHours: { min: number; max: number };
  source: string;
}

export const CIS_PARTICIPATION_LIMITS: readonly ParticipationLimits[] = [
  {
    validFrom: '2004-01-01', validTo: '2021-12-31', maxTrialMonths: 1, maxMonths: 12, maxMonthsWithExtension: 18, weeklyHours: { min: 30, max: 30 },
    source: 'Art. 13 and art. 14 of the social employment act before Dz.U. 2022 poz. 218: a trial of up to 1 month, then up to 11 months; an extension of up to 6 months (18 in all); classes 6 hours a day',
  },
  {
    validFrom: '2022-01-01', validTo: null, maxTrialMonths: 1, maxMonths: 12, maxMonthsWithExtension: 24, weeklyHours: { min: 30, max: 40 },
    source: 'Art. 13 and art. 14 of the social employment act as amended by Dz.U. 2022 poz. 218 (in force 15 Feb 2022; here from the participations started in 2022): a trial of up to 1 month, then up to 11 months, extendable to at most 24 months in all; classes 30 to 40 hours a week (gov.legalis.pl, "Zmiany w ustawie o zatrudnieniu socjalnym")',
  },
];

export function cisLimitsOn(date: string, table: readonly ParticipationLimits[] = CIS_PARTICIPATION_LIMITS): ParticipationLimits | null {
  return ruleInForce(table, date);
}

/** Longest attendance a day can carry: classes are 6–7 hours a day (check); more than this is a typing error. */
export const MAX_HOURS_PER_DAY = 12;

/** What makes a person long-term unemployed (osoba długotrwale bezrobotna), dated. */
export interface LongTermUnemploymentRule {
  validFrom: string;
  validTo: string | null;
  /** More than this many months registered at a labour office … */
  monthsRegistered: number;
  /** … within this many months before the day. */
  withinMonths: number;
  source: string;
}

export const LONG_TERM_UNEMPLOYMENT: readonly LongTermUnemploymentRule[] = [
  {
    validFrom: '2004-06-01', validTo: null, monthsRegistered: 12, withinMonths: 24,
    source: 'Art. 2 ust. 1 pkt 2 of the act on the promotion of employment: over 12 months in the register within the last 2 years (the 2025 act on the labour market keeps it; check)',
  },
];

export function longTermUnemploymentRuleOn(date: string, table: readonly LongTermUnemploymentRule[] = LONG_TERM_UNEMPLOYMENT): LongTermUnemploymentRule | null {
  return ruleInForce(table, date);
}
