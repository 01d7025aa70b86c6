import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { recordTime } from '../../core/db/record-time.js';
import { uuidPrimaryKey } from '../../core/db/columns.js';
import { Person } from '../persons/index.js';
import { Facility, Organisation } from '../registry/index.js';
import { ReferralProgramme, RejectionReason } from './referrals.rules.js';

/** A referral (skierowanie) of a person from a labour office or the welfare centre to a facility, and its answer. */
export const Referral = defineEntity({
  name: 'Referral',
  tableName: 'referral',
  properties: {
    id: uuidPrimaryKey(),
    /** The sender's key for this referral: sending again with it returns the first one. */
    idempotencyKey: p.string(),
    person: () => p.manyToOne(Person).ref().index(),
    sender: () => p.manyToOne(Organisation).ref(),
    senderKind: p.enum(['LABOUR_OFFICE', 'WELFARE_CENTRE']),
    facility: () => p.manyToOne(Facility).ref().index(),
    programme: p.enum(Object.values(ReferralProgramme)).nullable(),
    legalBasis: p.string(),
    sentOn: p.date(),
    respondBy: p.date(),
    /** SENT, ACCEPTED, REJECTED or WITHDRAWN; EXPIRED is read from the respond-by date. */
    status: p.enum(['SENT', 'ACCEPTED', 'REJECTED', 'WITHDRAWN']),
    rejectionReason: p.enum(Object.values(RejectionReason)).nullable(),
    rejectionText: p.text().nullable(),
    answeredOn: p.date().nullable(),
    answeredBy: p.string().nullable(),
    sentBy: p.string(),
    /** The participation or placement that took the person in on this referral. */
    participationId: p.uuid().nullable(),
    placementId: p.uuid().nullable(),
    /** A digest of what was sent, to tell a repeated request from a different one under the same key. */
    contentHash: p.string(),
    createdAt: p.datetime().onCreate(recordTime),
    updatedAt: p.datetime().onCreate(recordTime).onUpdate(recordTime),
  },
  uniques: [{ properties: ['sender', 'idempotencyKey'] }],
  indexes: [{ properties: ['sentOn', 'id'] }],
});
export type Referral = InferEntity<typeof Referral>;
