import { rule } from 'graphql-shield';
import { allow, hasRole } from '../../core/access/rules.js';
import type { PermissionMap } from '../../core/access/shield.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { operatesFacility } from '../registry/index.js';

/**
 * Who sees assessments: PUBLIC the catalogue and each facility's overall result;
 * ANALYST everything but assessors' names; NGO_STAFF full assessments of facilities their
 * organisation operates; MOPS_WORKER and ADMIN everything.
 */
const FULL_READERS = ['MOPS_WORKER', 'ADMIN'] as const;

/** Assessments: ANALYST, MOPS, ADMIN; NGO staff of the facility's operator. Depends on the row, so not cached. */
const readsAssessmentOf = (facilityIdOf: (parent: any) => string) =>
  rule({ cache: 'no_cache' })(
    async (parent, _args, ctx: RequestContext) => ['ANALYST', ...FULL_READERS].includes(ctx.principal.role) || operatesFacility(ctx, facilityIdOf(parent)),
  );
/** Assessors' names: MOPS, ADMIN; NGO staff of the facility's operator. Not ANALYST. */
const readsAssessorOf = rule({ cache: 'no_cache' })(
  async (parent: { facilityId: string }, _args, ctx: RequestContext) =>
    (FULL_READERS as readonly string[]).includes(ctx.principal.role) || operatesFacility(ctx, parent.facilityId),
);

export const standardsPermissions: PermissionMap = {
  Query: { serviceStandards: allow, serviceStandard: allow, complianceCoverage: allow },
  Mutation: { defineServiceStandard: hasRole('ADMIN'), recordAssessment: hasRole('MOPS_WORKER', 'ADMIN') },
  Facility: { compliance: allow, assessments: readsAssessmentOf((facility) => facility.id) },
  ServiceStandard: { '*': allow },
  StandardRequirement: { '*': allow },
  StandardCoverage: { '*': allow },
  ComplianceEntry: { '*': allow, 'latestAssessment': readsAssessmentOf((entry) => entry.facilityId) },
  Assessment: { '*': readsAssessmentOf((a) => a.facilityId), 'assessorName': readsAssessorOf },
  // Reachable only through an Assessment, which is guarded.
  RequirementOutcome: { '*': allow },
};
