import { checkIdempotencyKey, contentHashOf, replayStored } from '../../core/idempotency.js';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { addDays, isoDateOf } from '../../core/calendar.js';
import type { EntityManager } from '../../core/db/database.js';
import { emptyPage, keysetPage } from '../../core/db/keyset.js';
import { runSql, SqlConditions } from '../../core/db/sql.js';
import { invalidInput, conflict, forbidden, notFound, InputProblems } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import type { Page, PageArgs } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/ids.js';
import { checkPersonInput, findOrCreatePerson, type PersonInput } from '../persons/index.js';
import { Facility, Organisation, registryLoaders } from '../registry/index.js';
import type { FacilityType } from '../registry/index.js';
import { Referral } from './referrals.entities.js';
import {
  EFFECTIVE_STATUS_SQL,
  effectiveStatus,
  MAX_DAYS_TO_RESPOND,
  mayReferTo,
  TRANSITIONS,
  type ReferralProgramme,
  type ReferralStatus,
  type RejectionReason,
  type SenderKind,
} from './referrals.rules.js';
import { REFERRALS } from './referrals.messages.js';
import { CORE, recordKind } from '../../core/messages/core.messages.js';
import { labelled } from '../../core/messages/reasons.js';
import { FACILITY_STATUS_LABELS, REGISTRY } from '../registry/index.js';
import { referralsEnumLabels } from './referrals.labels.js';

export interface ReferralView {
  id: string;
  personId: string;
  senderId: string;
  senderKind: SenderKind;
  facilityId: string;
  programme: ReferralProgramme | null;
  legalBasis: string;
  sentOn: string;
  respondBy: string;
  status: ReferralStatus;
  rejectionReason: RejectionReason | null;
  rejectionText: string | null;
  answeredOn: string | null;
  answeredBy: string | null;
  sentBy: string;
  participationId: string | null;
  placementId: string | null;
}

export interface SendReferralInput {
  idempotencyKey: string;
  person: PersonInput;
  facilityId: string;
  programme?: ReferralProgramme | null;
  legalBasis: string;
  respondBy: string;
}

export interface ReferralAnswer {
  decision: 'ACCEPTED' | 'REJECTED';
  reason?: RejectionReason | null;
  reasonText?: string | null;
}

const COLUMNS = `r.id, r.person_id, r.sender_id, r.sender_kind, r.facility_id, r.programme, r.legal_basis, r.sent_on, r.respond_by, r.status,
  r.rejection_reason, r.rejection_text, r.answered_on, r.answered_by, r.sent_by, r.participation_id, r.placement_id`;

function fromRow(row: Record<string, any>, today: string): ReferralView {
  return {
    id: row.id,
    personId: row.person_id,
    senderId: row.sender_id,
    senderKind: row.sender_kind,
    facilityId: row.facility_id,
    programme: row.programme ?? null,
    legalBasis: row.legal_basis,
    sentOn: isoDateOf(row.sent_on),
    respondBy: isoDateOf(row.respond_by),
    status: effectiveStatus(row.status, isoDateOf(row.respond_by), today),
    rejectionReason: row.rejection_reason ?? null,
    rejectionText: row.rejection_text ?? null,
    answeredOn: row.answered_on ? isoDateOf(row.answered_on) : null,
    answeredBy: row.answered_by ?? null,
    sentBy: row.sent_by,
    participationId: row.participation_id ?? null,
    placementId: row.placement_id ?? null,
  };
}

/** The kind of sender the caller's token makes: a labour-office clerk or a case worker of the welfare centre. */
function senderKindOf(ctx: RequestContext): SenderKind {
  if (ctx.principal.role === 'LABOUR_OFFICE' && ctx.principal.organisationId) return 'LABOUR_OFFICE';
  if (ctx.principal.role === 'MOPS_WORKER' && ctx.principal.organisationId) return 'WELFARE_CENTRE';
  throw forbidden(REFERRALS.SENDER_NOT_ALLOWED());
}

function contentHash(input: SendReferralInput, pesel: string): string {
  return contentHashOf([
    pesel,
    input.person.firstName.trim(),
    input.person.lastName.trim(),
    input.facilityId,
    input.programme ?? null,
    input.legalBasis.trim(),
    input.respondBy,
  ]);
}

/**
 * Sends a referral in the name of the caller's organisation. The same idempotency key with the same
 * content returns the first referral and writes nothing (a clerk's double click, a retried
 * request); with other content it is CONFLICT.
 */
