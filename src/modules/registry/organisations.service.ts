import type { FilterQuery } from '@mikro-orm/core';
import { InputProblems, conflict } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import type { Page, PageArgs } from '../../core/graphql/pagination.js';
import { pageByName } from '../../core/db/keyset.js';
import { ORGANISATION_VIEW_PROPERTIES, organisationFromEntity, organisationFromRow, type OrganisationView } from './registry.views.js';
import { krsProblem } from '../../core/krs.js';
import { nipProblem, normaliseNip } from '../../core/nip.js';
import { postalCodeProblem, terytProblem } from '../../core/postal-code.js';
import { normaliseRegon, regonProblem } from '../../core/regon.js';
import { escapeLike, foldForSearch } from '../../core/text-search.js';
import { Organisation } from './registry.entities.js';
import type { CreateOrganisationInput, OrganisationFilter } from './registry.types.js';

export function listOrganisations(ctx: RequestContext, filter: OrganisationFilter | null, page: PageArgs, includeCount: boolean): Promise<Page<OrganisationView>> {
  const where: FilterQuery<Organisation> = {};
  const and: FilterQuery<Organisation>[] = [];
  if (filter?.kinds?.length) where.kind = { $in: filter.kinds };
  if (filter?.nip) where.nip = normaliseNip(filter.nip);
  for (const word of foldForSearch(filter?.search ?? '').split(' ').filter(Boolean)) {
    and.push({ searchName: { $like: `%${escapeLike(word)}%` } });
  }
  if (and.length) where.$and = and;
  return pageByName(ctx.em, Organisation, where, page, includeCount, { rows: organisationFromRow, properties: ORGANISATION_VIEW_PROPERTIES });
}

/** Adds an organisation; NIP and REGON must pass their checksums, and a NIP is registered once. */
export async function createOrganisation(ctx: RequestContext, input: CreateOrganisationInput): Promise<OrganisationView> {
  const problems = new InputProblems();
  if (input.name.trim() === '') problems.add('name', 'The name must not be empty');
  if (input.nip) problems.check('nip', nipProblem(input.nip));
  if (input.regon) problems.check('regon', regonProblem(input.regon));
  if (input.krs) problems.check('krs', krsProblem(input.krs));
  if (input.address) {
    problems.check('address.postalCode', postalCodeProblem(input.address.postalCode));
    if (input.address.teryt) problems.check('address.teryt', terytProblem(input.address.teryt));
  }
  problems.throwIfAny();
  return ctx.em.transactional(async (em) => {
    const nip = input.nip ? normaliseNip(input.nip) : null;
    if (nip && (await em.count(Organisation, { nip })) > 0) throw conflict(`An organisation with NIP ${nip} is already registered`);
    const organisation = em.create(Organisation, {
      name: input.name.trim(),
      searchName: foldForSearch(input.name),
      kind: input.kind,
      nip,
      regon: input.regon ? normaliseRegon(input.regon) : null,
      krs: input.krs ?? null,
      address: input.address ? { ...input.address, teryt: input.address.teryt ?? null } : null,
      contact: input.contact ? { email: input.contact.email ?? null, phone: input.contact.phone ?? null, website: input.contact.website ?? null } : null,
    });
    ctx.audit.recordWrite(em, { operation: 'createOrganisation', subjectType: 'Organisation', subjectId: organisation.id, details: { name: organisation.name } });
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
  const regon = input.regon && !regonProblem(input.regon) ? normaliseRegon(input.regon) : null;
  const nip = input.nip && !nipProblem(input.nip) ? normaliseNip(input.nip) : null;
  const existing = regon ? await ctx.em.findOne(Organisation, { regon }) : nip ? await ctx.em.findOne(Organisation, { nip }) : null;
  if (!existing) {
    await createOrganisation(ctx, input);
    return 'created';
  }
  const problems = new InputProblems();
  if (input.name.trim() === '') problems.add('name', 'The name must not be empty');
  if (input.nip) problems.check('nip', nipProblem(input.nip));
  if (input.regon) problems.check('regon', regonProblem(input.regon));
  if (input.krs) problems.check('krs', krsProblem(input.krs));
  if (input.address) {
    problems.check('address.postalCode', postalCodeProblem(input.address.postalCode));
    if (input.address.teryt) problems.check('address.teryt', terytProblem(input.address.teryt));
  }
  problems.throwIfAny();
  const next = {
    name: input.name.trim(), searchName: foldForSearch(input.name), kind: input.kind, nip, regon, krs: input.krs ?? null,
    address: input.address ? { street: input.address.street, postalCode: input.address.postalCode, city: input.address.city, teryt: input.address.teryt ?? null } : null,
    contact: input.contact ? { email: input.contact.email ?? null, phone: input.contact.phone ?? null, website: input.contact.website ?? null } : null,
  };
  const current = {
    name: existing.name, searchName: existing.searchName, kind: existing.kind, nip: existing.nip ?? null, regon: existing.regon ?? null, krs: existing.krs ?? null,
    address: existing.address ? { street: existing.address.street, postalCode: existing.address.postalCode, city: existing.address.city, teryt: existing.address.teryt ?? null } : null,
    contact: existing.contact ? { email: existing.contact.email ?? null, phone: existing.contact.phone ?? null, website: existing.contact.website ?? null } : null,
  };
  if (JSON.stringify(next) === JSON.stringify(current)) return 'unchanged';
  if (nip && nip !== existing.nip && (await ctx.em.count(Organisation, { nip, id: { $ne: existing.id } })) > 0) throw conflict(`An organisation with NIP ${nip} is already registered`);
  ctx.em.assign(existing, next);
  ctx.audit.recordWrite(ctx.em, { operation: 'updateOrganisation', subjectType: 'Organisation', subjectId: existing.id, details: { name: next.name } });
  await ctx.em.flush();
  return 'updated';
}
