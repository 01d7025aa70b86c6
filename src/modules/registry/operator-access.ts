import { rule } from 'graphql-shield';
import type { RequestContext } from '../../core/graphql/context.js';
import { registryLoaders } from './registry.loaders.js';

/** Whether the caller is staff of the organisation that operates the facility: the row-level right NGO staff have. */
export async function operatesFacility(ctx: RequestContext, facilityId: string): Promise<boolean> {
  if (ctx.principal.role !== 'NGO_STAFF' || !ctx.principal.organisationId) return false;
  const facility = await ctx.loaders(registryLoaders).facility.load(facilityId);
  return facility?.operatorId === ctx.principal.organisationId;
}

/**
 * Whether the caller may read records about the people a facility serves (null: people in no
 * facility, such as a foster family's children): MOPS_WORKER and ADMIN everywhere, NGO staff at the
 * facilities their organisation operates, nobody else.
 */
export async function readsPeopleOf(ctx: RequestContext, facilityId: string | null): Promise<boolean> {
  const { role } = ctx.principal;
  if (role === 'MOPS_WORKER' || role === 'ADMIN') return true;
  return facilityId !== null && operatesFacility(ctx, facilityId);
}

/** `readsPeopleOf` as a field rule. Depends on the row, so graphql-shield does not cache it. */
export const caseWorkerOrOperatorOf = (facilityIdOf: (parent: any) => string) =>
  rule({ cache: 'no_cache' })(async (parent, _args, ctx: RequestContext) => readsPeopleOf(ctx, facilityIdOf(parent)));
