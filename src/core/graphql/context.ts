import type { Principal } from '../auth/principal.js';
import type { AuditRecorder } from '../audit/recorder.js';
import type { EntityManager } from '../db/database.js';

/** A factory of one module's DataLoaders; called at most once per request. */
export type LoaderFactory<T> = (ctx: RequestContext) => T;

/**
 * Everything a resolver may use, built once per request: the verified principal, an EntityManager
 * forked for this request alone, the audit trail, and DataLoaders created on first use. Nothing here
 * outlives the request, so no identity map or loader cache leaks between users.
 */
export interface RequestContext {
  principal: Principal;
  em: EntityManager;
  audit: AuditRecorder;
  /** The GraphQL operation name or the top-level field, for audit lines. */
  operationName: string | null;
  loaders<T>(factory: LoaderFactory<T>): T;
}

export function createRequestContext(principal: Principal, em: EntityManager, audit: AuditRecorder): RequestContext {
  const cache = new Map<LoaderFactory<unknown>, unknown>();
  const ctx: RequestContext = {
    principal,
    em,
    audit,
    operationName: null,
    loaders<T>(factory: LoaderFactory<T>): T {
      if (!cache.has(factory)) cache.set(factory, factory(ctx));
      return cache.get(factory) as T;
    },
  };
  return ctx;
}
