import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { graphql, type ResultOf, type VariablesOf } from '../../graphql/graphql';
import { useT } from '../../i18n';
import { ownFacilitiesFilter, useSession } from '../../session';
import { DataTable } from '../../ui/DataTable';
import { daysOfMonth, isWeekend, previousMonth } from '../../ui/dates';
import { codeOf, parseCode, type Entry } from './codes';
import { cellsFromCsv } from './csv-import';
import { fill, type GridShape } from './grid-edits';
import { useGridHistory } from './grid-history';
import { AttendanceGrid } from './AttendanceGrid';
import { problemsByCell } from './save-problems';
import { distinctions, fullName } from './participant-names';
import { TonightsOccupancy } from './TonightsOccupancy';

const FACILITIES = graphql(`
  query AttendanceFacilities($filter: FacilityFilter) {
    today
    facilities(first: 200, filter: $filter) {
      nodes {
        id
        name
        type
      }
    }
  }
`);

const MONTH = graphql(`
  query AttendanceMonth($facilityId: ID!, $month: String!) {
    attendanceSummary(facilityId: $facilityId, month: $month) {
      participant {
        id
        person {
          firstName
          lastName
          birthYear
          peselMasked
        }
        attendance(month: $month) {
          date
          status
          excusedKind
          hours
        }
      }
      from
      to
      workingDays
      daysPresent
      hoursPresent
      unexcusedAbsences
      monthClosed
      allowance {
        amount
      }
    }
  }
`);

const REPORT = graphql(`
  mutation ReportAttendance($input: AttendanceReportInput!) {
    reportAttendance(input: $input) {
      replayed
      created
      corrected
      unchanged
    }
  }
`);

const CLOSE = graphql(`
  mutation CloseMonth($facilityId: ID!, $month: String!) {
    closeMonth(facilityId: $facilityId, month: $month) {
      month
      closedAt
    }
  }
`);

type Row = ResultOf<typeof MONTH>['attendanceSummary'][number];

