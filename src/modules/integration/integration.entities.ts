import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { recordTime } from '../../core/db/record-time.js';
import { uuidPrimaryKey } from '../../core/db/columns.js';
import { Person } from '../persons/index.js';
import { Facility, Organisation } from '../registry/index.js';
import { Referral } from '../referrals/index.js';
import { ELIGIBILITY_CATEGORIES, Programme } from './integration.rules.js';

export const ReferralSource = { WELFARE_CENTRE: 'WELFARE_CENTRE', LABOUR_OFFICE: 'LABOUR_OFFICE', OWN_APPLICATION: 'OWN_APPLICATION' } as const;
export type ReferralSource = (typeof ReferralSource)[keyof typeof ReferralSource];

export const ProgrammeDocumentKind = { IPZS: 'IPZS', SOCIAL_CONTRACT: 'SOCIAL_CONTRACT', INDIVIDUAL_PROGRAMME: 'INDIVIDUAL_PROGRAMME' } as const;
export type ProgrammeDocumentKind = (typeof ProgrammeDocumentKind)[keyof typeof ProgrammeDocumentKind];

export const ParticipationOutcome = {
  EMPLOYMENT: 'EMPLOYMENT',
  OWN_BUSINESS: 'OWN_BUSINESS',
  SOCIAL_COOPERATIVE: 'SOCIAL_COOPERATIVE',
  DROPPED_OUT: 'DROPPED_OUT',
  OTHER: 'OTHER',
} as const;
export type ParticipationOutcome = (typeof ParticipationOutcome)[keyof typeof ParticipationOutcome];

export const AttendanceStatus = { PRESENT: 'PRESENT', EXCUSED_ABSENCE: 'EXCUSED_ABSENCE', UNEXCUSED_ABSENCE: 'UNEXCUSED_ABSENCE' } as const;
export type AttendanceStatus = (typeof AttendanceStatus)[keyof typeof AttendanceStatus];

export const ExcusedKind = { SICK_LEAVE: 'SICK_LEAVE', DAY_OFF: 'DAY_OFF', OTHER_EXCUSED: 'OTHER_EXCUSED' } as const;
export type ExcusedKind = (typeof ExcusedKind)[keyof typeof ExcusedKind];

/** A person's participation in a KIS or CIS, from enrolment to its end. */
export const Participation = defineEntity({
  name: 'Participation',
  tableName: 'participation',
  properties: {
    id: uuidPrimaryKey(),
    person: () => p.manyToOne(Person).ref().index(),
    facility: () => p.manyToOne(Facility).ref(),
    programme: p.enum(Object.values(Programme)),
    eligibilityCategory: p.enum(Object.keys(ELIGIBILITY_CATEGORIES)),
    referralSource: p.enum(Object.values(ReferralSource)),
    referringOrganisation: () => p.manyToOne(Organisation).ref().nullable(),
    programmeDocumentKind: p.enum(Object.values(ProgrammeDocumentKind)),
    programmeDocumentNumber: p.string().nullable(),
    programmeSignedOn: p.date(),
    startDate: p.date(),
    /** Last day of the trial period (CIS); null without one. */
    trialEndDate: p.date().nullable(),
    plannedEndDate: p.date(),
    /** Why the planned end goes beyond the statutory length (an extension). */
    extensionReason: p.text().nullable(),
    endDate: p.date().nullable(),
    endReason: p.text().nullable(),
    outcome: p.enum(Object.values(ParticipationOutcome)).nullable(),
    enrolledBy: p.string(),
    enrolledByOrganisation: p.uuid().nullable(),
    /** The referral the person came on, if any (the referral names this participation back). */
    referral: () => p.manyToOne(Referral).ref().nullable(),
    endedBy: p.string().nullable(),
    createdAt: p.datetime().onCreate(recordTime),
    updatedAt: p.datetime().onCreate(recordTime).onUpdate(recordTime),
  },
  indexes: [{ properties: ['facility', 'startDate'] }],
  uniques: [
    // One active CIS participation per person (the statute's single IPZS), also under races.
    {
      name: 'participation_one_active_cis_per_person',
      expression: `create unique index "participation_one_active_cis_per_person" on "participation" ("person_id") where "programme" = 'CIS' and "end_date" is null`,
    },
    {
      name: 'participation_one_active_per_facility',
      expression: `create unique index "participation_one_active_per_facility" on "participation" ("person_id", "facility_id") where "end_date" is null`,
    },
  ],
});
export type Participation = InferEntity<typeof Participation>;

