import type { EntityManager } from '../db/database.js';
import { databaseErrorToGraphQL } from '../db/database-errors.js';
import { unauthenticated } from '../errors.js';
import type { Principal, Role } from './principal.js';
import { CORE } from '../messages/core.messages.js';
import { runSql } from '../db/sql.js';

/**
 * Which kinds of organisation (the registry's `OrganisationKind`) a token of each role may name in
 * its `org` claim (API.md, Roles): a labour-office clerk works for a labour office, a case worker
 * for the welfare centre or one of its units (a branch: its `WelfareUnit` id); NGO staff, ANALYST
 * and ADMIN for any organisation of the registry (the latter two need none). A role missing here
 * takes no `org` at all.
 */
export const ORGANISATION_KINDS_BY_ROLE: Partial<Record<Role, { kinds: readonly string[] | 'ANY'; units: boolean }>> = {
  LABOUR_OFFICE: { kinds: ['LABOUR_OFFICE'], units: false },
  MOPS_WORKER: { kinds: ['WELFARE_CENTRE'], units: true },
  NGO_STAFF: { kinds: 'ANY', units: false },
  ANALYST: { kinds: 'ANY', units: false },
  ADMIN: { kinds: 'ANY', units: false },
};

/** What an `org` claim names: an organisation, or a unit of the welfare centre with its organisation. */
interface Named {
  kind: string;
  organisationId: string;
  unitId: string | null;
}

/** How long a kind read from the registry is trusted before it is read again. */
const KIND_TTL_MS = 60_000;

/**
 * Checks once per request, when the principal is built, that the token's organisation exists and
 * is of a kind its role may carry; otherwise UNAUTHENTICATED with the reason. A token for an NGO
 * that says LABOUR_OFFICE would otherwise cross-check PESELs.
 */
export class OrganisationBinding {
  private readonly known = new Map<string, { named: Named; until: number }>();

  /**
   * The principal with its organisation checked; a case worker whose token names a unit gets the
   * unit's organisation (the centre) as `organisationId`, which is what every record of who wrote
   * refers to, and the unit as `unitId`.
   */
  async check(principal: Principal, em: EntityManager): Promise<Principal> {
    if (principal.organisationId === null) return principal;
    const allowed = ORGANISATION_KINDS_BY_ROLE[principal.role];
    if (allowed === undefined) throw unauthenticated(CORE.TOKEN_ORG_NOT_ALLOWED({ role: principal.role }));
    const named = await this.lookUp(principal.organisationId, em);
    if (named === null || (named.unitId !== null && !allowed.units)) throw unauthenticated(CORE.TOKEN_ORG_UNKNOWN());
    if (allowed.kinds !== 'ANY' && !allowed.kinds.includes(named.kind)) {
      throw unauthenticated(CORE.TOKEN_ORG_WRONG_KIND({ role: principal.role, kinds: allowed.kinds.join(' / '), kind: named.kind }));
    }
    return named.unitId === null ? principal : { ...principal, organisationId: named.organisationId, unitId: named.unitId };
  }

  private async lookUp(id: string, em: EntityManager): Promise<Named | null> {
    const now = performance.now();
    const cached = this.known.get(id);
    if (cached && cached.until > now) return cached.named;
    let rows: { kind: string; organisation_id: string; unit_id: string | null }[];
    try {
      rows = await runSql(
        em,
        `select "kind", "id" as "organisation_id", null::uuid as "unit_id" from "organisation" where "id" = ?
         union all
         select o."kind", o."id", u."id" from "welfare_unit" u join "organisation" o on o."id" = u."organisation_id" where u."id" = ?`,
        [id, id],
      );
    } catch (error) {
      throw databaseErrorToGraphQL(error) ?? error;
    }
    const row = rows[0];
    if (!row) return null; // not kept: an organisation registered a moment ago must work at once
    const named = { kind: row.kind, organisationId: row.organisation_id, unitId: row.unit_id };
    if (this.known.size >= 10_000) this.known.delete(this.known.keys().next().value!);
    this.known.set(id, { named, until: now + KIND_TTL_MS });
    return named;
  }
}
