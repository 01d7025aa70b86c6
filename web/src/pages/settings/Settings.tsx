import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { graphql, type ResultOf } from '../../graphql/graphql';
import { useT } from '../../i18n';
import { useSession } from '../../session';
import { apiErrorText } from '../../ui/api-error';
import { enumLabel, enumOptions } from '../../ui/labels';

const SETTINGS = graphql(`
  query CitySettings {
    today
    districts {
      id
      code
      number
      name
      teryt
      branch {
        id
        code
        name
      }
      populations {
        year
        population
        source
      }
    }
    welfareUnits {
      id
      code
      name
      kind
      organisation {
        id
        name
      }
      parent {
        id
        code
        name
      }
    }
    organisations(first: 500) {
      totalCount
      nodes {
        id
        name
        kind
        nip
        regon
        krs
        closedOn
        closedReason
      }
    }
  }
`);

const FACILITIES = graphql(`
  query CitySettingsFacilities($search: String) {
    facilities(first: 100, filter: { search: $search }) {
      totalCount
      nodes {
        id
        name
        typeLegalName
        status
        declaredCapacity
        registerEntry {
          number
        }
        district {
          name
        }
        operator {
          name
        }
      }
    }
  }
`);

const SAVE_DISTRICT = graphql(`
  mutation SaveDistrict($id: ID!, $input: DistrictInput!) {
    updateDistrict(id: $id, input: $input) {
      id
    }
  }
`);
const ADD_DISTRICT = graphql(`
  mutation AddDistrict($input: DistrictInput!) {
    createDistrict(input: $input) {
      id
    }
  }
`);
const DELETE_DISTRICT = graphql(`
  mutation RemoveDistrict($id: ID!) {
    deleteDistrict(id: $id)
  }
`);
const SET_POPULATION = graphql(`
  mutation SetPopulation($districtId: ID!, $year: Int!, $population: Int!, $source: String) {
    setDistrictPopulation(districtId: $districtId, year: $year, population: $population, source: $source) {
      id
    }
  }
`);
const SAVE_UNIT = graphql(`
  mutation SaveUnit($id: ID!, $input: WelfareUnitInput!) {
    updateWelfareUnit(id: $id, input: $input) {
      id
    }
  }
`);
const ADD_UNIT = graphql(`
  mutation AddUnit($input: WelfareUnitInput!) {
    createWelfareUnit(input: $input) {
      id
    }
  }
`);
const DELETE_UNIT = graphql(`
  mutation RemoveUnit($id: ID!) {
    deleteWelfareUnit(id: $id)
  }
`);
const SAVE_ORGANISATION = graphql(`
  mutation SaveOrganisation($id: ID!, $input: UpdateOrganisationInput!) {
    updateOrganisation(id: $id, input: $input) {
      id
    }
  }
`);
const ADD_ORGANISATION = graphql(`
  mutation AddOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
    }
  }
`);
const CLOSE_ORGANISATION = graphql(`
  mutation CloseOrganisation($id: ID!, $closedOn: Date!, $reason: String!) {
    closeOrganisation(id: $id, closedOn: $closedOn, reason: $reason) {
      id
    }
  }
`);

type Data = ResultOf<typeof SETTINGS>;
type Outcome = { ok: boolean; lines: string[] } | null;