/** One participant's day: present (with hours) or absent (unexcused, or excused of a kind). */
export const AttendanceEntry = defineEntity({
  name: 'AttendanceEntry',
  tableName: 'attendance_entry',
  properties: {
    participation: () => p.manyToOne(Participation).ref().primary(),
    date: p.date().primary(),
    /** The participation's facility, kept here so that a month of a facility is one index range. */
    facility: () => p.manyToOne(Facility).ref(),
    status: p.enum(Object.values(AttendanceStatus)),
    excusedKind: p.enum(Object.values(ExcusedKind)).nullable(),
    hours: p.double().nullable(),
    reportId: p.uuid(),
    reportedBy: p.string(),
    reportedAt: p.datetime(),
    /** How many times the day was corrected after its first report. */
    corrections: p.integer().default(0),
  },
  indexes: [
    { properties: ['facility', 'date'] },
    // The paid sick days and days off count over the whole participation: a summary sums the earlier excused days.
    {
      name: 'attendance_entry_excused',
      expression: `create index "attendance_entry_excused" on "attendance_entry" ("participation_id", "date") where "status" = 'EXCUSED_ABSENCE'`,
    },
  ],
});
export type AttendanceEntry = InferEntity<typeof AttendanceEntry>;

/** A change to a reported day, or a day added to a closed month: what it was, what it became, who changed it, when and why. */
export const AttendanceCorrection = defineEntity({
  name: 'AttendanceCorrection',
  tableName: 'attendance_correction',
  properties: {
    id: uuidPrimaryKey(),
    participation: () => p.manyToOne(Participation).ref(),
    date: p.date(),
    /** Null when the day had not been reported before (a day added to a closed month). */
    previousStatus: p.enum(Object.values(AttendanceStatus)).nullable(),
    previousExcusedKind: p.enum(Object.values(ExcusedKind)).nullable(),
    previousHours: p.double().nullable(),
    previousReportedBy: p.string().nullable(),
    previousReportedAt: p.datetime().nullable(),
    status: p.enum(Object.values(AttendanceStatus)),
    excusedKind: p.enum(Object.values(ExcusedKind)).nullable(),
    hours: p.double().nullable(),
    reason: p.text().nullable(),
    /** True when the month was closed when the correction was made. */
    afterClosing: p.boolean(),
    reportId: p.uuid(),
    correctedBy: p.string(),
    correctedByRole: p.string(),
    correctedAt: p.datetime(),
    /** The order corrections were applied in (numbered under the lock of the day they correct). */
    appliedOrder: p.bigint('number').autoincrement(),
  },
  indexes: [{ properties: ['participation', 'date'] }],
});
export type AttendanceCorrection = InferEntity<typeof AttendanceCorrection>;

/** One accepted attendance report, kept so that a replay of its idempotency key returns the same result. */
export const AttendanceReport = defineEntity({
  name: 'AttendanceReport',
  tableName: 'attendance_report',
  properties: {
    id: uuidPrimaryKey(),
    facility: () => p.manyToOne(Facility).ref(),
    idempotencyKey: p.string(),
    /** SHA-256 of the report's content: the same key with other content is a conflict, not a replay. */
    contentHash: p.string().length(64),
    result: p.json<Record<string, unknown>>(),
    reportedBy: p.string(),
    reportedAt: p.datetime().onCreate(recordTime),
  },
  uniques: [{ properties: ['facility', 'idempotencyKey'] }],
});
export type AttendanceReport = InferEntity<typeof AttendanceReport>;

/** A month whose attendance is final for a facility (closeMonth). */
export const AttendanceMonthClosure = defineEntity({
  name: 'AttendanceMonthClosure',
  tableName: 'attendance_month_closure',
  properties: {
    id: uuidPrimaryKey(),
    facility: () => p.manyToOne(Facility).ref(),
    /** `YYYY-MM`. */
    month: p.string().length(7),
    closedBy: p.string(),
    closedByRole: p.string(),
    closedAt: p.datetime().onCreate(recordTime),
  },
  uniques: [{ properties: ['facility', 'month'] }],
});
export type AttendanceMonthClosure = InferEntity<typeof AttendanceMonthClosure>;

