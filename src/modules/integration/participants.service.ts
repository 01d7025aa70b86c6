import { Cursor } from '@mikro-orm/core';
import { badUserInput } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import type { Page, PageArgs } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/ids.js';
import { peselProblem } from '../../core/pesel.js';
import type { EligibilityCategory, Programme } from './integration.rules.js';
import { PARTICIPATION_COLUMNS, participantFromSqlRow, type ParticipantView } from './participation.views.js';

export interface ParticipantFilter {
  facilityId?: string | null;
  programme?: Programme | null;
  status?: 'ACTIVE' | 'ENDED' | null;
  activeOn?: string | null;
  eligibilityCategory?: EligibilityCategory | null;
  pesel?: string | null;
}

/**
 * Participants in name order, one keyset page at a time. Rows are scoped here, not by field rules:
 * NGO staff get the participants of the facilities their organisation operates and nobody else.
 */
export async function listParticipants(ctx: RequestContext, filter: ParticipantFilter | null, page: PageArgs, includeCount: boolean): Promise<Page<ParticipantView>> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (ctx.principal.role === 'NGO_STAFF') add('f.operator_id = ?', ctx.principal.organisationId);
  if (filter?.facilityId) {
    if (!isUuid(filter.facilityId)) return emptyPage(includeCount);
    add('pa.facility_id = ?', filter.facilityId);
  }
  if (filter?.programme) add('pa.programme = ?', filter.programme);
  if (filter?.status === 'ACTIVE') add('pa.end_date is null');
  if (filter?.status === 'ENDED') add('pa.end_date is not null');
  if (filter?.activeOn) add('pa.start_date <= ? and coalesce(pa.end_date, pa.planned_end_date) >= ?', filter.activeOn, filter.activeOn);
  if (filter?.eligibilityCategory) add('pa.eligibility_category = ?', filter.eligibilityCategory);
  if (filter?.pesel) {
    const problem = peselProblem(filter.pesel.trim());
    if (problem) throw badUserInput([{ path: 'filter.pesel', message: problem }]);
    add('pe.pesel_hash = ?', ctx.pesel.lookupHash(filter.pesel.trim()));
  }
  const from = 'from participation pa join person pe on pe.id = pa.person_id join facility f on f.id = pa.facility_id';
  const filtered = where.length ? `where ${where.join(' and ')}` : '';
  const pageWhere = [...where];
  const pageParams = [...params];
  if (page.after) {
    const [name, id] = Cursor.decode(page.after) as [string, string];
    pageWhere.push('(pe.search_name, pa.id) > (?, ?::uuid)');
    pageParams.push(name, id);
  }
  const [rows, total] = await Promise.all([
    ctx.em.execute(
      `select ${PARTICIPATION_COLUMNS}, pe.search_name as sort_name ${from} ${pageWhere.length ? `where ${pageWhere.join(' and ')}` : ''}
        order by pe.search_name, pa.id limit ?`,
      [...pageParams, page.first + 1],
    ),
    includeCount ? ctx.em.execute<{ n: number }[]>(`select count(*)::int as n ${from} ${filtered}`, params) : Promise.resolve(null),
  ]);
  const items = rows.slice(0, page.first);
  return {
    items: items.map(participantFromSqlRow),
    cursors: items.map((r) => Cursor.encode([r.sort_name, r.id])),
    hasNextPage: rows.length > page.first,
    hasPreviousPage: Boolean(page.after),
    totalCount: total ? total[0]!.n : null,
  };
}

function emptyPage(includeCount: boolean): Page<ParticipantView> {
  return { items: [], cursors: [], hasNextPage: false, hasPreviousPage: false, totalCount: includeCount ? 0 : null };
}
