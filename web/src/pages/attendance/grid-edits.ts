/**
 * Edits of the attendance grid as people make them in a spreadsheet: a rectangular block pasted
 * from Excel or LibreOffice (rows by line, cells by tab), a value filled along a row or a column,
 * each undoable. Cells are keyed `participantId|date`; a cell that is not open (before the
 * participation, after today) is skipped, never written.
 */
export type Cells = Record<string, string>;

export interface GridShape {
  participantIds: string[];
  dates: string[];
  isOpen(participantId: string, date: string): boolean;
}

/** The block a clipboard holds: lines of tab-separated cells, a trailing newline ignored. */
export function clipboardBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((line) => line.split('\t').map((v) => v.trim().toUpperCase()));
}

/** The cells after pasting `block` with its top-left corner at (row, day); how many were written. */
export function pasteBlock(cells: Cells, shape: GridShape, row: number, day: number, block: string[][]): { cells: Cells; written: number } {
  const next = { ...cells };
  let written = 0;
  block.forEach((values, i) => {
    const id = shape.participantIds[row + i];
    if (!id) return;
    values.forEach((value, j) => {
      const date = shape.dates[day + j];
      if (!date || !shape.isOpen(id, date)) return;
      next[`${id}|${date}`] = value;
      written++;
    });
  });
  return { cells: next, written };
}

/** The cells after copying one cell's value to the empty open cells of its row (working days only) or its column. */
export function fill(
  cells: Cells,
  shape: GridShape,
  from: { participantId: string; date: string },
  along: 'row' | 'column',
  isWorkingDay: (date: string) => boolean,
): Cells {
  const value = cells[`${from.participantId}|${from.date}`]?.trim();
  if (!value) return cells;
  const next = { ...cells };
  const targets =
    along === 'row'
      ? shape.dates.filter(isWorkingDay).map((date) => [from.participantId, date] as const)
      : shape.participantIds.map((id) => [id, from.date] as const);
  for (const [id, date] of targets) {
    const key = `${id}|${date}`;
    if (shape.isOpen(id, date) && !next[key]?.trim()) next[key] = value;
  }
  return next;
}
