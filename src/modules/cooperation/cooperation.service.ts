import { isEmail } from 'class-validator';
import { isMoneyText } from '../../core/money.js';
import type { EntityManager } from '../../core/db/database.js';
import { uuidArray } from '../../core/db/sql-arrays.js';
import { invalidInput, conflict, forbidden, notFound, InputProblems } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { isUuid } from '../../core/ids.js';
import { District, Facility, Organisation } from '../registry/index.js';
import {
  BodyMember,
  CommunityAction,
  CooperationBody,
  ModelStep,
  Pact,
  Partnership,
  PartnershipMeetings,
  PartnershipMember,
  Programme,
  ProgrammeYear,
  Stakeholder,
} from './cooperation.entities.js';
import {
  MODEL_STEPS,
  SOCIAL_EMPLOYMENT_TYPES,
  type BodyKind,
  type PartnershipStatus,
  type ProgrammeKind,
  type StakeholderCategory,
} from './cooperation.rules.js';
import { COOPERATION } from './cooperation.messages.js';
import { CORE, recordKind } from '../../core/messages/core.messages.js';
import type { Message } from '../../core/messages/reasons.js';
import { runSql } from '../../core/db/sql.js';

export interface StakeholderInput {
  category: StakeholderCategory;
  organisationId?: string | null;
  leaderName?: string | null;
  leaderConsentOn?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
  note?: string | null;
}

export interface MemberInput {
  stakeholderId: string;
  role?: string | null;
  onBehalfOf?: string | null;
  joinedOn?: string | null;
}

export interface PartnershipInput {
  name: string;
  formal: boolean;
  status: PartnershipStatus;
  concludedOn?: string | null;
  dissolvedOn?: string | null;
  districtIds?: string[] | null;
  neighbourhood?: string | null;
  goal?: string | null;
  leadStakeholderId?: string | null;
  members?: MemberInput[] | null;
}

export interface ProgrammeInput {
  name: string;
  kind: ProgrammeKind;
  districtIds?: string[] | null;
  neighbourhood?: string | null;
  startsOn: string;
  endsOn?: string | null;
  targetGroup?: string | null;
  targetNumber?: number | null;
  leadStakeholderId?: string | null;
  partnerIds?: string[] | null;
}

export interface ProgrammeYearInput {
  year: number;
  plannedBudget: string;
  usedBudget?: string | null;
  socialWorkers?: number | null;
  specialists?: number | null;
}

const trimmed = (text: string | null | undefined) => text?.trim() || null;

function audit(ctx: RequestContext, em: EntityManager, operation: string, subjectType: string, subjectId: string | null, details?: Record<string, unknown>) {
  ctx.audit.recordWrite(em, { operation, subjectType, subjectId, details: details ?? null });
}

/** Stakeholders that exist, reporting each unknown id at its path. */
async function checkStakeholders(
  em: EntityManager,
  ids: { path: string; id: string }[],
  problems: InputProblems,
): Promise<Map<string, { id: string; organisationId: string | null }>> {
  const valid = ids.filter(({ id, path }) => isUuid(id) || (problems.add(path, CORE.NOT_AN_ID_OF({ kind: recordKind('stakeholder') })), false));
  const rows = valid.length
    ? await runSql<{ id: string; organisation_id: string | null }>(em, 'select id, organisation_id from stakeholder where id = any(?::uuid[])', [
        uuidArray(valid.map((v) => v.id)),
      ])
    : [];
  const found = new Map(rows.map((r) => [r.id, { id: r.id, organisationId: r.organisation_id }]));
  for (const { id, path } of valid) if (!found.has(id)) problems.add(path, CORE.NO_SUCH_ID({ kind: recordKind('stakeholder') }));
  return found;
}

/** The same stakeholder named twice in one list is a slip, not two members: each repeat is a problem at its own path. */
function checkDistinct(items: { path: string; id: string }[], problems: InputProblems): void {
  const first = new Map<string, string>();
  for (const { path, id } of items) {
    const earlier = first.get(id);
    if (earlier) problems.add(path, COOPERATION.SAME_STAKEHOLDER({ other: earlier }));
    else first.set(id, path);
  }
}

