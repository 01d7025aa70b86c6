import { periodEnd } from '../../core/calendar.js';
import type { PlacementBasis, PlacementEndReason } from './fostercare.entities.js';
import { CARER_LIMITS, carerLimitFor, type CarerKind } from './fostercare.rules.js';

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
  ageExceptionReason: string | null;
  extensionReason: string | null;
  siblingGroupId: string | null;
}

export const PLACEMENT_COLUMNS = `pl.id, pl.child_id, pl.carer_id, c.kind as carer_kind, pl.start_date::text as start_date, pl.planned_end_date::text as planned_end_date,
  pl.end_date::text as end_date, pl.end_reason, pl.basis, pl.court_name, pl.court_reference, pl.decision_date::text as decision_date, pl.note,
  pl.capacity_exception_reason, pl.age_exception_reason, pl.extension_reason, fc.sibling_group_id`;
export const PLACEMENT_FROM = 'placement pl join carer c on c.id = pl.carer_id left join foster_child fc on fc.person_id = pl.child_id';

export function placementFromSqlRow(row: Record<string, any>): PlacementView {
  return {
    id: row.id, childId: row.child_id, carerId: row.carer_id, carerKind: row.carer_kind, startDate: row.start_date,
    plannedEndDate: row.planned_end_date ?? null, endDate: row.end_date ?? null, endReason: row.end_reason ?? null, basis: row.basis,
    courtName: row.court_name ?? null, courtReference: row.court_reference ?? null, decisionDate: row.decision_date ?? null, note: row.note ?? null,
    capacityExceptionReason: row.capacity_exception_reason ?? null, ageExceptionReason: row.age_exception_reason ?? null,
    extensionReason: row.extension_reason ?? null, siblingGroupId: row.sibling_group_id ?? null,
  };
}

/**
 * The last day an emergency or intervention stay may last (its statutory length, plus the
 * extension when one was given); null for kinds without a limit. Past it, the placement is overdue.
 */
export function stayLimitOf(p: Pick<PlacementView, 'carerKind' | 'startDate' | 'extensionReason'>): string | null {
  const rule = carerLimitFor(p.carerKind, p.startDate);
  if (!rule?.maxStayMonths) return null;
  return periodEnd(p.startDate, rule.maxStayMonths + (p.extensionReason ? rule.extensionMonths : 0));
}

/** Overdue on `date`: still running past its stay limit. */
export function isOverdue(p: PlacementView, date: string): boolean {
  const limit = stayLimitOf(p);
  return limit !== null && p.startDate <= date && (p.endDate === null || p.endDate >= date) && date > limit;
}

/**
 * SQL for "overdue on ?" (two parameters, both the date), from the same rules table: the statutory months
 * of each kind with a limit, and the extension months when the placement has a reason for one.
 */
export function overdueSql(placement = 'pl', carer = 'c'): string {
  const limited = CARER_LIMITS.filter((r) => r.maxStayMonths !== null && r.validTo === null);
  const months = (column: 'maxStayMonths' | 'extensionMonths') =>
    `case ${limited.map((r) => `when ${carer}.kind = '${r.kind}' then ${r[column]}`).join(' ')} end`;
  return `(${carer}.kind in (${limited.map((r) => `'${r.kind}'`).join(', ')})
    and (${placement}.end_date is null or ${placement}.end_date >= ?::date)
    and ?::date > ${placement}.start_date + make_interval(months => ${months('maxStayMonths')} + case when ${placement}.extension_reason is not null then ${months('extensionMonths')} else 0 end))`;
}
