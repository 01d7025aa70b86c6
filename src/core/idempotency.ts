import { createHash } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { conflict, InputProblems } from './errors.js';
import { CORE } from './messages/core.messages.js';

/**
 * Batches sent with an idempotency key (attendance, socially useful work): the key names the batch,
 * the hash of its canonical content tells a resend from a different batch under a reused key. One
 * way for every such batch: the key checked (`checkIdempotencyKey`), an earlier batch under the key
 * replayed (`replayStored`), the batch's report row inserted first in its transaction so that a
 * concurrent call with the same key waits on it, and that call's unique violation turned into a
 * replay or one CONFLICT (`replayAfterUniqueViolation`).
 */

/** An idempotency key has 1 to 200 characters (after trimming). */
export function checkIdempotencyKey(key: string, problems: InputProblems): void {
  if (!key || key.length > 200) problems.add('idempotencyKey', CORE.IDEMPOTENCY_KEY_LENGTH());
}

/** The hash of a batch's canonical content: the same entries under the same key are a resend. */
export function contentHashOf(canonical: unknown): string {
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/**
 * The stored outcome of an earlier call with the same key, marked as a replay; CONFLICT when the key
 * was used for other content.
 */
export function replayStored<T>(stored: { contentHash: string; result: Record<string, unknown> }, hash: string, key: string): T & { replayed: true } {
  if (stored.contentHash !== hash) {
    throw conflict(CORE.IDEMPOTENCY_KEY_REUSED({ key }));
  }
  return { ...(stored.result as T), replayed: true };
}

/**
 * What a batch answers when its transaction failed on a unique constraint: the outcome of the
 * concurrent batch that won with the same key (a replay, or CONFLICT when that one carried other
 * content), else CONFLICT `CONCURRENT_REPORT` (another batch wrote the same days at the same time).
 * Any other error is thrown as it is.
 */
export async function replayAfterUniqueViolation<T>(
  error: unknown,
  stored: () => Promise<{ contentHash: string; result: Record<string, unknown> } | null>,
  hash: string,
  key: string,
): Promise<T & { replayed: true }> {
  if (!(error instanceof UniqueConstraintViolationException)) throw error;
  const winner = await stored();
  if (winner) return replayStored<T>(winner, hash, key);
  throw conflict(CORE.CONCURRENT_REPORT());
}
