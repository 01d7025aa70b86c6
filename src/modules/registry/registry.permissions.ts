import { rule } from 'graphql-shield';
import { allow, hasRole } from '../../core/access/rules.js';
import type { PermissionMap } from '../../core/access/shield.js';
import { forbidden } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import type { Role } from '../../core/auth/principal.js';
import { FacilityConnection, OrganisationConnection } from './registry.types.js';
import { REGISTRY } from './registry.messages.js';

/** Occupancy is not public (API.md): the registry's readers beyond PUBLIC see it. */
const OCCUPANCY_READERS: Role[] = ['ANALYST', 'NGO_STAFF', 'MOPS_WORKER', 'ADMIN'];
const canSeeOccupancy = hasRole(...OCCUPANCY_READERS);
const editsRegistry = hasRole('MOPS_WORKER', 'ADMIN');

/** Filtering by free places would reveal occupancy, so it needs the same right as reading it. */
export function permitsFilterByOccupancy(args: { filter?: { hasFreePlaces?: boolean | null } | null }, ctx: RequestContext): boolean {
  return args.filter?.hasFreePlaces === undefined || args.filter.hasFreePlaces === null || OCCUPANCY_READERS.includes(ctx.principal.role);
}

export const mayFilterByOccupancy = rule('mayFilterByOccupancy', { cache: 'strict' })(
  (_parent, args: { filter?: { hasFreePlaces?: boolean | null } | null }, ctx: RequestContext) =>
    permitsFilterByOccupancy(args, ctx) || forbidden(REGISTRY.FREE_PLACES_FILTER_FORBIDDEN()),
);

/** The street of a confidential facility (registry.rules.ts): MOPS, ADMIN and the operator's own staff only. */
const maySeeStreet = rule('maySeeStreet', { cache: 'no_cache' })(
  (parent: { confidentialFor?: { operatorId: string } }, _args, ctx: RequestContext) =>
    !parent.confidentialFor ||
    ctx.principal.role === 'MOPS_WORKER' ||
    ctx.principal.role === 'ADMIN' ||
    (ctx.principal.role === 'NGO_STAFF' && ctx.principal.organisationId === parent.confidentialFor.operatorId),
);

export const registryPermissions: PermissionMap = {
  Query: {
    facilities: mayFilterByOccupancy,
    facility: allow,
    organisations: allow,
    organisation: allow,
    welfareUnits: allow,
    districts: allow,
    capacityOverview: mayFilterByOccupancy,
  },
  Mutation: {
    createFacility: editsRegistry,
    updateFacility: editsRegistry,
    createOrganisation: editsRegistry,
    updateOrganisation: editsRegistry,
    closeOrganisation: hasRole('ADMIN'),
    mergeOrganisation: hasRole('ADMIN'),
    // Which facility an NGO may report for is row scoping, checked in the service.
    reportOccupancy: hasRole('NGO_STAFF', 'MOPS_WORKER', 'ADMIN'),
    // Likewise the facility whose winter places an NGO may open.
    addCapacityPeriod: hasRole('NGO_STAFF', 'MOPS_WORKER', 'ADMIN'),
    endCapacityPeriod: hasRole('NGO_STAFF', 'MOPS_WORKER', 'ADMIN'),
    withdrawCapacityPeriod: hasRole('NGO_STAFF', 'MOPS_WORKER', 'ADMIN'),
    recordCisStatus: editsRegistry,
    // The city's own structure is set up by its hub operator.
    createWelfareUnit: hasRole('ADMIN'),
    updateWelfareUnit: hasRole('ADMIN'),
    deleteWelfareUnit: hasRole('ADMIN'),
    createDistrict: hasRole('ADMIN'),
    updateDistrict: hasRole('ADMIN'),
    deleteDistrict: hasRole('ADMIN'),
    setDistrictPopulation: hasRole('ADMIN'),
  },
  Facility: { '*': allow, 'occupancy': canSeeOccupancy, 'occupancyHistory': canSeeOccupancy },
  [FacilityConnection.names[0]!]: { '*': allow },
  [FacilityConnection.names[1]!]: { '*': allow },
  Organisation: { '*': allow },
  [OrganisationConnection.names[0]!]: { '*': allow },
  [OrganisationConnection.names[1]!]: { '*': allow },
  WelfareUnit: { '*': allow },
  District: { '*': allow },
  DistrictPopulation: { '*': allow },
  Address: { '*': allow, 'street': maySeeStreet },
  Contact: { '*': allow },
  CommissionAgreement: { '*': allow },
  RegisterEntry: { '*': allow },
  // The voivode's register of CIS is public (art. 5 ust. 5b of the social employment act).
  CisStatus: { '*': allow },
  LegalCapacityLimit: { '*': allow },
  // Places, like the declared capacity, are public: where a warming centre is open this winter.
  CapacityPeriod: { '*': allow },
  FacilityPlaces: { '*': allow },
  Occupancy: { '*': canSeeOccupancy },
  OccupancyReport: { '*': canSeeOccupancy, 'reportedBy': editsRegistry },
  CapacityRow: {
    '*': allow,
    'reportingFacilities': canSeeOccupancy,
    'occupiedPlaces': canSeeOccupancy,
    'freePlaces': canSeeOccupancy,
    'freshlyReportingFacilities': canSeeOccupancy,
    'oldestReportDate': canSeeOccupancy,
    'occupancyRate': canSeeOccupancy,
  },
};
