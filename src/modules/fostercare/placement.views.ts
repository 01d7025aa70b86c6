import type { PlacementBasis, PlacementEndReason, StayExtensionKind } from './fostercare.entities.js';
import type { AdmissionRoute, AgeExceptionKind, CarerKind } from './fostercare.rules.js';

export interface PlacementView {
  id: string;
  childId: string;
  carerId: string;
  carerKind: CarerKind;
  startDate: string;
  plannedEndDate: string | null;
  endDate: string | null;
  endReason: PlacementEndReason | null;
  basis: PlacementBasis;
  courtName: string | null;
  courtReference: string | null;
  decisionDate: string | null;
  note: string | null;
  capacityExceptionReason: string | null;
  ageExceptionKind: AgeExceptionKind | null;
  ageExceptionReason: string | null;
  admissionRoute: AdmissionRoute | null;
  voivodeConsent: string | null;
  coordinatorOpinion: string | null;
  stayLimit: string | null;
  extensionReason: string | null;
  extensionKind: StayExtensionKind | null;
  proceedingsReference: string | null;
  proceedingsEndedOn: string | null;
  siblingGroupId: string | null;
  referralId: string | null;
}

export const PLACEMENT_COLUMNS = `pl.id, pl.child_id, pl.carer_id, c.kind as carer_kind, pl.start_date::text as start_date, pl.planned_end_date::text as planned_end_date,
  pl.end_date::text as end_date, pl.end_reason, pl.basis, pl.court_name, pl.court_reference, pl.decision_date::text as decision_date, pl.note,
  pl.capacity_exception_reason, pl.age_exception_kind, pl.age_exception_reason, pl.admission_route, pl.voivode_consent, pl.coordinator_opinion,
  pl.stay_limit::text as stay_limit, pl.extension_reason, pl.extension_kind, pl.proceedings_reference, pl.proceedings_ended_on::text as proceedings_ended_on, fc.sibling_group_id, pl.referral_id`;
export const PLACEMENT_FROM = 'placement pl join carer c on c.id = pl.carer_id left join foster_child fc on fc.person_id = pl.child_id';

export function placementFromSqlRow(row: Record<string, any>): PlacementView {
  return {
    id: row.id,
    childId: row.child_id,
    carerId: row.carer_id,
    carerKind: row.carer_kind,
    startDate: row.start_date,
    plannedEndDate: row.planned_end_date ?? null,
    endDate: row.end_date ?? null,
    endReason: row.end_reason ?? null,
    basis: row.basis,
    courtName: row.court_name ?? null,
    courtReference: row.court_reference ?? null,
    decisionDate: row.decision_date ?? null,
    note: row.note ?? null,
    capacityExceptionReason: row.capacity_exception_reason ?? null,
    ageExceptionKind: row.age_exception_kind ?? null,
    ageExceptionReason: row.age_exception_reason ?? null,
    admissionRoute: row.admission_route ?? null,
    voivodeConsent: row.voivode_consent ?? null,
    coordinatorOpinion: row.coordinator_opinion ?? null,
    stayLimit: row.stay_limit ?? null,
    extensionReason: row.extension_reason ?? null,
    extensionKind: row.extension_kind ?? null,
    proceedingsReference: row.proceedings_reference ?? null,
    proceedingsEndedOn: row.proceedings_ended_on ?? null,
    siblingGroupId: row.sibling_group_id ?? null,
    referralId: row.referral_id ?? null,
  };
}

/** Overdue on `date`: still running past the last day its stay may last. */
export function isOverdue(p: Pick<PlacementView, 'startDate' | 'endDate' | 'stayLimit'>, date: string): boolean {
  return p.stayLimit !== null && p.startDate <= date && (p.endDate === null || p.endDate >= date) && date > p.stayLimit;
}

/** SQL for "overdue on ?" (two parameters, both the date): the same test on the stored stay limit. */
export function overdueSql(placement = 'pl'): string {
  return `(${placement}.stay_limit is not null and (${placement}.end_date is null or ${placement}.end_date >= ?::date) and ?::date > ${placement}.stay_limit)`;
}