export async function sendReferral(ctx: RequestContext, input: SendReferralInput): Promise<ReferralView> {
  const senderKind = senderKindOf(ctx);
  const today = ctx.clock.today();
  const problems = new InputProblems();
  const key = input.idempotencyKey.trim();
  checkIdempotencyKey(key, problems);
  checkPersonInput(input.person, problems, 'person', today);
  const legalBasis = input.legalBasis.trim();
  if (legalBasis.length < 3) problems.add('legalBasis', REFERRALS.LEGAL_BASIS_MISSING());
  if (input.respondBy < today) problems.add('respondBy', REFERRALS.RESPOND_BY_PASSED());
  else if (input.respondBy > addDays(today, MAX_DAYS_TO_RESPOND)) problems.add('respondBy', REFERRALS.RESPOND_BY_TOO_FAR({ days: MAX_DAYS_TO_RESPOND }));
  const facility = await ctx.loaders(registryLoaders).facility.load(input.facilityId);
  if (!facility) problems.add('facilityId', CORE.NO_SUCH_ID({ kind: recordKind('facility') }));
  else {
    if (facility.status !== 'ACTIVE') problems.add('facilityId', REGISTRY.FACILITY_NOT_ACTIVE({ status: labelled(facility.status, FACILITY_STATUS_LABELS) }));
    if (!mayReferTo(senderKind, facility.type as FacilityType)) problems.add('facilityId', REFERRALS.LABOUR_OFFICE_REFERS_TO_KIS_CIS());
  }
  problems.throwIfAny();

  const senderId = ctx.principal.organisationId!;
  const hash = contentHash(input, input.person.pesel.trim());
  const existing = await findByKey(ctx.em.fork(), senderId, key, today);
  if (existing) return sameOrConflict(existing, hash, key);
  try {
    const id = await ctx.em.transactional(async (em) => {
      const person = await findOrCreatePerson(ctx, em, input.person);
      const referral = em.create(Referral, {
        idempotencyKey: key,
        person,
        sender: em.getReference(Organisation, senderId),
        senderKind,
        facility: em.getReference(Facility, input.facilityId),
        programme: input.programme ?? null,
        legalBasis,
        sentOn: today,
        respondBy: input.respondBy,
        status: 'SENT',
        rejectionReason: null,
        rejectionText: null,
        answeredOn: null,
        answeredBy: null,
        sentBy: ctx.principal.userId ?? 'unknown',
        participationId: null,
        placementId: null,
        contentHash: hash,
      });
      ctx.audit.recordWrite(em, {
        operation: 'sendReferral',
        subjectType: 'Referral',
        subjectId: referral.id,
        details: { facilityId: input.facilityId, personId: person.id },
      });
      await em.flush();
      return referral.id;
    });
    return (await readReferral(ctx.em.fork(), id, today))!;
  } catch (error) {
    // The same key sent twice at once: the second insert loses the race and answers as a repeat.
    if (error instanceof UniqueConstraintViolationException) {
      const first = await findByKey(ctx.em.fork(), senderId, key, today);
      if (first) return sameOrConflict(first, hash, key);
    }
    throw error;
  }
}

async function findByKey(em: EntityManager, senderId: string, key: string, today: string): Promise<{ view: ReferralView; hash: string } | null> {
  const [row] = await runSql(em, `select ${COLUMNS}, r.content_hash from referral r where r.sender_id = ? and r.idempotency_key = ?`, [senderId, key]);
  return row ? { view: fromRow(row, today), hash: row.content_hash } : null;
}

/** The referral sent earlier under the same key, as it stands now; CONFLICT when the key was used for another referral (core/idempotency.ts). */
function sameOrConflict(existing: { view: ReferralView; hash: string }, hash: string, key: string): ReferralView {
  return replayStored<ReferralView>({ contentHash: existing.hash, result: existing.view as unknown as Record<string, unknown> }, hash, key);
}

async function readReferral(em: EntityManager, id: string, today: string): Promise<ReferralView | null> {
  const [row] = await runSql(em, `select ${COLUMNS} from referral r where r.id = ?`, [id]);
  return row ? fromRow(row, today) : null;
}