async function checkDistricts(em: EntityManager, ids: string[], problems: InputProblems, path: string): Promise<void> {
  const valid = ids.filter((id, i) => isUuid(id) || (problems.add(`${path}.${i}`, CORE.NOT_AN_ID_OF({ kind: recordKind('district') })), false));
  if (!valid.length) return;
  const found = new Set((await em.find(District, { id: { $in: valid } })).map((d) => d.id));
  ids.forEach((id, i) => isUuid(id) && !found.has(id) && problems.add(`${path}.${i}`, CORE.NO_SUCH_ID({ kind: recordKind('district') })));
}

function checkDate(problems: InputProblems, path: string, date: string | null | undefined, today: string): void {
  if (date && date > today) problems.add(path, CORE.DATE_IN_FUTURE());
}

/** MOPS and ADMIN edit everything; NGO staff what their organisation leads. */
async function mayEditLedBy(ctx: RequestContext, em: EntityManager, leadStakeholderId: string | null): Promise<void> {
  const { role, organisationId } = ctx.principal;
  if (role === 'MOPS_WORKER' || role === 'ADMIN') return;
  if (role === 'NGO_STAFF' && leadStakeholderId) {
    const [lead] = await runSql<{ organisation_id: string | null }>(em, 'select organisation_id from stakeholder where id = ?', [leadStakeholderId]);
    if (lead?.organisation_id && lead.organisation_id === organisationId) return;
  }
  throw forbidden(COOPERATION.NOT_LEAD_ORGANISATION());
}

/** Adds an organisation or a local leader to the catalogue. */
export async function registerStakeholder(ctx: RequestContext, input: StakeholderInput): Promise<string> {
  const problems = new InputProblems();
  if (input.category === 'LOCAL_LEADER') {
    if (input.organisationId) problems.add('organisationId', COOPERATION.LEADER_NOT_ORGANISATION());
    if (!trimmed(input.leaderName)) problems.add('leaderName', COOPERATION.LEADER_NAME_MISSING());
    if (!input.leaderConsentOn) problems.add('leaderConsentOn', COOPERATION.LEADER_CONSENT_MISSING());
    checkDate(problems, 'leaderConsentOn', input.leaderConsentOn, ctx.clock.today());
  } else {
    if (!input.organisationId) problems.add('organisationId', COOPERATION.ORGANISATION_MISSING());
    else if (!(await ctx.em.count(Organisation, { id: input.organisationId })))
      problems.add('organisationId', CORE.NO_SUCH_ID({ kind: recordKind('organisation') }));
    if (input.leaderName || input.leaderConsentOn) problems.add('leaderName', COOPERATION.ONLY_LEADER_NAMED());
  }
  const email = trimmed(input.contactEmail);
  if (email && !isEmail(email)) problems.add('contactEmail', CORE.EMAIL_FORM());
  const phone = trimmed(input.contactPhone);
  if (phone && !/^\+?[0-9 ()-]{7,20}$/.test(phone)) problems.add('contactPhone', CORE.PHONE_FORM());
  problems.throwIfAny();
  return ctx.em.transactional(async (em) => {
    const stakeholder = em.create(Stakeholder, {
      category: input.category,
      organisation: input.organisationId ? em.getReference(Organisation, input.organisationId) : null,
      leaderName: trimmed(input.leaderName),
      leaderConsentOn: input.leaderConsentOn ?? null,
      contactEmail: trimmed(input.contactEmail),
      contactPhone: trimmed(input.contactPhone),
      note: trimmed(input.note),
    });
    audit(ctx, em, 'registerStakeholder', 'Stakeholder', stakeholder.id, { category: input.category });
    await em.flush();
    return stakeholder.id;
  });
}

function checkPartnershipDates(
  input: { status: PartnershipStatus; concludedOn?: string | null; dissolvedOn?: string | null },
  problems: InputProblems,
  today: string,
): void {
  checkDate(problems, 'concludedOn', input.status === 'PLANNED' ? null : input.concludedOn, today);
  if (input.status === 'DISSOLVED' && !input.dissolvedOn) problems.add('dissolvedOn', COOPERATION.DISSOLVED_WITHOUT_DATE());
  if (input.status !== 'DISSOLVED' && input.dissolvedOn) problems.add('dissolvedOn', COOPERATION.DISSOLUTION_DATE_NOT_DISSOLVED());
  checkDate(problems, 'dissolvedOn', input.dissolvedOn, today);
  if (input.concludedOn && input.dissolvedOn && input.dissolvedOn < input.concludedOn) problems.add('dissolvedOn', COOPERATION.DISSOLVED_BEFORE_CONCLUDED());
}

