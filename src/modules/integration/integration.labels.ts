import type { EnumLabels } from '../../core/labels/enum-labels.js';
import { sentenceCase } from '../../core/labels/enum-labels.js';
import type { AttendanceStatus, ExcusedKind, ParticipationOutcome, ProgrammeDocumentKind, ReferralSource } from './integration.entities.js';
import type { DeductionKind } from './allowance.js';
import { ELIGIBILITY_CATEGORIES, type Programme } from './integration.rules.js';
import type { ParticipationStatus, StatisticsOutcome } from './integration.types.js';
import { EMPLOYMENT_BASES, YEARLY_REPORT_SECTIONS } from './yearly-report-sections.js';

type Labels<T> = Record<keyof T, string>;

const OUTCOMES = {
  EMPLOYMENT: 'Zatrudnienie',
  OWN_BUSINESS: 'Działalność gospodarcza',
  SOCIAL_COOPERATIVE: 'Członkostwo w spółdzielni socjalnej',
  DROPPED_OUT: 'Przerwanie lub wykluczenie',
  OTHER: 'Inny efekt',
} satisfies Labels<typeof ParticipationOutcome>;

export const integrationEnumLabels: EnumLabels = {
  Programme: { KIS: 'Klub integracji społecznej (KIS)', CIS: 'Centrum integracji społecznej (CIS)' } satisfies Labels<typeof Programme>,
  EligibilityCategory: Object.fromEntries(
    Object.entries(ELIGIBILITY_CATEGORIES).map(([key, name]) => [key, sentenceCase(name.replace(' (art. 1 ust. 2)', ''))]),
  ),
  ParticipationOutcome: OUTCOMES,
  StatisticsOutcome: { ...OUTCOMES, ONGOING: 'W trakcie' } satisfies Labels<typeof StatisticsOutcome>,
  ParticipationStatus: { ACTIVE: 'Uczestniczy', ENDED: 'Zakończył udział' } satisfies Labels<typeof ParticipationStatus>,
  ReferralSource: {
    WELFARE_CENTRE: 'Skierowanie z ośrodka pomocy społecznej',
    LABOUR_OFFICE: 'Skierowanie z urzędu pracy',
    OWN_APPLICATION: 'Na własny wniosek',
  } satisfies Labels<typeof ReferralSource>,
  ProgrammeDocumentKind: {
    IPZS: 'Indywidualny program zatrudnienia socjalnego',
    SOCIAL_CONTRACT: 'Kontrakt socjalny',
    INDIVIDUAL_PROGRAMME: 'Inny program indywidualny',
  } satisfies Labels<typeof ProgrammeDocumentKind>,
  AttendanceStatus: {
    PRESENT: 'Obecny',
    EXCUSED_ABSENCE: 'Nieobecność usprawiedliwiona',
    UNEXCUSED_ABSENCE: 'Nieobecność nieusprawiedliwiona',
  } satisfies Labels<typeof AttendanceStatus>,
  ExcusedKind: { SICK_LEAVE: 'Choroba (zaświadczenie lekarskie)', DAY_OFF: 'Dzień wolny', OTHER_EXCUSED: 'Inna usprawiedliwiona' } satisfies Labels<
    typeof ExcusedKind
  >,
  AllowanceDeductionKind: {
    UNEXCUSED_ABSENCE: 'Nieobecności nieusprawiedliwione',
    SICK_LEAVE: 'Choroba w ramach płatnych dni',
    SICK_LEAVE_BEYOND_PAID_DAYS: 'Choroba ponad płatne dni',
    DAY_OFF_BEYOND_PAID_DAYS: 'Dni wolne ponad przysługujące',
    OTHER_EXCUSED_ABSENCE: 'Inne nieobecności usprawiedliwione',
  } satisfies Labels<typeof DeductionKind>,
  EmploymentBasis: Object.fromEntries(Object.entries(EMPLOYMENT_BASES).map(([key, name]) => [key, sentenceCase(name)])),
  YearlyReportSection: Object.fromEntries(Object.entries(YEARLY_REPORT_SECTIONS).map(([key, info]) => [key, info.name])),
};
