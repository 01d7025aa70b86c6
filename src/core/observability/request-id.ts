import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

/** An id a caller may send (a proxy's, a gateway's): short, and of characters safe in logs and headers. */
const ACCEPTED = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives every request an id: the caller's `x-request-id` when it is a safe one, a fresh UUID
 * otherwise. It is returned in the `x-request-id` response header, in every error's extensions and
 * in the request's log line, so a clerk's complaint can be found in the logs.
 */
export function requestIdMiddleware(): RequestHandler {
  return (req, res, next) => {
    const sent = req.get('x-request-id');
    const id = sent && ACCEPTED.test(sent) ? sent : randomUUID();
    res.locals.requestId = id;
    res.setHeader('x-request-id', id);
    next();
  };
}
