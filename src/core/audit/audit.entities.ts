import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { recordTime } from '../db/record-time.js';
import { uuidPrimaryKey } from '../db/columns.js';

/** READ of a person-level sensitive field, or a WRITE through a mutation. */
export const AuditAction = { READ: 'READ', WRITE: 'WRITE' } as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

/**
 * One line of the audit trail. Append-only: nothing in the hub updates or deletes it. A subject is
 * referred to by its id (or a keyed hash), never by a PESEL or a name.
 */
export const AuditEvent = defineEntity({
  name: 'AuditEvent',
  tableName: 'audit_event',
  properties: {
    id: uuidPrimaryKey(),
    occurredAt: p.datetime().onCreate(recordTime).index(),
    action: p.enum(Object.values(AuditAction)),
    actorId: p.string().nullable().index(),
    actorRole: p.string(),
    actorOrganisationId: p.uuid().nullable(),
    /** GraphQL operation (`reportOccupancy`, `participants`). */
    operation: p.string(),
    /** Entity type the event is about (`Facility`, `Person`). */
    subjectType: p.string(),
    subjectId: p.string().nullable().index(),
    /** Field read, for READ events (`pesel`, `eligibilityCategory`). */
    field: p.string().nullable(),
    details: p.json<Record<string, unknown>>().nullable(),
  },
  // (occurred_at, id): the order of the audit log's pages, read by a row comparison.
  indexes: [{ properties: ['subjectType', 'subjectId'] }, { properties: ['occurredAt', 'id'] }],
});
export type AuditEvent = InferEntity<typeof AuditEvent>;
