import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { conflict, notFound, InputProblems } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { isUuid } from '../../core/ids.js';
import { setHubDay } from '../../core/db/hub-day.js';
import { District, Facility, Organisation, registryLoaders } from '../registry/index.js';
import { Carer, type CarerStatus } from './fostercare.entities.js';
import { carerLimitFor, FAMILY_KINDS, INSTITUTIONAL_KIND_OF, type CarerKind } from './fostercare.rules.js';
import { CARER_COLUMNS, CARER_FROM, carerFromSqlRow, type CarerView } from './carer.views.js';
import { FOSTER_CARE } from './fostercare.messages.js';
import { labelled } from '../../core/messages/reasons.js';
import { FACILITY_TYPE_LABELS } from '../registry/index.js';
import { CARER_KIND_LABELS } from './fostercare.labels.js';
import type { Message } from '../../core/messages/reasons.js';
import { runSql } from '../../core/db/sql.js';

export interface RegisterCarerInput {
  /** An institution: its facility in the registry (the kind follows its type and subtype). */
  facilityId?: string | null;
  /** A family: its kind, label, district, coordinator and places. */
  kind?: CarerKind | null;
  name?: string | null;
  districtId?: string | null;
  coordinatorOrganisationId?: string | null;
  declaredCapacity?: number | null;
  siblingsConsent?: boolean | null;
  /** A family: the day it became a foster family; today when not given. */
  registeredOn?: string | null;
}

/** A family's places: 1 or more, and never above the legal limit of its kind in force on `date` (none for a kinship family). */
function familyPlacesProblem(kind: CarerKind, places: number | null | undefined, date: string): Message | null {
  if (places === null || places === undefined || !Number.isInteger(places) || places < 1) return FOSTER_CARE.PLACES_MISSING();
  const limit = carerLimitFor(kind, date);
  if (limit && limit.maxChildren !== null && places > limit.maxChildren)
    return FOSTER_CARE.FAMILY_OVER_LIMIT({ kind: labelled(kind, CARER_KIND_LABELS), max: limit.maxChildren, source: limit.source });
  return null;
}

export async function carerById(ctx: RequestContext, id: string): Promise<CarerView | null> {
  if (!isUuid(id)) return null;
  const rows = await runSql(ctx.em, `select ${CARER_COLUMNS} from ${CARER_FROM} where c.id = ?`, [id]);
  return rows[0] ? carerFromSqlRow(rows[0]) : null;
}

/**
 * Registers a carer (MOPS_WORKER, ADMIN): an institution of the registry by its facility, or a
 * foster family / family children's home with its places, never above the legal limit.
 */
export async function registerCarer(ctx: RequestContext, input: RegisterCarerInput): Promise<CarerView> {
  const problems = new InputProblems();
  const today = ctx.clock.today();
  if (input.facilityId) {
    const facility = isUuid(input.facilityId) ? await ctx.loaders(registryLoaders).facility.load(input.facilityId) : null;
    if (!facility) throw notFound('facility', input.facilityId);
    const kind = INSTITUTIONAL_KIND_OF[`${facility.type}|${facility.subtype ?? ''}`];
    if (!kind) problems.add('facilityId', FOSTER_CARE.NOT_A_CARE_INSTITUTION({ name: facility.name, type: labelled(facility.type, FACILITY_TYPE_LABELS) }));
    if (input.kind || (input.declaredCapacity !== undefined && input.declaredCapacity !== null))
      problems.add('facilityId', FOSTER_CARE.INSTITUTION_FACILITY_ONLY());
    if (input.registeredOn) problems.add('registeredOn', FOSTER_CARE.INSTITUTION_HISTORY());
    problems.throwIfAny();
    const id = await insertCarer(ctx, (em) =>
      em.create(Carer, {
        kind: kind!,
        name: facility.name,
        facility: em.getReference(Facility, facility.id),
        district: em.getReference(District, facility.districtId),
        coordinatorOrganisation: null,
        declaredCapacity: null,
        siblingsConsent: false,
        status: 'ACTIVE',
        registeredOn: null,
      }),
    );
    return (await carerById(ctx, id))!;
  }
  const kind = input.kind;
  if (!kind || !FAMILY_KINDS.includes(kind))
    problems.add(
      'kind',
      FOSTER_CARE.NOT_A_FAMILY_KIND({
        kinds: { code: FAMILY_KINDS.join(', '), label: FAMILY_KINDS.map((k) => CARER_KIND_LABELS[k].toLocaleLowerCase('pl')).join(', ') },
      }),
    );
  if (!input.name?.trim()) problems.add('name', FOSTER_CARE.FAMILY_LABEL_MISSING());
  if (!input.districtId || !isUuid(input.districtId)) problems.add('districtId', FOSTER_CARE.DISTRICT_MISSING());
  const places = input.declaredCapacity;
  if (kind) problems.check('declaredCapacity', familyPlacesProblem(kind, places, today));
  if (input.registeredOn && input.registeredOn > today) problems.add('registeredOn', FOSTER_CARE.REGISTERED_IN_ADVANCE());
  problems.throwIfAny();
  const reference = await ctx.loaders(registryLoaders).district.load(input.districtId!);
  if (!reference) throw notFound('district', input.districtId!);
  const id = await insertCarer(ctx, (em) =>
    em.create(Carer, {
      kind: kind!,
      name: input.name!.trim(),
      facility: null,
      district: em.getReference(District, reference.id),
      coordinatorOrganisation: input.coordinatorOrganisationId ? em.getReference(Organisation, input.coordinatorOrganisationId) : null,
      declaredCapacity: places!,
      siblingsConsent: input.siblingsConsent ?? false,
      status: 'ACTIVE',
      registeredOn: input.registeredOn ?? today,
    }),
  );
  return (await carerById(ctx, id))!;
}

