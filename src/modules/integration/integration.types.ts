import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOfKeys } from '../../core/enum-of-keys.js';
import { EMPLOYMENT_BASES, YEARLY_REPORT_SECTIONS, type EmploymentBasis as EmploymentBasisKey } from './yearly-report-sections.js';
import { ConnectionType } from '../../core/graphql/pagination.js';
import { DateScalar, DateTimeScalar } from '../../core/graphql/scalars.js';
import { PersonInput } from '../persons/index.js';
import { AttendanceStatus, ExcusedKind, ParticipationOutcome, ProgrammeDocumentKind, ReferralSource } from './integration.entities.js';
import { DeductionKind } from './allowance.js';
import { EligibilityCategory, ELIGIBILITY_CATEGORIES, Programme, MAX_HOURS_PER_DAY } from './integration.rules.js';
import { ParticipationDimension } from './participation-statistics.js';

const ACT = 'ustawa z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym';

registerEnumType(Programme, {
  name: 'Programme',
  description: `The form of social employment (${ACT}).`,
  valuesConfig: {
    CIS: { description: 'Centrum integracji społecznej (art. 3): classes under an IPZS, paid an integration allowance refunded by the labour office.' },
    KIS: { description: 'Klub integracji społecznej (art. 18): activities under a social contract or an individual programme; no allowance.' },
  },
});

registerEnumType(EligibilityCategory, {
  name: 'EligibilityCategory',
  description: `Why a person may take part in social employment (art. 1 ust. 2 of the ${ACT}). Special-category data (GDPR art. 9): every read is audited.`,
  valuesConfig: Object.fromEntries(Object.entries(ELIGIBILITY_CATEGORIES).map(([k, v]) => [k, { description: v }])),
});

registerEnumType(ReferralSource, {
  name: 'ReferralSource',
  description: 'Who sent the person to the KIS or CIS (art. 12 of the act).',
  valuesConfig: {
    WELFARE_CENTRE: { description: 'Skierowanie z ośrodka pomocy społecznej (MOPS).' },
    LABOUR_OFFICE: { description: 'Skierowanie z powiatowego urzędu pracy.' },
    OWN_APPLICATION: { description: 'Na własny wniosek (own application), with the consent of the welfare centre.' },
  },
});

registerEnumType(ProgrammeDocumentKind, {
  name: 'ProgrammeDocumentKind',
  description: 'The individual programme a participation follows.',
  valuesConfig: {
    IPZS: { description: 'Indywidualny program zatrudnienia socjalnego (art. 13): every CIS participation.' },
    SOCIAL_CONTRACT: { description: 'Kontrakt socjalny (art. 108 of the social assistance act): a KIS participation.' },
    INDIVIDUAL_PROGRAMME: { description: 'Another individual programme (e.g. of leaving homelessness, of integration): a KIS participation.' },
  },
});

registerEnumType(ParticipationOutcome, {
  name: 'ParticipationOutcome',
  description: 'What a participation led to; feeds the statistics.',
  valuesConfig: {
    EMPLOYMENT: { description: 'Employment (zatrudnienie), including supported employment.' },
    OWN_BUSINESS: { description: 'Own business (działalność gospodarcza).' },
    SOCIAL_COOPERATIVE: { description: 'Membership of a social cooperative (spółdzielnia socjalna).' },
    DROPPED_OUT: { description: 'Left or was excluded before the end (e.g. more than three unexcused days).' },
    OTHER: { description: 'Another outcome; see the reason.' },
  },
});

registerEnumType(AttendanceStatus, {
  name: 'AttendanceStatus',
  description: 'A participant\u2019s day (API.md).',
  valuesConfig: {
    PRESENT: { description: 'Present at the classes, with hours.' },
    EXCUSED_ABSENCE: { description: 'Absent with an excuse of a kind (excusedKind).' },
    UNEXCUSED_ABSENCE: {
      description: 'Absent without excuse: reduces the allowance by 1/20; more than 3 in a month forfeit it (art. 15 ust. 4 of the social employment act).',
    },
  },
});

registerEnumType(ExcusedKind, {
  name: 'ExcusedKind',
  description: 'The kind of an excused absence; the allowance treats each differently (DOMAIN.md).',
  valuesConfig: {
    SICK_LEAVE: {
      description:
        'Sickness confirmed by a doctor (art. 15 ust. 7 and 7a): a reduced deduction for the paid sick days of the participation, the full one after; the numbers of the month are in IntegrationAllowance.deductions.',
    },
    DAY_OFF: {
      description:
        'A day off granted by the head of the centre at the participant\u2019s request (art. 15 ust. 6): paid in full up to the paid days off of the participation, deducted after.',
    },
    OTHER_EXCUSED: { description: 'Another excused absence (e.g. a court summons): deducted at the fraction of the rules table (check).' },
  },
});

