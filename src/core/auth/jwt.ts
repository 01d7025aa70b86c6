import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { JwtConfig } from '../../config.js';
import { unauthenticated } from '../errors.js';
import { isRole, PUBLIC_PRINCIPAL, ROLES_WITH_ORGANISATION, type Principal } from './principal.js';
import { CORE } from '../messages/core.messages.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ISSUED_AT_SKEW_MS = 60_000;

/** A claim by its dotted path (`realm_access.roles`); undefined where the path leads nowhere. */
function claimAt(payload: Record<string, unknown>, path: string): unknown {
  if (path in payload) return payload[path];
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), payload);
}

export type PrincipalResolver = (authorization: string | undefined) => Promise<Principal>;

/**
 * Turns the `Authorization` header into a principal. No header: PUBLIC. Anything wrong with a
 * token that was sent (format, signature, expiry, role, missing `org`) is UNAUTHENTICATED; a bad
 * token never falls back to PUBLIC, or a typo would silently hide every protected field.
 */
/**
 * `now`: the instant a token's `exp`, `nbf` and `iat` are judged by. Identity providers stamp tokens
 * by the real clock, so the hub judges them by it too, not by its own day (which a demonstration
 * may fix on another date); a test states its instant instead.
 */
export function createPrincipalResolver(config: JwtConfig, now: () => number = Date.now): PrincipalResolver {
  let key: Uint8Array | JWTVerifyGetKey;
  let algorithms: string[];
  if (config.jwksUrl) {
    key = createRemoteJWKSet(new URL(config.jwksUrl));
    algorithms = ['RS256', 'ES256'];
  } else if (config.secret) {
    key = new TextEncoder().encode(config.secret);
    algorithms = ['HS256'];
  } else {
    throw new Error('Either a JWT secret or a JWKS URL is required');
  }

  // A dashboard sends the same token with every request; a token verified once stays valid until
  // its expiry (JWTs carry no revocation), so the signature check is not repeated.
  const verified = new Map<string, { principal: Principal; expiresAt: number }>();

  return async (authorization) => {
    if (authorization === undefined || authorization.trim() === '') return PUBLIC_PRINCIPAL;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw unauthenticated(CORE.BEARER_HEADER());
    const known = verified.get(match[1]!);
    if (known && known.expiresAt > now()) return known.principal;
    const entry = await verify(match[1]!);
    if (verified.size >= 10_000) verified.delete(verified.keys().next().value!);
    verified.set(match[1]!, entry);
    return entry.principal;
  };

  /** The hub's role from the role claim: its name, or, with a role map, the one role its groups map to. */
  function roleOf(claim: unknown): unknown {
    if (config.roleMap.size === 0) return claim;
    const values = Array.isArray(claim) ? claim : claim === undefined ? [] : [claim];
    const roles = new Set(values.flatMap((v) => (typeof v === 'string' && config.roleMap.has(v) ? [config.roleMap.get(v)!] : [])));
    if (roles.size > 1) throw unauthenticated(CORE.TOKEN_SEVERAL_ROLES({ roles: [...roles].sort().join(', ') }));
    return roles.values().next().value;
  }

  async function verify(token: string): Promise<{ principal: Principal; expiresAt: number }> {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, key as Uint8Array, {
        algorithms,
        currentDate: new Date(now()),
        requiredClaims: ['exp', 'sub'],
        ...(config.issuer ? { issuer: config.issuer } : {}),
        ...(config.audience ? { audience: config.audience } : {}),
      }));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated(CORE.TOKEN_EXPIRED());
      throw unauthenticated();
    }
    // jose checks `iat` only against a maximum age; a token from the future is forged or from a
    // clock gone wrong, and would outlive what its issuer meant. A minute of skew is tolerated.
    if (typeof payload.iat === 'number' && payload.iat * 1000 > now() + ISSUED_AT_SKEW_MS) throw unauthenticated(CORE.TOKEN_ISSUED_IN_FUTURE());
    const role = roleOf(claimAt(payload, config.roleClaim));
    const org = claimAt(payload, config.orgClaim);
    const { sub } = payload as { sub?: unknown };
    if (!isRole(role) || role === 'PUBLIC') throw unauthenticated(CORE.TOKEN_UNKNOWN_ROLE({ role: String(role) }));
    if (typeof sub !== 'string' || sub === '') throw unauthenticated(CORE.TOKEN_NO_SUBJECT());
    if (org !== undefined && (typeof org !== 'string' || !UUID.test(org))) {
      throw unauthenticated(CORE.TOKEN_ORG_NOT_UUID());
    }
    if (ROLES_WITH_ORGANISATION.includes(role) && org === undefined) {
      throw unauthenticated(CORE.TOKEN_ORG_MISSING({ role }));
    }
    return { principal: { role, userId: sub, organisationId: (org as string | undefined) ?? null }, expiresAt: (payload.exp ?? 0) * 1000 };
  }
}
