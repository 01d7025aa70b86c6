import { useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useT } from '../../i18n';
import { isWeekend } from '../../ui/dates';
import { formatMonth } from '../../ui/format';
import { clipboardBlock, pasteBlock, type Cells, type GridShape } from './grid-edits';
import { fullName } from './participant-names';

/** A participant's row as the grid shows it. */
export interface GridRow {
  participant: { id: string; person: { firstName: string; lastName: string } };
}

interface Props<R extends GridRow> {
  month: string;
  days: string[];
  rows: R[];
  cells: Cells;
  edit: (next: Cells) => void;
  undo: () => void;
  canUndo: boolean;
  /** Whether the participant of `row` may be reported on `date` (enrolled, and not a future day). */
  within: (row: R, date: string) => boolean;
  /** What tells two persons of one name apart (year of birth, the PESEL's last digits). */
  apart: Map<string, string>;
  labelOf: (row: R) => string;
  cellErrors: Record<string, string>;
  readOnly: boolean;
  onFocusCell: (cell: { participantId: string; date: string }) => void;
  onPasted: (written: number) => void;
}

/**
 * The month as participants × days, typed as in a spreadsheet: the names frozen while the days
 * scroll, arrows and Enter to move, a block pasted from Excel or LibreOffice from the focused cell,
 * Ctrl+Z to undo. A problem the hub found is shown in its cell and listed by the page.
 */
export function AttendanceGrid<R extends GridRow>(props: Props<R>) {
  const { t, language } = useT();
  const grid = useRef<HTMLTableElement>(null);
  const { month, days, rows, cells, edit, within, apart, labelOf, cellErrors, readOnly } = props;
  const shape: GridShape = {
    participantIds: rows.map((r) => r.participant.id),
    dates: days,
    isOpen: (id, date) => {
      const row = rows.find((r) => r.participant.id === id);
      return Boolean(row && within(row, date));
    },
  };

  function paste(e: ClipboardEvent<HTMLInputElement>, r: number, d: number) {
    const text = e.clipboardData.getData('text/plain');
    // One value goes into its cell as typing would; a block fills the cells from here.
    if (!/[\t\n]/.test(text.replace(/\r?\n$/, ''))) return;
    e.preventDefault();
    const { cells: next, written } = pasteBlock(cells, shape, r, d, clipboardBlock(text));
    edit(next);
    props.onPasted(written);
  }

  function move(e: KeyboardEvent<HTMLInputElement>, r: number, d: number) {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && props.canUndo) {
      e.preventDefault();
      props.undo();
      return;
    }
    const step: Record<string, [number, number]> = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0], Enter: [1, 0] };
    const delta = step[e.key];
    if (!delta) return;
    const target = grid.current?.querySelector<HTMLInputElement>(`input[data-r="${r + delta[0]}"][data-d="${d + delta[1]}"]`);
    if (target) {
      e.preventDefault();
      target.focus();
      target.select();
    }
  }

  return (
    <div className="table-scroll grid-scroll" role="region" aria-label={t.attendanceTitle} tabIndex={-1}>
      <table ref={grid} className="grid" data-testid="attendance-grid">
        <caption>
          {t.attendanceTitle}: {formatMonth(month, language)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.participant}</th>
            {days.map((d) => (
              <th key={d} scope="col" className={isWeekend(d) ? 'weekend' : undefined}>
                <abbr title={d}>{Number(d.slice(8))}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => {
            const name = labelOf(row);
            const extra = apart.get(row.participant.id);
            return (
              <tr key={row.participant.id}>
                <th scope="row">
                  {fullName(row.participant.person)}
                  {extra && <small className="distinction">{extra}</small>}
                </th>
                {days.map((date, d) => {
                  const key = `${row.participant.id}|${date}`;
                  const problem = cellErrors[key];
                  return (
                    <td key={date} className={`${isWeekend(date) ? 'weekend' : ''} ${problem ? 'invalid' : ''}`}>
                      {within(row, date) && (
                        <input
                          data-r={r}
                          data-d={d}
                          data-testid={`cell-${row.participant.id}-${date}`}
                          aria-label={`${name}, ${date}`}
                          aria-invalid={problem ? true : undefined}
                          aria-describedby={problem ? `err-${key}` : 'codes-help'}
                          title={problem}
                          size={4}
                          readOnly={readOnly}
                          value={cells[key] ?? ''}
                          onChange={(e) => edit({ ...cells, [key]: e.target.value.toUpperCase() })}
                          onKeyDown={(e) => move(e, r, d)}
                          onPaste={(e) => paste(e, r, d)}
                          onFocus={() => props.onFocusCell({ participantId: row.participant.id, date })}
                        />
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
