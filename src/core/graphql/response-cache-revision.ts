import { hash } from 'node:crypto';
import type { GraphQLRequestContext } from '@apollo/server';
import type { RequestContext } from './context.js';
import { isCacheable } from './cache-policy.js';

/** How many answers' keys the hub remembers having stored, the newest kept. */
const REMEMBERED_KEYS = 5_000;

type Request = GraphQLRequestContext<RequestContext>;

/** Who shares an answer stored in the response cache: one role of one organisation. */
export function cacheSessionOf(ctx: RequestContext): string {
  return `${ctx.principal.role}|${ctx.principal.organisationId ?? ''}`;
}

/**
 * The data revision the response cache looks an answer up and stores it under (its extra key, beside
 * the day "today" is), without a round trip before the resolvers of a request the cache cannot answer.
 *
 * A look-up needs the revision read for the request (`dataRevision`): an answer stored under an
 * older one would be stale. But a request whose key (session, document, variables, day) this hub has
 * never stored an answer under has nothing to find; it is not looked up, runs at once, and its
 * answer is stored under the revision of the last read that finished before it began
 * (`lastReadDataRevision`). Its statements begin after that read finished, so the answer shows that
 * revision or a newer one; and an answer newer than its key is never stale for a request that read
 * that key's revision. A key forgotten (the list is bounded) or stored by another process costs a
 * miss, never a stale answer. Without any finished read yet, or once a key has been stored, the
 * revision is read as before.
 */
export function responseCacheRevision() {
  /** Keys (without the revision) of answers this hub stored, oldest first. */
  const stored = new Map<string, true>();
  /** Per request: the revision its key holds and whether it was read for this request. */
  const chosen = new WeakMap<RequestContext, { fresh: boolean; key: string }>();

  const keyWithoutRevision = (request: Request) =>
    hash(
      'sha256',
      JSON.stringify([
        cacheSessionOf(request.contextValue),
        request.source,
        request.operationName ?? null,
        request.request.variables ?? null,
        request.contextValue.clock.today(),
      ]),
    );

  return {
    async extraCacheKeyData(request: Request): Promise<unknown> {
      if (!isCacheable(request)) return null;
      const ctx = request.contextValue;
      const key = keyWithoutRevision(request);
      const known = ctx.lastReadDataRevision();
      if (known !== null && !stored.has(key)) {
        chosen.set(ctx, { fresh: false, key });
        return [known, ctx.clock.today()];
      }
      chosen.set(ctx, { fresh: true, key });
      // Without the revision (the database unreachable) nothing is read from or written to the
      // cache: the request goes on to its resolvers, which answer SERVICE_UNAVAILABLE.
      return [await ctx.dataRevision().catch(() => `unavailable-${crypto.randomUUID()}`), ctx.clock.today()];
    },

    async shouldReadFromCache(request: Request): Promise<boolean> {
      const choice = chosen.get(request.contextValue);
      return Boolean(choice?.fresh) && isCacheable(request) && (await readable(request.contextValue));
    },

    async shouldWriteToCache(request: Request): Promise<boolean> {
      const choice = chosen.get(request.contextValue);
      if (!choice || !isCacheable(request)) return false;
      if (choice.fresh && !(await readable(request.contextValue))) return false;
      stored.delete(choice.key);
      stored.set(choice.key, true);
      if (stored.size > REMEMBERED_KEYS) stored.delete(stored.keys().next().value!);
      return true;
    },
  };
}

/** Whether the revision could be read for this request. */
function readable(ctx: RequestContext): Promise<boolean> {
  return ctx.dataRevision().then(
    () => true,
    () => false,
  );
}