/** A motivation bonus granted to a CIS participant for a month (art. 15a of the act), in grosze. */
export const MotivationBonus = defineEntity({
  name: 'MotivationBonus',
  tableName: 'motivation_bonus',
  properties: {
    participation: () => p.manyToOne(Participation).ref().primary(),
    month: p.string().length(7).primary(),
    grosze: p.integer(),
    grantedBy: p.string(),
    grantedAt: p.datetime(),
  },
});

/** The staff of a KIS or CIS in a year, as its operator reports it (the yearly report, art. 5 ust. 6 pkt 1). */
export const CentreStaff = defineEntity({
  name: 'CentreStaff',
  tableName: 'centre_staff',
  properties: {
    facility: () => p.manyToOne(Facility).ref().primary(),
    year: p.integer().primary(),
    headcount: p.integer(),
    fte: p.decimal('string').precision(6).scale(2),
    /** Headcount by how the staff is employed (EMPLOYMENT_BASES); null where the operator did not say. */
    byBasis: p.json<Record<string, number>>().nullable(),
    reportedBy: p.string(),
  },
});

/** A part of a KIS's or CIS's yearly report its operator enters (YEARLY_REPORT_SECTIONS). */
export const YearlyReportSectionEntry = defineEntity({
  name: 'YearlyReportSectionEntry',
  tableName: 'yearly_report_section',
  properties: {
    facility: () => p.manyToOne(Facility).ref().primary(),
    year: p.integer().primary(),
    section: p.string().primary(),
    content: p.text(),
    amountGrosze: p.bigint('number').nullable(),
    reportedBy: p.string(),
  },
});

/**
 * An agreement (porozumienie) between the labour office's starosta and the city on socially useful
 * work (prace społecznie użyteczne): its term, the hourly benefit the city pays and the part of it
 * the labour office refunds (SOCIALLY_USEFUL_WORK_RULES, by the day it was concluded).
 */
export const SociallyUsefulWorkAgreement = defineEntity({
  name: 'SociallyUsefulWorkAgreement',
  tableName: 'psu_agreement',
  properties: {
    id: uuidPrimaryKey(),
    labourOffice: () => p.manyToOne(Organisation).ref(),
    number: p.string().length(100),
    concludedOn: p.date(),
    validFrom: p.date(),
    validTo: p.date(),
    hourlyGrosze: p.integer(),
    refundPerHourGrosze: p.integer(),
    /** Refunded as for the Activation and Integration Programme (a higher cap). */
    activationProgramme: p.boolean(),
    recordedBy: p.string(),
    recordedAt: p.datetime(),
  },
  uniques: [{ properties: ['labourOffice', 'number'] }],
});
export type SociallyUsefulWorkAgreement = InferEntity<typeof SociallyUsefulWorkAgreement>;

/** Hours of socially useful work of a KIS participant on a day, under an agreement, in minutes. */
export const SociallyUsefulWorkDay = defineEntity({
  name: 'SociallyUsefulWorkDay',
  tableName: 'psu_day',
  properties: {
    participation: () => p.manyToOne(Participation).ref().primary(),
    date: p.date().primary(),
    agreement: () => p.manyToOne(SociallyUsefulWorkAgreement).ref(),
    minutes: p.integer(),
    reportedBy: p.string(),
    reportedAt: p.datetime(),
  },
  // A month of an agreement is read by its agreement and a range of days.
  indexes: [{ name: 'psu_day_agreement_id_date_index', properties: ['agreement', 'date'] }],
});

/** A report of socially useful work hours as received, for its idempotency key. */
export const SociallyUsefulWorkReport = defineEntity({
  name: 'SociallyUsefulWorkReport',
  tableName: 'psu_report',
  properties: {
    id: uuidPrimaryKey(),
    facility: () => p.manyToOne(Facility).ref(),
    idempotencyKey: p.string(),
    contentHash: p.string().length(64),
    result: p.json<Record<string, unknown>>(),
    reportedBy: p.string(),
    reportedAt: p.datetime(),
  },
  uniques: [{ properties: ['facility', 'idempotencyKey'] }],
});
