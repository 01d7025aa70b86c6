import { useState } from 'react';
import type { Cells } from './grid-edits';

/**
 * The grid's cells with their earlier states, for undo (Ctrl+Z or the button): each edit, paste or
 * fill is one step; loading a month starts afresh.
 */
export function useGridHistory() {
  const [cells, setCellsNow] = useState<Cells>({});
  const [history, setHistory] = useState<Cells[]>([]);
  return {
    cells,
    canUndo: history.length > 0,
    /** One step of editing: the state before it can be restored. */
    edit(next: Cells) {
      setHistory((h) => [...h.slice(-99), cells]);
      setCellsNow(next);
    },
    undo() {
      const previous = history.at(-1);
      if (!previous) return;
      setHistory((h) => h.slice(0, -1));
      setCellsNow(previous);
    },
    /** The cells of a month just read, with nothing to undo. */
    load(loaded: Cells) {
      setCellsNow(loaded);
      setHistory([]);
    },
  };
}
