import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

/**
 * `Date` of API.md: a calendar date `YYYY-MM-DD`, carried as that string end to end so that no time
 * zone can move a day (an attendance day in Kraków is the same day in UTC).
 */
export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  description: 'A calendar date in ISO 8601 form, YYYY-MM-DD (e.g. 2026-11-24), without a time zone.',
});

/** `DateTime` of API.md: an instant with its zone offset, e.g. 2026-11-24T18:30:00.000Z. */
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  name: 'DateTime',
  description: 'An instant in ISO 8601 form with a zone offset, e.g. 2026-11-24T18:30:00.000Z.',
});
