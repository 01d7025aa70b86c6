import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Referral, takeInOnReferral } from '../referrals/index.js';
import { periodEnd } from '../../core/calendar.js';
import { isUuid } from '../../core/ids.js';
import { badUserInput, invalidInput, conflict, notFound, InputProblems } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { checkPersonInput, entitledOn, findOrCreatePerson, LabourMarketStatus, labourMarketStatusesOf, Person, type PersonInput } from '../persons/index.js';
import { longTermUnemploymentProblem } from './long-term-unemployment.js';
import { Facility, Organisation, readsPeopleOf } from '../registry/index.js';
import { DayCounts, lockRow, peakStays, staysOf, type StaysTable } from '../../core/db/occupancy.js';
import type { EntityManager } from '../../core/db/database.js';
import type { GraphQLError } from 'graphql';
import { foldForSearch } from '../../core/text-search.js';
import { socialEmploymentFacility, type SocialEmploymentFacility } from './facility-access.js';
import { Participation, type ParticipationOutcome, type ProgrammeDocumentKind, type ReferralSource } from './integration.entities.js';
import { cisLimitsOn, type EligibilityCategory, type Programme } from './integration.rules.js';
import { integrationLoaders } from './integration.loaders.js';
import { PARTICIPATION_COLUMNS, participantFromSqlRow, type ParticipantView } from './participation.views.js';
import { INTEGRATION } from './integration.messages.js';
import { CORE, recordKind } from '../../core/messages/core.messages.js';
import { labelled } from '../../core/messages/reasons.js';
import { FACILITY_STATUS_LABELS, REGISTRY } from '../registry/index.js';
import { runSql } from '../../core/db/sql.js';

export interface EnrolmentInput {
  facilityId: string;
  person: PersonInput;
  eligibilityCategory: EligibilityCategory;
  referralSource: ReferralSource;
  referringOrganisationId?: string | null;
  referralId?: string | null;
  programmeDocument: { kind: ProgrammeDocumentKind; number?: string | null; signedOn: string };
  startDate: string;
  trialEndDate?: string | null;
  plannedEndDate: string;
  extensionReason?: string | null;
}

export interface EndParticipationInput {
  endDate: string;
  reason: string;
  outcome: ParticipationOutcome;
}

/** The individual programme each form of social employment works under (art. 13 and art. 18 of the act). */
/** The programme a participation follows, by programme (art. 13 IPZS for a CIS; a contract or an individual programme for a KIS); the first is the usual one. */
export const DOCUMENT_KINDS: Record<Programme, ProgrammeDocumentKind[]> = { CIS: ['IPZS'], KIS: ['SOCIAL_CONTRACT', 'INDIVIDUAL_PROGRAMME'] };

/** Checks the dates of an enrolment against each other and, for a CIS, the statutory limits in force on the start date. */
function checkDates(input: EnrolmentInput, programme: Programme, problems: InputProblems): void {
  const { startDate, plannedEndDate } = input;
  const trialEnd = input.trialEndDate ?? null;
  if (plannedEndDate < startDate) problems.add('plannedEndDate', CORE.PLANNED_END_BEFORE_START());
  if (input.programmeDocument.signedOn > startDate) problems.add('programmeDocument.signedOn', INTEGRATION.PROGRAMME_SIGNED_LATE());
  if (!DOCUMENT_KINDS[programme].includes(input.programmeDocument.kind)) {
    problems.add('programmeDocument.kind', INTEGRATION.PROGRAMME_DOCUMENT_KIND({ programme, kinds: DOCUMENT_KINDS[programme].join(' / ') }));
  }
  if (programme === 'KIS') {
    if (trialEnd) problems.add('trialEndDate', INTEGRATION.KIS_NO_TRIAL());
    if (input.extensionReason) problems.add('extensionReason', INTEGRATION.KIS_NO_EXTENSION());
    return;
  }
  const limits = cisLimitsOn(startDate);
  if (!limits) return problems.add('startDate', INTEGRATION.NO_CIS_LIMITS({ date: startDate }));
  if (trialEnd) {
    const latestTrialEnd = periodEnd(startDate, limits.maxTrialMonths);
    if (trialEnd < startDate) problems.add('trialEndDate', INTEGRATION.TRIAL_ENDS_BEFORE_START());
    else if (trialEnd > latestTrialEnd)
      problems.add('trialEndDate', INTEGRATION.TRIAL_TOO_LONG({ months: limits.maxTrialMonths, latest: latestTrialEnd, source: limits.source }));
    else if (trialEnd > plannedEndDate) problems.add('trialEndDate', INTEGRATION.TRIAL_ENDS_AFTER_PARTICIPATION());
  }
  const latestEnd = periodEnd(startDate, limits.maxMonths);
  const latestExtendedEnd = periodEnd(startDate, limits.maxMonthsWithExtension);
  const extension = input.extensionReason?.trim();
  if (plannedEndDate > latestExtendedEnd) {
    problems.add(
      'plannedEndDate',
      INTEGRATION.CIS_TOO_LONG_WITH_EXTENSION({ start: startDate, months: limits.maxMonthsWithExtension, latest: latestExtendedEnd, source: limits.source }),
    );
  } else if (plannedEndDate > latestEnd && !extension) {
    problems.add('plannedEndDate', INTEGRATION.CIS_TOO_LONG({ months: limits.maxMonths, latest: latestEnd, source: limits.source }));
  }
}

