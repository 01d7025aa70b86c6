import { GraphQLError } from 'graphql';
import { CORE, recordKind, type RecordKind } from './messages/core.messages.js';
import type { Message } from './messages/reasons.js';

export type { Message } from './messages/reasons.js';

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

/** One problem in the input: where (`entries.17.date`), why (`reason`, `params`) and what, in words a clerk understands. */
export interface InputProblem {
  path: string;
  reason: string;
  params: Readonly<Record<string, string | number>>;
  message: string;
  /** The same in Polish; the response keeps the caller's language only (message-language.ts). */
  messagePl?: string;
}

/** A problem at `path`, worded by its catalogue. */
export function inputProblem(path: string | (string | number)[], message: Message): InputProblem {
  return { path: Array.isArray(path) ? path.join('.') : path, reason: message.reason, params: message.params, message: message.en, messagePl: message.pl };
}

/** The extensions every refusal carries: its reason, the reason's params, and the Polish until the response is worded. */
const said = (message: Message) => ({ reason: message.reason, params: message.params, messagePl: message.pl });

export function unauthenticated(message: Message = CORE.TOKEN_INVALID()): GraphQLError {
  return new GraphQLError(message.en, { extensions: { code: ErrorCode.UNAUTHENTICATED, ...said(message), http: { status: 401 } } });
}

export function forbidden(message: Message = CORE.FORBIDDEN_ROLE()): GraphQLError {
  return new GraphQLError(message.en, { extensions: { code: ErrorCode.FORBIDDEN, ...said(message) } });
}

export function notFound(kind: RecordKind, id: string): GraphQLError {
  const message = CORE.NO_SUCH_RECORD({ kind: recordKind(kind), id });
  return new GraphQLError(message.en, { extensions: { code: ErrorCode.NOT_FOUND, id, ...said(message) } });
}

export function conflict(message: Message, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message.en, { extensions: { code: ErrorCode.CONFLICT, ...said(message), ...details } });
}

export function tooManyRequests(retryAfterSeconds: number, message: Message = CORE.TOO_MANY_REQUESTS({ seconds: retryAfterSeconds })): GraphQLError {
  return new GraphQLError(message.en, { extensions: { code: ErrorCode.TOO_MANY_REQUESTS, retryAfterSeconds, ...said(message), http: { status: 429 } } });
}

/** The database unreachable or too slow: HTTP 503, safe to retry, nothing was written. */
export function serviceUnavailable(message: Message, retryAfterSeconds = 2): GraphQLError {
  return new GraphQLError(message.en, {
    extensions: {
      code: ErrorCode.SERVICE_UNAVAILABLE,
      retryAfterSeconds,
      ...said(message),
      http: { status: 503, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

/** Refused input: the error is worded as its one problem, or counts them (`INPUT_PROBLEMS`); `details` lists each. */
export function badUserInput(problems: InputProblem[]): GraphQLError {
  const one = problems.length === 1 ? problems[0]! : null;
  const summary = one
    ? { reason: one.reason, params: one.params, en: one.message, pl: one.messagePl ?? one.message }
    : CORE.INPUT_PROBLEMS({ count: problems.length });
  return new GraphQLError(summary.en, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...said(summary), details: problems } });
}

/** A refusal outside the API's codes (a request the HTTP layer turns away), worded like any other. */
export function refusal(code: string, message: Message): GraphQLError {
  return new GraphQLError(message.en, { extensions: { code, ...said(message) } });
}

/** One problem refused at once. */
export function invalidInput(path: string | (string | number)[], message: Message): GraphQLError {
  return badUserInput([inputProblem(path, message)]);
}

/**
 * Collects every problem of an input before anything is written, so that a caller fixing a batch
 * sees all of them at once rather than one per round trip.
 */
export class InputProblems {
  readonly list: InputProblem[] = [];

  add(path: string | (string | number)[], message: Message): void {
    this.list.push(inputProblem(path, message));
  }

  /** Runs a validator returning `null` (fine) or a message, and records the message under `path`. */
  check(path: string | (string | number)[], message: Message | null): void {
    if (message !== null) this.add(path, message);
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  throwIfAny(): void {
    if (!this.empty) throw badUserInput(this.list);
  }
}
