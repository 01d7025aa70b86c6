import { useLazyQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql, type ResultOf } from '../../graphql/graphql';
import { useT } from '../../i18n';
import { DataTable } from '../../ui/DataTable';
import { Refunds } from './Refunds';
import { enumLabel, enumOptions } from '../../ui/labels';

const CHECK = graphql(`
  query CrossCheckPersons($pesels: [String!]!, $purpose: CrossCheckPurpose!) {
    crossCheckPersons(pesels: $pesels, purpose: $purpose) {
      index
      status
      participation {
        programme
        facilityName
        startDate
        plannedEndDate
        endDate
      }
    }
  }
`);

type Result = ResultOf<typeof CHECK>['crossCheckPersons'][number];
const PURPOSES = ['ALLOWANCE_REFUND', 'BENEFIT_ENTITLEMENT_CHECK', 'REFERRAL'] as const;

/**
 * The PESELs of a pasted column or a file: the first run of 11 digits in each line, else its first
 * field as typed (the hub answers it INVALID_PESEL); blank lines and a header line without digits skipped.
 */
export function peselsOf(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines[0] !== undefined && !/\d/.test(lines[0])) lines.shift();
  return lines.map((line) => /\d{11}/.exec(line)?.[0] ?? line.split(/[;,\t]/)[0]!.trim()).filter((v) => v.length > 0);
}

/** The first column of a spreadsheet's first sheet, one value a line; a PESEL Excel stored as a number gets its leading zeros back. */
async function firstColumnOfXlsx(file: File): Promise<string> {
  const { readSheet } = await import('read-excel-file/browser');
  const rows = await readSheet(file);
  return rows
    .map((row) => {
      const cell = row[0];
      if (typeof cell === 'number') return String(cell).padStart(11, '0');
      return cell === null || cell === undefined ? '' : String(cell);
    })
    .join('\n');
}

/**
 * Weryfikacja PESEL: a labour-office clerk pastes a column of PESELs or loads a CSV, chooses the
 * purpose, and reads the statuses in input order, as the law lets the office see them.
 */
export function CrossCheck() {
  const { t } = useT();
  const [text, setText] = useState('');
  const [purpose, setPurpose] = useState<(typeof PURPOSES)[number]>('ALLOWANCE_REFUND');
  const [pesels, setPesels] = useState<string[]>([]);
  const [check, { data, loading, error }] = useLazyQuery(CHECK);
  const results = data?.crossCheckPersons ?? [];
  const [shown, setShown] = useState('');
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const filtered = shown ? results.filter((r) => r.status === shown) : results;
  return (
    <section aria-labelledby="crosscheck-title">
      <h1 id="crosscheck-title">{t.crossCheckTitle}</h1>
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          const list = peselsOf(text);
          setPesels(list);
          if (list.length) void check({ variables: { pesels: list, purpose } });
        }}
      >
        <label htmlFor="pesels">{t.pesels}</label>
        <textarea id="pesels" rows={10} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} autoComplete="off" />
        <label htmlFor="pesel-file">{t.uploadFile}</label>
        <input
          id="pesel-file"
          type="file"
          accept=".csv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) setText(/\.xlsx$/i.test(file.name) ? await firstColumnOfXlsx(file) : await file.text());
          }}
        />
        <label htmlFor="purpose">{t.purpose}</label>
        <select id="purpose" value={purpose} onChange={(e) => setPurpose(e.target.value as (typeof PURPOSES)[number])}>
          {PURPOSES.map((p) => (
            <option key={p} value={p}>
              {t.purposes[p]}
            </option>
          ))}
        </select>
        <div />
        <button type="submit" disabled={loading}>
          {t.check}
        </button>
      </form>
      {loading && <p aria-live="polite">{t.loading}</p>}
      {error && (
        <p role="alert" className="error">
          {t.error}: {error.message}
        </p>
      )}
      {data && (
        <>
          <p role="status" data-testid="checked-count">
            {t.counted(results.length)}
          </p>
          <table className="counts-table" data-testid="status-counts">
            <caption>{t.statusCounts}</caption>
            <tbody>
              {enumOptions('CrossCheckStatus')
                .filter(([status]) => counts.has(status))
                .map(([status, label]) => (
                  <tr key={status}>
                    <th scope="row">{label}</th>
                    <td className="num">{counts.get(status)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
          <label className="inline-filter">
            {t.showStatus}
            <select value={shown} onChange={(e) => setShown(e.target.value)}>
              <option value="">{t.allStatuses(results.length)}</option>
              {enumOptions('CrossCheckStatus')
                .filter(([status]) => counts.has(status))
                .map(([status, label]) => (
                  <option key={status} value={status}>
                    {label} ({counts.get(status)})
                  </option>
                ))}
            </select>
          </label>
          <DataTable
            testId="crosscheck-results"
            caption={t.results}
            columns={[
              { header: t.position, value: (r: Result) => r.index + 1, numeric: true },
              { header: 'PESEL', value: (r) => pesels[r.index] ?? '', identifier: true },
              { header: t.status, value: (r) => enumLabel('CrossCheckStatus', r.status) },
              { header: t.programme, value: (r) => (r.participation ? enumLabel('Programme', r.participation.programme) : '') },
              { header: t.facility, value: (r) => r.participation?.facilityName ?? '' },
              { header: t.from, value: (r) => r.participation?.startDate ?? '', date: true },
              { header: t.to, value: (r) => r.participation?.endDate ?? r.participation?.plannedEndDate ?? '', date: true },
            ]}
            rows={filtered}
            fileName="weryfikacja-pesel.csv"
            empty={t.noneWithStatus}
          />
        </>
      )}
      <Refunds />
    </section>
  );
}