/** A partnership with its first members. The date it was concluded may be unknown (an informal partnership). */
export async function createPartnership(ctx: RequestContext, input: PartnershipInput): Promise<string> {
  const today = ctx.clock.today();
  const problems = new InputProblems();
  if (!input.name.trim()) problems.add('name', COOPERATION.PARTNERSHIP_NAME_MISSING());
  checkPartnershipDates(input, problems, today);
  await checkDistricts(ctx.em, input.districtIds ?? [], problems, 'districtIds');
  const members = input.members ?? [];
  await checkStakeholders(
    ctx.em,
    [
      ...(input.leadStakeholderId ? [{ path: 'leadStakeholderId', id: input.leadStakeholderId }] : []),
      ...members.map((m, i) => ({ path: `members.${i}.stakeholderId`, id: m.stakeholderId })),
    ],
    problems,
  );
  checkDistinct(
    members.map((m, i) => ({ path: `members.${i}.stakeholderId`, id: m.stakeholderId })),
    problems,
  );
  members.forEach((m, i) => checkDate(problems, `members.${i}.joinedOn`, m.joinedOn, today));
  problems.throwIfAny();
  await mayEditLedBy(ctx, ctx.em, input.leadStakeholderId ?? null);
  return ctx.em.transactional(async (em) => {
    const partnership = em.create(Partnership, {
      name: input.name.trim(),
      formal: input.formal,
      status: input.status,
      concludedOn: input.concludedOn ?? null,
      dissolvedOn: input.dissolvedOn ?? null,
      districtIds: input.districtIds ?? [],
      neighbourhood: trimmed(input.neighbourhood),
      goal: trimmed(input.goal),
      lead: input.leadStakeholderId ? em.getReference(Stakeholder, input.leadStakeholderId) : null,
    });
    for (const m of members) addMember(em, partnership.id, m);
    audit(ctx, em, 'createPartnership', 'Partnership', partnership.id);
    await em.flush();
    return partnership.id;
  });
}

function addMember(em: EntityManager, partnershipId: string, m: MemberInput) {
  return em.create(PartnershipMember, {
    partnership: em.getReference(Partnership, partnershipId),
    stakeholder: em.getReference(Stakeholder, m.stakeholderId),
    role: trimmed(m.role),
    onBehalfOf: trimmed(m.onBehalfOf),
    joinedOn: m.joinedOn ?? null,
    leftOn: null,
  });
}

async function partnershipForEdit(ctx: RequestContext, em: EntityManager, id: string): Promise<Partnership> {
  const partnership = isUuid(id) ? await em.findOne(Partnership, { id }, { lockMode: 4 /* PESSIMISTIC_WRITE */ }) : null;
  if (!partnership) throw notFound('partnership', id);
  await mayEditLedBy(ctx, em, partnership.lead?.id ?? null);
  return partnership;
}

/** Moves a partnership on: concluded (ACTIVE) or dissolved, with its dates. */
export async function setPartnershipStatus(
  ctx: RequestContext,
  id: string,
  input: { status: PartnershipStatus; concludedOn?: string | null; dissolvedOn?: string | null },
): Promise<string> {
  const problems = new InputProblems();
  checkPartnershipDates(input, problems, ctx.clock.today());
  problems.throwIfAny();
  await ctx.em.transactional(async (em) => {
    const partnership = await partnershipForEdit(ctx, em, id);
    if (partnership.status === 'DISSOLVED') throw conflict(COOPERATION.PARTNERSHIP_DISSOLVED());
    partnership.status = input.status;
    if (input.concludedOn !== undefined) partnership.concludedOn = input.concludedOn ?? null;
    partnership.dissolvedOn = input.dissolvedOn ?? null;
    audit(ctx, em, 'setPartnershipStatus', 'Partnership', id, { status: input.status });
    await em.flush();
  });
  return id;
}