async function insertCarer(ctx: RequestContext, build: (em: RequestContext['em']) => Carer): Promise<string> {
  return ctx.em.transactional(async (em) => {
    const carer = build(em);
    ctx.audit.recordWrite(em, { operation: 'registerCarer', subjectType: 'Carer', subjectId: carer.id, details: { kind: carer.kind } });
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw conflict(FOSTER_CARE.ALREADY_REGISTERED());
      throw error;
    }
    return carer.id;
  });
}

/** A family goes on a break, comes back, or closes (MOPS_WORKER, ADMIN); an institution follows its facility. */
export async function setCarerStatus(ctx: RequestContext, id: string, status: CarerStatus): Promise<CarerView> {
  const carer = await carerById(ctx, id);
  if (!carer) throw notFound('carer', id);
  if (carer.facilityId) throw conflict(FOSTER_CARE.INSTITUTION_STATUS());
  await ctx.em.transactional(async (em) => {
    // The change enters the carer's history (carer_state) on the hub's day.
    await setHubDay(em, ctx.clock.today());
    await em.nativeUpdate(Carer, { id }, { status, updatedAt: ctx.clock.now() });
    ctx.audit.recordWrite(em, { operation: 'setCarerStatus', subjectType: 'Carer', subjectId: id, details: { status } });
    await em.flush();
  });
  return (await carerById(ctx, id))!;
}

/**
 * A foster family as the organiser's list gives it, found by its label and kind: registered by
 * `registerCarer`'s rules, or given the list's places, district and consent (within the legal
 * limit of its kind), or left as it is.
 */
export async function upsertFamilyCarer(ctx: RequestContext, input: RegisterCarerInput): Promise<'created' | 'updated' | 'unchanged'> {
  const [existing] = await ctx.em.find(Carer, { kind: input.kind!, name: input.name?.trim() ?? '', facility: null }, { limit: 1 });
  if (!existing) {
    await registerCarer(ctx, input);
    return 'created';
  }
  const wanted = {
    declaredCapacity: input.declaredCapacity ?? existing.declaredCapacity,
    district: input.districtId ?? existing.district.id,
    siblingsConsent: input.siblingsConsent ?? existing.siblingsConsent,
    coordinatorOrganisation: input.coordinatorOrganisationId ?? existing.coordinatorOrganisation?.id ?? null,
  };
  if (
    wanted.declaredCapacity === existing.declaredCapacity &&
    wanted.district === existing.district.id &&
    wanted.siblingsConsent === existing.siblingsConsent &&
    wanted.coordinatorOrganisation === (existing.coordinatorOrganisation?.id ?? null)
  )
    return 'unchanged';
  const problems = new InputProblems();
  problems.check('declaredCapacity', familyPlacesProblem(existing.kind as CarerKind, wanted.declaredCapacity, ctx.clock.today()));
  problems.throwIfAny();
  await ctx.em.transactional(async (em) => {
    const carer = await em.findOneOrFail(Carer, { id: existing.id });
    em.assign(carer, {
      declaredCapacity: wanted.declaredCapacity,
      district: em.getReference(District, wanted.district),
      siblingsConsent: wanted.siblingsConsent,
      coordinatorOrganisation: wanted.coordinatorOrganisation ? em.getReference(Organisation, wanted.coordinatorOrganisation) : null,
    });
    ctx.audit.recordWrite(em, { operation: 'updateCarer', subjectType: 'Carer', subjectId: carer.id, details: { declaredCapacity: wanted.declaredCapacity } });
    await em.flush();
  });
  return 'updated';
}
