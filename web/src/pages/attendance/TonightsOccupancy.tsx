import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../graphql/graphql';
import { useT } from '../../i18n';
import { ownFacilitiesFilter, useSession } from '../../session';

const SHELTERS = graphql(`
  query OwnShelters($filter: FacilityFilter) {
    today
    facilities(first: 100, filter: $filter) {
      nodes {
        id
        name
        declaredCapacity
        places {
          total
          seasonal
          overflow
        }
      }
    }
  }
`);

const REPORT = graphql(`
  mutation ReportTonight($facilityId: ID!, $date: Date!, $occupiedPlaces: Int!, $overCapacityReason: String) {
    reportOccupancy(facilityId: $facilityId, date: $date, occupiedPlaces: $occupiedPlaces, overCapacityReason: $overCapacityReason) {
      date
      occupiedPlaces
    }
  }
`);

const SHELTER_TYPES = ['NIGHT_SHELTER', 'HOMELESS_SHELTER', 'HOMELESS_SHELTER_WITH_CARE', 'WARMING_CENTRE'] as const;

/** Tonight's places taken in the organisation's shelters, night shelters and warming centres: what the city's count of free beds rests on. */
export function TonightsOccupancy() {
  const { t } = useT();
  const session = useSession();
  const shelters = useQuery(SHELTERS, {
    variables: { filter: { types: [...SHELTER_TYPES], ...ownFacilitiesFilter(session) } },
  });
  const [values, setValues] = useState<Record<string, string>>({});
  const [done, setDone] = useState<Record<string, string>>({});
  const [report] = useMutation(REPORT);
  const list = shelters.data?.facilities.nodes ?? [];
  const today = shelters.data?.today;
  if (!list.length || !today) return null;
  return (
    <section aria-labelledby="tonight-title" className="block">
      <h2 id="tonight-title">
        {t.tonightTitle} ({today})
      </h2>
      <div className="table-scroll" role="region" aria-label={t.tonightTitle} tabIndex={0}>
        <table data-testid="tonight">
          <caption className="visually-hidden">{t.tonightTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.facility}</th>
              <th scope="col" className="num">
                {t.placesTonight}
              </th>
              <th scope="col">{t.occupied}</th>
              <th scope="col">
                <span className="visually-hidden">{t.report}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((f) => (
              <tr key={f.id}>
                <th scope="row">{f.name}</th>
                {/* Tonight's places: the year-round ones and any seasonal or overflow places open tonight. */}
                <td className="num">{f.places?.total ?? f.declaredCapacity ?? '—'}</td>
                <td>
                  <input
                    type="number"
                    min={0}
                    inputMode="numeric"
                    aria-label={`${t.occupied}: ${f.name}`}
                    value={values[f.id] ?? ''}
                    onChange={(e) => setValues({ ...values, [f.id]: e.target.value })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    disabled={!values[f.id]}
                    onClick={async () => {
                      const result = await report({ variables: { facilityId: f.id, date: today, occupiedPlaces: Number(values[f.id]) } }).catch(
                        (e: Error) => e,
                      );
                      setDone({ ...done, [f.id]: result instanceof Error ? `${t.error}: ${result.message}` : t.saved });
                    }}
                  >
                    {t.report}
                    <span className="visually-hidden">: {f.name}</span>
                  </button>
                  <span role="status" className="status-inline">
                    {done[f.id]}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
