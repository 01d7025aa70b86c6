import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

const DAY_FORM = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `Date` of API.md: a calendar date `YYYY-MM-DD`, carried as that string end to end so that no time
 * zone can move a day (an attendance day in Kraków is the same day in UTC).
 */
export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  // What the hub sends comes from DATE columns and the calendar, a real day by its type: a string of
  // the form goes out as it is (graphql-scalars parses each through a Date and back, a tenth of a
  // page of histories' CPU); anything else is checked, and refused, as graphql-scalars does. Input
  // (parseValue, parseLiteral) keeps the full check.
  serialize: (value: unknown) => (typeof value === 'string' && DAY_FORM.test(value) ? value : LocalDateResolver.serialize(value)),
  name: 'Date',
  description: 'A calendar date in ISO 8601 form, YYYY-MM-DD (e.g. 2026-11-24), without a time zone.',
});

/** `DateTime` of API.md: an instant with its zone offset, e.g. 2026-11-24T18:30:00.000Z. */
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  name: 'DateTime',
  description: 'An instant in ISO 8601 form with a zone offset, e.g. 2026-11-24T18:30:00.000Z.',
});