export const ParticipationStatus = { ACTIVE: 'ACTIVE', ENDED: 'ENDED' } as const;
export type ParticipationStatus = (typeof ParticipationStatus)[keyof typeof ParticipationStatus];
registerEnumType(ParticipationStatus, {
  name: 'ParticipationStatus',
  description: 'Whether a participation has been ended.',
  valuesConfig: { ACTIVE: { description: 'Not ended (it may be past its planned end).' }, ENDED: { description: 'Ended with a date, reason and outcome.' } },
});

registerEnumType(ParticipationDimension, {
  name: 'ParticipationDimension',
  description: 'A dimension of participation statistics.',
  valuesConfig: {
    PROGRAMME: { description: 'KIS or CIS.' },
    ELIGIBILITY_CATEGORY: { description: 'The eligibility category (art. 1 ust. 2).' },
    MONTH: { description: 'Each calendar month of the period in which the participation ran for at least a day.' },
    OUTCOME: { description: 'The outcome, ONGOING while not ended.' },
  },
});

export const StatisticsOutcome = { ...ParticipationOutcome, ONGOING: 'ONGOING' } as const;
registerEnumType(StatisticsOutcome, {
  name: 'StatisticsOutcome',
  description: 'An outcome in statistics: the outcomes of ended participations, and ONGOING.',
  valuesConfig: {
    EMPLOYMENT: { description: 'Employment.' },
    OWN_BUSINESS: { description: 'Own business.' },
    SOCIAL_COOPERATIVE: { description: 'Social cooperative.' },
    DROPPED_OUT: { description: 'Dropped out or excluded.' },
    OTHER: { description: 'Another outcome.' },
    ONGOING: { description: 'Not ended yet.' },
  },
});

@ObjectType('ProgrammeDocument', {
  description: 'The individual programme of a participation: IPZS for a CIS, a social contract or individual programme for a KIS.',
})
export class ProgrammeDocumentType {
  @Field(() => ProgrammeDocumentKind, { description: 'Kind of programme.' })
  kind!: ProgrammeDocumentKind;

  @Field(() => String, {
    nullable: true,
    description: 'Its number or reference, if it has one. Part of the welfare file: withheld (null, FORBIDDEN) from LABOUR_OFFICE.',
  })
  number!: string | null;

  @Field(() => DateScalar, { description: 'When it was signed.' })
  signedOn!: string;
}

@ObjectType('Participant', {
  description:
    'A person\u2019s participation in a KIS or CIS (ustawa o zatrudnieniu socjalnym). NGO staff see those of the facilities their organisation operates; MOPS_WORKER and ADMIN all; a labour office those in the CIS summaries it refunds.',
})
export class ParticipantType {
  @Field(() => ID, { description: 'Id of the participation (what attendance entries name as participantId).' })
  id!: string;

  @Field(() => Programme, { description: 'KIS or CIS, from the facility\u2019s type.' })
  programme!: Programme;

  @Field(() => ReferralSource, {
    nullable: true,
    description:
      'Who referred the person. Part of the welfare file: withheld (null, FORBIDDEN) from LABOUR_OFFICE, whose purpose is the refund (API.md, purpose limitation).',
  })
  referralSource!: ReferralSource;

  @Field(() => ID, {
    nullable: true,
    description: 'The referral (skierowanie) the person came on, if any. Part of the welfare file: withheld from LABOUR_OFFICE.',
  })
  referralId!: string | null;

  @Field(() => DateScalar, { description: 'First day of the participation.' })
  startDate!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Last day of the trial period (CIS; at most 1 month: from 31 October it may end on 30 November, Kodeks cywilny art. 112); null without one. Paid at 120% since 2022, at 50% before.',
  })
  trialEndDate!: string | null;

  @Field(() => DateScalar, {
    description:
      'Planned last day: for a CIS at most 12 months from the start, trial included, and with an extension reason up to 24 months in all (18 for participations started before 2022; art. 13–14 as amended by Dz.U. 2022 poz. 218).',
  })
  plannedEndDate!: string;

  @Field(() => String, { nullable: true, description: 'Why a CIS participation goes beyond 12 months.' })
  extensionReason!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Actual last day; null while it goes on.' })
  endDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it ended.' })
  endReason!: string | null;

  @Field(() => ParticipationOutcome, { nullable: true, description: 'What it led to; null while it goes on.' })
  outcome!: ParticipationOutcome | null;
}

