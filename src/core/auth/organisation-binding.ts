import type { EntityManager } from '../db/database.js';
import { databaseErrorToGraphQL } from '../db/database-errors.js';
import { unauthenticated } from '../errors.js';
import type { Principal, Role } from './principal.js';

/**
 * Which kinds of organisation (the registry's `OrganisationKind`) a token of each role may name in
 * its `org` claim. A labour-office clerk works for a labour office, a case worker for the welfare
 * centre (branch staff carry the centre's id); NGO staff for an organisation that runs services
 * (a public unit, an NGO, a church body, a business), never the welfare centre or a labour office,
 * whose users have roles of their own. ANALYST and ADMIN need no organisation; one they name must
 * exist. A role missing here takes no `org` at all.
 */
export const ORGANISATION_KINDS_BY_ROLE: Partial<Record<Role, readonly string[] | 'ANY'>> = {
  LABOUR_OFFICE: ['LABOUR_OFFICE'],
  MOPS_WORKER: ['WELFARE_CENTRE'],
  NGO_STAFF: ['PUBLIC_UNIT', 'FOUNDATION', 'ASSOCIATION', 'SOCIAL_COOPERATIVE', 'CHURCH_BODY', 'BUSINESS'],
  ANALYST: 'ANY',
  ADMIN: 'ANY',
};

/** How long a kind read from the registry is trusted before it is read again. */
const KIND_TTL_MS = 60_000;

/**
 * Checks once per request, when the principal is built, that the token's organisation exists and
 * is of a kind its role may carry; otherwise UNAUTHENTICATED with the reason. A token for an NGO
 * that says LABOUR_OFFICE would otherwise cross-check PESELs.
 */
export class OrganisationBinding {
  private readonly kinds = new Map<string, { kind: string; until: number }>();

  async check(principal: Principal, em: EntityManager): Promise<Principal> {
    const organisationId = principal.organisationId;
    if (organisationId === null) return principal;
    const allowed = ORGANISATION_KINDS_BY_ROLE[principal.role];
    if (allowed === undefined) throw unauthenticated(`A ${principal.role} token takes no organisation (org claim)`);
    const kind = await this.kindOf(organisationId, em);
    if (kind === null) throw unauthenticated('The token\u2019s organisation (org claim) is not in the registry');
    if (allowed !== 'ANY' && !allowed.includes(kind)) {
      throw unauthenticated(`A ${principal.role} token must name an organisation of kind ${allowed.join(' or ')}; its org is a ${kind}`);
    }
    return principal;
  }

  private async kindOf(id: string, em: EntityManager): Promise<string | null> {
    const now = performance.now();
    const known = this.kinds.get(id);
    if (known && known.until > now) return known.kind;
    let rows: { kind: string }[];
    try {
      rows = await em.execute<{ kind: string }[]>('select "kind" from "organisation" where "id" = ?', [id]);
    } catch (error) {
      throw databaseErrorToGraphQL(error) ?? error;
    }
    const kind = rows[0]?.kind ?? null;
    // Only a found kind is kept: an organisation registered a moment ago must work at once.
    if (kind !== null) {
      if (this.kinds.size >= 10_000) this.kinds.delete(this.kinds.keys().next().value!);
      this.kinds.set(id, { kind, until: now + KIND_TTL_MS });
    }
    return kind;
  }
}
