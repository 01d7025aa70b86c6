import { hasRole } from '../../core/access/rules.js';
import type { PermissionMap } from '../../core/access/shield.js';

const coordinates = hasRole('MOPS_WORKER', 'ADMIN');
/** The count's figures are aggregates: those who take part in it or analyse it read them, small counts withheld below MOPS. */
const readsCounts = hasRole('MOPS_WORKER', 'ADMIN', 'ANALYST', 'NGO_STAFF');

export const homelessCountPermissions: PermissionMap = {
  Query: { homelessCounts: readsCounts, homelessCount: readsCounts },
  Mutation: {
    openHomelessCount: coordinates,
    closeHomelessCount: coordinates,
    // Street teams and partners enter too; which facilities an NGO may count is checked in the service.
    recordHomelessCountEntries: hasRole('MOPS_WORKER', 'ADMIN', 'NGO_STAFF'),
    removeHomelessCountEntry: hasRole('MOPS_WORKER', 'ADMIN', 'NGO_STAFF'),
  },
  HomelessCount: { '*': readsCounts, 'missingFacilities': coordinates, 'entries': hasRole('MOPS_WORKER', 'ADMIN', 'NGO_STAFF') },
  HomelessCountTable: { '*': readsCounts },
  HomelessCountRow: { '*': readsCounts },
  AgeBandCount: { '*': readsCounts },
  HomelessCountProgress: { '*': readsCounts },
  HomelessCountEntry: { '*': hasRole('MOPS_WORKER', 'ADMIN', 'NGO_STAFF') },
};