@ObjectType('AttendanceDay', { description: 'One reported day of a participant.' })
export class AttendanceDayType {
  @Field(() => DateScalar, { description: 'The day.' })
  date!: string;

  @Field(() => AttendanceStatus, { description: 'Present, or absent with or without excuse.' })
  status!: AttendanceStatus;

  @Field(() => ExcusedKind, { nullable: true, description: 'Kind of an excused absence.' })
  excusedKind!: ExcusedKind | null;

  @Field(() => Float, { nullable: true, description: 'Hours present.' })
  hours!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'User who reported the current value. Withheld (null, FORBIDDEN) from LABOUR_OFFICE: the refund needs the day, not who entered it.',
  })
  reportedBy!: string;

  @Field(() => DateTimeScalar, { description: 'When the current value was reported.' })
  reportedAt!: Date;

  @Field(() => Int, { description: 'How many times the day was corrected; the previous values are kept.' })
  corrections!: number;
}

registerEnumType(DeductionKind, {
  name: 'AllowanceDeductionKind',
  description: 'What a deduction from the integration allowance is for.',
  valuesConfig: {
    UNEXCUSED_ABSENCE: { description: 'Unexcused absences.' },
    SICK_LEAVE: { description: 'Doctor-confirmed sick days within the paid sick days of the participation (the reduced fraction).' },
    SICK_LEAVE_BEYOND_PAID_DAYS: { description: 'Sick days beyond the paid ones (the full fraction).' },
    DAY_OFF_BEYOND_PAID_DAYS: { description: 'Days off beyond the paid days off of the participation.' },
    OTHER_EXCUSED_ABSENCE: { description: 'Other excused absences.' },
  },
});

@ObjectType('AllowanceDeduction', {
  description: 'One line of the allowance: the days of one kind of absence, the fraction each deducts, the sum, and its legal basis.',
})
export class AllowanceDeductionType {
  @Field(() => DeductionKind, { description: 'What the days are.' })
  kind!: DeductionKind;

  @Field(() => Int, { description: 'How many days of the month.' })
  days!: number;

  @Field(() => Int, { description: 'Each day deducts 1/fraction of the month\u2019s amount at that day\u2019s rate (20 for 1/20).' })
  fraction!: number;

  @Field(() => String, {
    description:
      'The sum deducted for these days in PLN, two decimals, rounded half up (the total is computed exactly, so the lines may differ from it by a grosz).',
  })
  amount!: string;

  @Field(() => String, {
    description: 'The legal basis: the act and article of the rules table\u2019s row, with (check) where the amended text was not found verbatim.',
  })
  basis!: string;
}

@ObjectType('IntegrationAllowance', {
  description: [
    'The integration allowance (świadczenie integracyjne, art. 15 of the social employment act) of one CIS participant for one calendar month, under the rules in force for that month (the dated table ALLOWANCE_REGIMES in `integration.rules.ts`):',
    '(1) each calendar day of participation earns 1/(days in the month) of the monthly amount at that day\u2019s rate: from January 2022, 120% of the basic unemployment benefit in force that day, the trial month included (Dz.U. 2022 poz. 218); before, 100%, and 50% in the trial period. So a month started or ended mid-month is paid pro rata;',
    '(2) each unexcused absence deducts 1/20 of the monthly amount, and more than 3 unexcused days forfeit the month;',
    '(3) doctor-confirmed sickness deducts 1/40 a day for the paid sick days of the participation, 1/20 after; days off at the participant\u2019s request are paid up to the paid days off of the participation, then deduct 1/20; another excused absence deducts 1/30 (check);',
    '(4) the result is rounded to the grosz, half up, and never below zero. `deductions` lists each with its basis, so a labour office can verify the refund line by line.',
  ].join(' '),
})
export class IntegrationAllowanceType {
  @Field(() => String, { description: 'The month\u2019s allowance in PLN, two decimals ("2140.68").' })
  amount!: string;

  @Field(() => Int, { description: 'The same in grosze.' })
  grosze!: number;

  @Field(() => String, { description: 'What the days of participation earn before deductions, in PLN, two decimals.' })
  earnedAmount!: string;

