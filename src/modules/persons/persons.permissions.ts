import { hasRole } from '../../core/access/rules.js';
import type { PermissionMap } from '../../core/access/shield.js';

/**
 * A person is reached only through a record whose rows are already scoped to the caller (an NGO
 * sees the participants of its own facilities; a labour office the CIS summaries), so the field
 * rules here say which of a person's fields each of those roles may read. ANALYST and PUBLIC never
 * see a person.
 */
const PERSON_READERS = hasRole('NGO_STAFF', 'LABOUR_OFFICE', 'MOPS_WORKER', 'ADMIN');
const FULL_IDENTITY_READERS = hasRole('LABOUR_OFFICE', 'MOPS_WORKER', 'ADMIN');

export const personsPermissions: PermissionMap = {
  Query: { labourMarketCounts: hasRole('ANALYST', 'MOPS_WORKER', 'ADMIN') },
  Person: {
    '*': PERSON_READERS,
    'pesel': FULL_IDENTITY_READERS,
    'birthDate': FULL_IDENTITY_READERS,
    'sex': FULL_IDENTITY_READERS,
    // Purpose limitation (DOMAIN.md): the welfare centre sees the status; an NGO only whether a CIS may take the person.
    'labourMarketStatus': hasRole('MOPS_WORKER', 'ADMIN'),
    'cisEnrolmentAllowed': hasRole('NGO_STAFF', 'MOPS_WORKER', 'ADMIN'),
  },
  LabourMarketStatus: { '*': hasRole('MOPS_WORKER', 'ADMIN') },
  LabourMarketCounts: { '*': hasRole('ANALYST', 'MOPS_WORKER', 'ADMIN') },
};
