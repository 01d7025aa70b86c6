import type { RequestContext } from '../../core/graphql/context.js';
import { isUuid } from '../../core/ids.js';

/**
 * Which of some persons the caller reaches through a module's records: an NGO the participants and
 * foster children of the facilities it operates, a labour office the participants of a CIS. A
 * person has no rows of their own to scope by, so the modules that hand persons out say whom each
 * role reaches, and a read of a person by id (a federation entity look-up) is allowed only for them.
 */
export type PersonReach = (ctx: RequestContext, personIds: readonly string[]) => Promise<Iterable<string>>;

const reaches = new Set<PersonReach>();

/** Called when the hub wires each module that gives out persons (integration, foster care, referrals). */
export function providePersonReach(reach: PersonReach): void {
  reaches.add(reach);
}

/** The persons among `personIds` the caller may read: all of them for the welfare centre, else those some module reaches. */
export async function reachablePersons(ctx: RequestContext, personIds: readonly string[]): Promise<Set<string>> {
  const { role } = ctx.principal;
  if (role === 'MOPS_WORKER' || role === 'ADMIN') return new Set(personIds);
  if (role === 'PUBLIC' || role === 'ANALYST') return new Set();
  const valid = personIds.filter(isUuid);
  const reached = new Set<string>();
  if (!valid.length) return reached;
  for (const reach of reaches) for (const id of await reach(ctx, valid)) reached.add(id);
  return reached;
}
