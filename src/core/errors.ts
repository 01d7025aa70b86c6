import { GraphQLError } from 'graphql';

/** The closed set of error codes of API.md; anything else is masked as INTERNAL_SERVER_ERROR. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** One problem in the input: where (`entries.17.date`) and what, in words a clerk understands. */
export interface InputProblem {
  path: string;
  message: string;
  /** The same in Polish, where the rule words it so (an import's report shows it to the clerk). */
  messagePl?: string;
}

/** A message worded once in both languages, at the rule that says it: the API's English and the Polish a clerk reads. */
export interface Wording {
  en: string;
  pl: string;
}

export function wording(en: string, pl: string): Wording {
  return { en, pl };
}

export function unauthenticated(message = 'The access token is missing, malformed, expired or wrongly signed'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
}

export function forbidden(message: string | Wording = wording('Your role may not see this field or perform this operation', 'Twoja rola nie pozwala zobaczyć tego pola ani wykonać tej operacji')): GraphQLError {
  return new GraphQLError(textOf(message), { extensions: { code: ErrorCode.FORBIDDEN, ...polishOf(message) } });
}

export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`${what} ${id} does not exist`, { extensions: { code: ErrorCode.NOT_FOUND, id, messagePl: `Nie ma takiego obiektu (${what}, ${id})` } });
}

export function conflict(message: string | Wording, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(textOf(message), { extensions: { code: ErrorCode.CONFLICT, ...polishOf(message), ...details } });
}

const textOf = (message: string | Wording) => (typeof message === 'string' ? message : message.en);
/** The Polish wording travels with the error (`messagePl`) until the response is worded in the caller's language (message-language.ts). */
const polishOf = (message: string | Wording) => (typeof message === 'string' ? {} : { messagePl: message.pl });

export function tooManyRequests(message: string, retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.TOO_MANY_REQUESTS, retryAfterSeconds, messagePl: `Zbyt wiele zapytań: spróbuj ponownie za ${retryAfterSeconds} s`, http: { status: 429 } },
  });
}

/** The database unreachable or too slow: HTTP 503, safe to retry, nothing was written. */
export function serviceUnavailable(message: string, retryAfterSeconds = 2): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds, http: { status: 503, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } } });
}

export function badUserInput(problems: InputProblem[]): GraphQLError {
  const summary = problems.length === 1 ? problems[0]!.message : `${problems.length} problems in the input`;
  return new GraphQLError(summary, { extensions: { code: ErrorCode.BAD_USER_INPUT, details: problems } });
}

/**
 * Collects every problem of an input before anything is written, so that a caller fixing a batch
 * sees all of them at once rather than one per round trip.
 */
export class InputProblems {
  readonly list: InputProblem[] = [];

  add(path: string | (string | number)[], message: string | Wording): void {
    const where = Array.isArray(path) ? path.join('.') : path;
    this.list.push(typeof message === 'string' ? { path: where, message } : { path: where, message: message.en, messagePl: message.pl });
  }

  /** Runs a validator returning `null` (fine) or a message, and records the message under `path`. */
  check(path: string | (string | number)[], message: string | Wording | null): void {
    if (message !== null) this.add(path, message);
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  throwIfAny(): void {
    if (!this.empty) throw badUserInput(this.list);
  }
}
