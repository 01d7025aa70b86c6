import { useT } from '../i18n';
import { downloadCsv } from './csv';

export interface Column<T> {
  header: string;
  value(row: T): string | number | null | undefined;
  numeric?: boolean;
  /** What a null means: withheld as a small count (the default), or not known (no report). */
  missing?: 'withheld' | 'unknown';
}

/**
 * A captioned table with its CSV download. A null figure is shown as "—" and read out as withheld
 * (small counts are suppressed by the API), or, in a column whose nulls mean "not known", as
 * "brak danych": unknown is never shown as zero. `busy` says the rows shown are being replaced.
 */
export function DataTable<T>({ caption, columns, rows, fileName, testId, busy = false }: { caption: string; columns: Column<T>[]; rows: T[]; fileName: string; testId?: string; busy?: boolean }) {
  const { t } = useT();
  return (
    <figure className="table-block" data-testid={testId} aria-busy={busy}>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>{columns.map((c) => <th key={c.header} scope="col" className={c.numeric ? 'num' : undefined}>{c.header}</th>)}</tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                {columns.map((c, j) => {
                  const v = c.value(row);
                  const Cell = j === 0 ? 'th' : 'td';
                  return (
                    <Cell key={c.header} scope={j === 0 ? 'row' : undefined} className={c.numeric ? 'num' : undefined}>
                      {v === null || v === undefined ? (c.missing === 'unknown' ? t.noData : <abbr title={t.suppressed}>—</abbr>) : v}
                    </Cell>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="secondary no-print" onClick={() => downloadCsv(fileName, columns.map((c) => c.header), rows.map((r) => columns.map((c) => c.value(r) ?? (c.missing === 'unknown' ? t.noData : null))))}>
        {t.downloadCsv}<span className="visually-hidden">: {caption}</span>
      </button>
    </figure>
  );
}
