import { buildSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { allow, hasRole } from '../../src/core/access/rules.js';
import { applyPermissions } from '../../src/core/access/shield.js';
import type { Role } from '../../src/core/auth/principal.js';

const sdl = buildSchema(`
  type Query { open: Thing, guarded: Thing, forgotten: String }
  type Thing { name: String, secret: String, other: Other }
  type Other { value: String }
`);
const rootValue = { open: () => ({ name: 'n', secret: 's', other: { value: 'v' } }), guarded: () => ({ name: 'g' }), forgotten: () => 'f' };
const schema = applyPermissions(sdl, [{ Query: { open: allow, guarded: hasRole('ADMIN') }, Thing: { '*': allow, 'secret': hasRole('ADMIN') } }]);

const run = (role: Role, source: string) => graphql({ schema, source, rootValue, contextValue: { principal: { role, userId: null, organisationId: null } } });

describe('deny by default', () => {
  it('allows what a rule allows', async () => {
    expect((await run('PUBLIC', '{ open { name } }')).data).toEqual({ open: { name: 'n' } });
  });

  it('denies a root field that has no rule', async () => {
    const result = await run('ADMIN', '{ forgotten }');
    expect(result.data).toEqual({ forgotten: null });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('denies every field of a type that has no rule, even to ADMIN', async () => {
    const result = await run('ADMIN', '{ open { other { value } } }');
    expect(result.data).toEqual({ open: { other: { value: null } } });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('applies a field rule over the type wildcard', async () => {
    const publicResult = await run('PUBLIC', '{ open { name secret } }');
    expect(publicResult.data).toEqual({ open: { name: 'n', secret: null } });
    expect(publicResult.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect((await run('ADMIN', '{ open { secret } }')).data).toEqual({ open: { secret: 's' } });
  });

  it('checks role rules on root fields', async () => {
    expect((await run('PUBLIC', '{ guarded { name } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await run('ADMIN', '{ guarded { name } }')).data).toEqual({ guarded: { name: 'g' } });
  });
});
