import type { EntityManager } from './database.js';

/** The current data revision (see the DataRevision migration): bumped by every writing transaction. */
export async function readDataRevision(em: EntityManager): Promise<string> {
  const [row] = await em.execute<{ value: string | number }[]>('select "value" from "data_revision" where "id" = 1');
  return String(row?.value ?? '');
}

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
