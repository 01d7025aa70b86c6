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
    validFrom: '2016-06-01',
    validTo: '2018-05-31',
    grosze: 83_110,
    source:
      'Zasiłek podstawowy from 1 June 2016 (not indexed in 2017): PLN 831.10 until 31 May 2018 (infostrow.pl); the full allowance of the published CIS rules (cis-ostrzyce.pl)',
  },
  {
    validFrom: '2018-06-01',
    validTo: '2019-05-31',
    grosze: 84_780,
    source: 'Zasiłek podstawowy from 1 June 2018: PLN 847.80 for the first three months (finanse.wp.pl)',
  },
  {
    validFrom: '2019-06-01',
    validTo: '2020-05-31',
    grosze: 86_140,
    source:
      'Zasiłek podstawowy from 1 June 2019 to 31 May 2020: PLN 861.40 for the first 90 days (kadry.infor.pl, "Zasiłek dla bezrobotnych brutto od 1 czerwca 2019 r.")',
  },
  {
    validFrom: '2020-06-01',
    validTo: '2020-08-31',
    grosze: 88_130,
    source: 'Obwieszczenie MRPiPS of 22 May 2020, M.P. 2020 poz. 467: PLN 881.30 from 1 June 2020 (portalkadrowy.pl)',
  },
  {
    validFrom: '2020-09-01',
    validTo: '2021-05-31',
    grosze: 120_000,
    source:
      'PLN 1,200.00 from 1 September 2020: art. 15 ust. 2 of the act of 19 June 2020 on the solidarity allowance (ustawa o dodatku solidarnościowym przyznawanym w celu przeciwdziałania negatywnym skutkom COVID-19, Dz.U. 2020 poz. 1068; cenkier.pl, infor.pl)',
  },
  {
    validFrom: '2021-06-01',
    validTo: '2022-05-31',
    grosze: 124_080,
    source: 'Obwieszczenie of M.P. 2021 poz. 486: PLN 1,240.80 from 1 June 2021; gov.pl (MRiPS, 10.02.2022) gives PLN 1,489 as 120% of it in February 2022',
  },
  {
    validFrom: '2022-06-01',
    validTo: '2023-05-31',
    grosze: 130_410,
    source: 'Obwieszczenie of M.P. 2022 poz. 486: PLN 1,304.10 from 1 June 2022 (tvn24; inforfk.pl)',
  },
  { validFrom: '2023-06-01', validTo: '2024-05-31', grosze: 149_190, source: 'PLN 1,491.90 from 1 June 2023 (pomorska.pl)' },
  { validFrom: '2024-06-01', validTo: '2025-05-31', grosze: 166_200, source: 'PLN 1,662.00 from 1 June 2024 (inforfk.pl)' },
  {
    validFrom: '2025-06-01',
    validTo: '2026-05-31',
    grosze: 172_190,
    source:
      'Obwieszczenie MRPiPS of 19 May 2025: PLN 1,721.90 from 1 June 2025 (art. 224 ust. 1 of the labour-market act of 20 March 2025, Dz.U. 2025 poz. 620; kadry.infor.pl)',
  },
  {
    validFrom: '2026-06-01',
    validTo: null,
    grosze: 178_390,
    source: 'Obwieszczenie MRPiPS of 2 March 2026: PLN 1,783.90 from 1 June 2026 (gospodarka.dziennik.pl)',
  },
];

/**
 * The rules of the integration allowance (art. 15 of the act) for the months they govern, chosen by
 * the allowance's month, so that a correction of a 2021 month still computes under the 2021 rules.
 * The act of 13 January 2022 (Dz.U. 2022 poz. 218) is in force from 15 February 2022 with effect
 * from 1 January 2022 for the allowance: "the allowance due for December 2021, paid in January 2022,
 * is 100% of the benefit" (gov.pl, MRiPS, 10.02.2022; gov.legalis.pl).
 *
 * Each deduction is a fraction of the month's amount at the day's rate, with its legal basis, so
 * that a labour-office clerk can check the refund line by line. Where the amended text of art. 15
 * was not found verbatim, a row keeps the earlier number and says *(check)*.
 */