/** A participation holds a place until its actual end, or its planned one while it goes on. */
const PARTICIPATIONS: StaysTable = { table: 'participation', holderColumn: 'facility_id', lastDay: 'coalesce(s.end_date, s.planned_end_date)' };

/**
 * Enrols a person at a KIS or CIS (NGO_STAFF of the operator, MOPS_WORKER, ADMIN). The person is
 * found by PESEL or created. Refused: a second active CIS participation, a CIS participant
 * entitled to unemployment benefit (art. 1 ust. 3), dates outside the statutory limits, and a
 * place beyond the facility's places on any day of the period. The facility row is locked while
 * its places are counted, so two enrolments for the last place cannot both succeed.
 */
export async function enrolParticipant(ctx: RequestContext, input: EnrolmentInput): Promise<ParticipantView> {
  const { facility, programme } = await socialEmploymentFacility(ctx, input.facilityId, 'write');
  enrolmentProblems(facility, programme, input, ctx.clock.today()).throwIfAny();

  try {
    const id = await ctx.em.transactional(async (em) => {
      await lockRow(em, 'facility', facility.id, 'update');
      const places = await placesUnderLock(em, facility.id);
      const later = new InputProblems();
      if (input.referringOrganisationId && (!isUuid(input.referringOrganisationId) || !(await em.count(Organisation, { id: input.referringOrganisationId })))) {
        later.add('referringOrganisationId', CORE.NO_SUCH_ID({ kind: recordKind('organisation') }));
      }
      const person = await findOrCreatePerson(ctx, em, input.person);
      if (input.eligibilityCategory === 'LONG_TERM_UNEMPLOYED' || programme === 'CIS')
        eligibilityProblems(input, programme, await labourMarketStatusesOf(em, person.peselHash), later);
      later.throwIfAny();
      const active = await em.find(Participation, { person: person.id, endDate: null, $or: [{ programme: 'CIS' }, { facility: facility.id }] });
      const refusal = enrolmentConflict(
        active.map((p) => ({ facilityId: p.facility.id, programme: p.programme })),
        facility.id,
        programme,
      );
      if (refusal) throw refusal;
      if (places !== null) {
        const peak = await peakStays(em, PARTICIPATIONS, facility.id, input.startDate, input.plannedEndDate);
        if (peak >= places) throw noFreePlace(places, facility.name);
      }
      const participation = addParticipation(ctx, em, input, person, facility.id, programme);
      if (input.referralId) {
        await takeInOnReferral(ctx, em, input.referralId, { personId: person.id, facilityId: facility.id, participationId: participation.id });
      }
      await em.flush();
      return participation.id;
    });
    return (await participantById(ctx, id))!;
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw conflict(INTEGRATION.ALREADY_ENROLLED());
    }
    throw error;
  }
}

/** What an enrolment's own data and its facility allow, before anything is read under a lock. */
function enrolmentProblems(
  facility: { status: string; openedOn?: string | null; closedOn?: string | null; declaredCapacity?: number | null },
  programme: Programme,
  input: EnrolmentInput,
  today: string,
): InputProblems {
  const problems = new InputProblems();
  if (facility.status !== 'ACTIVE') problems.add('facilityId', REGISTRY.FACILITY_NOT_ACTIVE({ status: labelled(facility.status, FACILITY_STATUS_LABELS) }));
  if (facility.openedOn && input.startDate < facility.openedOn) problems.add('startDate', CORE.FACILITY_OPENED_ON({ date: facility.openedOn }));
  if (facility.closedOn && input.plannedEndDate >= facility.closedOn)
    problems.add('plannedEndDate', INTEGRATION.FACILITY_CLOSES_ON({ date: facility.closedOn }));
  if (programme === 'CIS' && (facility.declaredCapacity === null || facility.declaredCapacity === undefined || facility.declaredCapacity === 0)) {
    problems.add('facilityId', INTEGRATION.CIS_PLACES_NOT_AGREED());
  }
  checkPersonInput(input.person, problems, 'person', today);
  checkDates(input, programme, problems);
  return problems;
}

