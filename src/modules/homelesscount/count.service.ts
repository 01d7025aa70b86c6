import { LockMode } from '@mikro-orm/core';
import { conflict, forbidden, invalidInput, InputProblems, notFound } from '../../core/errors.js';
import { addDays } from '../../core/calendar.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { isUuid } from '../../core/ids.js';
import { CORE, recordKind } from '../../core/messages/core.messages.js';
import { labelled } from '../../core/messages/reasons.js';
import { terytProblem } from '../../core/postal-code.js';
import { District, Facility, FACILITY_TYPE_LABELS } from '../registry/index.js';
import { HomelessCount, HomelessCountEntry } from './count.entities.js';
import { COUNT_PLACE_LABELS } from './count.labels.js';
import { HOMELESS_COUNT } from './count.messages.js';
import { coordinatesCount } from './count.permissions.js';
import type { Sex } from '../persons/index.js';
import { COUNT_PLACES, MAX_PERSONS_PER_ENTRY, OPEN_AHEAD_DAYS, type AgeBand, type CountPlace } from './count.rules.js';

export interface OpenCountInput {
  night: string;
  gminaName: string;
  gminaTeryt?: string | null;
}

export interface CountEntryInput {
  place: CountPlace;
  districtId?: string | null;
  facilityId?: string | null;
  sex: Sex;
  ageBand: AgeBand;
  persons: number;
}

/** Most entries in one call: a street team's night, a shelter's whole table. */
export const MAX_ENTRIES = 200;

const place = (p: CountPlace) => labelled(p, COUNT_PLACE_LABELS);

/** Opens the count of a night for the gmina (MOPS_WORKER, ADMIN): one count a night. */
export async function openHomelessCount(ctx: RequestContext, input: OpenCountInput): Promise<HomelessCount> {
  const problems = new InputProblems();
  const last = addDays(ctx.clock.today(), OPEN_AHEAD_DAYS);
  if (input.night > last) problems.add('night', HOMELESS_COUNT.COUNT_NIGHT_TOO_FAR({ days: OPEN_AHEAD_DAYS, last }));
  const gminaName = input.gminaName.trim();
  if (!gminaName) problems.add('gminaName', HOMELESS_COUNT.GMINA_NAME_EMPTY());
  else if (gminaName.length > 255) problems.add('gminaName', CORE.TEXT_TOO_LONG({ limit: 255, given: gminaName.length }));
  if (input.gminaTeryt) problems.check('gminaTeryt', terytProblem(input.gminaTeryt));
  problems.throwIfAny();
  return ctx.em.transactional(async (em) => {
    if (await em.count(HomelessCount, { night: input.night })) throw conflict(HOMELESS_COUNT.COUNT_NIGHT_TAKEN({ night: input.night }));
    const count = em.create(HomelessCount, {
      night: input.night,
      gminaName,
      gminaTeryt: input.gminaTeryt || null,
      status: 'OPEN',
      openedBy: ctx.principal.userId ?? 'unknown',
      closedAt: null,
    });
    ctx.audit.recordWrite(em, { operation: 'openHomelessCount', subjectType: 'HomelessCount', subjectId: count.id, details: { night: input.night } });
    await em.flush();
    return count;
  });
}