/** A section's answer to its last action: saved, or the refusal in the reader's language. */
function Outcome({ outcome, testId }: { outcome: Outcome; testId: string }) {
  if (!outcome) return <div aria-live="polite" data-testid={testId} />;
  return (
    <div aria-live="polite" data-testid={testId}>
      {outcome.ok ? (
        <p role="status">{outcome.lines[0]}</p>
      ) : (
        <div role="alert">
          <ul className="error-list">
            {outcome.lines.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      {children}
    </>
  );
}

/** Runs one mutation and says how it went; the lists are read again after a change. */
function useAction(refetch: () => Promise<unknown>, fieldLabels: Record<string, string>) {
  const { t, language } = useT();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const run = async (action: () => Promise<unknown>, done: string): Promise<boolean> => {
    try {
      await action();
      await refetch();
      setOutcome({ ok: true, lines: [done] });
      return true;
    } catch (error) {
      setOutcome({ ok: false, lines: apiErrorText(error, t, language, fieldLabels) });
      return false;
    }
  };
  return { outcome, setOutcome, run };
}

function Districts({ data, admin, refetch }: { data: Data; admin: boolean; refetch: () => Promise<unknown> }) {
  const { t } = useT();
  const empty = { code: '', name: '', number: '', teryt: '', unitId: '' };
  const [form, setForm] = useState(empty);
  const [editing, setEditing] = useState<string | null>(null);
  const [pop, setPop] = useState({ districtId: '', year: String(Number((data.today ?? '2000').slice(0, 4)) - 1), population: '', source: '' });
  const labels = {
    code: t.code,
    name: t.name,
    number: t.number,
    teryt: t.teryt,
    unitId: t.coveringUnit,
    year: t.populationYear,
    population: t.population,
    source: t.populationSource,
  };
  const { outcome, setOutcome, run } = useAction(refetch, labels);
  const [add] = useMutation(ADD_DISTRICT);
  const [save] = useMutation(SAVE_DISTRICT);
  const [remove] = useMutation(DELETE_DISTRICT);
  const [setPopulation] = useMutation(SET_POPULATION);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = {
      code: form.code.trim(),
      name: form.name.trim(),
      number: form.number ? Number(form.number) : null,
      teryt: form.teryt.trim() || null,
      unitId: form.unitId,
    };
    const ok = await run(() => (editing ? save({ variables: { id: editing, input } }) : add({ variables: { input } })), t.savedOk);
    if (ok) {
      setForm(empty);
      setEditing(null);
    }
  };
  const latest = (d: Data['districts'][number]) => [...d.populations].sort((a, b) => b.year - a.year)[0];
  return (
    <section aria-labelledby="districts-title" className="block">
      <h2 id="districts-title">{t.districtsTitle}</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t.districtsTitle}>
        <table data-testid="settings-districts">
          <caption>{t.districtsTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.code}</th>
              <th scope="col">{t.name}</th>
              <th scope="col" className="num">
                {t.number}
              </th>
              <th scope="col">{t.teryt}</th>
              <th scope="col">{t.coveringUnit}</th>
              <th scope="col" className="num">
                {t.population}
              </th>
              {admin && <th scope="col">{t.actions}</th>}
            </tr>
          </thead>
          <tbody>
            {data.districts.map((d) => {
              const p = latest(d);
              return (
                <tr key={d.id}>
                  <th scope="row">{d.code}</th>
                  <td>{d.name}</td>
                  <td className="num">{d.number}</td>
                  <td>{d.teryt ?? '—'}</td>
                  <td>{d.branch.name}</td>
                  <td className="num">{p ? `${p.population} (${p.year})` : '—'}</td>
                  {admin && (
                    <td>
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => {
                          setEditing(d.id);
                          setForm({ code: d.code, name: d.name, number: String(d.number), teryt: d.teryt ?? '', unitId: d.branch.id });
                          setOutcome(null);
                        }}
                      >
                        {t.edit}
                        <span className="visually-hidden"> {d.name}</span>
                      </button>{' '}
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => {
                          if (window.confirm(t.confirmRemove(d.name))) void run(() => remove({ variables: { id: d.id } }), t.removedOk);
                        }}
                      >
                        {t.remove}
                        <span className="visually-hidden"> {d.name}</span>
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {admin && (
        <>
          <form className="form-grid" onSubmit={(e) => void submit(e)} aria-labelledby="district-form-title">
            <h3 id="district-form-title" className="form-title">
              {editing ? t.editing(form.name) : `${t.add}: ${t.districtsTitle.toLowerCase()}`}
            </h3>
            <Field id="district-code" label={t.code}>
              <input id="district-code" required value={form.code} onChange={(e) => setForm({ ...form, code: e.target.value })} />
            </Field>
            <Field id="district-name" label={t.name}>
              <input id="district-name" required value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
            </Field>
            <Field id="district-number" label={t.number}>
              <input id="district-number" type="number" min={1} max={1000} value={form.number} onChange={(e) => setForm({ ...form, number: e.target.value })} />
            </Field>
            <Field id="district-teryt" label={t.teryt}>
              <input
                id="district-teryt"
                inputMode="numeric"
                pattern="\d{7}"
                title={t.terytFormat}
                value={form.teryt}
                onChange={(e) => setForm({ ...form, teryt: e.target.value })}
              />
            </Field>
            <Field id="district-unit" label={t.coveringUnit}>
              <select id="district-unit" required value={form.unitId} onChange={(e) => setForm({ ...form, unitId: e.target.value })}>
                <option value="">—</option>
                {data.welfareUnits.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.code}: {u.name}
                  </option>
                ))}
              </select>
            </Field>
            <span />
            <div className="actions">
              <button type="submit">{editing ? t.saveChanges : t.add}</button>
              {editing && (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => {
                    setEditing(null);
                    setForm(empty);
                  }}
                >
                  {t.cancel}
                </button>
              )}
            </div>
          </form>
          <form
            className="form-grid"
            onSubmit={(e) => {
              e.preventDefault();
              void run(
                () =>
                  setPopulation({
                    variables: { districtId: pop.districtId, year: Number(pop.year), population: Number(pop.population), source: pop.source.trim() || null },
                  }),
                t.savedOk,
              );
            }}
            aria-labelledby="population-form-title"
          >
            <h3 id="population-form-title" className="form-title">
              {t.setPopulation}
            </h3>
            <Field id="population-district" label={t.district}>
              <select id="population-district" required value={pop.districtId} onChange={(e) => setPop({ ...pop, districtId: e.target.value })}>
                <option value="">—</option>
                {data.districts.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="population-year" label={t.populationYear}>
              <input
                id="population-year"
                type="number"
                required
                min={1990}
                max={2100}
                value={pop.year}
                onChange={(e) => setPop({ ...pop, year: e.target.value })}
              />
            </Field>
            <Field id="population-count" label={t.population}>
              <input
                id="population-count"
                type="number"
                required
                min={0}
                value={pop.population}
                onChange={(e) => setPop({ ...pop, population: e.target.value })}
              />
            </Field>
            <Field id="population-source" label={t.populationSource}>
              <input id="population-source" value={pop.source} onChange={(e) => setPop({ ...pop, source: e.target.value })} />
            </Field>
            <span />
            <div className="actions">
              <button type="submit">{t.setPopulation}</button>
            </div>
          </form>
        </>
      )}
      <Outcome outcome={outcome} testId="districts-outcome" />
    </section>
  );
}

function Units({ data, admin, refetch }: { data: Data; admin: boolean; refetch: () => Promise<unknown> }) {
  const { t } = useT();
  const centres = data.organisations.nodes.filter((o) => o.kind === 'WELFARE_CENTRE' && !o.closedOn);
  const empty = { code: '', name: '', kind: 'BRANCH', parentId: '', organisationId: centres.length === 1 ? centres[0]!.id : '' };
  const [form, setForm] = useState(empty);
  const [editing, setEditing] = useState<string | null>(null);
  const labels = { code: t.code, name: t.name, kind: t.unitKind, parentId: t.parentUnit, organisationId: t.welfareCentre };
  const { outcome, setOutcome, run } = useAction(refetch, labels);
  const [add] = useMutation(ADD_UNIT);
  const [save] = useMutation(SAVE_UNIT);
  const [remove] = useMutation(DELETE_UNIT);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = {
      code: form.code.trim(),
      name: form.name.trim(),
      kind: form.kind as 'CENTRE' | 'BRANCH' | 'TEAM',
      organisationId: form.organisationId,
      parentId: form.kind === 'CENTRE' ? null : form.parentId || null,
    };
    if (await run(() => (editing ? save({ variables: { id: editing, input } }) : add({ variables: { input } })), t.savedOk)) {
      setForm(empty);
      setEditing(null);
    }
  };
  return (
    <section aria-labelledby="units-title" className="block">
      <h2 id="units-title">{t.unitsTitle}</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t.unitsTitle}>
        <table data-testid="settings-units">
          <caption>{t.unitsTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.code}</th>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.unitKind}</th>
              <th scope="col">{t.parentUnit}</th>
              {admin && <th scope="col">{t.actions}</th>}
            </tr>
          </thead>
          <tbody>
            {data.welfareUnits.map((u) => (
              <tr key={u.id}>
                <th scope="row">{u.code}</th>
                <td>{u.name}</td>
                <td>{enumLabel('WelfareUnitKind', u.kind)}</td>
                <td>{u.parent?.name ?? '—'}</td>
                {admin && (
                  <td>
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => {
                        setEditing(u.id);
                        setForm({ code: u.code, name: u.name, kind: u.kind, parentId: u.parent?.id ?? '', organisationId: u.organisation.id });
                        setOutcome(null);
                      }}
                    >
                      {t.edit}
                      <span className="visually-hidden"> {u.name}</span>
                    </button>{' '}
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => {
                        if (window.confirm(t.confirmRemove(u.name))) void run(() => remove({ variables: { id: u.id } }), t.removedOk);
                      }}
                    >
                      {t.remove}
                      <span className="visually-hidden"> {u.name}</span>
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {admin && (
        <form className="form-grid" onSubmit={(e) => void submit(e)} aria-labelledby="unit-form-title">
          <h3 id="unit-form-title" className="form-title">
            {editing ? t.editing(form.name) : `${t.add}: ${t.unitsTitle.toLowerCase()}`}
          </h3>
          <Field id="unit-code" label={t.code}>
            <input id="unit-code" required value={form.code} onChange={(e) => setForm({ ...form, code: e.target.value })} />
          </Field>
          <Field id="unit-name" label={t.name}>
            <input id="unit-name" required value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
          </Field>
          <Field id="unit-kind" label={t.unitKind}>
            <select id="unit-kind" value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value })}>
              {enumOptions('WelfareUnitKind').map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </select>
          </Field>
          <Field id="unit-parent" label={t.parentUnit}>
            <select id="unit-parent" value={form.parentId} disabled={form.kind === 'CENTRE'} onChange={(e) => setForm({ ...form, parentId: e.target.value })}>
              <option value="">{t.none}</option>
              {data.welfareUnits
                .filter((u) => u.id !== editing)
                .map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.code}: {u.name}
                  </option>
                ))}
            </select>
          </Field>
          <Field id="unit-organisation" label={t.welfareCentre}>
            <select id="unit-organisation" required value={form.organisationId} onChange={(e) => setForm({ ...form, organisationId: e.target.value })}>
              <option value="">—</option>
              {centres.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </Field>
          <span />
          <div className="actions">
            <button type="submit">{editing ? t.saveChanges : t.add}</button>
            {editing && (
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  setEditing(null);
                  setForm(empty);
                }}
              >
                {t.cancel}
              </button>
            )}
          </div>
        </form>
      )}
      <Outcome outcome={outcome} testId="units-outcome" />
    </section>
  );
}

