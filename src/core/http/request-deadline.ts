import type express from 'express';
import type { EntityManager } from '../db/database.js';
import { serviceUnavailable } from '../errors.js';
import { CORE } from '../messages/core.messages.js';
import { errorAnswer } from '../graphql/message-language.js';

/**
 * How far a request has got against its deadline: whether the deadline has answered it, and which
 * of its transactions are committing right now.
 */
export class RequestDeadline {
  passed = false;
  private readonly committing = new Set<object>();
  private readonly startedAt = performance.now();

  /** `lockTimeoutMs`: how long the request as a whole may wait for locks and connections (HUB_DB_LOCK_TIMEOUT_MS). */
  constructor(private readonly lockTimeoutMs: number | null = null) {}

  get isCommitting(): boolean {
    return this.committing.size > 0;
  }

  /**
   * Makes the transactions of `em` (a request's own fork, with an event manager of its own, and
   * its forks) respect the deadline: once the deadline has answered, a commit is refused and its
   * transaction rolled back, so that a client told to retry does not find its first attempt
   * written after all. A commit already under way holds the deadline off (`requestDeadline`).
   */
  guard(em: EntityManager): void {
    em.getEventManager().registerSubscriber({
      // PostgreSQL's lock_timeout bounds each wait for a lock, so a write that first queued for a
      // pooled connection (behind writes blocked on the same lock) could wait the acquire timeout
      // and then the lock timeout again. A transaction that starts late gets what is left of the
      // request's wait (never less than a moment, so that an uncontended lock is still taken).
      afterTransactionStart: async ({ em: transactional, transaction }) => {
        if (!transaction || 'savepointName' in transaction || this.lockTimeoutMs === null) return;
        const waited = performance.now() - this.startedAt;
        if (waited < LOCK_BUDGET_SLACK_MS) return;
        const remaining = Math.max(MIN_LOCK_WAIT_MS, Math.round(this.lockTimeoutMs - waited));
        // Never thrown from here: MikroORM has begun the transaction but not yet handed it over, so
        // a failure now (the database restarting) would leave its connection checked out for ever.
        // A transaction whose connection died fails at its next statement and is rolled back there.
        await transactional
          .getConnection()
          .execute("select set_config('lock_timeout', ?, true)", [`${remaining}ms`], 'run', transaction as never)
          .catch(() => undefined);
      },
      beforeTransactionCommit: ({ transaction }) => {
        if (!transaction || 'savepointName' in transaction) return;
        if (this.passed) throw serviceUnavailable(CORE.DEADLINE_PASSED());
        this.committing.add(transaction);
      },
      afterTransactionCommit: ({ transaction }) => void (transaction && this.committing.delete(transaction)),
      afterTransactionRollback: ({ transaction }) => void (transaction && this.committing.delete(transaction)),
    });
  }
}

/** A request that has waited less than this keeps the whole lock timeout: no statement is spent on it. */
const LOCK_BUDGET_SLACK_MS = 250;
const MIN_LOCK_WAIT_MS = 50;

/**
 * A request still unanswered after `ms` gets SERVICE_UNAVAILABLE (HTTP 503, Retry-After) and its
 * connection back. The database work behind it is bounded by the statement timeout, and what it
 * would still write is not committed (`RequestDeadline.guard`), so a retry never doubles a write.
 * Only a commit already in flight at the deadline is waited for, and then the request answers as
 * it ends, since its writes are in.
 */
export function requestDeadline(ms: number, lockTimeoutMs: number | null = null): express.RequestHandler {
  return (req, res, next) => {
    const deadline = new RequestDeadline(lockTimeoutMs);
    res.locals.deadline = deadline;
    const answer = () => {
      if (res.headersSent) return;
      if (deadline.isCommitting) {
        timer = setTimeout(answer, 5);
        return;
      }
      deadline.passed = true;
      res
        .status(503)
        .set('retry-after', '2')
        .json({ errors: [errorAnswer(serviceUnavailable(CORE.REQUEST_TIMEOUT({ ms })), req)] });
    };
    let timer = setTimeout(answer, ms);
    res.once('close', () => clearTimeout(timer));
    next();
  };
}
