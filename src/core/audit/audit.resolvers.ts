import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../graphql/context.js';
import { checkPageArgs, PageArgs, selectsTotalCount, toConnection } from '../graphql/pagination.js';
import { keysetEntityPage, type KeysetOrder } from '../db/keyset.js';
import { AuditEvent } from './audit.entities.js';
import { AuditEventConnection, AuditFilter } from './audit.types.js';

/** Newest first, by the (occurred_at, id) index. */
const NEWEST_FIRST: KeysetOrder = {
  keys: [
    { property: 'occurredAt', column: 'occurred_at', cast: '?::timestamptz' },
    { property: 'id', column: 'id', cast: '?::uuid' },
  ],
  direction: 'desc',
};

@Resolver()
export class AuditLogResolver {
  @Query(() => AuditEventConnection.Connection, {
    description: 'The audit trail, newest first (ADMIN only): every write and every read of person-level sensitive data.',
  })
  async auditLog(
    @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    checkPageArgs(page).throwIfAny();
    const where: FilterQuery<AuditEvent> = {};
    if (filter?.action) where.action = filter.action;
    if (filter?.actorId) where.actorId = filter.actorId;
    if (filter?.actorOrganisationId) where.actorOrganisationId = filter.actorOrganisationId;
    if (filter?.operation) where.operation = filter.operation;
    if (filter?.subjectType) where.subjectType = filter.subjectType;
    if (filter?.subjectId) where.subjectId = filter.subjectId;
    if (filter?.from || filter?.to) {
      where.occurredAt = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
    }
    return toConnection(await keysetEntityPage(ctx.em, AuditEvent, where, page, selectsTotalCount(info), NEWEST_FIRST));
  }
}
