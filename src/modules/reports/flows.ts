import { addDays } from '../../core/calendar.js';
import { InputProblems } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { cellsToSuppress, isSmall, type CountEquation } from '../../core/personal-data/small-counts.js';
import { fosterCareEnumLabels } from '../fostercare/index.js';
import { integrationEnumLabels } from '../integration/index.js';
import { CORE } from '../../core/messages/core.messages.js';
import { runSql } from '../../core/db/sql.js';

/** The Polish labels of each list's keys: its own enum's (a programme, a kind of carer, why a placement ended). */
const SERVICE_LABELS: Readonly<Record<string, string>> = { ...integrationEnumLabels.Programme, ALL: 'Ogółem', FOSTER_CARE: 'Piecza zastępcza' };
const CARER_LABELS = fosterCareEnumLabels.CarerKind!;
const END_LABELS = fosterCareEnumLabels.PlacementEndReason!;

/**
 * Flows over a period, not stocks on a day: the Kraków welfare centre reports "94 children passed
 * through 28 emergency families in the year" and "37,914 persons helped — the groups overlap". A
 * person is counted once however many participations or placements they had (one record per PESEL
 * across the hub); a child cared for by two kinds of carer counts under each kind and once in all.
 */
export interface FlowCount {
  key: string;
  label: string;
  count: number | null;
  suppressed: boolean;
}

export interface FlowReport {
  from: string;
  to: string;
  /** Distinct persons in a KIS or CIS, or placed in foster care, on any day of the period. */
  personsReached: FlowCount;
  /** Of them, by programme (KIS, CIS) and foster care: the groups overlap. */
  personsByService: FlowCount[];
  /** Children placed on any day of the period, by kind of carer (a child may count under two kinds). */
  childrenCaredFor: FlowCount[];
  /** Placements that began in the period, by kind of carer. */
  placementsStarted: FlowCount[];
  /** Placements that ended in the period, by reason. */
  placementsEnded: FlowCount[];
  /** Participations active on any day of the period, by KIS or CIS and operator. */
  participationsByFacility: {
    facilityId: string;
    facilityName: string;
    operatorId: string;
    operatorName: string;
    participations: number | null;
    persons: number | null;
    suppressed: boolean;
  }[];
}

/** Periods up to 5 years: a report is a year, a quarter or a month. */
const MAX_DAYS = 5 * 366;

export async function flowReport(ctx: RequestContext, from: string, to: string): Promise<FlowReport> {
  const problems = new InputProblems();
  if (from > to) problems.add('from', CORE.PERIOD_STARTS_AFTER_END());
  else if (addDays(from, MAX_DAYS) < to) problems.add('to', CORE.PERIOD_TOO_LONG({ years: 5 }));
  problems.throwIfAny();

  const [row] = await runSql<Record<string, any>>(
    ctx.em,
    `with part as (select pa.person_id, pa.programme, pa.id, pa.facility_id from participation pa
                    where pa.start_date <= ?::date and coalesce(pa.end_date, pa.planned_end_date) >= ?::date),
          plac as (select pl.child_id, pl.id, pl.start_date, pl.end_date, pl.end_reason, c.kind from placement pl join carer c on c.id = pl.carer_id
                    where pl.start_date <= ?::date and (pl.end_date is null or pl.end_date >= ?::date))
     select (select count(*) from (select person_id from part union select child_id from plac) p)::int as reached,
            (select json_object_agg(programme, n) from (select programme, count(distinct person_id)::int as n from part group by programme) x) as by_programme,
            (select count(distinct child_id) from plac)::int as children,
            (select json_object_agg(kind, n) from (select kind, count(distinct child_id)::int as n from plac group by kind) x) as cared_for,
            (select json_object_agg(kind, n) from (select kind, count(*)::int as n from plac where start_date >= ?::date group by kind) x) as started,
            (select json_object_agg(end_reason, n) from (select end_reason, count(*)::int as n from plac where end_date is not null and end_date <= ?::date group by end_reason) x) as ended,
            (select json_agg(json_build_object('facilityId', facility_id, 'facilityName', facility_name, 'operatorId', operator_id, 'operatorName', operator_name, 'participations', n, 'persons', p) order by facility_name, facility_id)
               from (select part.facility_id, f.name as facility_name, f.operator_id, o.name as operator_name, count(*)::int as n, count(distinct part.person_id)::int as p
                       from part join facility f on f.id = part.facility_id join organisation o on o.id = f.operator_id
                      group by part.facility_id, f.name, f.operator_id, o.name) x) as by_facility`,
    [to, from, to, from, from, to],
  );
  const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;
  const counts = (v: unknown) => Object.entries(json<Record<string, number> | null>(v) ?? {}).sort(([a], [b]) => a.localeCompare(b));

  // Distinct counts over overlapping groups do not add up: each is shown or withheld on its own.
  const alone = (key: string, n: number, labels: Readonly<Record<string, string>>): FlowCount => ({
    key,
    label: labels[key] ?? key,
    count: isSmall(n) ? null : n,
    suppressed: isSmall(n),
  });
  // Placements started and ended partition placements: with their total known (the sum of a kind's
  // row), a single small one would follow by subtraction.
  const additive = (list: [string, number][], labels: Readonly<Record<string, string>>): FlowCount[] => {
    const cells = new Map<string, number>([['total', list.reduce((s, [, n]) => s + n, 0)], ...list]);
    const equations: CountEquation[] = [{ total: 'total', parts: list.map(([k]) => k) }];
    const withheld = cellsToSuppress(cells, equations);
    return list.map(([key, n]) => ({ key, label: labels[key] ?? key, count: withheld.has(key) ? null : n, suppressed: withheld.has(key) }));
  };
  const programmes = counts(row!.by_programme);
  return {
    from,
    to,
    personsReached: alone('ALL', row!.reached, SERVICE_LABELS),
    personsByService: [...programmes.map(([k, n]) => alone(k, n, SERVICE_LABELS)), alone('FOSTER_CARE', row!.children, SERVICE_LABELS)],
    childrenCaredFor: counts(row!.cared_for).map(([k, n]) => alone(k, n, CARER_LABELS)),
    placementsStarted: additive(counts(row!.started), CARER_LABELS),
    placementsEnded: additive(counts(row!.ended), END_LABELS),
    participationsByFacility: (
      json<{ facilityId: string; facilityName: string; operatorId: string; operatorName: string; participations: number; persons: number }[] | null>(
        row!.by_facility,
      ) ?? []
    ).map((f) => ({
      facilityId: f.facilityId,
      facilityName: f.facilityName,
      operatorId: f.operatorId,
      operatorName: f.operatorName,
      participations: isSmall(f.participations) ? null : f.participations,
      persons: isSmall(f.persons) ? null : f.persons,
      suppressed: isSmall(f.participations) || isSmall(f.persons),
    })),
  };
}