export interface AllowanceRegime {
  validFrom: string;
  validTo: string | null;
  /** The monthly allowance as a percentage of the basic unemployment benefit. */
  ratePercent: number;
  /** The same during the trial period (okres próbny). */
  trialRatePercent: number;
  /** Each unexcused absence deducts 1/`unexcusedDayFraction` of the month's amount … */
  unexcusedDayFraction: number;
  /** … and more unexcused days than this in a month forfeit the month. */
  maxUnexcusedDaysInMonth: number;
  /** A doctor-confirmed sick day deducts 1/`sickDayFraction` … */
  sickDayFraction: number;
  /** … for this many days of the participation; later sick days deduct 1/`unexcusedDayFraction`. */
  paidSickDays: number;
  /** Days off at the participant's request paid in full over the participation; later ones deduct 1/`unexcusedDayFraction`. */
  paidDaysOff: number;
  /** Another excused absence (a court summons) deducts 1/`otherExcusedDayFraction`; null: nothing. */
  otherExcusedDayFraction: number | null;
  /** The legal basis of each part, as shown beside each deduction. */
  basis: { rate: string; unexcused: string; sickness: string; daysOff: string; otherExcused: string; proRata: string };
  source: string;
}

export const ALLOWANCE_REGIMES: readonly AllowanceRegime[] = [
  {
    validFrom: '2004-01-01',
    validTo: '2021-12-31',
    ratePercent: 100,
    trialRatePercent: 50,
    unexcusedDayFraction: 20,
    maxUnexcusedDaysInMonth: 3,
    sickDayFraction: 40,
    paidSickDays: 14,
    paidDaysOff: 6,
    otherExcusedDayFraction: 30,
    basis: {
      rate: 'Art. 15 ust. 2 and 3 of the social employment act before Dz.U. 2022 poz. 218: 100% of the basic unemployment benefit, 50% in the trial period',
      unexcused: 'Art. 15 ust. 4: 1/20 of the allowance per unexcused day; more than 3 in a month, no allowance for the month',
      sickness: 'Art. 15 ust. 7: doctor-confirmed sickness, 1/40 per day for up to 14 days in the participation, then 1/20',
      daysOff: 'Art. 15 ust. 6: up to 6 days off at the participant\u2019s request in the participation, paid in full, then 1/20',
      otherExcused: 'Published rules of a CIS (cis-ostrzyce.pl): 1/30 per day of another excused absence (check)',
      proRata: 'A month started or ended mid-month: pro rata to its calendar days of participation (check)',
    },
    source:
      'Ustawa o zatrudnieniu socjalnym, art. 15, before the act of 13 January 2022 (worked example of cis-ostrzyce.pl: PLN 831.10 full, 415.55 in the trial)',
  },
  {
    validFrom: '2022-01-01',
    validTo: null,
    ratePercent: 120,
    trialRatePercent: 120,
    unexcusedDayFraction: 20,
    maxUnexcusedDaysInMonth: 3,
    sickDayFraction: 40,
    paidSickDays: 14,
    paidDaysOff: 6,
    otherExcusedDayFraction: 30,
    basis: {
      rate: 'Art. 15 ust. 2 as amended by Dz.U. 2022 poz. 218 (with effect from 1 January 2022): 120% of the basic unemployment benefit, the trial period included (gov.legalis.pl, "Zmiany w ustawie o zatrudnieniu socjalnym")',
      unexcused: 'Art. 15 ust. 4: 1/20 per unexcused day; more than 3 in a month, no allowance for the month (the 2022 text not found verbatim: check)',
      sickness:
        'Art. 15 ust. 7a as added by Dz.U. 2022 poz. 218 widened paid sickness (OpenLEX, Dz.U. 2022 poz. 218 art. 10, which applies it to participations under way); its day count was not found verbatim: 1/40 for 14 days, then 1/20, kept (check)',
      daysOff: 'Art. 15 ust. 6: days off at the participant\u2019s request, paid in full; more than 6 since 2022 (check): 6 kept, then 1/20',
      otherExcused: 'Published rules of a CIS (cis-ostrzyce.pl): 1/30 per day of another excused absence (check)',
      proRata: 'A month started or ended mid-month: pro rata to its calendar days of participation (check)',
    },
    source:
      'Ustawa o zatrudnieniu socjalnym, art. 15, as amended by the act of 13 January 2022 (Dz.U. 2022 poz. 218), in force 15 February 2022 with effect from 1 January 2022 for the allowance',
  },
];

