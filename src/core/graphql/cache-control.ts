import { DirectiveLocation, GraphQLBoolean, GraphQLDirective, GraphQLEnumType, GraphQLInt } from 'graphql';
import { Directive } from 'type-graphql';

/** Apollo's `@cacheControl` directive, declared so that types can carry cache hints. */
export const cacheControlDirective = new GraphQLDirective({
  name: 'cacheControl',
  description: 'How long a response made only of such fields may be served again from the response cache.',
  locations: [DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.OBJECT, DirectiveLocation.INTERFACE, DirectiveLocation.UNION],
  args: {
    maxAge: { type: GraphQLInt, description: 'Seconds.' },
    scope: {
      type: new GraphQLEnumType({
        name: 'CacheControlScope',
        description: 'Whether a cached response may be shared between callers.',
        values: {
          PUBLIC: { description: 'Shared by every caller.' },
          PRIVATE: { description: 'Kept per caller (here: per role and organisation).' },
        },
      }),
      description: 'Who may share a cached response.',
    },
    inheritMaxAge: { type: GraphQLBoolean, description: 'Take the max age of the parent field.' },
  },
});

/**
 * Marks a type as cacheable in whole responses, per role and organisation, for as long as the data
 * revision stays the same. Only for shared, non-personal data: a cached response runs no resolver,
 * so a read served from it would not be audited. Any field of a type without this mark makes the
 * whole response uncacheable, which is the default.
 */
export function SharedData(maxAgeSeconds = 300): ClassDecorator {
  return Directive(`@cacheControl(maxAge: ${maxAgeSeconds}, scope: PRIVATE)`) as ClassDecorator;
}
