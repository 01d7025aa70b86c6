import { emptyPage, keysetPage } from '../../core/db/keyset.js';
import { SqlConditions } from '../../core/db/sql.js';
import { invalidInput } from '../../core/errors.js';
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
export async function listParticipants(
  ctx: RequestContext,
  filter: ParticipantFilter | null,
  page: PageArgs,
  includeCount: boolean,
): Promise<Page<ParticipantView>> {
  const where = new SqlConditions();
  if (ctx.principal.role === 'NGO_STAFF') where.add('f.operator_id = ?', ctx.principal.organisationId);
  if (filter?.facilityId) {
    if (!isUuid(filter.facilityId)) return emptyPage(includeCount);
    where.add('pa.facility_id = ?', filter.facilityId);
  }
  if (filter?.programme) where.add('pa.programme = ?', filter.programme);
  if (filter?.status === 'ACTIVE') where.add('pa.end_date is null');
  if (filter?.status === 'ENDED') where.add('pa.end_date is not null');
  if (filter?.activeOn) where.add('pa.start_date <= ? and coalesce(pa.end_date, pa.planned_end_date) >= ?', filter.activeOn, filter.activeOn);
  if (filter?.eligibilityCategory) where.add('pa.eligibility_category = ?', filter.eligibilityCategory);
  if (filter?.pesel) {
    const problem = peselProblem(filter.pesel.trim());
    if (problem) throw invalidInput('filter.pesel', problem);
    where.add('pe.pesel_hash = ?', ctx.pesel.lookupHash(filter.pesel.trim()));
  }
  return keysetPage(
    ctx.em,
    {
      select: `${PARTICIPATION_COLUMNS}, pe.search_name as sort_name`,
      from: 'from participation pa join person pe on pe.id = pa.person_id join facility f on f.id = pa.facility_id',
      where,
      keys: [
        ['pe.search_name', '?'],
        ['pa.id', '?::uuid'],
      ],
      direction: 'asc',
      cursorOf: (row) => [row.sort_name, row.id],
      map: participantFromSqlRow,
    },
    page,
    includeCount,
  );
}
