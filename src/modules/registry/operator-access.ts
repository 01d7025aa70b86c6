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
 * A field rule for records about the people a facility serves: MOPS_WORKER and ADMIN see them
 * everywhere, NGO staff at the facilities their organisation operates. Depends on the row, so
 * graphql-shield does not cache it.
 */
export const caseWorkerOrOperatorOf = (facilityIdOf: (parent: any) => string) =>
  rule({ cache: 'no_cache' })(async (parent, _args, ctx: RequestContext) =>
    ctx.principal.role === 'MOPS_WORKER' || ctx.principal.role === 'ADMIN' || operatesFacility(ctx, facilityIdOf(parent)),
  );
