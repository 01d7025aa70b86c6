import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { useSession } from '../../session';
import { DataTable } from '../../ui/DataTable';

/** What the hub says each register takes (GET /import): the one source of its columns and rights. */
interface RegisterInfo {
  name: string;
  roles: string[];
  closeMissing: boolean;
  columns: { key: string; headers: string[]; required: boolean; description: string }[];
}

interface Problem {
  line: number | null;
  column: string | null;
  reason: string;
  message: string;
  messagePl: string;
}

interface Report {
  dryRun: boolean;
  written: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  closed: number;
  problems: Problem[];
}

/**
 * Import rejestrów: a city's registers (organisations, units, districts, the voivode's register of
 * facilities, foster families, KIS/CIS participants) loaded from the spreadsheets it keeps. A file is
 * checked first (a dry run: its report line by line, nothing written), and can be written only once
 * the same file checks clean.
 */
export function Import() {
  const { t, language } = useT();
  const { token, role } = useSession();
  const [registers, setRegisters] = useState<RegisterInfo[]>([]);
  const [register, setRegister] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [closeMissing, setCloseMissing] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const [checked, setChecked] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // How much of the file has gone up (0–1); null once the hub is checking its rows.
  const [uploaded, setUploaded] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    void fetch('/import').then(async (r) => {
      const mine = ((await r.json()) as { registers: RegisterInfo[] }).registers.filter((reg) => reg.roles.includes(role));
      setRegisters(mine);
      setRegister((current) => current || mine[0]?.name || '');
    });
  }, [role]);

  const chosen = registers.find((r) => r.name === register);
  // What a clean dry run vouches for: the same register, file and option.
  const attempt = file ? `${register}|${file.name}|${file.size}|${file.lastModified}|${closeMissing}` : null;
  const send = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setFailure(null);
    try {
      const query = new URLSearchParams({ ...(dryRun ? { dryRun: 'true' } : {}), ...(closeMissing ? { closeMissing: 'true' } : {}) });
      const body = (await upload(`/import/${register}?${query}`, file, token, setUploaded)) as Partial<Report> & {
        errors?: { message: string; extensions?: { code?: string } }[];
      };
      if (body.errors) {
        setFailure(body.errors.map((e) => e.message).join('; '));
        setReport(null);
        return;
      }
      const next = { dryRun, written: false, rows: 0, created: 0, updated: 0, unchanged: 0, rejected: 0, closed: 0, problems: [], ...body } as Report;
      setReport(next);
      setChecked(dryRun && next.problems.length === 0 ? attempt : null);
    } catch (error) {
      setFailure(language === 'pl' ? t.apiErrors.NETWORK : String(error));
    } finally {
      setBusy(false);
      setUploaded(null);
    }
  };

  return (
    <section aria-labelledby="import-title">
      <h1 id="import-title">{t.importTitle}</h1>
      <p>{t.importIntro}</p>
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          void send(true);
        }}
      >
        <label htmlFor="register">{t.register}</label>
        <select
          id="register"
          value={register}
          onChange={(e) => {
            setRegister(e.target.value);
            setReport(null);
            setChecked(null);
          }}
        >
          {registers.map((r) => (
            <option key={r.name} value={r.name}>
              {t.registers[r.name] ?? r.name}
            </option>
          ))}
        </select>
        <label htmlFor="import-file">{t.importFile}</label>
        <input
          id="import-file"
          type="file"
          accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setReport(null);
            setChecked(null);
          }}
        />
        {chosen?.closeMissing && (
          <>
            <span />
            <label className="checkbox">
              <input type="checkbox" checked={closeMissing} onChange={(e) => setCloseMissing(e.target.checked)} /> {t.closeMissing}
            </label>
          </>
        )}
        <span />
        <div className="actions">
          <button type="submit" disabled={!file || busy}>
            {t.dryRun}
          </button>
          <button type="button" className="secondary" disabled={!file || busy || checked !== attempt} onClick={() => void send(false)}>
            {t.applyImport}
          </button>
        </div>
      </form>
      {chosen && (
        <details>
          <summary>{t.columnsOf}</summary>
          <ul>
            {chosen.columns.map((c) => (
              <li key={c.key}>
                <strong>{c.headers[0] ?? c.key}</strong>
                {c.required ? ` (${t.requiredColumn})` : ''}: {c.description}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div aria-live="polite">
        {busy &&
          (uploaded !== null && uploaded < 1 ? (
            <p>
              <progress aria-label={t.importUploading} value={uploaded} max={1} /> {t.importUploading}: {Math.round(uploaded * 100)}%
            </p>
          ) : (
            <p>
              <progress aria-label={t.importing} /> {t.importing}
            </p>
          ))}
        {report && (
          <div data-testid="import-report">
            <p role="status" className={report.problems.length ? 'error' : undefined}>
              {report.problems.length ? t.importRejected : report.written ? t.importWritten : t.importChecked}
            </p>
            <dl className="counts">
              <dt>{t.importRows}</dt>
              <dd>{report.rows}</dd>
              <dt>{t.importCreated}</dt>
              <dd data-testid="import-created">{report.created}</dd>
              <dt>{t.importUpdated}</dt>
              <dd>{report.updated}</dd>
              <dt>{t.importUnchanged}</dt>
              <dd>{report.unchanged}</dd>
              <dt>{t.importRejectedRows}</dt>
              <dd>{report.rejected}</dd>
              {report.closed > 0 && (
                <>
                  <dt>{t.importClosed}</dt>
                  <dd>{report.closed}</dd>
                </>
              )}
            </dl>
            {report.problems.length > 0 && (
              <DataTable
                testId="import-problems"
                caption={t.importProblems}
                fileName={`import-${register}-problemy.csv`}
                rows={report.problems}
                columns={[
                  { header: t.importLine, value: (p: Problem) => p.line ?? '', numeric: true },
                  { header: t.importColumn, value: (p) => p.column ?? '' },
                  { header: t.importProblem, value: (p) => (language === 'pl' ? p.messagePl : p.message) },
                ]}
              />
            )}
          </div>
        )}
        {failure && (
          <p role="alert" className="error">
            {t.error}: {failure}
          </p>
        )}
      </div>
    </section>
  );
}

/**
 * Posts the file and reads the hub's JSON answer, telling how much of the file has gone up: a
 * register of many megabytes takes a while on a city office's link (fetch cannot report an upload).
 */
function upload(url: string, file: File, token: string | null, progress: (share: number) => void): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    if (token) request.setRequestHeader('authorization', `Bearer ${token}`);
    request.setRequestHeader('accept-language', document.documentElement.lang || 'pl');
    request.setRequestHeader('content-type', file.type || 'text/csv');
    request.responseType = 'json';
    request.upload.onprogress = (e) => e.lengthComputable && progress(e.loaded / e.total);
    request.upload.onload = () => progress(1);
    request.onload = () => (request.response === null ? reject(new Error(`HTTP ${request.status}`)) : resolve(request.response));
    request.onerror = () => reject(new Error('network'));
    progress(0);
    request.send(file);
  });
}