  @Field(() => Int, { description: 'The rate of the month: percent of the basic unemployment benefit (120 from January 2022, 100 before).' })
  ratePercent!: number;

  @Field(() => Int, { description: 'The rate in the trial period (120 from January 2022, 50 before).' })
  trialRatePercent!: number;

  @Field(() => String, { description: 'The legal basis of the rate.' })
  rateBasis!: string;

  @Field(() => String, { description: 'The legal basis of paying a part month pro rata.' })
  proRataBasis!: string;

  @Field(() => [String], {
    description: 'Monthly basic unemployment benefit(s) in force during the month\u2019s participation, in PLN (two when it changed on 1 June).',
  })
  basicBenefitAmounts!: string[];

  @Field(() => Int, { description: 'Calendar days of participation in the month.' })
  participationDays!: number;

  @Field(() => Int, { description: 'Of them, days of the trial period (paid at trialRatePercent).' })
  trialDays!: number;

  @Field(() => Int, { description: 'Unexcused absences.' })
  unexcusedDays!: number;

  @Field(() => Int, { description: 'Sick days deducted at the reduced fraction.' })
  sickDaysReduced!: number;

  @Field(() => Int, { description: 'Sick days beyond the paid ones, deducted at the full fraction.' })
  sickDaysUnpaid!: number;

  @Field(() => Int, { description: 'Days off paid in full.' })
  daysOffPaid!: number;

  @Field(() => Int, { description: 'Days off beyond the paid ones, deducted.' })
  daysOffUnpaid!: number;

  @Field(() => Int, { description: 'Other excused absences.' })
  otherExcusedDays!: number;

  @Field(() => [AllowanceDeductionType], { description: 'Each deduction of the month with its days, fraction, sum and legal basis.' })
  deductions!: AllowanceDeductionType[];

  @Field(() => Boolean, { description: 'True when the month had more unexcused absences than the rules allow (3): nothing is paid.' })
  forfeited!: boolean;
}

@ObjectType('AttendanceMonthSummary', {
  description: 'One participant\u2019s month at a KIS or CIS: days, absences by kind and, for a CIS, the integration allowance.',
})
export class AttendanceMonthSummaryType {
  @Field(() => String, { description: 'The month, YYYY-MM.' })
  month!: string;

  @Field(() => DateScalar, { description: 'First day of participation within the month.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day of participation within the month (its actual or planned end, or the month\u2019s last day).' })
  to!: string;

  @Field(() => Int, { description: 'Working days (Monday to Friday, not public holidays) of participation in the month.' })
  workingDays!: number;

  @Field(() => Int, { description: 'Days with an entry.' })
  daysReported!: number;

  @Field(() => Int, { description: 'Days present.' })
  daysPresent!: number;

  @Field(() => Float, { description: 'Hours present in total.' })
  hoursPresent!: number;

  @Field(() => Int, { description: 'Excused absences of any kind.' })
  excusedAbsences!: number;

  @Field(() => Int, { description: 'Of them, sick leave.' })
  sickLeaveDays!: number;

  @Field(() => Int, { description: 'Of them, days off granted by the head of the centre.' })
  daysOff!: number;

  @Field(() => Int, { description: 'Of them, other excused absences.' })
  otherExcusedDays!: number;

  @Field(() => Int, { description: 'Unexcused absences.' })
  unexcusedAbsences!: number;

  @Field(() => Int, { description: 'Working days of participation with no entry yet.' })
  unreportedWorkingDays!: number;

  @Field(() => Boolean, { description: 'True when the month is closed: its figures are final.' })
  monthClosed!: boolean;
}

@ObjectType('AttendanceReportResult', { description: 'What an attendance report did. A replay of the same idempotency key returns the first result.' })
export class AttendanceReportResultType {
  @Field(() => ID, { description: 'Id of the report.' })
  reportId!: string;

  @Field(() => ID, { description: 'The facility reported on.' })
  facilityId!: string;

  @Field(() => String, { description: 'The idempotency key it was sent with.' })
  idempotencyKey!: string;

  @Field(() => Boolean, { description: 'True when this is the stored result of an earlier call with the same key and content: nothing was written now.' })
  replayed!: boolean;

  @Field(() => Int, { description: 'Entries received.' })
  entriesReceived!: number;

  @Field(() => Int, { description: 'Days reported for the first time.' })
  created!: number;

  @Field(() => Int, { description: 'Days whose earlier values were corrected (the previous values are kept).' })
  corrected!: number;

  @Field(() => Int, { description: 'Days already reported with the same values.' })
  unchanged!: number;