/** Locks the referral for a change of state and says whether the caller may make it. */
async function lockForChange(ctx: RequestContext, em: EntityManager, id: string, by: 'receiver' | 'sender'): Promise<ReferralView> {
  if (!isUuid(id)) throw invalidInput('id', CORE.NOT_AN_ID_OF({ kind: recordKind('referral') }));
  const [row] = await runSql(em, `select ${COLUMNS} from referral r where r.id = ? for update`, [id]);
  if (!row) throw notFound('referral', id);
  const referral = fromRow(row, ctx.clock.today());
  const { role, organisationId } = ctx.principal;
  if (role === 'ADMIN' || (role === 'MOPS_WORKER' && by === 'receiver')) return referral;
  if (by === 'sender' && (role === 'LABOUR_OFFICE' || role === 'MOPS_WORKER') && organisationId === referral.senderId) return referral;
  if (by === 'receiver' && role === 'NGO_STAFF') {
    const [facility] = await runSql<{ operator_id: string }>(em, 'select operator_id from facility where id = ?', [referral.facilityId]);
    if (facility?.operator_id === organisationId) return referral;
  }
  if (role === 'MOPS_WORKER') throw forbidden(REFERRALS.ONLY_SENDER_WITHDRAWS());
  // Not the caller's to see: the same answer as for a referral that does not exist.
  throw notFound('referral', id);
}

function checkTransition(referral: ReferralView, action: keyof typeof TRANSITIONS): void {
  if (!TRANSITIONS[action].from.includes(referral.status)) {
    const said = { status: labelled(referral.status, referralsEnumLabels.ReferralStatus!), action };
    throw conflict(referral.status === 'EXPIRED' ? REFERRALS.REFERRAL_EXPIRED(said) : REFERRALS.REFERRAL_ALREADY_ANSWERED(said), { status: referral.status });
  }
}

/**
 * The operator's answer: ACCEPTED, or REJECTED with a reason (OTHER with its text). Only a referral
 * still waiting may be answered; of two answers at once, the first to lock the row wins and the
 * second is CONFLICT.
 */
export async function respondToReferral(ctx: RequestContext, id: string, answer: ReferralAnswer): Promise<ReferralView> {
  const problems = new InputProblems();
  const text = answer.reasonText?.trim() || null;
  if (answer.decision === 'REJECTED' && !answer.reason) problems.add('answer.reason', REFERRALS.REFUSAL_REASON_MISSING());
  if (answer.decision === 'ACCEPTED' && (answer.reason || text)) problems.add('answer.reason', REFERRALS.ACCEPTANCE_HAS_NO_REASON());
  if (answer.reason === 'OTHER' && (!text || text.length < 5)) problems.add('answer.reasonText', REFERRALS.OTHER_REASON_TEXT());
  problems.throwIfAny();
  const today = ctx.clock.today();
  await ctx.em.transactional(async (em) => {
    const referral = await lockForChange(ctx, em, id, 'receiver');
    checkTransition(referral, answer.decision === 'ACCEPTED' ? 'accept' : 'reject');
    await runSql(
      em,
      `update referral set status = ?, rejection_reason = ?, rejection_text = ?, answered_on = ?, answered_by = ?, updated_at = ? where id = ?`,
      [answer.decision, answer.reason ?? null, text, today, ctx.principal.userId ?? 'unknown', ctx.clock.now(), id],
    );
    ctx.audit.recordWrite(em, {
      operation: 'respondToReferral',
      subjectType: 'Referral',
      subjectId: id,
      details: { decision: answer.decision, reason: answer.reason ?? null },
    });
    await em.flush();
  });
  return (await readReferral(ctx.em.fork(), id, today))!;
}

/** The sender takes back a referral still waiting for an answer. */
export async function withdrawReferral(ctx: RequestContext, id: string): Promise<ReferralView> {
  const today = ctx.clock.today();
  await ctx.em.transactional(async (em) => {
    const referral = await lockForChange(ctx, em, id, 'sender');
    checkTransition(referral, 'withdraw');
    await runSql(em, `update referral set status = 'WITHDRAWN', answered_on = ?, answered_by = ?, updated_at = ? where id = ?`, [
      today,
      ctx.principal.userId ?? 'unknown',
      ctx.clock.now(),
      id,
    ]);
    ctx.audit.recordWrite(em, { operation: 'withdrawReferral', subjectType: 'Referral', subjectId: id });
    await em.flush();
  });
  return (await readReferral(ctx.em.fork(), id, today))!;
}

/**
 * Takes a person in on a referral, inside the enrolment's or placement's own transaction: the
 * referral must be for this person and facility, still waiting (it is accepted now) or accepted,
 * and not used yet. Problems are reported at `path` (the input's `referralId`).
 */
