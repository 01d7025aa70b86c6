import { invalidInput, conflict, notFound, InputProblems } from '../../core/errors.js';
import { isUuid } from '../../core/ids.js';
import type { RequestContext } from '../../core/graphql/context.js';
import type { Page, PageArgs } from '../../core/graphql/pagination.js';
import { pageByName } from '../../core/db/keyset.js';
import { runSql, SqlConditions } from '../../core/db/sql.js';
import {
  ORGANISATION_VIEW_PROPERTIES,
  organisationFromEntity,
  organisationFromRow,
  type OrganisationView,
  type OrganisationViewProperty,
} from './registry.views.js';
import { krsProblem } from '../../core/krs.js';
import { nipProblem, normaliseNip } from '../../core/nip.js';
import { postalCodeProblem, terytProblem } from '../../core/postal-code.js';
import { normaliseRegon, regonProblem } from '../../core/regon.js';
import { escapeLike, foldForSearch } from '../../core/text-search.js';
import { Organisation } from './registry.entities.js';
import type { CreateOrganisationInput, OrganisationFilter } from './registry.types.js';
import { REGISTRY } from './registry.messages.js';
import { labelled } from '../../core/messages/reasons.js';
import { ORGANISATION_KIND_NAMES } from './registry.labels.js';

export function listOrganisations(
  ctx: RequestContext,
  filter: OrganisationFilter | null,
  page: PageArgs,
  includeCount: boolean,
  properties: readonly OrganisationViewProperty[] = ORGANISATION_VIEW_PROPERTIES,
): Promise<Page<OrganisationView>> {
  const where = new SqlConditions();
  where.oneOf('e.kind', filter?.kinds);
  if (filter?.nip) where.add('e.nip = ?', normaliseNip(filter.nip));
  if (filter?.activeOn) where.add('e.closed_on is null or e.closed_on > ?', filter.activeOn);
  for (const word of foldForSearch(filter?.search ?? '')
    .split(' ')
    .filter(Boolean)) {
    where.add('e.search_name like ?', `%${escapeLike(word)}%`);
  }
  return pageByName(ctx.em, Organisation, where, page, includeCount, { rows: organisationFromRow, properties });
}

/** Every rule of an organisation's record: a name, and NIP, REGON, KRS and postal code that are what they claim. */
function checkOrganisationInput(input: CreateOrganisationInput): void {
  const problems = new InputProblems();
  if (input.name.trim() === '') problems.add('name', REGISTRY.NAME_EMPTY());
  if (input.nip) problems.check('nip', nipProblem(input.nip));
  if (input.regon) problems.check('regon', regonProblem(input.regon));
  if (input.krs) problems.check('krs', krsProblem(input.krs));
  if (input.address) {
    problems.check('address.postalCode', postalCodeProblem(input.address.postalCode));
    if (input.address.teryt) problems.check('address.teryt', terytProblem(input.address.teryt));
  }
  problems.throwIfAny();
}

/** The stored columns of a checked input: identifiers as digits, the name folded for search. */
function organisationColumns(input: CreateOrganisationInput) {
  return {
    name: input.name.trim(),
    searchName: foldForSearch(input.name),
    kind: input.kind,
    nip: input.nip ? normaliseNip(input.nip) : null,
    regon: input.regon ? normaliseRegon(input.regon) : null,
    krs: input.krs ?? null,
    address: input.address
      ? { street: input.address.street, postalCode: input.address.postalCode, city: input.address.city, teryt: input.address.teryt ?? null }
      : null,
    contact: input.contact ? { email: input.contact.email ?? null, phone: input.contact.phone ?? null, website: input.contact.website ?? null } : null,
  };
}

/** Adds an organisation; NIP and REGON must pass their checksums, and a NIP is registered once. */
export async function createOrganisation(ctx: RequestContext, input: CreateOrganisationInput): Promise<OrganisationView> {
  checkOrganisationInput(input);
  return ctx.em.transactional(async (em) => {
    const columns = organisationColumns(input);
    if (columns.nip && (await em.count(Organisation, { nip: columns.nip })) > 0) throw conflict(REGISTRY.DUPLICATE_NIP({ nip: columns.nip }));
    const organisation = em.create(Organisation, { ...columns, closedOn: null, closedReason: null, mergedInto: null });
    ctx.audit.recordWrite(em, {
      operation: 'createOrganisation',
      subjectType: 'Organisation',
      subjectId: organisation.id,
      details: { name: organisation.name },
    });
    await em.flush();
    return organisationFromEntity(organisation);
  });
}

/**
 * An organisation as a register lists it, written by its natural key: REGON, else NIP. A new one is
 * created by `createOrganisation`'s rules; a known one keeps its id (every facility and token refers
 * to it) and takes the row's values, or is left as it is when they are the same.
 */
export async function upsertOrganisationByKey(ctx: RequestContext, input: CreateOrganisationInput): Promise<'created' | 'updated' | 'unchanged'> {
  checkOrganisationInput(input);
  const next = organisationColumns(input);
  const existing = next.regon
    ? await ctx.em.findOne(Organisation, { regon: next.regon })
    : next.nip
      ? await ctx.em.findOne(Organisation, { nip: next.nip })
      : null;
  if (!existing) {
    await createOrganisation(ctx, input);
    return 'created';
  }
  const current = organisationColumns({
    name: existing.name,
    kind: existing.kind,
    nip: existing.nip,
    regon: existing.regon,
    krs: existing.krs,
    address: existing.address ?? null,
    contact: existing.contact ?? null,
  } as CreateOrganisationInput);
  if (JSON.stringify(next) === JSON.stringify(current)) return 'unchanged';
  await updateOrganisation(ctx, existing.id, input);
  return 'updated';
}

