import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCachePolicy } from '../../src/core/graphql/cache-policy.js';
import { buildHubSchema } from '../../src/hub.js';

const { schema } = await buildHubSchema();
const policyOf = (query: string) => operationCachePolicy(schema, parse(query), 0);

describe('the cache policy of an operation, read from its text', () => {
  it('lets an answer made only of shared registry data be cached, per caller', () => {
    expect(policyOf('{ facilities(first: 5) { nodes { name operator { name } district { name } } pageInfo { endCursor } } }')).toEqual({
      maxAge: 300,
      scope: 'PRIVATE',
    });
    expect(policyOf('{ capacityOverview(groupBy: [DISTRICT]) { district { name } freePlaces } }')).toEqual({ maxAge: 300, scope: 'PRIVATE' });
  });

  it('refuses the cache to any answer that names a type without the SharedData mark', () => {
    expect(policyOf('{ me { userId } }').maxAge).toBe(0);
    expect(policyOf('{ facilities(first: 5) { nodes { name } } me { role } }').maxAge).toBe(0);
  });

  it('refuses it to a root field of a plain value, which has no type to carry a hint', () => {
    expect(policyOf('{ today }').maxAge).toBe(0);
  });

  it('counts fields in fragments and inline fragments, wherever they are spread', () => {
    expect(policyOf('{ facilities(first: 5) { nodes { ...F } } } fragment F on Facility { name cisStatus { decidedOn } }').maxAge).toBe(0);
    expect(policyOf('{ facilities(first: 5) { nodes { ... on Facility { name cisStatus { decidedOn } } } } }').maxAge).toBe(0);
    expect(policyOf('{ facilities(first: 5) { nodes { ...F } } } fragment F on Facility { name district { name } }')).toEqual({
      maxAge: 300,
      scope: 'PRIVATE',
    });
  });

  it('is stricter than a run, never looser: a field skipped by @include(if: false) still counts', () => {
    expect(policyOf('query($me: Boolean = false) { facilities(first: 5) { nodes { name } } me @include(if: $me) { role } }').maxAge).toBe(0);
  });
});
