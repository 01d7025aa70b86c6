/**
 * Prints a signed development token: npm run token -- --role NGO_STAFF --org <organisation id> [--sub anna] [--expires 8h]
 * Uses HUB_JWT_SECRET, or the development secret of the embedded mode.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { signDevelopmentToken } from '../src/core/auth/dev-tokens.js';
import { isRole, ROLES_WITH_ORGANISATION } from '../src/core/auth/principal.js';

const { values } = parseArgs({
  options: { role: { type: 'string' }, org: { type: 'string' }, sub: { type: 'string' }, expires: { type: 'string', default: '8h' } },
});
const config = loadConfig();
if (!config.jwt.secret) {
  console.error('Tokens can be signed here only with a shared secret (HUB_JWT_SECRET or the development default), not with a JWKS.');
  process.exit(2);
}
if (!isRole(values.role) || values.role === 'PUBLIC') {
  console.error('Usage: npm run token -- --role ANALYST|NGO_STAFF|LABOUR_OFFICE|MOPS_WORKER|ADMIN [--org <id>] [--sub <user>] [--expires 8h]');
  process.exit(2);
}
if (ROLES_WITH_ORGANISATION.includes(values.role) && !values.org) {
  console.error(`A ${values.role} token needs --org <organisation id>`);
  process.exit(2);
}
console.log(
  await signDevelopmentToken(config.jwt.secret, {
    role: values.role,
    org: values.org ?? null,
    sub: values.sub ?? `dev-${values.role.toLowerCase()}`,
    expiresIn: values.expires,
  }),
);
