import { hasRole } from '../../core/access/rules.js';
import type { PermissionMap } from '../../core/access/shield.js';
import type { Role } from '../../core/auth/principal.js';

/** The gmina's coordinators of the count: they open and close it, see its persons in full, and every entry. */
const COORDINATORS: readonly Role[] = ['MOPS_WORKER', 'ADMIN'];
/** Those who enter counts: the coordinators, and the street teams and partners (NGO staff). */
const ENTERERS: readonly Role[] = [...COORDINATORS, 'NGO_STAFF'];

export const coordinatesCount = (role: Role) => COORDINATORS.includes(role);

const coordinates = hasRole(...COORDINATORS);
const enters = hasRole(...ENTERERS);
/** The count's figures are aggregates: those who take part in it or analyse it read them, small counts withheld below the coordinators. */
const readsCounts = hasRole(...ENTERERS, 'ANALYST');

export const homelessCountPermissions: PermissionMap = {
  Query: { homelessCounts: readsCounts, homelessCount: readsCounts },
  Mutation: {
    openHomelessCount: coordinates,
    closeHomelessCount: coordinates,
    // Street teams and partners enter too; which facilities an NGO may count is checked in the service.
    recordHomelessCountEntries: enters,
    removeHomelessCountEntry: enters,
  },
  HomelessCount: { '*': readsCounts, 'missingFacilities': coordinates, 'entries': enters },
  HomelessCountTable: { '*': readsCounts },
  HomelessCountRow: { '*': readsCounts },
  AgeBandCount: { '*': readsCounts },
  HomelessCountProgress: { '*': readsCounts },
  HomelessCountEntry: { '*': enters },
};