/** The facility's places read again under its lock: one suspended or given fewer places meanwhile admits by what it is now. */
async function placesUnderLock(em: EntityManager, facilityId: string): Promise<number | null> {
  const [now] = await runSql<{ status: string; declared_capacity: number | null }>(em, `select status, declared_capacity from facility where id = ?`, [
    facilityId,
  ]);
  if (now!.status !== 'ACTIVE') throw conflict(REGISTRY.FACILITY_NOT_ACTIVE({ status: labelled(now!.status, FACILITY_STATUS_LABELS) }));
  return now!.declared_capacity;
}

/** Who may join by the labour office's reports of the person: long-term unemployment as the category, no benefit entitlement in a CIS (art. 1 ust. 3). */
function eligibilityProblems(input: EnrolmentInput, programme: Programme, statuses: LabourMarketStatus[], problems: InputProblems): void {
  const rows = statuses.map((s) => ({ ...s, registeredSince: s.registeredSince ?? null, deregisteredOn: s.deregisteredOn ?? null }));
  if (input.eligibilityCategory === 'LONG_TERM_UNEMPLOYED') problems.check('eligibilityCategory', longTermUnemploymentProblem(rows, input.startDate));
  if (programme === 'CIS' && rows.some((s) => entitledOn(s, input.startDate))) {
    problems.add('person.pesel', INTEGRATION.ENTITLED_TO_BENEFIT());
  }
}

/** A second participation at the same facility, or a second CIS at once (art. 13 of the act: one IPZS at a time). */
function enrolmentConflict(active: { facilityId: string; programme: string }[], facilityId: string, programme: Programme): GraphQLError | null {
  if (active.some((p) => p.facilityId === facilityId)) return conflict(INTEGRATION.ALREADY_ENROLLED());
  if (programme === 'CIS' && active.some((p) => p.programme === 'CIS')) return conflict(INTEGRATION.ACTIVE_CIS_PARTICIPATION());
  return null;
}

function noFreePlace(places: number, facilityName: string): GraphQLError {
  return conflict(INTEGRATION.NO_FREE_PLACE({ places, facility: facilityName }));
}

/** The participation of a checked enrolment, added to `em` with its audit line (flushed by the caller). */
function addParticipation(
  ctx: RequestContext,
  em: EntityManager,
  input: EnrolmentInput,
  person: Person,
  facilityId: string,
  programme: Programme,
): Participation {
  const participation = em.create(Participation, {
    person,
    facility: em.getReference(Facility, facilityId),
    programme,
    eligibilityCategory: input.eligibilityCategory,
    referralSource: input.referralSource,
    referral: input.referralId ? em.getReference(Referral, input.referralId) : null,
    referringOrganisation: input.referringOrganisationId ? em.getReference(Organisation, input.referringOrganisationId) : null,
    programmeDocumentKind: input.programmeDocument.kind,
    programmeDocumentNumber: input.programmeDocument.number?.trim() || null,
    programmeSignedOn: input.programmeDocument.signedOn,
    startDate: input.startDate,
    trialEndDate: input.trialEndDate ?? null,
    plannedEndDate: input.plannedEndDate,
    extensionReason: input.extensionReason?.trim() || null,
    endDate: null,
    endReason: null,
    outcome: null,
    endedBy: null,
    enrolledBy: ctx.principal.userId ?? 'unknown',
    enrolledByOrganisation: ctx.principal.organisationId,
  });
  // The category is special-category data: the audit line names the participation, not the category.
  ctx.audit.recordWrite(em, {
    operation: 'enrolParticipant',
    subjectType: 'Participation',
    subjectId: participation.id,
    details: { facilityId, programme, personId: person.id },
  });
  return participation;
}

/** How an enrolment of a list fares: a new participation, one the hub already has, or the error it was refused with. */
export type EnrolmentOutcome = 'created' | 'unchanged' | Error;

/** Persons and participations read a thousand at a time: well under the protocol's parameter limit. */
const LIST_CHUNK = 1000;