/** The allowance rules of a month (`YYYY-MM`), or null where the table has none. */
export function allowanceRegimeOf(month: string, table: readonly AllowanceRegime[] = ALLOWANCE_REGIMES): AllowanceRegime | null {
  return ruleInForce(table, `${month}-01`);
}

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
    validFrom: '2004-01-01',
    validTo: '2021-12-31',
    maxTrialMonths: 1,
    maxMonths: 12,
    maxMonthsWithExtension: 18,
    weeklyHours: { min: 30, max: 30 },
    source:
      'Art. 13 and art. 14 of the social employment act before Dz.U. 2022 poz. 218: a trial of up to 1 month, then up to 11 months; an extension of up to 6 months (18 in all); classes 6 hours a day',
  },
  {
    validFrom: '2022-01-01',
    validTo: null,
    maxTrialMonths: 1,
    maxMonths: 12,
    maxMonthsWithExtension: 24,
    weeklyHours: { min: 30, max: 40 },
    source:
      'Art. 13 and art. 14 of the social employment act as amended by Dz.U. 2022 poz. 218 (in force 15 Feb 2022; here from the participations started in 2022): a trial of up to 1 month, then up to 11 months, extendable to at most 24 months in all; classes 30 to 40 hours a week (gov.legalis.pl, "Zmiany w ustawie o zatrudnieniu socjalnym")',
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
    validFrom: '2004-06-01',
    validTo: null,
    monthsRegistered: 12,
    withinMonths: 24,
    source:
      'Art. 2 ust. 1 pkt 2 of the act on the promotion of employment: over 12 months in the register within the last 2 years (the 2025 act on the labour market keeps it; check)',
  },
];

export function longTermUnemploymentRuleOn(date: string, table: readonly LongTermUnemploymentRule[] = LONG_TERM_UNEMPLOYMENT): LongTermUnemploymentRule | null {
  return ruleInForce(table, date);
}

/**
 * The motivation bonus (motywacyjna premia integracyjna) the head of a CIS may grant a participant
 * after the trial period, for an active attitude and progress (art. 15a ust. 1), capped as a share
 * of the month's integration allowance (art. 15a ust. 2).
 */
export interface MotivationBonusCap {
  validFrom: string;
  validTo: string | null;
  /** The cap as a percentage of the month's full integration allowance (art. 15 ust. 4). */
  percentOfAllowance: number;
  source: string;
}

export const MOTIVATION_BONUS_CAPS: readonly MotivationBonusCap[] = [
  {
    validFrom: '2004-01-01',
    validTo: '2022-02-14',
    percentOfAllowance: 20,
    source:
      'Art. 15a ust. 2 before Dz.U. 2022 poz. 218: at most 20% of the integration allowance, paid from the CIS\u2019s own income (MPiPS, praca.gazetaprawna.pl "Kierownik może przyznać premię integracyjną")',
  },
  {
    validFrom: '2022-02-15',
    validTo: null,
    percentOfAllowance: 100,
    source:
      'Art. 15a ust. 2 as amended by Dz.U. 2022 poz. 218 (Dz.U. 2022 poz. 2241 t.j., OpenLEX): "nie może przekroczyć 100% wysokości świadczenia integracyjnego"; in force 15 February 2022 (check: whether it applies to January and early February 2022 as the allowance does)',
  },
];

export function motivationBonusCapOn(date: string, table: readonly MotivationBonusCap[] = MOTIVATION_BONUS_CAPS): MotivationBonusCap | null {
  return ruleInForce(table, date);
}

/**
 * Socially useful work (prace społecznie użyteczne, PSU): a person without the right to the
 * unemployment benefit, using social assistance (a KIS participant among them), works for the city
 * up to so many hours, on a labour office's referral, under an agreement (porozumienie) between the
 * starosta and the municipality; the municipality pays the hourly benefit and the labour office
 * refunds part of it from the Labour Fund. Art. 73a of the act of 20 April 2004 on employment
 * promotion until 31 May 2025; the act of 20 March 2025 on the labour market (Dz.U. 2025 poz. 620)
 * since. The row is chosen by the day the agreement was concluded: agreements concluded before
 * 1 June 2025 are carried out under the repealed act (art. 435 ust. 1 of the 2025 act), at the
 * amounts of 31 May 2025 (MRPiPS answer to an interpellation, gazetaprawna.pl 10630235).
 *
 * The agreement states the hourly benefit and the refund per hour; this table bounds them where
 * the minimum is on file. A null minimum means the amount of that year is not on file here: the
 * agreement's figures are then taken as stated, and the row says *(check)*.
 */
export interface SociallyUsefulWorkRule {
  validFrom: string;
  validTo: string | null;
  /** The lowest hourly benefit in grosze (art. 73a ust. 3, valorised each 1 June); null: not on file. */
  minimumHourlyGrosze: number | null;
  maxHoursPerWeek: number;
  maxHoursPerMonth: number;
  /** The labour office refunds at most this percentage of the minimum hourly benefit; null: not on file. */
  maxRefundPercent: number | null;
  /** The same for a person in the Activation and Integration Programme (Program Aktywizacja i Integracja). */
  maxRefundPercentInActivationProgramme: number | null;
  source: string;
}