  @Field(() => [String], { description: 'Months (YYYY-MM) the entries fall in.' })
  months!: string[];

  @Field(() => DateTimeScalar, { description: 'When the report was saved.' })
  reportedAt!: string;
}

@ObjectType('MonthClosure', { description: 'A month made final for a facility: later corrections need MOPS_WORKER or ADMIN and a reason.' })
export class MonthClosureType {
  @Field(() => ID, { description: 'The facility.' })
  facilityId!: string;

  @Field(() => String, { description: 'The month, YYYY-MM.' })
  month!: string;

  @Field(() => DateTimeScalar, { description: 'When it was closed.' })
  closedAt!: Date;

  @Field(() => String, { description: 'Who closed it.' })
  closedBy!: string;
}

@ObjectType('ParticipationStatisticsRow', {
  description: 'Participations counted by the dimensions asked for; a dimension not asked for is null. Counts under 5 are suppressed.',
})
export class ParticipationStatisticsRowType {
  @Field(() => Programme, { nullable: true, description: 'KIS or CIS, when grouped by PROGRAMME.' })
  programme!: Programme | null;

  @Field(() => EligibilityCategory, { nullable: true, description: 'Eligibility category, when grouped by ELIGIBILITY_CATEGORY.' })
  eligibilityCategory!: EligibilityCategory | null;

  @Field(() => String, { nullable: true, description: 'Month YYYY-MM, when grouped by MONTH.' })
  month!: string | null;

  @Field(() => StatisticsOutcome, { nullable: true, description: 'Outcome or ONGOING, when grouped by OUTCOME.' })
  outcome!: string | null;

  @Field(() => Int, { nullable: true, description: 'Participations in the group; null when suppressed (fewer than 5, which could point at a person).' })
  participants!: number | null;

  @Field(() => Boolean, { description: 'True when the count is withheld because it is under 5.' })
  suppressed!: boolean;
}

export const ParticipantConnection = ConnectionType(ParticipantType, 'Participant', 'participant');

@InputType('ProgrammeDocumentInput', { description: 'The individual programme of a participation.' })
export class ProgrammeDocumentInput {
  @Field(() => ProgrammeDocumentKind, { description: 'IPZS for a CIS; SOCIAL_CONTRACT or INDIVIDUAL_PROGRAMME for a KIS.' })
  kind!: ProgrammeDocumentKind;

  @Field(() => String, { nullable: true, description: 'Its number or reference.' })
  number?: string | null;

  @Field(() => DateScalar, { description: 'When it was signed; on or before the start.' })
  signedOn!: string;
}

@InputType('EnrolmentInput', { description: 'Enrolment of a person at a KIS or CIS.' })
export class EnrolmentInput {
  @Field(() => ID, { description: 'The KIS or CIS.' })
  facilityId!: string;

  @Field(() => PersonInput, { description: 'Who: PESEL and names. An existing person with this PESEL is reused.' })
  person!: PersonInput;

  @Field(() => EligibilityCategory, { description: 'Why the person may take part (art. 1 ust. 2).' })
  eligibilityCategory!: EligibilityCategory;

  @Field(() => ReferralSource, { description: 'Who referred the person.' })
  referralSource!: ReferralSource;

  @Field(() => ID, { nullable: true, description: 'The referring organisation (a welfare centre or labour office of the registry), if known.' })
  referringOrganisationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The referral (skierowanie) the person comes on: it must be for this person and facility, waiting (it is accepted now) or accepted, and not used yet.',
  })
  referralId?: string | null;

  @Field(() => ProgrammeDocumentInput, { description: 'The individual programme.' })
  programmeDocument!: ProgrammeDocumentInput;

  @Field(() => DateScalar, { description: 'First day.' })
  startDate!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Last day of the trial period (CIS only): at most 1 month from the start, counted as Kodeks cywilny art. 112 counts it (from 2026-10-31 to 2026-11-30 at the latest).',
  })
  trialEndDate?: string | null;

  @Field(() => DateScalar, {
    description:
      'Planned last day (CIS: at most 12 months from the start, trial included; up to 24 months in all with extensionReason, 18 for a start before 2022).',
  })
  plannedEndDate!: string;

  @Field(() => String, { nullable: true, description: 'Why a CIS participation is planned beyond 12 months (art. 14).' })
  extensionReason?: string | null;
}

@InputType('EndParticipationInput', { description: 'How a participation ends.' })
export class EndParticipationInput {
  @Field(() => DateScalar, { description: 'Last day of participation; not before the start, not in the future.' })
  endDate!: string;