/** Changes an organisation (ADMIN, MOPS_WORKER) by `createOrganisation`'s rules; its id, which tokens carry, stays. */
export async function updateOrganisation(ctx: RequestContext, id: string, input: CreateOrganisationInput): Promise<OrganisationView> {
  checkOrganisationInput(input);
  return ctx.em.transactional(async (em) => {
    const existing = isUuid(id) ? await em.findOne(Organisation, { id }) : null;
    if (!existing) throw notFound('organisation', id);
    const next = organisationColumns(input);
    if (next.nip && (await em.count(Organisation, { nip: next.nip, id: { $ne: id } }))) throw conflict(REGISTRY.DUPLICATE_NIP({ nip: next.nip }));
    if (next.regon && (await em.count(Organisation, { regon: next.regon, id: { $ne: id } }))) throw conflict(REGISTRY.DUPLICATE_REGON({ regon: next.regon }));
    em.assign(existing, next);
    ctx.audit.recordWrite(em, { operation: 'updateOrganisation', subjectType: 'Organisation', subjectId: id, details: { name: next.name } });
    await em.flush();
    return organisationFromEntity(existing);
  });
}

/**
 * Closes an organisation on a day with its reason (ADMIN): it stays in the registry and in every
 * answer about the days before. One that still runs an open facility, or is a welfare centre with
 * units, is CONFLICT: hand those over first.
 */
export async function closeOrganisation(ctx: RequestContext, id: string, closedOn: string, reason: string): Promise<OrganisationView> {
  const problems = new InputProblems();
  if (closedOn > ctx.clock.today()) problems.add('closedOn', REGISTRY.ORGANISATION_CLOSED_IN_ADVANCE());
  if (!reason.trim()) problems.add('reason', REGISTRY.CLOSING_REASON_MISSING());
  problems.throwIfAny();
  return ctx.em.transactional(async (em) => {
    const organisation = isUuid(id) ? await em.findOne(Organisation, { id }) : null;
    if (!organisation) throw notFound('organisation', id);
    if (organisation.closedOn) throw conflict(REGISTRY.ALREADY_CLOSED({ name: organisation.name, date: organisation.closedOn }));
    const [{ facilities }] = (await runSql<{ facilities: number }>(
      em,
      `select count(*)::int as facilities from facility where operator_id = ? and status <> 'CLOSED'`,
      [id],
    )) as [{ facilities: number }];
    if (facilities) throw conflict(REGISTRY.ORGANISATION_RUNS_FACILITIES({ name: organisation.name, count: facilities }));
    em.assign(organisation, { closedOn, closedReason: reason.trim() });
    ctx.audit.recordWrite(em, { operation: 'closeOrganisation', subjectType: 'Organisation', subjectId: id, details: { closedOn, reason: reason.trim() } });
    await em.flush();
    return organisationFromEntity(organisation);
  });
}

/**
 * Merges an organisation entered twice into the one that stays (ADMIN): every record of every
 * module that names the duplicate names the one that stays instead (found from the database's own
 * foreign keys, so a module added later is covered), and the duplicate is kept, closed today and
 * pointing to it, so that the audit trail and past answers still resolve. A reference that cannot
 * move (the same person's labour-market status kept by both) is CONFLICT, and nothing moves.
 */
export async function mergeOrganisation(ctx: RequestContext, duplicateId: string, intoId: string): Promise<OrganisationView> {
  if (duplicateId === intoId) throw invalidInput('intoId', REGISTRY.MERGE_INTO_ITSELF());
  return ctx.em.transactional(async (em) => {
    const [duplicate, into] = await Promise.all([
      isUuid(duplicateId) ? em.findOne(Organisation, { id: duplicateId }) : null,
      isUuid(intoId) ? em.findOne(Organisation, { id: intoId }) : null,
    ]);
    if (!duplicate) throw notFound('organisation', duplicateId);
    if (!into) throw notFound('organisation', intoId);
    if (duplicate.mergedInto) throw conflict(REGISTRY.ALREADY_MERGED({ name: duplicate.name }));
    if (into.closedOn) throw conflict(REGISTRY.MERGE_INTO_CLOSED({ name: into.name }));
    if (duplicate.kind !== into.kind)
      throw invalidInput(
        'intoId',
        REGISTRY.MERGE_DIFFERENT_KINDS({
          duplicate: duplicate.name,
          duplicateKind: labelled(duplicate.kind, ORGANISATION_KIND_NAMES),
          into: into.name,
          intoKind: labelled(into.kind, ORGANISATION_KIND_NAMES),
        }),
      );
    const references = await runSql<{ table_name: string; column_name: string }>(
      em,
      `select cl.relname as table_name, a.attname as column_name
         from pg_constraint c join pg_class cl on cl.oid = c.conrelid join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
        where c.contype = 'f' and c.confrelid = 'organisation'::regclass and array_length(c.conkey, 1) = 1 and cl.relname <> 'organisation'
        order by 1, 2`,
    );
    const moved: Record<string, number> = {};
    for (const { table_name, column_name } of references) {
      const [{ count }] = (await runSql<{ count: number }>(
        em,
        `with moved as (update "${table_name}" set "${column_name}" = ? where "${column_name}" = ? returning 1) select count(*)::int as count from moved`,
        [intoId, duplicateId],
      )) as [{ count: number }];
      if (count) moved[`${table_name}.${column_name}`] = count;
    }
    em.assign(duplicate, { closedOn: ctx.clock.today(), closedReason: `Merged into ${into.name}`, mergedInto: into, nip: null, regon: null });
    ctx.audit.recordWrite(em, { operation: 'mergeOrganisation', subjectType: 'Organisation', subjectId: duplicateId, details: { intoId, moved } });
    await em.flush();
    return organisationFromEntity(into);
  });
}