/** The idempotency key of a save: the hash of what is sent, so that saving the same grid twice writes once. */
async function keyOf(input: unknown): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(input)));
  return `web-${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Obecności: a KIS or CIS month as a grid of participants × days, typed with the codes people
 * already use. Saving sends one reportAttendance; each problem the API finds comes back into its
 * cell by its path (`entries.<i>.<field>`).
 */
export function Attendance() {
  const { t, language } = useT();
  const session = useSession();
  const facilities = useQuery(FACILITIES, {
    variables: { filter: { types: ['SOCIAL_INTEGRATION_CENTRE', 'SOCIAL_INTEGRATION_CLUB'], ...ownFacilitiesFilter(session) } },
  });
  const [facilityId, setFacilityId] = useState('');
  const [month, setMonth] = useState('');
  const today = facilities.data?.today;
  const shownMonth = month || (today ? previousMonth(today.slice(0, 7)) : '');
  const chosen = facilityId || facilities.data?.facilities.nodes[0]?.id || '';
  const summary = useQuery(MONTH, { variables: { facilityId: chosen, month: shownMonth }, skip: !chosen || !shownMonth, fetchPolicy: 'network-only' });
  const rows = summary.data?.attendanceSummary ?? [];
  const days = useMemo(() => (shownMonth ? daysOfMonth(shownMonth) : []), [shownMonth]);

  const grid = useGridHistory();
  const { cells, edit: setCells, undo } = grid;
  /** The cell last focused: where a fill starts. */
  const [focused, setFocused] = useState<{ participantId: string; date: string } | null>(null);
  const [cellErrors, setCellErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [report, { loading: saving }] = useMutation(REPORT);
  const [closeMonth, { loading: closing }] = useMutation(CLOSE);
  /** The CSV line each cell came from, so that the hub's problems are reported by line as well. */
  const [csvLines, setCsvLines] = useState<Record<string, number>>({});
  const [csvProblems, setCsvProblems] = useState<{ line: number; message: string }[]>([]);

  useEffect(() => {
    const loaded: Record<string, string> = {};
    for (const row of rows) for (const day of row.participant.attendance) loaded[`${row.participant.id}|${day.date}`] = codeOf(day);
    grid.load(loaded);
    setCellErrors({});
    setCsvLines({});
    setCsvProblems([]);
  }, [summary.data]);

  async function loadCsv(file: File) {
    const read = cellsFromCsv(
      await file.text(),
      rows.map((r) => ({ id: r.participant.id, ...r.participant.person, from: r.from, to: r.to })),
      shownMonth,
    );
    setCells({ ...cells, ...read.cells });
    setCsvLines(read.lines);
    setCsvProblems(read.problems);
    setMessage(t.csvLoaded(Object.keys(read.cells).length, read.problems.length));
  }

  const within = (row: Row, date: string) => date >= row.from && date <= row.to && (!today || date <= today);
  const closed = Boolean(rows[0]?.monthClosed);
  // A closed month is final for the organisation; MOPS and ADMIN correct it (with a reason).
  const readOnly = closed && session.role === 'NGO_STAFF';
  const people = rows.map((r) => ({ id: r.participant.id, ...r.participant.person }));
  const apart = distinctions(people);
  const labelOf = (row: Row) => {
    const extra = apart.get(row.participant.id);
    return extra ? `${fullName(row.participant.person)} (${extra})` : fullName(row.participant.person);
  };
  const shape: GridShape = {
    participantIds: rows.map((r) => r.participant.id),
    dates: days,
    isOpen: (id, date) => {
      const row = rows.find((r) => r.participant.id === id);
      return Boolean(row && within(row, date));
    },
  };

  function fillFrom(along: 'row' | 'column') {
    if (!focused) return;
    setCells(fill(cells, shape, focused, along, (date) => !isWeekend(date)));
  }

  async function confirmAndClose() {
    const present = rows.reduce((s, r) => s + r.daysPresent, 0);
    if (!window.confirm(t.closeMonthConfirm(shownMonth, rows.length, present))) return;
    const done = await closeMonth({ variables: { facilityId: chosen, month: shownMonth } }).catch((e: Error) => setMessage(`${t.error}: ${e.message}`));
    if (done) {
      setMessage(t.monthClosedNow(shownMonth));
      await summary.refetch();
    }
  }

  async function save() {
    setMessage(null);
    const entries: (Entry & { participantId: string; date: string })[] = [];
    const keys: string[] = [];
    const local: Record<string, string> = {};
    for (const row of rows) {
      for (const date of days) {
        const key = `${row.participant.id}|${date}`;
        const text = cells[key]?.trim();
        if (!text) continue;
        const parsed = parseCode(text);
        if (typeof parsed === 'string') local[key] = parsed;
        else {
          entries.push({ participantId: row.participant.id, date, ...parsed });
          keys.push(key);
        }
      }
    }
    if (Object.keys(local).length) {
      setCellErrors(local);
      setMessage(t.problems);
      return;
    }
    if (!entries.length) return;
    const input: VariablesOf<typeof REPORT>['input'] = { facilityId: chosen, idempotencyKey: '', entries };
    input.idempotencyKey = await keyOf([chosen, entries]);
    try {
      const result = await report({ variables: { input } });
      const r = result.data?.reportAttendance;
      setCellErrors({});
      if (r) setMessage(r.replayed ? t.nothingChanged : t.savedSummary(r.created, r.corrected, r.unchanged));
      await summary.refetch();
    } catch (error) {
      const { byCell, other } = problemsByCell(error, keys, (key) => (csvLines[key] ? t.csvLine(csvLines[key]) : null));
      if (other) setMessage(`${t.error}: ${other}`);
      if (Object.keys(byCell).length) {
        setCellErrors(byCell);
        setMessage(t.problems);
      }
    }
  }

  const errorList = Object.entries(cellErrors);
  return (
    <>
      <section aria-labelledby="attendance-title">
        <h1 id="attendance-title">{t.attendanceTitle}</h1>
        <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t.attendanceTitle}>
          <label>
            {t.facility}
            <select value={chosen} onChange={(e) => setFacilityId(e.target.value)}>
              {(facilities.data?.facilities.nodes ?? []).map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.month}
            <input type="month" value={shownMonth} max={today?.slice(0, 7)} onChange={(e) => setMonth(e.target.value)} />
          </label>
        </form>
        <p id="codes-help">{t.codesHelp}</p>
        {(summary.loading || facilities.loading) && <p aria-live="polite">{t.loading}</p>}
        {summary.error && (
          <p role="alert" className="error">
            {t.error}: {summary.error.message}
          </p>
        )}
        {closed && (
          <p className="notice" role="note" data-testid="month-closed">
            {readOnly ? t.monthClosedReadOnly : t.monthClosed}
          </p>
        )}
        {rows.length > 0 && (
          <>
            <AttendanceGrid
              month={shownMonth}
              days={days}
              rows={rows}
              cells={cells}
              edit={setCells}
              undo={undo}
              canUndo={grid.canUndo}
              within={within}
              apart={apart}
              labelOf={labelOf}
              cellErrors={cellErrors}
              readOnly={readOnly}
              onFocusCell={setFocused}
              onPasted={(written) => setMessage(t.pasted(written))}
            />
            <div className="actions">
              {!readOnly && (
                <>
                  <button type="button" onClick={() => void save()} disabled={saving}>
                    {t.save}
                  </button>
                  <button type="button" className="secondary" onClick={() => fillFrom('row')} disabled={!focused}>
                    {t.fillRow}
                  </button>
                  <button type="button" className="secondary" onClick={() => fillFrom('column')} disabled={!focused}>
                    {t.fillColumn}
                  </button>
                  <button type="button" className="secondary" onClick={undo} disabled={!grid.canUndo}>
                    {t.undo}
                  </button>
                  <label className="file">
                    {t.csvUpload}
                    <input
                      type="file"
                      accept=".csv,text/csv"
                      data-testid="attendance-csv"
                      onChange={(e) => e.target.files?.[0] && void loadCsv(e.target.files[0])}
                    />
                  </label>
                </>
              )}
              {today && shownMonth < today.slice(0, 7) && !closed && (
                <button type="button" className="secondary" disabled={closing} onClick={() => void confirmAndClose()}>
                  {t.closeMonth}
                </button>
              )}
            </div>
            <div aria-live="polite" role="status" className="status">
              {message}
            </div>
            {csvProblems.length > 0 && (
              <ul className="error-list" data-testid="csv-problems">
                {csvProblems.map((p) => (
                  <li key={p.line}>
                    {t.csvLine(p.line)}: {p.message}
                  </li>
                ))}
              </ul>
            )}
            {errorList.length > 0 && (
              <ul className="error-list" data-testid="cell-errors">
                {errorList.map(([key, text]) => {
                  const [id, date] = key.split('|');
                  const row = rows.find((x) => x.participant.id === id);
                  return (
                    <li key={key} id={`err-${key}`}>
                      {row ? labelOf(row) : id}, {date}: {text}
                    </li>
                  );
                })}
              </ul>
            )}
            <DataTable
              testId="attendance-summary"
              caption={t.summaryTitle}
              columns={[
                { header: t.participant, value: (x: Row) => labelOf(x) },
                { header: t.daysPresent, value: (x) => x.daysPresent, numeric: true },
                { header: t.hours, value: (x) => x.hoursPresent, numeric: true },
                { header: t.unexcused, value: (x) => x.unexcusedAbsences, numeric: true },
                { header: t.allowance, value: (x) => x.allowance?.amount ?? '', numeric: true },
              ]}
              rows={rows}
              fileName={`obecnosci-${shownMonth}.csv`}
            />
          </>
        )}
      </section>
      <TonightsOccupancy />
    </>
  );
}
