import { allow, deny, rule } from 'graphql-shield';
import type { Role } from '../auth/principal.js';
import type { RequestContext } from '../graphql/context.js';

export { allow, deny };

type Rule = ReturnType<ReturnType<typeof rule>>;
const roleRules = new Map<string, Rule>();
const rolesOfRule = new WeakMap<object, readonly Role[]>();

/**
 * Allows the listed roles. One rule per set of roles, cached per request by graphql-shield, so
 * hundreds of fields guarded by the same rule cost one check.
 */
export function hasRole(...roles: Role[]): Rule {
  const key = [...roles].sort().join(',');
  let r = roleRules.get(key);
  if (!r) {
    r = rule(`hasRole(${key})`, { cache: 'contextual' })((_parent, _args, ctx: RequestContext) => roles.includes(ctx.principal.role));
    roleRules.set(key, r);
    rolesOfRule.set(r, roles);
  }
  return r;
}

/** The roles a `hasRole` rule allows; undefined for any other rule. */
export function rolesAllowedBy(r: unknown): readonly Role[] | undefined {
  return typeof r === 'object' && r !== null ? rolesOfRule.get(r) : undefined;
}

/** Any caller with a verified token. */
export const isAuthenticated = rule('isAuthenticated', { cache: 'contextual' })((_parent, _args, ctx: RequestContext) => ctx.principal.role !== 'PUBLIC');