export async function takeInOnReferral(
  ctx: RequestContext,
  em: EntityManager,
  referralId: string,
  target: { personId: string; facilityId: string | null; participationId?: string; placementId?: string },
  path = 'referralId',
): Promise<void> {
  if (!isUuid(referralId)) throw invalidInput(path, CORE.NOT_AN_ID_OF({ kind: recordKind('referral') }));
  const [row] = await runSql(em, `select ${COLUMNS} from referral r where r.id = ? for update`, [referralId]);
  if (!row) throw invalidInput(path, CORE.NO_SUCH_ID({ kind: recordKind('referral') }));
  const referral = fromRow(row, ctx.clock.today());
  if (referral.personId !== target.personId) throw invalidInput(path, REFERRALS.REFERRAL_FOR_ANOTHER_PERSON());
  if (referral.facilityId !== target.facilityId) throw invalidInput(path, REFERRALS.REFERRAL_TO_ANOTHER_FACILITY());
  if (referral.participationId || referral.placementId) throw conflict(REFERRALS.REFERRAL_ALREADY_USED());
  if (referral.status !== 'SENT' && referral.status !== 'ACCEPTED') checkTransition(referral, 'accept');
  const accepting = referral.status === 'SENT';
  await runSql(
    em,
    `update referral set status = 'ACCEPTED', participation_id = ?, placement_id = ?, answered_on = coalesce(answered_on, ?), answered_by = coalesce(answered_by, ?), updated_at = ? where id = ?`,
    [target.participationId ?? null, target.placementId ?? null, ctx.clock.today(), ctx.principal.userId ?? 'unknown', ctx.clock.now(), referralId],
  );
  ctx.audit.recordWrite(em, {
    operation: 'takeInOnReferral',
    subjectType: 'Referral',
    subjectId: referralId,
    details: { accepted: accepting, participationId: target.participationId ?? null, placementId: target.placementId ?? null },
  });
}

export interface ReferralFilter {
  status?: ReferralStatus | null;
  facilityId?: string | null;
  sentFrom?: string | null;
  sentTo?: string | null;
}

/** The rows a caller sees: the sender what it sent, the operator what its facilities received, the welfare centre's case workers and ADMIN all. */
function scope(ctx: RequestContext, where: SqlConditions): boolean {
  const { role, organisationId } = ctx.principal;
  if (role === 'MOPS_WORKER' || role === 'ADMIN') return true;
  if (role === 'LABOUR_OFFICE' && organisationId) where.add('r.sender_id = ?', organisationId);
  else if (role === 'NGO_STAFF' && organisationId) where.add('f.operator_id = ?', organisationId);
  else return false;
  return true;
}

/** Referrals, newest first, one keyset page at a time. */
export async function listReferrals(ctx: RequestContext, filter: ReferralFilter | null, page: PageArgs, includeCount: boolean): Promise<Page<ReferralView>> {
  const today = ctx.clock.today();
  const where = new SqlConditions();
  if (!scope(ctx, where)) return emptyPage(includeCount);
  if (filter?.facilityId) {
    if (!isUuid(filter.facilityId)) return emptyPage(includeCount);
    where.add('r.facility_id = ?', filter.facilityId);
  }
  if (filter?.status) where.add(`${EFFECTIVE_STATUS_SQL} = ?`, today, filter.status);
  if (filter?.sentFrom) where.add('r.sent_on >= ?', filter.sentFrom);
  if (filter?.sentTo) where.add('r.sent_on <= ?', filter.sentTo);
  return keysetPage(
    ctx.em,
    {
      select: COLUMNS,
      from: 'from referral r join facility f on f.id = r.facility_id',
      where,
      keys: [
        ['r.sent_on', '?::date'],
        ['r.id', '?::uuid'],
      ],
      direction: 'desc',
      cursorOf: (row) => [isoDateOf(row.sent_on), row.id],
      map: (row) => fromRow(row, today),
    },
    page,
    includeCount,
  );
}

/** One referral if the caller may see it, else null. */
export async function visibleReferral(ctx: RequestContext, id: string): Promise<ReferralView | null> {
  if (!isUuid(id)) return null;
  const where = new SqlConditions().add('r.id = ?', id);
  if (!scope(ctx, where)) return null;
  const [row] = await runSql(ctx.em, `select ${COLUMNS} from referral r join facility f on f.id = r.facility_id ${where.clause}`, where.params);
  return row ? fromRow(row, ctx.clock.today()) : null;
}
