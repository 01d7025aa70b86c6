import { createHash } from 'node:crypto';
import { conflict } from './errors.js';

/**
 * Batches sent with an idempotency key (attendance, socially useful work): the key names the batch,
 * the hash of its canonical content tells a resend from a different batch under a reused key.
 */
export function contentHashOf(canonical: unknown): string {
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/**
 * The stored outcome of an earlier call with the same key, marked as a replay; CONFLICT when the key
 * was used for other content.
 */
export function replayStored<T>(stored: { contentHash: string; result: Record<string, unknown> }, hash: string, key: string): T & { replayed: true } {
  if (stored.contentHash !== hash) {
    throw conflict(`The idempotency key "${key}" was already used for a report with other entries; use a new key for a new report`, { reason: 'IDEMPOTENCY_KEY_REUSED' });
  }
  return { ...(stored.result as T), replayed: true };
}