const PSU_HOURS = '10 hours a week, 40 a month (art. 73a ust. 3; mgops.sepopol.pl, pupbelchatow.pl, mcps.pabianice.pl)';
const PSU_REFUND =
  'the starosta refunds from the Labour Fund up to 60% of the minimum benefit, up to 100% for a person in the Activation and Integration Programme (art. 73a ust. 4; pup.blonie.ibip.pl, pupbelchatow.pl)';

export const SOCIALLY_USEFUL_WORK_RULES: readonly SociallyUsefulWorkRule[] = [
  {
    validFrom: '2017-06-01',
    validTo: '2018-05-31',
    minimumHourlyGrosze: 810,
    maxHoursPerWeek: 10,
    maxHoursPerMonth: 40,
    maxRefundPercent: 60,
    maxRefundPercentInActivationProgramme: 100,
    source: `PLN 8.10 an hour, not valorised on 1 June 2017 (average CPI of 2016 was 99.4%, M.P. 2017 poz. 72; opiis.com.pl citing psz.praca.gov.pl); ${PSU_HOURS}; ${PSU_REFUND}`,
  },
  {
    validFrom: '2018-06-01',
    validTo: '2023-05-31',
    minimumHourlyGrosze: null,
    maxHoursPerWeek: 10,
    maxHoursPerMonth: 40,
    maxRefundPercent: 60,
    maxRefundPercentInActivationProgramme: 100,
    source: `Valorised each 1 June by art. 72 ust. 6; the amounts of 2018 to 2022 are not on file (PLN 9.00 is quoted by pupbelchatow.pl without a date) (check); ${PSU_HOURS}; ${PSU_REFUND}`,
  },
  {
    validFrom: '2023-06-01',
    validTo: '2024-05-31',
    minimumHourlyGrosze: 1090,
    maxHoursPerWeek: 10,
    maxHoursPerMonth: 40,
    maxRefundPercent: 60,
    maxRefundPercentInActivationProgramme: 100,
    source: `PLN 10.90 an hour from 1 June 2023 (art. 73a ust. 3; mcps.pabianice.pl, 1 June 2023); ${PSU_HOURS}; ${PSU_REFUND}`,
  },
  {
    validFrom: '2024-06-01',
    validTo: '2025-05-31',
    minimumHourlyGrosze: null,
    maxHoursPerWeek: 10,
    maxHoursPerMonth: 40,
    maxRefundPercent: 60,
    maxRefundPercentInActivationProgramme: 100,
    source: `Valorised on 1 June 2024 by the average CPI of 2023; the amount is not on file (check); it stays in force for agreements concluded before 1 June 2025 (no valorisation on that day, MRPiPS); ${PSU_HOURS}; ${PSU_REFUND}`,
  },
  {
    validFrom: '2025-06-01',
    validTo: null,
    minimumHourlyGrosze: null,
    maxHoursPerWeek: 10,
    maxHoursPerMonth: 40,
    maxRefundPercent: null,
    maxRefundPercentInActivationProgramme: null,
    source:
      'Act of 20 March 2025 on the labour market and employment services (Dz.U. 2025 poz. 620), for agreements concluded from 1 June 2025: it changed the longest duration and how the benefit is set, without a valorisation mechanism (gazetaprawna.pl 10630235); its amounts and refund share are not on file, the hour limits are kept from art. 73a (check)',
  },
];

/** The rules of socially useful work under which an agreement concluded on `concludedOn` is carried out. */
export function sociallyUsefulWorkRuleFor(
  concludedOn: string,
  table: readonly SociallyUsefulWorkRule[] = SOCIALLY_USEFUL_WORK_RULES,
): SociallyUsefulWorkRule | null {
  return ruleInForce(table, concludedOn);
}

/** The most the Labour Fund may refund per hour under a rule, in grosze; null where the rules on file do not give it. */
export function refundCapGrosze(rule: SociallyUsefulWorkRule, activationProgramme: boolean): number | null {
  const percent = activationProgramme ? rule.maxRefundPercentInActivationProgramme : rule.maxRefundPercent;
  return rule.minimumHourlyGrosze === null || percent === null ? null : Math.floor((rule.minimumHourlyGrosze * percent) / 100);
}
