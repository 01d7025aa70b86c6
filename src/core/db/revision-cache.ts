import type { EntityManager } from './database.js';
import { runSql } from './sql.js';

/** The current data revision (see the DataRevision migration): bumped by every writing transaction. */
export async function readDataRevision(em: EntityManager): Promise<string> {
  const [row] = await runSql<{ value: string | number }>(em, 'select "value" from "data_revision" where "id" = 1');
  return String(row?.value ?? '');
}

/**
 * Reads the data revision for many requests with one statement, without ever answering a request
 * with a read that began before the request asked. A request that asks while a read is in flight
 * waits for the next one, which starts when that read ends and serves everyone who asked
 * meanwhile; so at most one read is in flight and one waits. A write committed before a request
 * asked is therefore always seen, exactly as with a read of its own, while under load the
 * statement (a round trip and a socket write each) is shared by all the requests of its moment.
 */
export class CoalescedRevisionReader {
  private inFlight: Promise<string> | null = null;
  private queued: Promise<string> | null = null;

  constructor(private readonly read: () => Promise<string>) {}

  current(): Promise<string> {
    if (this.queued) return this.queued;
    if (!this.inFlight) return this.start();
    const queued = this.inFlight.then(ignore, ignore).then(() => {
      // Cleared in the same step as the read starts: whoever joined `queued` asked before it began.
      this.queued = null;
      return this.start();
    });
    this.queued = queued;
    return queued;
  }

  private start(): Promise<string> {
    const read = this.read();
    this.inFlight = read;
    read.then(ignore, ignore).then(() => {
      if (this.inFlight === read) this.inFlight = null;
    });
    return read;
  }
}

function ignore(): void {}

/**
 * Caches values derived from shared data for as long as the data revision stays the same. Callers
 * read the revision before computing, so a value is never stored under a revision newer than the
 * data it was computed from. Per hub and bounded; several processes each keep their own and agree
 * through the revision.
 */
export class RevisionCache<V> {
  private revision: string | null = null;
  private readonly entries = new Map<string, Promise<V>>();

  constructor(private readonly maxEntries = 500) {}

  get(revision: string, key: string, compute: () => Promise<V>): Promise<V> {
    if (revision !== this.revision) {
      this.revision = revision;
      this.entries.clear();
    }
    let entry = this.entries.get(key);
    if (!entry) {
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      entry = compute();
      this.entries.set(key, entry);
      // A failed computation is not remembered.
      entry.catch(() => this.entries.get(key) === entry && this.entries.delete(key));
    }
    return entry;
  }
}