/** A new member of a partnership, from a day. */
export async function addPartnershipMember(ctx: RequestContext, partnershipId: string, member: MemberInput): Promise<string> {
  const problems = new InputProblems();
  await checkStakeholders(ctx.em, [{ path: 'member.stakeholderId', id: member.stakeholderId }], problems);
  checkDate(problems, 'member.joinedOn', member.joinedOn, ctx.clock.today());
  problems.throwIfAny();
  return ctx.em.transactional(async (em) => {
    await partnershipForEdit(ctx, em, partnershipId);
    if (await em.count(PartnershipMember, { partnership: partnershipId, stakeholder: member.stakeholderId, leftOn: null })) {
      throw invalidInput('member.stakeholderId', COOPERATION.ALREADY_MEMBER());
    }
    const row = addMember(em, partnershipId, member);
    audit(ctx, em, 'addPartnershipMember', 'Partnership', partnershipId, { stakeholderId: member.stakeholderId });
    await em.flush();
    return row.id;
  });
}

/** A member leaves on a day; a member who left stays in the history (as-of queries). */
export async function endPartnershipMembership(ctx: RequestContext, memberId: string, leftOn: string): Promise<string> {
  const problems = new InputProblems();
  checkDate(problems, 'leftOn', leftOn, ctx.clock.today());
  problems.throwIfAny();
  return ctx.em.transactional(async (em) => {
    const member = isUuid(memberId) ? await em.findOne(PartnershipMember, { id: memberId }) : null;
    if (!member) throw notFound('partnership member', memberId);
    await partnershipForEdit(ctx, em, member.partnership.id);
    if (member.leftOn) throw conflict(COOPERATION.ALREADY_LEFT());
    if (member.joinedOn && leftOn < member.joinedOn) throw conflict(COOPERATION.LEFT_BEFORE_JOINING());
    member.leftOn = leftOn;
    audit(ctx, em, 'endPartnershipMembership', 'Partnership', member.partnership.id, { memberId });
    await em.flush();
    return member.partnership.id;
  });
}

/** The number of a partnership's meetings in a year (replaces what was recorded for that year). */
export async function recordPartnershipMeetings(ctx: RequestContext, partnershipId: string, year: number, meetings: number): Promise<string> {
  const problems = new InputProblems();
  if (year < 1990 || year > Number(ctx.clock.today().slice(0, 4))) problems.add('year', CORE.YEAR_TO_THIS_ONE({ from: 1990 }));
  if (!Number.isInteger(meetings) || meetings < 0 || meetings > 1000) problems.add('meetings', COOPERATION.MEETINGS_RANGE());
  problems.throwIfAny();
  await ctx.em.transactional(async (em) => {
    await partnershipForEdit(ctx, em, partnershipId);
    await em.upsert(PartnershipMeetings, { partnership: partnershipId, year, meetings } as never);
    audit(ctx, em, 'recordPartnershipMeetings', 'Partnership', partnershipId, { year, meetings });
    await em.flush();
  });
  return partnershipId;
}

/** A pact (pakt na rzecz współpracy) with its signatories. */
export async function signPact(
  ctx: RequestContext,
  input: { title: string; signedOn: string; documentReference?: string | null; partnershipId?: string | null; signatoryIds: string[] },
): Promise<string> {
  const problems = new InputProblems();
  if (!input.title.trim()) problems.add('title', COOPERATION.PACT_TITLE_MISSING());
  checkDate(problems, 'signedOn', input.signedOn, ctx.clock.today());
  if (input.signatoryIds.length < 2) problems.add('signatoryIds', COOPERATION.PACT_SIGNATORIES());
  await checkStakeholders(
    ctx.em,
    input.signatoryIds.map((id, i) => ({ path: `signatoryIds.${i}`, id })),
    problems,
  );
  checkDistinct(
    input.signatoryIds.map((id, i) => ({ path: `signatoryIds.${i}`, id })),
    problems,
  );
  if (input.partnershipId && !(isUuid(input.partnershipId) && (await ctx.em.count(Partnership, { id: input.partnershipId }))))
    problems.add('partnershipId', CORE.NO_SUCH_ID({ kind: recordKind('partnership') }));
  problems.throwIfAny();
  return ctx.em.transactional(async (em) => {
    const pact = em.create(Pact, {
      title: input.title.trim(),
      signedOn: input.signedOn,
      documentReference: trimmed(input.documentReference),
      partnership: input.partnershipId ? em.getReference(Partnership, input.partnershipId) : null,
      signatoryIds: [...new Set(input.signatoryIds)],
    });
    audit(ctx, em, 'signPact', 'Pact', pact.id);
    await em.flush();
    return pact.id;
  });
}

