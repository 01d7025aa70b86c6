import DataLoader from 'dataloader';

export interface PeriodListOptions<K, R> {
  /** Whose rows a key asks for (a participation, a facility). */
  idOf: (key: K) => string;
  /** For which period (a day, a month). */
  periodOf: (key: K) => string;
  /** The rows of many ids in one period: one statement. */
  fetch: (ids: string[], period: string) => Promise<Record<string, any>[]>;
  /** Whose a fetched row is. */
  ownerOf: (row: Record<string, any>) => string;
  map: (row: Record<string, any>) => R;
}

/**
 * A DataLoader of lists for keys that pair an id with a period: one `fetch` per distinct period
 * asked for in the tick, for all the ids asked with it. Each key gets its rows in the order fetched,
 * an empty list when there are none.
 */
export function periodListLoader<K, R>(options: PeriodListOptions<K, R>): DataLoader<K, R[], string> {
  const cacheKey = (k: K) => `${options.idOf(k)}|${options.periodOf(k)}`;
  return new DataLoader<K, R[], string>(
    async (keys) => {
      const lists = new Map<string, R[]>();
      for (const [period, group] of Map.groupBy(keys, options.periodOf)) {
        const ids = [...new Set(group.map(options.idOf))];
        for (const id of ids) lists.set(`${id}|${period}`, []);
        for (const row of await options.fetch(ids, period)) lists.get(`${options.ownerOf(row)}|${period}`)?.push(options.map(row));
      }
      return keys.map((k) => lists.get(cacheKey(k)) ?? []);
    },
    { cacheKeyFn: cacheKey },
  );
}