/**
 * A KIS's or CIS's list enrolled at once (an import), by `enrolParticipant`'s rules, set-based: each
 * facility locked once and its places counted day by day in memory as the list fills them, the
 * persons, their labour-office statuses and their running participations read for the whole list.
 * An enrolment the hub already has (the same PESEL, facility and start) is unchanged. Once any is
 * refused, the rest are only checked: the caller rolls the whole back.
 */
export async function enrolParticipants(ctx: RequestContext, inputs: EnrolmentInput[]): Promise<EnrolmentOutcome[]> {
  const em = ctx.em;
  const today = ctx.clock.today();
  const facilities = new Map<
    string,
    { facility: SocialEmploymentFacility['facility']; programme: Programme; places: number | null; counts: DayCounts } | Error
  >();
  const openUntil = inputs.reduce((latest, i) => (i.plannedEndDate > latest ? i.plannedEndDate : latest), today);
  for (const facilityId of new Set(inputs.map((i) => i.facilityId))) {
    try {
      const { facility, programme } = await socialEmploymentFacility(ctx, facilityId, 'write');
      await lockRow(em, 'facility', facilityId, 'update');
      const places = await placesUnderLock(em, facilityId);
      facilities.set(facilityId, { facility, programme, places, counts: new DayCounts(await staysOf(em, PARTICIPATIONS, facilityId), openUntil) });
    } catch (error) {
      facilities.set(facilityId, error as Error);
    }
  }
  const outcomes: EnrolmentOutcome[] = [];
  let refused = false;
  // Who is known by PESEL hash, as the list goes: their id, names, statuses and running participations.
  const people = new Map<
    string,
    { id: string; firstName: string; lastName: string; statuses: LabourMarketStatus[]; active: { facilityId: string; programme: string; startDate: string }[] }
  >();
  for (let start = 0; start < inputs.length; start += LIST_CHUNK) {
    const chunk = inputs.slice(start, start + LIST_CHUNK);
    const hashes = [...new Set(chunk.map((i) => ctx.pesel.lookupHash(i.person.pesel.trim())).filter((h) => !people.has(h)))];
    const [persons, statuses] = [await em.find(Person, { peselHash: { $in: hashes } }), await em.find(LabourMarketStatus, { peselHash: { $in: hashes } })];
    const participations = persons.length ? await em.find(Participation, { person: { $in: persons.map((p) => p.id) } }) : [];
    for (const person of persons) {
      people.set(person.peselHash, {
        id: person.id,
        firstName: person.firstName,
        lastName: person.lastName,
        statuses: statuses.filter((s) => s.peselHash === person.peselHash),
        active: participations
          .filter((p) => p.person.id === person.id && (p.endDate === null || p.endDate === undefined))
          .map((p) => ({ facilityId: p.facility.id, programme: p.programme, startDate: p.startDate })),
      });
    }
    const unknownStatuses = new Map<string, LabourMarketStatus[]>();
    for (const s of statuses)
      if (!persons.some((p) => p.peselHash === s.peselHash)) unknownStatuses.set(s.peselHash, [...(unknownStatuses.get(s.peselHash) ?? []), s]);
    const enrolledBefore = new Set(participations.map((p) => `${p.person.id}|${p.facility.id}|${p.startDate}`));
    const createdHere = new Map<string, Person>();
    let written = false;

    for (const input of chunk) {
      const held = facilities.get(input.facilityId)!;
      if (held instanceof Error) {
        outcomes.push(held);
        refused = true;
        continue;
      }
      const hash = ctx.pesel.lookupHash(input.person.pesel.trim());
      const known = people.get(hash);
      if (known && enrolledBefore.has(`${known.id}|${input.facilityId}|${input.startDate}`)) {
        outcomes.push('unchanged');
        continue;
      }
      const problems = enrolmentProblems(held.facility, held.programme, input, today);
      if (problems.empty) eligibilityProblems(input, held.programme, known?.statuses ?? unknownStatuses.get(hash) ?? [], problems);
      const refusal = !problems.empty
        ? badUserInput(problems.list)
        : (enrolmentConflict(known?.active ?? [], input.facilityId, held.programme) ??
          (held.places !== null && held.counts.peak(input.startDate, input.plannedEndDate) >= held.places
            ? noFreePlace(held.places, held.facility.name)
            : null));
      if (refusal) {
        outcomes.push(refusal);
        refused = true;
        continue;
      }
      held.counts.add(input.startDate, input.plannedEndDate);
      outcomes.push('created');
      const firstName = input.person.firstName.trim();
      const lastName = input.person.lastName.trim();
      if (refused) {
        people.set(hash, {
          id: known?.id ?? hash,
          firstName,
          lastName,
          statuses: known?.statuses ?? [],
          active: [...(known?.active ?? []), { facilityId: input.facilityId, programme: held.programme, startDate: input.startDate }],
        });
        continue;
      }
      let person: Person;
      if (createdHere.has(hash)) person = await findOrCreatePerson(ctx, em, input.person, createdHere.get(hash));
      else if (known) {
        person = em.getReference(Person, known.id);
        // Names follow the latest form, as findOrCreatePerson has them.
        if (known.firstName !== firstName || known.lastName !== lastName)
          await em.nativeUpdate(Person, { id: known.id }, { firstName, lastName, searchName: foldForSearch(`${lastName} ${firstName}`) });
      } else createdHere.set(hash, (person = await findOrCreatePerson(ctx, em, input.person, null)));
      addParticipation(ctx, em, input, person, input.facilityId, held.programme);
      written = true;
      people.set(hash, {
        id: person.id,
        firstName,
        lastName,
        statuses: known?.statuses ?? unknownStatuses.get(hash) ?? [],
        active: [...(known?.active ?? []), { facilityId: input.facilityId, programme: held.programme, startDate: input.startDate }],
      });
    }
    if (!refused && written) await em.flush();
    em.clear();
  }
  return outcomes;
}