/** A body of a partnership or an area, such as a local synergy team, with its members. */
export async function createBody(
  ctx: RequestContext,
  input: {
    name: string;
    kind: BodyKind;
    area: string;
    establishedOn: string;
    partnershipId?: string | null;
    members: { stakeholderId: string; role?: string | null; fromDate?: string | null }[];
  },
): Promise<string> {
  const problems = new InputProblems();
  if (!input.name.trim()) problems.add('name', COOPERATION.BODY_NAME_MISSING());
  if (!input.area.trim()) problems.add('area', COOPERATION.BODY_AREA_MISSING());
  checkDate(problems, 'establishedOn', input.establishedOn, ctx.clock.today());
  if (input.members.length === 0) problems.add('members', COOPERATION.BODY_MEMBERS());
  await checkStakeholders(
    ctx.em,
    input.members.map((m, i) => ({ path: `members.${i}.stakeholderId`, id: m.stakeholderId })),
    problems,
  );
  checkDistinct(
    input.members.map((m, i) => ({ path: `members.${i}.stakeholderId`, id: m.stakeholderId })),
    problems,
  );
  input.members.forEach((m, i) => m.fromDate && m.fromDate < input.establishedOn && problems.add(`members.${i}.fromDate`, COOPERATION.MEMBER_BEFORE_BODY()));
  if (input.partnershipId && !(isUuid(input.partnershipId) && (await ctx.em.count(Partnership, { id: input.partnershipId }))))
    problems.add('partnershipId', CORE.NO_SUCH_ID({ kind: recordKind('partnership') }));
  problems.throwIfAny();
  return ctx.em.transactional(async (em) => {
    const body = em.create(CooperationBody, {
      name: input.name.trim(),
      kind: input.kind,
      area: input.area.trim(),
      establishedOn: input.establishedOn,
      dissolvedOn: null,
      partnership: input.partnershipId ? em.getReference(Partnership, input.partnershipId) : null,
    });
    for (const m of input.members) {
      em.create(BodyMember, {
        body,
        stakeholder: em.getReference(Stakeholder, m.stakeholderId),
        role: trimmed(m.role),
        fromDate: m.fromDate ?? input.establishedOn,
        toDate: null,
      });
    }
    audit(ctx, em, 'createBody', 'CooperationBody', body.id, { kind: input.kind });
    await em.flush();
    return body.id;
  });
}

/**
 * Completes a step of the Śrem model for a gmina or area: in order, each after the one before,
 * on or after its date, and only with its record in the hub (MODEL_STEPS' evidence): stakeholders
 * in the catalogue, the area's local synergy team, a pact signed by one of its members, the choice
 * of the entity in a note, and the KIS or CIS it created in the registry.
 */
export async function completeModelStep(
  ctx: RequestContext,
  input: { area: string; step: number; completedOn: string; facilityId?: string | null; note?: string | null },
): Promise<string> {
  const area = input.area.trim();
  const problems = new InputProblems();
  if (!area) problems.add('area', COOPERATION.AREA_MISSING());
  if (!MODEL_STEPS.some((s) => s.number === input.step)) problems.add('step', COOPERATION.STEP_RANGE());
  checkDate(problems, 'completedOn', input.completedOn, ctx.clock.today());
  if (input.step === 6) {
    const facility = input.facilityId && isUuid(input.facilityId) ? await ctx.em.findOne(Facility, { id: input.facilityId }) : null;
    if (!facility) problems.add('facilityId', COOPERATION.STEP_6_FACILITY_MISSING());
    else if (!SOCIAL_EMPLOYMENT_TYPES.includes(facility.type)) problems.add('facilityId', COOPERATION.STEP_6_NOT_KIS_OR_CIS());
  } else if (input.facilityId) problems.add('facilityId', COOPERATION.FACILITY_ONLY_IN_STEP_6());
  if (MODEL_STEPS.find((s) => s.number === input.step)?.evidence === 'NOTE' && !input.note?.trim()) {
    problems.add('note', COOPERATION.STEP_5_NOTE_MISSING());
  }
  problems.throwIfAny();
  await ctx.em.transactional(async (em) => {
    // One writer per area at a time: the order of the steps is checked against what is committed.
    await runSql(em, 'select pg_advisory_xact_lock(hashtext(?))', [`model:${area}`]);
    const done = await em.find(ModelStep, { area }, { orderBy: { step: 'asc' } });
    if (done.some((s) => s.step === input.step)) throw conflict(COOPERATION.STEP_ALREADY_COMPLETED({ step: input.step, area }));
    const previous = done.find((s) => s.step === input.step - 1);
    if (input.step > 1 && !previous) throw conflict(COOPERATION.PREVIOUS_STEP_MISSING({ previous: input.step - 1 }));
    if (previous && input.completedOn < previous.completedOn)
      throw conflict(COOPERATION.STEP_BEFORE_PREVIOUS({ step: input.step, previous: input.step - 1, date: previous.completedOn }));
    const missing = await missingModelRecord(em, MODEL_STEPS.find((s) => s.number === input.step)!.evidence, area, input.completedOn);
    if (missing) throw conflict(missing);
    em.create(ModelStep, {
      area,
      step: input.step,
      completedOn: input.completedOn,
      facility: input.facilityId ? em.getReference(Facility, input.facilityId) : null,
      note: trimmed(input.note),
    });
    audit(ctx, em, 'completeModelStep', 'ModelStep', null, { area, step: input.step });
    await em.flush();
  });
  return area;
}