function Organisations({ data, canWrite, admin, refetch }: { data: Data; canWrite: boolean; admin: boolean; refetch: () => Promise<unknown> }) {
  const { t } = useT();
  const empty = { name: '', kind: 'FOUNDATION', nip: '', regon: '', krs: '' };
  const [form, setForm] = useState(empty);
  const [editing, setEditing] = useState<string | null>(null);
  const [closing, setClosing] = useState({ id: '', closedOn: data.today ?? '', reason: '' });
  const labels = { name: t.name, kind: t.organisationKind, nip: t.nip, regon: t.regon, krs: t.krs, closedOn: t.closedOn, reason: t.closeReason };
  const { outcome, setOutcome, run } = useAction(refetch, labels);
  const [add] = useMutation(ADD_ORGANISATION);
  const [save] = useMutation(SAVE_ORGANISATION);
  const [close] = useMutation(CLOSE_ORGANISATION);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = {
      name: form.name.trim(),
      kind: form.kind as 'FOUNDATION',
      nip: form.nip.trim() || null,
      regon: form.regon.trim() || null,
      krs: form.krs.trim() || null,
    };
    if (await run(() => (editing ? save({ variables: { id: editing, input } }) : add({ variables: { input } })), t.savedOk)) {
      setForm(empty);
      setEditing(null);
    }
  };
  const open = data.organisations.nodes.filter((o) => !o.closedOn);
  return (
    <section aria-labelledby="organisations-title" className="block">
      <h2 id="organisations-title">{t.organisationsTitle}</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t.organisationsTitle}>
        <table data-testid="settings-organisations">
          <caption>{t.organisationsTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.organisationKind}</th>
              <th scope="col">{t.nip}</th>
              <th scope="col">{t.regon}</th>
              <th scope="col">{t.krs}</th>
              <th scope="col">{t.status}</th>
              {canWrite && <th scope="col">{t.actions}</th>}
            </tr>
          </thead>
          <tbody>
            {data.organisations.nodes.map((o) => (
              <tr key={o.id}>
                <th scope="row">{o.name}</th>
                <td>{enumLabel('OrganisationKind', o.kind)}</td>
                <td>{o.nip ?? '—'}</td>
                <td>{o.regon ?? '—'}</td>
                <td>{o.krs ?? '—'}</td>
                <td>{o.closedOn ? t.closedNote(o.closedOn, o.closedReason ?? '') : t.active}</td>
                {canWrite && (
                  <td>
                    {!o.closedOn && (
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => {
                          setEditing(o.id);
                          setForm({ name: o.name, kind: o.kind, nip: o.nip ?? '', regon: o.regon ?? '', krs: o.krs ?? '' });
                          setOutcome(null);
                        }}
                      >
                        {t.edit}
                        <span className="visually-hidden"> {o.name}</span>
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canWrite && (
        <form className="form-grid" onSubmit={(e) => void submit(e)} aria-labelledby="organisation-form-title">
          <h3 id="organisation-form-title" className="form-title">
            {editing ? t.editing(form.name) : `${t.add}: ${t.organisationsTitle.toLowerCase()}`}
          </h3>
          <Field id="organisation-name" label={t.name}>
            <input id="organisation-name" required value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
          </Field>
          <Field id="organisation-kind" label={t.organisationKind}>
            <select id="organisation-kind" value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value })}>
              {enumOptions('OrganisationKind').map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </select>
          </Field>
          <Field id="organisation-nip" label={t.nip}>
            <input id="organisation-nip" inputMode="numeric" value={form.nip} onChange={(e) => setForm({ ...form, nip: e.target.value })} />
          </Field>
          <Field id="organisation-regon" label={t.regon}>
            <input id="organisation-regon" inputMode="numeric" value={form.regon} onChange={(e) => setForm({ ...form, regon: e.target.value })} />
          </Field>
          <Field id="organisation-krs" label={t.krs}>
            <input id="organisation-krs" inputMode="numeric" value={form.krs} onChange={(e) => setForm({ ...form, krs: e.target.value })} />
          </Field>
          <span />
          <div className="actions">
            <button type="submit">{editing ? t.saveChanges : t.add}</button>
            {editing && (
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  setEditing(null);
                  setForm(empty);
                }}
              >
                {t.cancel}
              </button>
            )}
          </div>
        </form>
      )}
      {admin && (
        <form
          className="form-grid"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => close({ variables: { id: closing.id, closedOn: closing.closedOn, reason: closing.reason.trim() } }), t.savedOk);
          }}
          aria-labelledby="close-form-title"
        >
          <h3 id="close-form-title" className="form-title">
            {t.closeOrganisation}
          </h3>
          <Field id="close-organisation" label={t.organisation}>
            <select id="close-organisation" required value={closing.id} onChange={(e) => setClosing({ ...closing, id: e.target.value })}>
              <option value="">—</option>
              {open.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="close-date" label={t.closedOn}>
            <input
              id="close-date"
              type="date"
              required
              max={data.today ?? undefined}
              value={closing.closedOn}
              onChange={(e) => setClosing({ ...closing, closedOn: e.target.value })}
            />
          </Field>
          <Field id="close-reason" label={t.closeReason}>
            <input id="close-reason" required value={closing.reason} onChange={(e) => setClosing({ ...closing, reason: e.target.value })} />
          </Field>
          <span />
          <div className="actions">
            <button type="submit">{t.closeOrganisation}</button>
          </div>
        </form>
      )}
      <Outcome outcome={outcome} testId="organisations-outcome" />
    </section>
  );
}

