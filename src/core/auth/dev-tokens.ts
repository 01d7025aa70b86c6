import { SignJWT } from 'jose';
import type { Role } from './principal.js';

export interface TokenClaims {
  role: Exclude<Role, 'PUBLIC'>;
  sub: string;
  org?: string | null;
  /** Lifetime, as jose understands it (`8h`, `30d`) or seconds from now. */
  expiresIn?: string | number;
}

/** Signs an HS256 token as the development identity provider would; used by `npm run token` and tests. */
export async function signDevelopmentToken(secret: string, claims: TokenClaims): Promise<string> {
  const jwt = new SignJWT({ role: claims.role, ...(claims.org ? { org: claims.org } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt();
  const exp = claims.expiresIn ?? '12h';
  jwt.setExpirationTime(typeof exp === 'number' ? Math.floor(Date.now() / 1000) + exp : exp);
  return jwt.sign(new TextEncoder().encode(secret));
}
