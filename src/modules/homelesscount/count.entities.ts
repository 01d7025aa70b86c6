import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { recordTime } from '../../core/db/record-time.js';
import { uuidPrimaryKey } from '../../core/db/columns.js';
import { District, Facility } from '../registry/index.js';
import { Sex } from '../persons/index.js';
import { AgeBand, COUNT_PLACES, CountStatus } from './count.rules.js';

/** One night of the count of homeless persons in the gmina, opened by its coordinator (MOPS). */
export const HomelessCount = defineEntity({
  name: 'HomelessCount',
  tableName: 'homeless_count',
  properties: {
    id: uuidPrimaryKey(),
    /** The night, by the date of its evening (3 March for the night of 3/4 March). */
    night: p.date().unique(),
    gminaName: p.string(),
    /** TERYT code of the gmina, 7 digits; optional. */
    gminaTeryt: p.string().length(7).nullable(),
    status: p.enum(Object.values(CountStatus)),
    openedBy: p.string(),
    openedAt: p.datetime().onCreate(recordTime),
    closedAt: p.datetime().nullable(),
  },
});
export type HomelessCount = InferEntity<typeof HomelessCount>;

/**
 * Persons of one sex and age band found on the night in one place: a street team's count at the
 * station, a hospital's figure, a shelter's own count. Aggregates only: the hub keeps no person of
 * the count.
 */
export const HomelessCountEntry = defineEntity({
  name: 'HomelessCountEntry',
  tableName: 'homeless_count_entry',
  properties: {
    id: uuidPrimaryKey(),
    count: () => p.manyToOne(HomelessCount).ref().deleteRule('cascade').index(),
    place: p.enum(Object.keys(COUNT_PLACES)),
    /** Where outside a facility the persons were found; null for an entry of a facility. */
    district: () => p.manyToOne(District).ref().nullable(),
    /** The facility whose persons these are, for the registry's places. */
    facility: () => p.manyToOne(Facility).ref().nullable(),
    sex: p.enum(Object.values(Sex)),
    ageBand: p.enum(Object.values(AgeBand)),
    persons: p.integer(),
    enteredBy: p.string(),
    enteredByOrganisation: p.uuid().nullable(),
    enteredAt: p.datetime().onCreate(recordTime),
  },
});
export type HomelessCountEntry = InferEntity<typeof HomelessCountEntry>;
