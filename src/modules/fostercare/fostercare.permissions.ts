import { allow, hasRole } from '../../core/access/rules.js';
import type { PermissionMap } from '../../core/access/shield.js';
import { caseWorkerOrOperatorOf } from '../registry/index.js';
import { PlacementConnection } from './fostercare.types.js';

/**
 * Who sees foster care: MOPS_WORKER and ADMIN everything; NGO_STAFF the children placed in
 * facilities their organisation operates (rows scoped in the service), their names, birth years and
 * placement dates, never a PESEL or the court reference; ANALYST aggregates only; PUBLIC nothing.
 */
const CASE_WORKERS = hasRole('MOPS_WORKER', 'ADMIN');
const PLACEMENT_READERS = hasRole('NGO_STAFF', 'MOPS_WORKER', 'ADMIN');

export const fostercarePermissions: PermissionMap = {
  Query: { placements: PLACEMENT_READERS, fosterCareVacancies: CASE_WORKERS, fosterCareCapacity: hasRole('ANALYST', 'MOPS_WORKER', 'ADMIN') },
  Mutation: {
    registerCarer: CASE_WORKERS,
    setCarerStatus: CASE_WORKERS,
    placeChild: CASE_WORKERS,
    endPlacement: CASE_WORKERS,
    extendPlacement: CASE_WORKERS,
    recordProceedingsEnd: CASE_WORKERS,
  },
  Facility: { placements: caseWorkerOrOperatorOf((facility) => facility.id) },
  Carer: { '*': PLACEMENT_READERS },
  Placement: {
    '*': PLACEMENT_READERS,
    'court': CASE_WORKERS,
    'note': CASE_WORKERS,
    'capacityExceptionReason': CASE_WORKERS,
    'ageExceptionReason': CASE_WORKERS,
    'extensionReason': CASE_WORKERS,
    'siblingGroupId': CASE_WORKERS,
    'referralId': CASE_WORKERS,
    'ageExceptionKind': CASE_WORKERS,
    'admissionRoute': CASE_WORKERS,
    'voivodeConsent': CASE_WORKERS,
    'coordinatorOpinion': CASE_WORKERS,
    'proceedingsReference': CASE_WORKERS,
  },
  CourtDecision: { '*': CASE_WORKERS },
  [PlacementConnection.names[0]!]: { '*': PLACEMENT_READERS },
  [PlacementConnection.names[1]!]: { '*': PLACEMENT_READERS },
  // Reachable only through their guarded queries.
  Vacancy: { '*': allow },
  FosterCareCapacityRow: { '*': allow },
};
