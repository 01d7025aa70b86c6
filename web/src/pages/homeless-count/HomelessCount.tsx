import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql, type ResultOf } from '../../graphql/graphql';
import { useT } from '../../i18n';
import { ownFacilitiesFilter, useSession } from '../../session';
import { apiErrorText } from '../../ui/api-error';
import { DataTable } from '../../ui/DataTable';
import { enumLabel, enumOptions } from '../../ui/labels';
import { formatDate } from '../../ui/format';

const COUNTS = graphql(`
  query HomelessCounts {
    today
    homelessCounts {
      id
      night
      gminaName
      status
    }
    districts {
      id
      name
    }
  }
`);

/** A row of the count's table: a place's figures, or all places' (`place` null). */
const COUNT_ROW = graphql(`
  fragment CountRow on HomelessCountRow @_unmask {
    place
    group
    persons
    men
    women
    notBrokenDown
    ageBands {
      band
      persons
    }
    previousPersons
    change
    suppressed
  }
`);

const COUNT = graphql(
  `
    query HomelessCountNight($id: ID!, $coordinator: Boolean!) {
      homelessCount(id: $id) {
        id
        night
        status
        progress {
          facilities
          counted
        }
        missingFacilities @include(if: $coordinator) {
          id
          name
          contact {
            phone
          }
        }
        table {
          previousNight
          total {
            ...CountRow
          }
          rows {
            ...CountRow
          }
        }
      }
    }
  `,
  [COUNT_ROW],
);

const OPEN = graphql(`
  mutation OpenHomelessCount($input: OpenHomelessCountInput!) {
    openHomelessCount(input: $input) {
      id
    }
  }
`);

const ENTER = graphql(`
  mutation EnterHomelessCount($countId: ID!, $entries: [HomelessCountEntryInput!]!) {
    recordHomelessCountEntries(countId: $countId, entries: $entries) {
      id
      persons
    }
  }
`);

const CLOSE = graphql(`
  mutation CloseHomelessCount($id: ID!) {
    closeHomelessCount(id: $id) {
      id
      status
    }
  }
`);

/** The facilities a role may count its persons in by sex and age: an NGO its own (the API refuses the others). */
const FACILITIES = graphql(`
  query CountFacilities($filter: FacilityFilter) {
    facilities(first: 200, filter: $filter) {
      nodes {
        id
        name
        type
      }
    }
  }
`);

type Place = NonNullable<Row['place']>;
type AgeBand = 'AGE_0_17' | 'AGE_18_40' | 'AGE_41_60' | 'AGE_61_PLUS';
/** The count's age bands and sexes with their labels, in the hub's order. */
const AGE_BANDS = enumOptions('AgeBand') as [AgeBand, string][];
const SEXES = enumOptions('Sex') as ['MALE' | 'FEMALE', string][];

type Row = NonNullable<ResultOf<typeof COUNT>['homelessCount']>['table']['rows'][number];

/**
 * Badanie liczby osób bezdomnych: the coordinator opens the night, watches which facilities are
 * still to count, and files the table; street teams enter, on a phone, the persons they find
 * outside facilities (counts by place, district, sex and age, no personal data).
 */
