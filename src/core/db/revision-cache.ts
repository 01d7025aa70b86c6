import type { EntityManager } from './database.js';

/**
 * Caches values derived from a set of tables for as long as their revision row (bumped by a
 * trigger in every writing transaction) stays the same. The revision is read before the value is
 * computed, so a value is never stored under a revision newer than the data it was computed from.
 * Per process and bounded; several processes each keep their own and agree through the revision.
 */
export class RevisionCache<V> {
  private revision: string | null = null;
  private readonly entries = new Map<string, Promise<V>>();

  constructor(
    private readonly revisionSql: string,
    private readonly maxEntries = 500,
  ) {}

  async get(em: EntityManager, key: string, compute: () => Promise<V>): Promise<V> {
    const [row] = await em.execute<{ value: string | number }[]>(this.revisionSql);
    const revision = String(row?.value ?? '');
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
