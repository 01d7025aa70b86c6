import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ConnectionType } from '../graphql/pagination.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { Role } from '../auth/principal.js';
import { AuditAction } from './audit.entities.js';

registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What kind of access an audit event records.',
  valuesConfig: {
    READ: { description: 'A read of a person-level sensitive field (GDPR art. 9 data, a PESEL, a child in care).' },
    WRITE: { description: 'A change made through a mutation.' },
  },
});

@ObjectType('AuditEvent', { description: 'One line of the audit trail: who did what to which subject, and when.' })
export class AuditEventType {
  @Field(() => ID, { description: 'Identifier of the event.' })
  id!: string;

  @Field(() => DateTimeScalar, { description: 'When it happened.' })
  occurredAt!: Date;

  @Field(() => AuditAction, { description: 'Read of a sensitive field or a write.' })
  action!: AuditAction;

  @Field(() => String, { nullable: true, description: 'The user id (token subject) of the actor.' })
  actorId!: string | null;

  @Field(() => Role, { description: 'The role the actor acted in.' })
  actorRole!: Role;

  @Field(() => ID, { nullable: true, description: "The actor's organisation." })
  actorOrganisationId!: string | null;

  @Field(() => String, { description: 'The GraphQL operation (field) that caused the event.' })
  operation!: string;

  @Field(() => String, { description: 'The type of the subject, e.g. Facility or Person.' })
  subjectType!: string;

  @Field(() => String, { nullable: true, description: 'The id (or keyed hash) of the subject; never a PESEL or a name.' })
  subjectId!: string | null;

  @Field(() => String, { nullable: true, description: 'The field read, for READ events.' })
  field!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'What changed, or the purpose of a read.' })
  details!: Record<string, unknown> | null;
}

@InputType({ description: 'Narrows the audit log; all given conditions must hold.' })
export class AuditFilter {
  @Field(() => AuditAction, { nullable: true, description: 'Only reads or only writes.' })
  action?: AuditAction;

  @Field(() => String, { nullable: true, description: 'Only this actor (token subject).' })
  actorId?: string;

  @Field(() => ID, { nullable: true, description: 'Only actors of this organisation.' })
  actorOrganisationId?: string;

  @Field(() => String, { nullable: true, description: 'Only this operation, e.g. reportOccupancy.' })
  operation?: string;

  @Field(() => String, { nullable: true, description: 'Only subjects of this type, e.g. Facility.' })
  subjectType?: string;

  @Field(() => String, { nullable: true, description: 'Only this subject.' })
  subjectId?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only events at or after this instant.' })
  from?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only events before this instant.' })
  to?: Date;
}

export const AuditEventConnection = ConnectionType(AuditEventType, 'AuditEvent', 'audit event');