/** What a step of the model still lacks in the hub on the day it is completed; null when its record is there. */
async function missingModelRecord(em: EntityManager, evidence: (typeof MODEL_STEPS)[number]['evidence'], area: string, on: string): Promise<Message | null> {
  const exists = async (sql: string, params: unknown[]) => (await runSql<{ found: boolean }>(em, `select exists (${sql}) as found`, params))[0]?.found ?? false;
  if (evidence === 'STAKEHOLDERS' && !(await exists('select 1 from stakeholder', []))) {
    return COOPERATION.NO_STAKEHOLDERS();
  }
  if (
    evidence === 'SYNERGY_TEAM' &&
    !(await exists(`select 1 from cooperation_body where kind = 'LOCAL_SYNERGY_TEAM' and area = ? and established_on <= ?`, [area, on]))
  ) {
    return COOPERATION.NO_SYNERGY_TEAM({ area, date: on });
  }
  if (
    evidence === 'PACT' &&
    !(await exists(
      `select 1 from pact p where p.signed_on <= ? and exists (select 1 from body_member bm join cooperation_body b on b.id = bm.body_id
       where b.area = ? and b.kind = 'LOCAL_SYNERGY_TEAM' and bm.stakeholder_id::text = any(p.signatory_ids))`,
      [on, area],
    ))
  ) {
    return COOPERATION.NO_PACT({ area, date: on });
  }
  return null;
}

/** A programme or project (a PAL, an EU-funded project) with its area, period and target. */
export async function createProgramme(ctx: RequestContext, input: ProgrammeInput): Promise<string> {
  const problems = new InputProblems();
  if (!input.name.trim()) problems.add('name', COOPERATION.PROGRAMME_NAME_MISSING());
  if (input.endsOn && input.endsOn < input.startsOn) problems.add('endsOn', CORE.ENDS_BEFORE_START());
  if (input.targetNumber !== null && input.targetNumber !== undefined && (input.targetNumber < 0 || input.targetNumber > 1_000_000))
    problems.add('targetNumber', CORE.NUMBER_RANGE({ min: 0, max: 1_000_000 }));
  await checkDistricts(ctx.em, input.districtIds ?? [], problems, 'districtIds');
  await checkStakeholders(
    ctx.em,
    [
      ...(input.leadStakeholderId ? [{ path: 'leadStakeholderId', id: input.leadStakeholderId }] : []),
      ...(input.partnerIds ?? []).map((id, i) => ({ path: `partnerIds.${i}`, id })),
    ],
    problems,
  );
  problems.throwIfAny();
  await mayEditLedBy(ctx, ctx.em, input.leadStakeholderId ?? null);
  return ctx.em.transactional(async (em) => {
    const programme = em.create(Programme, {
      name: input.name.trim(),
      kind: input.kind,
      districtIds: input.districtIds ?? [],
      neighbourhood: trimmed(input.neighbourhood),
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
      targetGroup: trimmed(input.targetGroup),
      targetNumber: input.targetNumber ?? null,
      lead: input.leadStakeholderId ? em.getReference(Stakeholder, input.leadStakeholderId) : null,
      partnerIds: [...new Set(input.partnerIds ?? [])],
    });
    audit(ctx, em, 'createProgramme', 'Programme', programme.id);
    await em.flush();
    return programme.id;
  });
}

