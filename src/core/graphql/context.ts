import type { Principal } from '../auth/principal.js';
import type { AuditRecorder } from '../audit/recorder.js';
import type { EntityManager } from '../db/database.js';
import type { PeselProtection } from '../personal-data/pesel-protection.js';
import type { HubLimits } from '../../config.js';
import type { Clock } from '../clock.js';
import type { TokenClaims } from '../auth/dev-tokens.js';
import { CoalescedRevisionReader, readDataRevision } from '../db/revision-cache.js';
import { databaseErrorToGraphQL } from '../db/database-errors.js';

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
  /** Hashes PESELs for look-up and encrypts or reveals them for display (keys of this hub). */
  pesel: PeselProtection;
  /** The configured limits (rates of personal-data look-ups). */
  limits: HubLimits;
  /** The hub's one clock: every "today" and "now" of a rule, a default or a record comes from it. */
  clock: Clock;
  /** The request's id (`x-request-id`), in its log line and its errors. */
  requestId: string;
  /** The GraphQL operation name or the top-level field, for audit lines. */
  operationName: string | null;
  loaders<T>(factory: LoaderFactory<T>): T;
  /**
   * State shared by every request to this hub (caches of derived, non-personal figures), created on
   * first use. Kept per hub, not per module, so two hubs in one process never share it.
   */
  hubState<T>(factory: () => T): T;
  /** The data revision as this request first saw it; read once, on first use. */
  dataRevision(): Promise<string>;
  /** Signs a development token; null unless the hub runs on the development secret outside production. */
  developmentSignIn: ((claims: TokenClaims) => Promise<string>) | null;
}

/** Holds the hub-lifetime state behind `RequestContext.hubState`. */
export class HubState {
  private readonly values = new Map<() => unknown, unknown>();
  /** The hub's reads of the data revision, shared by the requests of one moment; none outside a hub. */
  readonly revisions: CoalescedRevisionReader | null;

  constructor(
    readonly developmentSignIn: ((claims: TokenClaims) => Promise<string>) | null = null,
    readRevision: (() => Promise<string>) | null = null,
  ) {
    this.revisions = readRevision ? new CoalescedRevisionReader(readRevision) : null;
  }

  get<T>(factory: () => T): T {
    if (!this.values.has(factory)) this.values.set(factory, factory());
    return this.values.get(factory) as T;
  }
}

export function createRequestContext(
  principal: Principal,
  em: EntityManager,
  audit: AuditRecorder,
  pesel: PeselProtection,
  limits: HubLimits,
  clock: Clock,
  hubState: HubState = new HubState(),
  requestId: string = crypto.randomUUID(),
): RequestContext {
  let revision: Promise<string> | undefined;
  const ctx: RequestContext = {
    principal,
    em,
    audit,
    pesel,
    limits,
    clock,
    requestId,
    operationName: null,
    loaders: loaderCache(() => ctx),
    hubState: (factory) => hubState.get(factory),
    developmentSignIn: hubState.developmentSignIn,
    // Read by the response cache before any resolver runs: a database failure here must already
    // be SERVICE_UNAVAILABLE (HTTP 503), since Apollo answers it without formatting a status.
    dataRevision: () =>
      (revision ??= (hubState.revisions?.current() ?? readDataRevision(em)).catch((error: unknown) => {
        throw databaseErrorToGraphQL(error) ?? error;
      })),
  };
  return ctx;
}

/** DataLoaders created on first use, each by its factory given `owner()`. */
function loaderCache(owner: () => RequestContext): RequestContext['loaders'] {
  const cache = new Map<LoaderFactory<unknown>, unknown>();
  return <T>(factory: LoaderFactory<T>): T => {
    if (!cache.has(factory)) cache.set(factory, factory(owner()));
    return cache.get(factory) as T;
  };
}

/**
 * The same request with DataLoaders of its own: rows its reads prime (a plan's rows of only the
 * columns its query reads) are seen by no other reader of the request. Everything else, the
 * principal, the EntityManager, the audit and the data revision, is the request's.
 */
export function withOwnLoaders(ctx: RequestContext): RequestContext {
  const own: RequestContext = { ...ctx, loaders: loaderCache(() => own) };
  return own;
}
