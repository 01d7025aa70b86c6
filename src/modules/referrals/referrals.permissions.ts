import { allow, hasRole } from '../../core/access/rules.js';
import type { PermissionMap } from '../../core/access/shield.js';
import { ReferralConnection } from './referrals.types.js';

/**
 * Who sees referrals. Which rows is decided in the service (a sender what it sent, an
 * operator what its facilities received); these rules decide the operations and fields. Who typed a
 * referral or its answer is for the welfare centre and ADMIN; a person referred is a Person, with
 * its own field rules (NGO staff see `peselMasked`, never the PESEL).
 */
const READERS = hasRole('NGO_STAFF', 'LABOUR_OFFICE', 'MOPS_WORKER', 'ADMIN');
const CASE_WORKERS = hasRole('MOPS_WORKER', 'ADMIN');

export const referralsPermissions: PermissionMap = {
  Query: { referrals: READERS, referral: READERS, referralStatistics: hasRole('ANALYST', 'MOPS_WORKER', 'ADMIN') },
  Mutation: {
    sendReferral: hasRole('LABOUR_OFFICE', 'MOPS_WORKER'),
    respondToReferral: hasRole('NGO_STAFF', 'MOPS_WORKER', 'ADMIN'),
    withdrawReferral: hasRole('LABOUR_OFFICE', 'MOPS_WORKER', 'ADMIN'),
  },
  Referral: { '*': READERS, 'sentBy': CASE_WORKERS, 'answeredBy': CASE_WORKERS },
  [ReferralConnection.names[0]!]: { '*': READERS },
  [ReferralConnection.names[1]!]: { '*': READERS },
  // Reachable only through its guarded query.
  ReferralStatisticsRow: { '*': allow },
};
