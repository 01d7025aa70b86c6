import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { recordTime } from '../../core/db/record-time.js';
import { uuidPrimaryKey } from '../../core/db/columns.js';

export const Sex = { FEMALE: 'FEMALE', MALE: 'MALE' } as const;
export type Sex = (typeof Sex)[keyof typeof Sex];

/**
 * A person known to the hub: one record per PESEL, shared by every module (social integration,
 * foster care, cross-checks). The PESEL is kept only as a keyed hash (look-up) and a ciphertext
 * (display); not even its last digits are stored in clear, because with the birth date they would
 * give the whole number back through the check digit.
 */
export const Person = defineEntity({
  name: 'Person',
  tableName: 'person',
  properties: {
    id: uuidPrimaryKey(),
    firstName: p.string(),
    lastName: p.string(),
    /** "last first", folded, for ordering and search. */
    searchName: p.string().index(),
    /** HMAC-SHA-256 of the PESEL, hex (PeselProtection.lookupHash). */
    peselHash: p.string().length(64).unique(),
    /** AES-256-GCM ciphertext of the PESEL, bound to its hash. */
    peselCiphertext: p.text(),
    birthDate: p.date(),
    sex: p.enum(Object.values(Sex)),
    createdAt: p.datetime().onCreate(recordTime),
    updatedAt: p.datetime().onCreate(recordTime).onUpdate(recordTime),
  },
});
export type Person = InferEntity<typeof Person>;

/**
 * A person's status at a labour office (powiatowy/grodzki urząd pracy), as that office reports it
 * (reportUnemploymentStatus): registered as unemployed since, entitled to unemployment benefit or
 * not, deregistered on. One row per PESEL and office. Keyed by the PESEL's hash, not by a person
 * record: the office reports everyone it registers, most of whom the hub never meets, and the
 * status must be there when one of them is later enrolled. Entitlement to the benefit excludes a
 * person from a CIS (art. 1 ust. 3 of the social employment act).
 */
export const LabourMarketStatus = defineEntity({
  name: 'LabourMarketStatus',
  tableName: 'labour_market_status',
  properties: {
    id: uuidPrimaryKey(),
    /** PeselProtection.lookupHash of the person's PESEL. */
    peselHash: p.string().length(64),
    /** The reporting labour office (an organisation of the registry). */
    labourOfficeId: p.uuid(),
    registeredSince: p.date().nullable(),
    benefitEntitled: p.boolean(),
    deregisteredOn: p.date().nullable(),
    reportedBy: p.string(),
    reportedAt: p.datetime().onCreate(recordTime).onUpdate(recordTime),
  },
  uniques: [{ properties: ['peselHash', 'labourOfficeId'] }],
});
export type LabourMarketStatus = InferEntity<typeof LabourMarketStatus>;