export function HomelessCount() {
  const { t, language } = useT();
  const { role } = useSession();
  const coordinator = role === 'MOPS_WORKER' || role === 'ADMIN';
  const counts = useQuery(COUNTS);
  const list = counts.data?.homelessCounts ?? [];
  const [chosen, setChosen] = useState('');
  const countId = chosen || (list.find((c) => c.status === 'OPEN') ?? list[0])?.id || '';
  const count = useQuery(COUNT, { variables: { id: countId, coordinator }, skip: !countId });
  const night = count.data?.homelessCount;
  const [open] = useMutation(OPEN);
  const [enter] = useMutation(ENTER);
  const [close] = useMutation(CLOSE);
  const [newNight, setNewNight] = useState('');
  const [gmina, setGmina] = useState('');
  const [place, setPlace] = useState<Place>('STREET');
  const [districtId, setDistrictId] = useState('');
  const [facilityId, setFacilityId] = useState('');
  const session = useSession();
  const [sex, setSex] = useState<'MALE' | 'FEMALE'>('MALE');
  const [ageBand, setAgeBand] = useState<AgeBand>('AGE_41_60');
  const [persons, setPersons] = useState(1);
  const [said, setSaid] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const fields = { night: t.countNight, gminaName: t.gmina, districtId: t.district, facilityId: t.facility, persons: t.persons, place: t.countPlace };
  // The table lists every place of the count with its group: the registry's places are counted for a facility, the others by district.
  const places = night?.table.rows.flatMap((r) => (r.place ? [{ place: r.place, inRegistry: r.group === 'SHELTER' }] : [])) ?? [];
  const inRegistry = places.find((p) => p.place === place)?.inRegistry ?? false;
  const facilities = useQuery(FACILITIES, {
    variables: { filter: { types: places.filter((p) => p.inRegistry).map((p) => p.place) as never, ...ownFacilitiesFilter(session) } },
    skip: !places.length,
  });
  const facilitiesOfPlace = (facilities.data?.facilities.nodes ?? []).filter((f) => f.type === place);

  const run = async (action: () => Promise<unknown>, ok: string) => {
    try {
      await action();
      setSaid({ ok: true, lines: [ok] });
      await Promise.all([counts.refetch(), countId ? count.refetch() : null]);
    } catch (error) {
      setSaid({ ok: false, lines: apiErrorText(error, t, language, fields) });
    }
  };
  const submitEntry = (e: FormEvent) => {
    e.preventDefault();
    void run(
      () =>
        enter({
          variables: {
            countId,
            entries: [{ place, ...(inRegistry ? { facilityId: facilityId || null } : { districtId: districtId || null }), sex, ageBand, persons }],
          },
        }),
      t.countEntered(persons, enumLabel('CountPlace', place)),
    ).then(() => setPersons(1));
  };
  const submitOpen = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const opened = await open({ variables: { input: { night: newNight, gminaName: gmina } } });
      if (opened.data) setChosen(opened.data.openHomelessCount.id);
    }, t.countOpened);
  };

  return (
    <section aria-labelledby="count-title" className="count-night">
      <h1 id="count-title">{t.countTitle}</h1>
      <p>{t.countIntro}</p>
      {list.length > 0 && (
        <label>
          {t.countNight}
          <select value={countId} onChange={(e) => setChosen(e.target.value)}>
            {list.map((c) => (
              <option key={c.id} value={c.id}>
                {formatDate(c.night, language)} – {c.gminaName} ({enumLabel('CountStatus', c.status)})
              </option>
            ))}
          </select>
        </label>
      )}
      {said && (
        <div role={said.ok ? 'status' : 'alert'} className={said.ok ? 'ok' : 'error'} data-testid="count-said">
          {said.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      {coordinator && (
        <details open={list.length === 0}>
          <summary>{t.openCount}</summary>
          <form onSubmit={submitOpen} className="stack">
            <label>
              {t.countNight}
              <input type="date" required value={newNight} onChange={(e) => setNewNight(e.target.value)} />
            </label>
            <label>
              {t.gmina}
              <input required value={gmina} onChange={(e) => setGmina(e.target.value)} autoComplete="off" />
            </label>
            <button type="submit">{t.openCount}</button>
          </form>
        </details>
      )}
      {night && (
        <>
          <p data-testid="count-progress">
            {t.countProgress(night.progress.counted, night.progress.facilities)} {t.countStatus}: {enumLabel('CountStatus', night.status)}
          </p>
          {night.status === 'OPEN' && (
            <form onSubmit={submitEntry} className="stack count-entry" aria-labelledby="entry-title">
              <h2 id="entry-title">{t.countEntryTitle}</h2>
              <label>
                {t.countPlace}
                <select
                  value={place}
                  onChange={(e) => {
                    setPlace(e.target.value as Place);
                    setFacilityId('');
                  }}
                >
                  {[false, true].map((registry) => (
                    <optgroup key={String(registry)} label={registry ? t.placesInRegistry : t.placesOutside}>
                      {places
                        .filter((p) => p.inRegistry === registry)
                        .map((p) => (
                          <option key={p.place} value={p.place}>
                            {enumLabel('CountPlace', p.place)}
                          </option>
                        ))}
                    </optgroup>
                  ))}
                </select>
              </label>
              {inRegistry ? (
                <label>
                  {t.facility}
                  <select required value={facilityId} onChange={(e) => setFacilityId(e.target.value)}>
                    <option value="">{t.chooseFacility}</option>
                    {facilitiesOfPlace.map((f) => (
                      <option key={f.id} value={f.id}>
                        {f.name}
                      </option>
                    ))}
                  </select>
                </label>
              ) : (
                <label>
                  {t.district}
                  <select required value={districtId} onChange={(e) => setDistrictId(e.target.value)}>
                    <option value="">{t.chooseDistrict}</option>
                    {(counts.data?.districts ?? []).map((d) => (
                      <option key={d.id} value={d.id}>
                        {d.name}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              <fieldset className="choices">
                <legend>{t.sex}</legend>
                {SEXES.map(([s, label]) => (
                  <label key={s}>
                    <input type="radio" name="sex" value={s} checked={sex === s} onChange={() => setSex(s)} />
                    {label}
                  </label>
                ))}
              </fieldset>
              <fieldset className="choices">
                <legend>{t.ageBand}</legend>
                {AGE_BANDS.map(([b, label]) => (
                  <label key={b}>
                    <input type="radio" name="age" value={b} checked={ageBand === b} onChange={() => setAgeBand(b)} />
                    {label}
                  </label>
                ))}
              </fieldset>
              <div className="stepper">
                <button type="button" className="secondary" aria-label={t.fewer} onClick={() => setPersons((n) => Math.max(1, n - 1))}>
                  −
                </button>
                <label>
                  {t.persons}
                  <input type="number" inputMode="numeric" min={1} max={500} required value={persons} onChange={(e) => setPersons(Number(e.target.value))} />
                </label>
                <button type="button" className="secondary" aria-label={t.more} onClick={() => setPersons((n) => Math.min(500, n + 1))}>
                  +
                </button>
              </div>
              <button type="submit">{t.saveEntry}</button>
            </form>
          )}
          {coordinator && night.missingFacilities && night.missingFacilities.length > 0 && (
            <section aria-labelledby="missing-title" className="block">
              <h2 id="missing-title">{t.missingTitle}</h2>
              <ul data-testid="missing-facilities">
                {night.missingFacilities.map((f) => (
                  <li key={f.id}>
                    {f.name}
                    {f.contact?.phone && (
                      <>
                        {' – '}
                        <a href={`tel:${f.contact.phone.replace(/\s/g, '')}`}>{f.contact.phone}</a>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <DataTable
            testId="count-table"
            caption={t.countTableTitle(night.table.previousNight ? formatDate(night.table.previousNight, language) : null)}
            columns={[
              { header: t.countPlace, value: (r: Row) => (r.place ? enumLabel('CountPlace', r.place) : t.total) },
              // A null figure of this night is a small count withheld; of the previous one, also a count that was not held.
              { header: t.persons, value: (r) => r.persons, numeric: true },
              { header: t.men, value: (r) => r.men, numeric: true },
              { header: t.women, value: (r) => r.women, numeric: true },
              ...AGE_BANDS.map(([band, label]) => ({
                header: label,
                value: (r: Row) => r.ageBands.find((a) => a.band === band)?.persons,
                numeric: true,
              })),
              { header: t.notBrokenDown, value: (r) => r.notBrokenDown, numeric: true },
              { header: t.previousCount, value: (r) => r.previousPersons, numeric: true, missing: 'unknown' as const },
              { header: t.change, value: (r) => r.change, numeric: true, missing: 'unknown' as const },
            ]}
            rows={[...night.table.rows, night.table.total]}
            fileName={`badanie-bezdomnosci-${night.night}.csv`}
          />
          {coordinator && night.status === 'OPEN' && (
            <button
              type="button"
              className="secondary"
              onClick={() => {
                if (window.confirm(t.closeCountConfirm)) void run(() => close({ variables: { id: night.id } }), t.countClosed);
              }}
            >
              {t.closeCount}
            </button>
          )}
        </>
      )}
    </section>
  );
}