async function programmeForEdit(ctx: RequestContext, em: EntityManager, id: string): Promise<Programme> {
  const programme = isUuid(id) ? await em.findOne(Programme, { id }) : null;
  if (!programme) throw notFound('programme', id);
  await mayEditLedBy(ctx, em, programme.lead?.id ?? null);
  return programme;
}

/**
 * A programme's year: the planned budget and the used one (null while it is not known, which is not
 * zero), in złoty with at most two decimals, kept exact; and the welfare centre's staff assigned.
 */
export async function setProgrammeYear(ctx: RequestContext, programmeId: string, input: ProgrammeYearInput): Promise<string> {
  const problems = new InputProblems();
  if (!Number.isInteger(input.year) || input.year < 1990 || input.year > 2199) problems.add('year.year', CORE.YEAR_RANGE({ from: 1990, to: 2199 }));
  if (!isMoneyText(input.plannedBudget)) problems.add('year.plannedBudget', COOPERATION.BUDGET_FORM());
  if (input.usedBudget !== null && input.usedBudget !== undefined && !isMoneyText(input.usedBudget))
    problems.add('year.usedBudget', COOPERATION.USED_BUDGET_FORM());
  for (const key of ['socialWorkers', 'specialists'] as const) {
    const n = input[key];
    if (n !== null && n !== undefined && (!Number.isInteger(n) || n < 0 || n > 10_000)) problems.add(`year.${key}`, CORE.NUMBER_RANGE({ min: 0, max: 10_000 }));
  }
  problems.throwIfAny();
  await ctx.em.transactional(async (em) => {
    const programme = await programmeForEdit(ctx, em, programmeId);
    const startYear = Number(programme.startsOn.slice(0, 4));
    const endYear = programme.endsOn ? Number(programme.endsOn.slice(0, 4)) : 2199;
    if (input.year < startYear || input.year > endYear)
      throw conflict(
        programme.endsOn ? COOPERATION.YEAR_OUTSIDE_PROGRAMME({ from: startYear, to: endYear }) : COOPERATION.YEAR_BEFORE_PROGRAMME({ from: startYear }),
      );
    await runSql(
      em,
      `insert into programme_year (programme_id, year, planned_budget, used_budget, social_workers, specialists) values (?, ?, ?::numeric, ?::numeric, ?, ?)
       on conflict (programme_id, year) do update set planned_budget = excluded.planned_budget, used_budget = excluded.used_budget,
         social_workers = excluded.social_workers, specialists = excluded.specialists`,
      [programmeId, input.year, input.plannedBudget, input.usedBudget ?? null, input.socialWorkers ?? 0, input.specialists ?? 0],
    );
    audit(ctx, em, 'setProgrammeYear', 'Programme', programmeId, { year: input.year });
    await em.flush();
  });
  return programmeId;
}

/** A community action of a programme: its day, kind and number of participants, never who. */
export async function recordCommunityAction(
  ctx: RequestContext,
  programmeId: string,
  input: { heldOn: string; kind: string; participants: number },
): Promise<string> {
  const problems = new InputProblems();
  checkDate(problems, 'action.heldOn', input.heldOn, ctx.clock.today());
  if (!input.kind.trim()) problems.add('action.kind', COOPERATION.ACTION_KIND_MISSING());
  if (!Number.isInteger(input.participants) || input.participants < 0 || input.participants > 100_000)
    problems.add('action.participants', CORE.NUMBER_RANGE({ min: 0, max: 100_000 }));
  problems.throwIfAny();
  return ctx.em.transactional(async (em) => {
    await programmeForEdit(ctx, em, programmeId);
    const action = em.create(CommunityAction, {
      programme: em.getReference(Programme, programmeId),
      heldOn: input.heldOn,
      kind: input.kind.trim(),
      participants: input.participants,
    });
    audit(ctx, em, 'recordCommunityAction', 'Programme', programmeId, { actionId: action.id });
    await em.flush();
    return programmeId;
  });
}
