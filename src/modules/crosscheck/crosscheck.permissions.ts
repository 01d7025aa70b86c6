import { allow, hasRole } from '../../core/access/rules.js';
import type { PermissionMap } from '../../core/access/shield.js';

/** Cross-checks: the labour office and ADMIN ask; only the labour office reports statuses. */
const CHECKERS = hasRole('LABOUR_OFFICE', 'ADMIN');

export const crosscheckPermissions: PermissionMap = {
  Query: { crossCheckPersons: CHECKERS },
  Mutation: { reportUnemploymentStatus: hasRole('LABOUR_OFFICE') },
  // Reachable only through Query.crossCheckPersons, which is guarded: no per-field check on the
  // 10,000 results of a batch.
  CrossCheckResult: { '*': allow },
  CrossCheckParticipation: { '*': allow },
  UnemploymentStatusReportResult: { '*': hasRole('LABOUR_OFFICE') },
};