/** Ends a participation with its date, reason and outcome (NGO_STAFF of the operator, MOPS_WORKER, ADMIN). */
export async function endParticipation(ctx: RequestContext, id: string, input: EndParticipationInput): Promise<ParticipantView> {
  const current = await participantById(ctx, id);
  if (!current) throw notFound('participant', id);
  await socialEmploymentFacility(ctx, current.facilityId, 'write');
  if (current.endDate) throw conflict(INTEGRATION.ALREADY_ENDED({ date: current.endDate }));
  const problems = new InputProblems();
  if (input.endDate < current.startDate) problems.add('input.endDate', INTEGRATION.PARTICIPATION_STARTED_ON({ date: current.startDate }));
  if (input.endDate > ctx.clock.today()) problems.add('input.endDate', INTEGRATION.ENDED_IN_ADVANCE());
  if (!input.reason.trim()) problems.add('input.reason', CORE.GIVE_REASON());
  problems.throwIfAny();
  await ctx.em.transactional(async (em) => {
    await lockRow(em, 'facility', current.facilityId, 'update');
    const [later] = await runSql<{ n: number; first: string | null }>(
      em,
      `select count(*)::int as n, min(date)::text as first from attendance_entry where participation_id = ? and date > ?`,
      [id, input.endDate],
    );
    if (later && later.n > 0) {
      throw invalidInput('input.endDate', INTEGRATION.ATTENDANCE_AFTER_END({ days: later.n, first: later.first ?? '' }));
    }
    const updated = await em.nativeUpdate(
      Participation,
      { id, endDate: null },
      {
        endDate: input.endDate,
        endReason: input.reason.trim(),
        outcome: input.outcome,
        endedBy: ctx.principal.userId ?? 'unknown',
        updatedAt: ctx.clock.now(),
      },
    );
    if (updated === 0) throw conflict(INTEGRATION.ALREADY_ENDED({ date: (await em.findOne(Participation, id, { refresh: true }))?.endDate ?? input.endDate }));
    ctx.audit.recordWrite(em, {
      operation: 'endParticipation',
      subjectType: 'Participation',
      subjectId: id,
      details: { endDate: input.endDate, outcome: input.outcome },
    });
    await em.flush();
  });
  return (await participantById(ctx, id))!;
}

/**
 * A participation by id as `Query.participant` gives it: to NGO staff of the operator, MOPS_WORKER
 * and ADMIN (a labour office sees participants only inside a CIS summary); null otherwise.
 */
export async function visibleParticipant(id: string, ctx: RequestContext): Promise<ParticipantView | null> {
  const participant = await ctx.loaders(integrationLoaders).participant.load(id);
  return participant && (await readsPeopleOf(ctx, participant.facilityId)) ? participant : null;
}

export async function participantById(ctx: RequestContext, id: string): Promise<ParticipantView | null> {
  if (!isUuid(id)) return null;
  const rows = await runSql(ctx.em, `select ${PARTICIPATION_COLUMNS} from participation pa where pa.id = ?`, [id]);
  return rows[0] ? participantFromSqlRow(rows[0]) : null;
}