async function openCount(em: RequestContext['em'], countId: string, today: string, path = 'countId'): Promise<HomelessCount> {
  if (!isUuid(countId)) throw invalidInput(path, CORE.NOT_AN_ID_OF({ kind: recordKind('homeless count') }));
  // Entries and the closing of one count run one after the other: nothing is added to a filed table.
  const count = await em.findOne(HomelessCount, { id: countId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!count) throw notFound('homeless count', countId);
  if (count.status === 'CLOSED') throw conflict(HOMELESS_COUNT.COUNT_CLOSED({ night: count.night }));
  if (count.night > today) throw conflict(HOMELESS_COUNT.COUNT_NOT_YET({ night: count.night }));
  return count;
}

/**
 * Enters counts of persons found on the night, all or none: a street team's by place and district,
 * a hospital's, a shelter's own by sex and age (which then stands for its occupancy report). The
 * NGO staff of street teams and partners enter persons found outside facilities and in the
 * facilities their organisation runs.
 */
export async function recordCountEntries(ctx: RequestContext, countId: string, entries: CountEntryInput[]): Promise<HomelessCountEntry[]> {
  const problems = new InputProblems();
  if (!entries.length) problems.add('entries', HOMELESS_COUNT.ENTRIES_EMPTY());
  if (entries.length > MAX_ENTRIES) problems.add('entries', HOMELESS_COUNT.ENTRIES_TOO_MANY({ max: MAX_ENTRIES }));
  problems.throwIfAny();
  return ctx.em.transactional(async (em) => {
    const count = await openCount(em, countId, ctx.clock.today());
    const facilityIds = [...new Set(entries.flatMap((e) => (e.facilityId && isUuid(e.facilityId) ? [e.facilityId] : [])))];
    const districtIds = [...new Set(entries.flatMap((e) => (e.districtId && isUuid(e.districtId) ? [e.districtId] : [])))];
    const facilities = new Map((await em.find(Facility, { id: { $in: facilityIds } })).map((f) => [f.id, f]));
    const districts = new Set((await em.find(District, { id: { $in: districtIds } })).map((d) => d.id));
    entries.forEach((entry, i) => {
      const at = (field: string) => ['entries', i, field];
      const rule = COUNT_PLACES[entry.place];
      if (!Number.isInteger(entry.persons) || entry.persons < 1 || entry.persons > MAX_PERSONS_PER_ENTRY) {
        problems.add(at('persons'), HOMELESS_COUNT.PERSONS_RANGE({ max: MAX_PERSONS_PER_ENTRY }));
      }
      if (rule.facilityType) {
        if (!entry.facilityId) return problems.add(at('facilityId'), HOMELESS_COUNT.FACILITY_NEEDED({ place: place(entry.place) }));
        if (!isUuid(entry.facilityId)) return problems.add(at('facilityId'), CORE.NOT_AN_ID_OF({ kind: recordKind('facility') }));
        const facility = facilities.get(entry.facilityId);
        if (!facility) return problems.add(at('facilityId'), CORE.NO_SUCH_RECORD({ kind: recordKind('facility'), id: entry.facilityId }));
        if (facility.type !== rule.facilityType) {
          problems.add(
            at('facilityId'),
            HOMELESS_COUNT.FACILITY_OF_OTHER_PLACE({ type: labelled(facility.type, FACILITY_TYPE_LABELS), place: place(entry.place) }),
          );
        }
        if (ctx.principal.role === 'NGO_STAFF' && facility.operator.id !== ctx.principal.organisationId) {
          problems.add(at('facilityId'), HOMELESS_COUNT.NOT_YOUR_FACILITY_COUNT());
        }
      } else {
        if (entry.facilityId) problems.add(at('facilityId'), HOMELESS_COUNT.FACILITY_NOT_FOR_PLACE({ place: place(entry.place) }));
        if (!entry.districtId) problems.add(at('districtId'), HOMELESS_COUNT.DISTRICT_NEEDED());
        else if (!isUuid(entry.districtId)) problems.add(at('districtId'), CORE.NOT_AN_ID_OF({ kind: recordKind('district') }));
        else if (!districts.has(entry.districtId)) problems.add(at('districtId'), CORE.NO_SUCH_RECORD({ kind: recordKind('district'), id: entry.districtId }));
      }
    });
    problems.throwIfAny();
    const written = entries.map((entry) =>
      em.create(HomelessCountEntry, {
        count,
        place: entry.place,
        district: entry.districtId && !COUNT_PLACES[entry.place].facilityType ? em.getReference(District, entry.districtId) : null,
        facility: entry.facilityId ? facilities.get(entry.facilityId)! : null,
        sex: entry.sex,
        ageBand: entry.ageBand,
        persons: entry.persons,
        enteredBy: ctx.principal.userId ?? 'unknown',
        enteredByOrganisation: ctx.principal.organisationId,
      }),
    );
    ctx.audit.recordWrite(em, {
      operation: 'recordCountEntries',
      subjectType: 'HomelessCount',
      subjectId: count.id,
      details: { entries: entries.length, persons: entries.reduce((s, e) => s + e.persons, 0) },
    });
    await em.flush();
    return written;
  });
}

/** Removes an entry made by mistake while the count is open: its author, or MOPS. */
export async function removeCountEntry(ctx: RequestContext, id: string): Promise<boolean> {
  if (!isUuid(id)) throw invalidInput('id', CORE.NOT_AN_ID_OF({ kind: recordKind('count entry') }));
  return ctx.em.transactional(async (em) => {
    const entry = await em.findOne(HomelessCountEntry, { id });
    if (!entry) throw notFound('count entry', id);
    await openCount(em, entry.count.id, ctx.clock.today());
    if (!coordinatesCount(ctx.principal.role) && entry.enteredBy !== ctx.principal.userId) throw forbidden(HOMELESS_COUNT.NOT_YOUR_ENTRY());
    ctx.audit.recordWrite(em, {
      operation: 'removeCountEntry',
      subjectType: 'HomelessCount',
      subjectId: entry.count.id,
      details: { id, place: entry.place, persons: entry.persons },
    });
    em.remove(entry);
    await em.flush();
    return true;
  });
}

/** Closes the count once its table is filed (MOPS_WORKER, ADMIN): no entry is added or removed after. */
export async function closeHomelessCount(ctx: RequestContext, id: string): Promise<HomelessCount> {
  return ctx.em.transactional(async (em) => {
    const count = await openCount(em, id, ctx.clock.today(), 'id');
    count.status = 'CLOSED';
    count.closedAt = ctx.clock.now();
    ctx.audit.recordWrite(em, { operation: 'closeHomelessCount', subjectType: 'HomelessCount', subjectId: count.id, details: { night: count.night } });
    await em.flush();
    return count;
  });
}

/** The count before this one, for the comparison of the table. */
export async function previousCount(ctx: RequestContext, night: string): Promise<HomelessCount | null> {
  return ctx.em.findOne(HomelessCount, { night: { $lt: night } }, { orderBy: { night: 'desc' } });
}
