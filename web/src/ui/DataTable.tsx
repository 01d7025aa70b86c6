import { useT } from '../i18n';
import { downloadCsv } from './csv';
import { downloadXlsx } from './xlsx';
import { formatDate, formatMonth, formatNumber } from './format';

export interface Column<T> {
  header: string;
  value(row: T): string | number | null | undefined;
  numeric?: boolean;
  /** What a null means: withheld as a small count (the default), or not known (no report). */
  missing?: 'withheld' | 'unknown';
  /** An identifier of digits (a PESEL): kept as text in the files, its leading zeros included. */
  identifier?: boolean;
  /** A day (YYYY-MM-DD) or a month (YYYY-MM): shown in the page's locale, kept ISO in the files. */
  date?: boolean;
}

/**
 * A captioned table with its CSV download. A null figure is shown as "—" and read out as withheld
 * (small counts are suppressed by the API), or, in a column whose nulls mean "not known", as
 * "brak danych": unknown is never shown as zero. `busy` says the rows shown are being replaced.
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  fileName,
  testId,
  busy = false,
  empty,
}: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  fileName: string;
  testId?: string;
  busy?: boolean;
  empty?: string;
}) {
  const { t, language } = useT();
  /** What a cell shows: numbers and dates in the page's locale; the files keep the values as they are. */
  const shown = (c: Column<T>, v: string | number) =>
    c.date && typeof v === 'string'
      ? v.length === 7
        ? formatMonth(v, language)
        : formatDate(v, language)
      : c.numeric && !c.identifier
        ? formatNumber(v, language)
        : v;
  const fileTable = (): [string[], (string | number | null | undefined)[][], boolean[]] => [
    columns.map((c) => c.header),
    rows.map((r) => columns.map((c) => c.value(r) ?? (c.missing === 'unknown' ? t.noData : null))),
    columns.map((c) => Boolean(c.identifier)),
  ];
  return (
    <figure className="table-block" data-testid={testId} aria-busy={busy}>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.header} scope="col" className={c.numeric ? 'num' : undefined}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && !busy && (
              <tr>
                <td colSpan={columns.length} className="empty">
                  {empty ?? t.emptyTable}
                </td>
              </tr>
            )}
            {rows.map((row, i) => (
              <tr key={i}>
                {columns.map((c, j) => {
                  const v = c.value(row);
                  const Cell = j === 0 ? 'th' : 'td';
                  return (
                    <Cell key={c.header} scope={j === 0 ? 'row' : undefined} className={c.numeric ? 'num' : undefined}>
                      {v === null || v === undefined ? c.missing === 'unknown' ? t.noData : <abbr title={t.suppressed}>—</abbr> : shown(c, v)}
                    </Cell>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="downloads no-print">
        <button type="button" className="secondary" onClick={() => downloadCsv(fileName, ...fileTable())}>
          {t.downloadCsv}
          <span className="visually-hidden">: {caption}</span>
        </button>
        <button type="button" className="secondary" onClick={() => void downloadXlsx(fileName.replace(/\.csv$/, '.xlsx'), caption, ...fileTable())}>
          {t.downloadXlsx}
          <span className="visually-hidden">: {caption}</span>
        </button>
      </div>
    </figure>
  );
}