  @Field(() => String, { description: 'Why it ends, in words.' })
  reason!: string;

  @Field(() => ParticipationOutcome, { description: 'What it led to.' })
  outcome!: ParticipationOutcome;
}

@InputType('AttendanceEntryInput', { description: 'One participant\u2019s day.' })
export class AttendanceEntryInput {
  @Field(() => ID, { description: 'The participation (Participant.id).' })
  participantId!: string;

  @Field(() => DateScalar, { description: 'The day; today or earlier, within the participation.' })
  date!: string;

  @Field(() => AttendanceStatus, { description: 'Present or absent.' })
  status!: AttendanceStatus;

  @Field(() => ExcusedKind, { nullable: true, description: 'Kind of an excused absence; required for EXCUSED_ABSENCE, absent otherwise.' })
  excusedKind?: ExcusedKind | null;

  @Field(() => Float, { nullable: true, description: `Hours present: more than 0 and at most ${MAX_HOURS_PER_DAY} for PRESENT; none for an absence.` })
  hours?: number | null;
}

@InputType('AttendanceReportInput', { description: 'A batch of attendance days of one facility: all or nothing, idempotent on its key.' })
export class AttendanceReportInput {
  @Field(() => ID, { description: 'The KIS or CIS.' })
  facilityId!: string;

  @Field(() => String, {
    description: 'Chosen by the sender, unique per report (e.g. a hash of the file): sending it again returns the first result and writes nothing.',
  })
  idempotencyKey!: string;

  @Field(() => [AttendanceEntryInput], { description: 'Up to 10,000 days.' })
  entries!: AttendanceEntryInput[];

  @Field(() => String, { nullable: true, description: 'Why a closed month is changed (MOPS_WORKER or ADMIN only).' })
  correctionReason?: string | null;
}

@InputType('ParticipantFilter', { description: 'Narrows the participants list; all conditions apply together.' })
export class ParticipantFilter {
  @Field(() => ID, { nullable: true, description: 'At this facility.' })
  facilityId?: string | null;

  @Field(() => Programme, { nullable: true, description: 'KIS or CIS.' })
  programme?: Programme | null;

  @Field(() => ParticipationStatus, { nullable: true, description: 'Active or ended.' })
  status?: ParticipationStatus | null;

  @Field(() => DateScalar, { nullable: true, description: 'Taking part on this day.' })
  activeOn?: string | null;

  @Field(() => EligibilityCategory, { nullable: true, description: 'Of this eligibility category.' })
  eligibilityCategory?: EligibilityCategory | null;

  @Field(() => String, { nullable: true, description: 'The person with this PESEL (looked up by its keyed hash).' })
  pesel?: string | null;
}

@InputType('ParticipationStatisticsFilter', { description: 'The period and scope of participation statistics.' })
export class ParticipationStatisticsFilter {
  @Field(() => String, { nullable: true, description: 'First month, YYYY-MM; 11 months before toMonth when omitted.' })
  fromMonth?: string | null;

  @Field(() => String, { nullable: true, description: 'Last month, YYYY-MM; the current month when omitted.' })
  toMonth?: string | null;

  @Field(() => Programme, { nullable: true, description: 'Only KIS or only CIS.' })
  programme?: Programme | null;

  @Field(() => ID, { nullable: true, description: 'Only this facility.' })
  facilityId?: string | null;
}

@ObjectType('ReportCount', { description: 'A count of the yearly report under its key.' })
export class ReportCountType {
  @Field(() => String, { description: 'What is counted: an eligibility group (art. 1 ust. 2) or an outcome.' })
  key!: string;

  @Field(() => Int, { description: 'The count.' })
  count!: number;
}

@ObjectType('ReportMonthAllowance', { description: 'The integration allowances of one month, as its summary gives them.' })
export class ReportMonthAllowanceType {
  @Field(() => String, { description: 'The month, YYYY-MM.' })
  month!: string;

  @Field(() => String, { description: 'The month\u2019s allowances in złoty.' })
  amount!: string;

  @Field(() => Boolean, { description: 'True when the month is closed: its figures are final.' })
  closed!: boolean;
}

const EmploymentBasis = enumOfKeys(EMPLOYMENT_BASES);
type EmploymentBasis = EmploymentBasisKey;
export const YearlyReportSection = enumOfKeys(YEARLY_REPORT_SECTIONS);