function Facilities() {
  const { t } = useT();
  const [search, setSearch] = useState('');
  const facilities = useQuery(FACILITIES, { variables: { search: search.trim() || null } });
  const list = facilities.data?.facilities ?? facilities.previousData?.facilities;
  return (
    <section aria-labelledby="facilities-title" className="block">
      <h2 id="facilities-title">{t.facilitiesTitle}</h2>
      <div className="filters">
        <label>
          {t.searchName}
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
      </div>
      {list && <p role="status">{t.facilitiesShown(list.nodes.length, list.totalCount ?? list.nodes.length)}</p>}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t.facilitiesTitle}>
        <table data-testid="settings-facilities" aria-busy={facilities.loading}>
          <caption>{t.facilitiesTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.type}</th>
              <th scope="col">{t.registerNumber}</th>
              <th scope="col">{t.organisation}</th>
              <th scope="col">{t.district}</th>
              <th scope="col" className="num">
                {t.declared}
              </th>
              <th scope="col">{t.status}</th>
            </tr>
          </thead>
          <tbody>
            {(list?.nodes ?? []).map((f) => (
              <tr key={f.id}>
                <th scope="row">{f.name}</th>
                <td>{f.typeLegalName}</td>
                <td>{f.registerEntry?.number ?? '—'}</td>
                <td>{f.operator.name}</td>
                <td>{f.district.name}</td>
                <td className="num">{f.declaredCapacity ?? '—'}</td>
                <td>{t.facilityStatuses[f.status] ?? f.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * Ustawienia miasta: the city's own structure, set up without SQL. ADMIN changes districts (with
 * their residents by year), the welfare centre's units and organisations (closing one on a day);
 * MOPS_WORKER reads them and registers or corrects organisations, as the API allows each role.
 */
export function Settings() {
  const { t } = useT();
  const { role } = useSession();
  const settings = useQuery(SETTINGS);
  const admin = role === 'ADMIN';
  const refetch = () => settings.refetch();
  const data = settings.data;
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">{t.settingsTitle}</h1>
      <p>{t.settingsIntro}</p>
      {!admin && <p>{t.settingsReadOnly}</p>}
      {settings.loading && !data && <p aria-live="polite">{t.loading}</p>}
      {settings.error && (
        <p role="alert" className="error">
          {t.error}
        </p>
      )}
      {data && (
        <>
          <Districts data={data} admin={admin} refetch={refetch} />
          <Units data={data} admin={admin} refetch={refetch} />
          <Organisations data={data} canWrite={admin || role === 'MOPS_WORKER'} admin={admin} refetch={refetch} />
          <Facilities />
        </>
      )}
    </section>
  );
}
