import type express from 'express';
import type { EntityManager } from '../db/database.js';
import { serviceUnavailable } from '../errors.js';

/**
 * How far a request has got against its deadline: whether the deadline has answered it, and which
 * of its transactions are committing right now.
 */
export class RequestDeadline {
  passed = false;
  private readonly committing = new Set<object>();

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
      beforeTransactionCommit: ({ transaction }) => {
        if (!transaction || 'savepointName' in transaction) return;
        if (this.passed) throw serviceUnavailable('The request passed its deadline before its writes were committed; nothing was written. Retry shortly');
        this.committing.add(transaction);
      },
      afterTransactionCommit: ({ transaction }) => void (transaction && this.committing.delete(transaction)),
      afterTransactionRollback: ({ transaction }) => void (transaction && this.committing.delete(transaction)),
    });
  }
}

/**
 * A request still unanswered after `ms` gets SERVICE_UNAVAILABLE (HTTP 503, Retry-After) and its
 * connection back. The database work behind it is bounded by the statement timeout, and what it
 * would still write is not committed (`RequestDeadline.guard`), so a retry never doubles a write.
 * Only a commit already in flight at the deadline is waited for, and then the request answers as
 * it ends, since its writes are in.
 */
export function requestDeadline(ms: number): express.RequestHandler {
  return (_req, res, next) => {
    const deadline = new RequestDeadline();
    res.locals.deadline = deadline;
    const answer = () => {
      if (res.headersSent) return;
      if (deadline.isCommitting) {
        timer = setTimeout(answer, 5);
        return;
      }
      deadline.passed = true;
      res.status(503).set('retry-after', '2').json({
        errors: [{ message: `The request did not finish within ${ms} ms; retry shortly`, extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 } }],
      });
    };
    let timer = setTimeout(answer, ms);
    res.once('close', () => clearTimeout(timer));
    next();
  };
}