registerEnumType(EmploymentBasis, {
  name: 'EmploymentBasis',
  description: 'How the staff of a KIS or CIS is employed (podstawa zatrudnienia), as the yearly report asks.',
  valuesConfig: Object.fromEntries(Object.entries(EMPLOYMENT_BASES).map(([k, pl]) => [k, { description: `${pl[0]!.toUpperCase()}${pl.slice(1)}.` }])),
});

registerEnumType(YearlyReportSection, {
  name: 'YearlyReportSection',
  description: 'A part of the yearly report of a KIS or CIS the operator enters (the hub cannot know it).',
  valuesConfig: Object.fromEntries(Object.entries(YEARLY_REPORT_SECTIONS).map(([k, s]) => [k, { description: `${s.name} (${s.programmes.join(', ')}).` }])),
});

@ObjectType('StaffByBasis', { description: 'Employees of one basis of employment.' })
export class StaffByBasisType {
  @Field(() => EmploymentBasis, { description: 'The basis of employment.' })
  basis!: string;

  @Field(() => Int, { description: 'Employees on it.' })
  headcount!: number;
}

@InputType('StaffByBasisInput', { description: 'Employees of one basis of employment.' })
export class StaffByBasisInput {
  @Field(() => EmploymentBasis, { description: 'The basis of employment.' })
  basis!: EmploymentBasis;

  @Field(() => Int, { description: 'Employees on it, 0 or more.' })
  headcount!: number;
}

@ObjectType('CentreStaffFigures', { description: 'The staff of a KIS or CIS in a year, as its operator reports it.' })
export class CentreStaffType {
  @Field(() => Int, { description: 'Employees (headcount).' })
  headcount!: number;

  @Field(() => String, { description: 'Full-time equivalents, two decimals.' })
  fte!: string;

  @Field(() => [StaffByBasisType], {
    nullable: true,
    description: 'The employees by basis of employment, adding up to the headcount; null where the operator did not say.',
  })
  byBasis!: StaffByBasisType[] | null;
}

@ObjectType('ReportGroupOutcome', { description: 'Persons of one group of art. 1 ust. 2 whose participation ended with one outcome.' })
export class ReportGroupOutcomeType {
  @Field(() => EligibilityCategory, { description: 'The group (art. 1 ust. 2).' })
  group!: string;

  @Field(() => ParticipationOutcome, { description: 'The outcome.' })
  outcome!: string;

  @Field(() => Int, { description: 'Persons.' })
  count!: number;
}

@ObjectType('ReportSection', { description: 'A part of the yearly report the operator enters; its content is null while still to be entered.' })
export class ReportSectionType {
  @Field(() => YearlyReportSection, { description: 'Which part.' })
  section!: string;

  @Field(() => String, { description: 'Its name as the report words it.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the operator entered; null: to be entered.' })
  content!: string | null;

  @Field(() => String, { nullable: true, description: 'Its amount in złoty (the grant settled, the financial plan); null where none.' })
  amount!: string | null;
}

@ObjectType('SocialEmploymentReport', {
  description:
    'The yearly report of a KIS or CIS, due by 31 March (ustawa o zatrudnieniu socjalnym art. 5 ust. 4 pkt 2 and ust. 6, art. 18a ust. 6; the CIS form: Dz.U. 2017 poz. 97), from the hub\u2019s data. Months not yet closed are listed as incomplete.',
})
export class SocialEmploymentReportType {
  @Field(() => ID, { description: 'The KIS or CIS.' })
  facilityId!: string;

  @Field(() => Programme, { description: 'KIS or CIS.' })
  programme!: string;

  @Field(() => Int, { description: 'The year reported.' })
  year!: number;

  @Field(() => String, {
    nullable: true,
    description: 'What the report is filed under for that year: the CIS form (Dz.U. 2017 poz. 97) or art. 18a ust. 6 for a KIS; from a dated rules table.',
  })
  legalBasis!: string | null;

  @Field(() => CentreStaffType, {
    nullable: true,
    description: 'Employees (pkt 1): as the operator reported them (recordCentreStaff); null while not reported.',
  })
  staff!: CentreStaffType | null;

  @Field(() => Int, {
    description: 'Participants in reintegration (pkt 4): persons taking part on any day of the year, each counted once however many times they enrolled.',
  })
  participants!: number;

  @Field(() => Int, {
    description: 'Participations active on any day of the year: a person who left and enrolled again counts twice here and once in participants.',
  })
  participations!: number;

