import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql, type ResultOf } from '../../graphql/graphql';
import { useT } from '../../i18n';
import { DataTable } from '../../ui/DataTable';
import { previousMonth } from '../../ui/dates';
import { formatMonth, formatNumber } from '../../ui/format';

const CENTRES = graphql(`
  query RefundCentres($activeOn: Date!) {
    facilities(first: 200, filter: { types: [SOCIAL_INTEGRATION_CENTRE] }) {
      nodes {
        id
        name
      }
    }
    sociallyUsefulWorkAgreements(activeOn: $activeOn) {
      id
      number
    }
  }
`);
const TODAY = graphql(`
  query RefundToday {
    today
  }
`);

const CIS_MONTH = graphql(`
  query CisRefund($facilityId: ID!, $month: String!) {
    attendanceSummary(facilityId: $facilityId, month: $month) {
      participant {
        id
        person {
          firstName
          lastName
          peselMasked
        }
      }
      workingDays
      daysPresent
      unexcusedAbsences
      monthClosed
      allowance {
        amount
      }
    }
  }
`);

const PSU_MONTH = graphql(`
  query PsuRefund($agreementId: ID!, $month: String!) {
    sociallyUsefulWork(agreementId: $agreementId, month: $month) {
      hours
      amountDue
      labourOfficeRefund
      participants {
        participant {
          id
          person {
            firstName
            lastName
            peselMasked
          }
        }
        hours
        amountDue
        labourOfficeRefund
      }
    }
  }
`);

type CisRow = ResultOf<typeof CIS_MONTH>['attendanceSummary'][number];
type PsuRow = ResultOf<typeof PSU_MONTH>['sociallyUsefulWork']['participants'][number];

/**
 * What the labour office refunds, month by month: the integration allowance of a CIS's participants
 * (art. 15 ust. 5 of the social employment act) and the socially useful work of its agreements.
 * Names and masked PESELs, days and amounts: never the welfare file (API.md, purpose limitation).
 */
export function Refunds() {
  const { t, language } = useT();
  const today = useQuery(TODAY).data?.today;
  const [month, setMonth] = useState('');
  const shown = month || (today ? previousMonth(today.slice(0, 7)) : '');
  const lists = useQuery(CENTRES, { variables: { activeOn: today ?? '' }, skip: !today });
  const [centre, setCentre] = useState('');
  const [agreement, setAgreement] = useState('');
  const facilityId = centre || lists.data?.facilities.nodes[0]?.id || '';
  const agreementId = agreement || lists.data?.sociallyUsefulWorkAgreements[0]?.id || '';
  const cis = useQuery(CIS_MONTH, { variables: { facilityId, month: shown }, skip: !facilityId || !shown });
  const psu = useQuery(PSU_MONTH, { variables: { agreementId, month: shown }, skip: !agreementId || !shown });
  const name = (p: { person: { firstName: string; lastName: string } }) => `${p.person.lastName} ${p.person.firstName}`;
  const cisRows = cis.data?.attendanceSummary ?? [];
  const cisTotal = cisRows.reduce((s, r) => s + Math.round(Number(r.allowance?.amount ?? 0) * 100), 0);
  return (
    <section aria-labelledby="refunds-title" className="block">
      <h2 id="refunds-title">{t.refundsTitle}</h2>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t.refundsTitle}>
        <label>
          {t.month}
          <input type="month" value={shown} max={today?.slice(0, 7)} onChange={(e) => setMonth(e.target.value)} />
        </label>
        <label>
          {t.cisLabel}
          <select value={facilityId} onChange={(e) => setCentre(e.target.value)}>
            {(lists.data?.facilities.nodes ?? []).map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.psuAgreement}
          <select value={agreementId} onChange={(e) => setAgreement(e.target.value)}>
            {(lists.data?.sociallyUsefulWorkAgreements ?? []).map((a) => (
              <option key={a.id} value={a.id}>
                {a.number}
              </option>
            ))}
          </select>
        </label>
      </form>
      {cis.error && (
        <p role="alert" className="error">
          {t.error}: {cis.error.message}
        </p>
      )}
      {cis.data && (
        <DataTable
          testId="cis-refund"
          caption={`${t.cisRefund} ${formatMonth(shown, language)}: ${formatNumber((cisTotal / 100).toFixed(2), language)} zł`}
          columns={[
            { header: t.participant, value: (r: CisRow) => name(r.participant) },
            { header: 'PESEL', value: (r) => r.participant.person.peselMasked },
            { header: t.workingDays, value: (r) => r.workingDays, numeric: true },
            { header: t.daysPresent, value: (r) => r.daysPresent, numeric: true },
            { header: t.unexcused, value: (r) => r.unexcusedAbsences, numeric: true },
            { header: t.allowance, value: (r) => r.allowance?.amount ?? '', numeric: true },
            { header: t.final, value: (r) => (r.monthClosed ? t.yes : t.no) },
          ]}
          rows={cisRows}
          fileName={`refundacja-cis-${shown}.csv`}
        />
      )}
      {psu.data && (
        <DataTable
          testId="psu-refund"
          caption={`${t.psuRefund} ${formatMonth(shown, language)}: ${formatNumber(psu.data.sociallyUsefulWork.labourOfficeRefund, language)} zł`}
          columns={[
            { header: t.participant, value: (r: PsuRow) => name(r.participant) },
            { header: 'PESEL', value: (r) => r.participant.person.peselMasked },
            { header: t.hours, value: (r) => r.hours, numeric: true },
            { header: t.amountDue, value: (r) => r.amountDue, numeric: true },
            { header: t.labourOfficeRefund, value: (r) => r.labourOfficeRefund, numeric: true },
          ]}
          rows={psu.data.sociallyUsefulWork.participants}
          fileName={`refundacja-psu-${shown}.csv`}
        />
      )}
    </section>
  );
}
