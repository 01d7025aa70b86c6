/**
 * Folds text for accent- and case-insensitive search, so that "srem" finds "Śrem" and "lodz" finds
 * "Łódź". `ł` does not decompose in Unicode, hence its own replacement.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Escapes LIKE wildcards so that user text matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