  @Field(() => [ReportCountType], {
    description:
      'Participants by the group of art. 1 ust. 2 (pkt 2): each person once, under the group of their latest participation of the year; the groups add up to participants.',
  })
  participantsByGroup!: ReportCountType[];

  @Field(() => [ReportCountType], {
    description: 'Participants whose participation ended in the year, by outcome: each person once, by the outcome of their latest ending.',
  })
  endedByOutcome!: ReportCountType[];

  @Field(() => [ReportGroupOutcomeType], {
    description:
      'The effects of social and vocational reintegration by group of art. 1 ust. 2: each person once, by the group and outcome of their latest ending.',
  })
  outcomesByGroup!: ReportGroupOutcomeType[];

  @Field(() => Int, {
    description: 'Participants who became economically independent (pkt 3): ended in employment, their own business or a social cooperative.',
  })
  economicallyIndependent!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Integration allowances of the year (pkt 6) as computed: the sum of the months\u2019 summaries, closed or not, in złoty; null for a KIS.',
  })
  allowanceTotal!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Integration allowances paid: the sum of the closed months only, in złoty; null for a KIS. It differs from allowanceTotal while months are open.',
  })
  allowancePaidTotal!: string | null;

  @Field(() => [ReportSectionType], {
    description:
      'The parts the operator enters (recordYearlyReportSection), every one of the programme\u2019s, in the report\u2019s order: actions and their effects, the grant settlement; for a CIS also its services and financial plan.',
  })
  sections!: ReportSectionType[];

  @Field(() => [ReportMonthAllowanceType], { description: 'The allowances month by month (CIS).' })
  allowancesByMonth!: ReportMonthAllowanceType[];

  @Field(() => String, { description: 'Motivation bonuses of the year (pkt 6), in złoty.' })
  motivationBonusTotal!: string;

  @Field(() => [String], { description: 'Months (YYYY-MM) not yet closed, or still to come: their figures are not final.' })
  incompleteMonths!: string[];
}

@ObjectType('CityReportCount', {
  description: 'A count of the city-wide report; a count of 1 to 4, or one that would give such a count back by subtraction, is null with `suppressed: true`.',
})
export class CityReportCountType {
  @Field(() => String, { description: 'What is counted: ALL, an eligibility group, an outcome, ECONOMICALLY_INDEPENDENT.' })
  key!: string;

  @Field(() => Int, { nullable: true, description: 'The count; null when suppressed.' })
  count!: number | null;

  @Field(() => Boolean, { description: 'True when the count is withheld.' })
  suppressed!: boolean;
}

@ObjectType('CitySocialEmploymentReport', {
  description:
    'The yearly report of all the city\u2019s KIS or CIS (ANALYST, MOPS_WORKER, ADMIN): the sections of SocialEmploymentReport summed, small counts suppressed.',
})
export class CitySocialEmploymentReportType {
  @Field(() => Programme, { description: 'KIS or CIS.' })
  programme!: string;

  @Field(() => Int, { description: 'The year reported.' })
  year!: number;

  @Field(() => Int, { description: 'Facilities of the programme in the registry.' })
  facilities!: number;

  @Field(() => CityReportCountType, {
    description:
      'Participants in reintegration in the year: persons, each counted once across all the city\u2019s facilities of the programme (as flowReport counts them).',
  })
  participants!: CityReportCountType;

  @Field(() => CityReportCountType, {
    description:
      'Participations in the year: a person who enrolled twice, or at two facilities, counts twice here and once in participants. Withheld with participants, or when the difference is a small count.',
  })
  participations!: CityReportCountType;

  @Field(() => [CityReportCountType], {
    description: 'Participants by the group of art. 1 ust. 2: each person once, under the group of their latest participation of the year.',
  })
  participantsByGroup!: CityReportCountType[];

  @Field(() => [CityReportCountType], {
    description: 'Participants whose participation ended in the year, by outcome: each person once, by the outcome of their latest ending.',
  })
  endedByOutcome!: CityReportCountType[];

  @Field(() => CityReportCountType, { description: 'Participants who became economically independent.' })
  economicallyIndependent!: CityReportCountType;

  @Field(() => String, { nullable: true, description: 'Integration allowances of the year, złoty; null for KIS.' })
  allowanceTotal!: string | null;

  @Field(() => String, { description: 'Motivation bonuses of the year, złoty.' })
  motivationBonusTotal!: string;

  @Field(() => [String], { description: 'Months not yet closed somewhere, or still to come.' })
  incompleteMonths!: string[];
}
