import { isoDateOf } from '../../core/calendar.js';
import type { EligibilityCategory, Programme } from './integration.rules.js';
import type { ParticipationOutcome, ProgrammeDocumentKind, ReferralSource } from './integration.entities.js';

/** A participation as reads return it: a plain row. */
export interface ParticipantView {
  id: string;
  personId: string;
  facilityId: string;
  programme: Programme;
  eligibilityCategory: EligibilityCategory;
  referralSource: ReferralSource;
  referringOrganisationId: string | null;
  referralId: string | null;
  programmeDocumentKind: ProgrammeDocumentKind;
  programmeDocumentNumber: string | null;
  programmeSignedOn: string;
  startDate: string;
  trialEndDate: string | null;
  plannedEndDate: string;
  extensionReason: string | null;
  endDate: string | null;
  endReason: string | null;
  outcome: ParticipationOutcome | null;
  createdAt: Date;
}

/** The last day a participation covers: its actual end, or the planned one while it goes on. */
export function effectiveEnd(p: Pick<ParticipantView, 'endDate' | 'plannedEndDate'>): string {
  return p.endDate ?? p.plannedEndDate;
}

/** From a raw row of `participation` (snake_case columns, as `runSql` returns them). */
export function participantFromSqlRow(row: Record<string, any>): ParticipantView {
  return {
    id: row.id,
    personId: row.person_id,
    facilityId: row.facility_id,
    programme: row.programme,
    eligibilityCategory: row.eligibility_category,
    referralSource: row.referral_source,
    referringOrganisationId: row.referring_organisation_id ?? null,
    referralId: row.referral_id ?? null,
    programmeDocumentKind: row.programme_document_kind,
    programmeDocumentNumber: row.programme_document_number ?? null,
    programmeSignedOn: isoDateOf(row.programme_signed_on),
    startDate: isoDateOf(row.start_date),
    trialEndDate: row.trial_end_date ? isoDateOf(row.trial_end_date) : null,
    plannedEndDate: isoDateOf(row.planned_end_date),
    extensionReason: row.extension_reason ?? null,
    endDate: row.end_date ? isoDateOf(row.end_date) : null,
    endReason: row.end_reason ?? null,
    outcome: row.outcome ?? null,
    createdAt: new Date(row.created_at),
  };
}

/** The SQL columns of `participation` a view needs, for raw statements. */
export const PARTICIPATION_COLUMNS = `pa.id, pa.person_id, pa.facility_id, pa.programme, pa.eligibility_category, pa.referral_source,
  pa.referring_organisation_id, pa.referral_id, pa.programme_document_kind, pa.programme_document_number, pa.programme_signed_on, pa.start_date,
  pa.trial_end_date, pa.planned_end_date, pa.extension_reason, pa.end_date, pa.end_reason, pa.outcome, pa.created_at`;
