import { InputProblems } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { isUuid } from '../../core/ids.js';
import { registryLoaders } from '../registry/index.js';
import { CARER_COLUMNS, CARER_FROM, carerFromSqlRow, type CarerView } from './carer.views.js';
import { ageRuleKinds, carerLimitFor, INSTITUTIONAL_CARE_MIN_AGE, type CarerKind } from './fostercare.rules.js';
import { FOSTER_CARE } from './fostercare.messages.js';
import { CORE, recordKind } from '../../core/messages/core.messages.js';
import { runSql } from '../../core/db/sql.js';

export interface VacancyFilter {
  districtId?: string | null;
  childAge?: number | null;
  siblings?: number | null;
  carerKinds?: CarerKind[] | null;
  date?: string | null;
}

export type Proximity = 'SAME_DISTRICT' | 'SAME_BRANCH' | 'OTHER_DISTRICT';

export interface VacancyView {
  carer: CarerView;
  capacity: number;
  legalLimit: number;
  occupiedPlaces: number;
  freePlaces: number;
  /** The exception of the law the placement would need (with its reason), or null within the limit. */
  exceptionNeeded: 'SIBLINGS' | 'JUSTIFIED' | 'EMERGENCY' | null;
  proximity: Proximity;
}

/**
 * Carers that can take the whole sibling group on the date under the rules (fostercare.rules.ts):
 * within their places, or through their kind's exception (siblings kept together where the law and
 * the family's consent allow it; an emergency family's especially justified case; an intervention
 * facility's emergency). A child under 10 is not offered a care-and-education facility. Ordered by
 * nearness (the same district, then a district of the same welfare-centre branch), then by free
 * places; the best `first` of them. One statement; the districts come from the cached reference data.
 */
export async function fosterCareVacancies(ctx: RequestContext, filter: VacancyFilter | null, first = 50): Promise<VacancyView[]> {
  const problems = new InputProblems();
  const date = filter?.date ?? ctx.clock.today();
  const group = filter?.siblings ?? 1;
  if (!Number.isInteger(group) || group < 1 || group > 12) problems.add('filter.siblings', FOSTER_CARE.SIBLING_GROUP_SIZE());
  if (filter?.childAge !== null && filter?.childAge !== undefined && (!Number.isInteger(filter.childAge) || filter.childAge < 0 || filter.childAge > 25))
    problems.add('filter.childAge', FOSTER_CARE.CHILD_AGE_RANGE());
  if (filter?.districtId && !isUuid(filter.districtId)) problems.add('filter.districtId', CORE.NOT_AN_ID_OF({ kind: recordKind('district') }));
  if (!Number.isInteger(first) || first < 1 || first > 500) problems.add('first', CORE.PAGE_SIZE({ max: 500 }));
  problems.throwIfAny();

  const kinds = filter?.carerKinds?.length ? filter.carerKinds : null;
  const rows = await runSql(
    ctx.em,
    `with occupied as (
       select carer_id, count(*)::int as n from placement where start_date <= ? and (end_date is null or end_date >= ?) group by carer_id)
     select * from (select ${CARER_COLUMNS}, coalesce(o.n, 0) as occupied from ${CARER_FROM} left join occupied o on o.carer_id = c.id
       ${kinds ? `where c.kind = any(?::text[])` : ''}) carers
     where status = 'ACTIVE'`,
    [date, date, ...(kinds ? [`{${kinds.join(',')}}`] : [])],
  );
  // Districts come from the hub's cached reference data: no statement.
  const districtIds = [...new Set<string>(rows.map((r) => r.district_id as string)), ...(filter?.districtId ? [filter.districtId] : [])];
  const districts = new Map(
    (await ctx.loaders(registryLoaders).district.loadMany(districtIds)).flatMap((d) => (d && !(d instanceof Error) ? [[d.id, d] as const] : [])),
  );
  const wanted = filter?.districtId ? (districts.get(filter.districtId) ?? null) : null;

  const vacancies: VacancyView[] = [];
  const ageCovered = ageRuleKinds(date);
  for (const row of rows) {
    const carer = carerFromSqlRow(row);
    const limit = carerLimitFor(carer.kind, date);
    if (!limit) continue;
    if (filter?.childAge !== null && filter?.childAge !== undefined && filter.childAge < INSTITUTIONAL_CARE_MIN_AGE && ageCovered.includes(carer.kind))
      continue;
    // A kinship family (no statutory limit) is formed by the child's relatives for that child: it is
    // not a place for a child from the search.
    if (limit.maxChildren === null) continue;
    const capacity = Math.min(carer.capacity ?? limit.maxChildren, limit.maxChildren);
    const occupied = Number(row.occupied);
    const free = Math.max(capacity - occupied, 0);
    let exceptionNeeded: VacancyView['exceptionNeeded'] = null;
    if (free < group) {
      const exception = limit.exception;
      if (
        exception?.kind === 'SIBLINGS' &&
        group > 1 &&
        free >= 1 &&
        (!exception.needs.includes('CARER_CONSENT') || carer.siblingsConsent) &&
        (exception.maxWithException === null || occupied + group <= exception.maxWithException)
      )
        exceptionNeeded = 'SIBLINGS';
      else if (exception?.kind === 'JUSTIFIED' && occupied + group <= exception.maxWithException) exceptionNeeded = 'JUSTIFIED';
      // An intervention facility's emergency admission is for a child brought by the Police, at its
      // own request or in an emergency; the search offers it as such.
      else if (exception?.kind === 'EMERGENCY') exceptionNeeded = 'EMERGENCY';
      else continue;
    }
    let proximity: Proximity = 'OTHER_DISTRICT';
    if (wanted && carer.districtId === wanted.id) proximity = 'SAME_DISTRICT';
    else if (wanted && districts.get(carer.districtId)?.branchId === wanted.branchId) proximity = 'SAME_BRANCH';
    vacancies.push({ carer, capacity, legalLimit: limit.maxChildren, occupiedPlaces: occupied, freePlaces: free, exceptionNeeded, proximity });
  }
  const rank: Record<Proximity, number> = { SAME_DISTRICT: 0, SAME_BRANCH: 1, OTHER_DISTRICT: 2 };
  return vacancies
    .sort(
      (a, b) =>
        rank[a.proximity] - rank[b.proximity] ||
        Number(a.exceptionNeeded !== null) - Number(b.exceptionNeeded !== null) ||
        b.freePlaces - a.freePlaces ||
        a.carer.id.localeCompare(b.carer.id),
    )
    .slice(0, first);
}
