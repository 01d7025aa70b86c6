import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/graphql/context.js';
import { checkPageArgs, PageArgs, selectsTotalCount, toConnection } from '../../core/graphql/pagination.js';
import { DateScalar } from '../../core/graphql/scalars.js';
import { PersonType, personsLoaders, type PersonView } from '../persons/index.js';
import { FacilityGraphQLType, OrganisationType, registryLoaders, type FacilityView } from '../registry/index.js';
import { ReferralDimension as Dimension, referralStatistics, type ReferralDimension, type ReferralStatisticsRow } from './referral-statistics.js';
import {
  listReferrals,
  respondToReferral,
  sendReferral,
  visibleReferral,
  withdrawReferral,
  type ReferralAnswer,
  type ReferralFilter as Filter,
  type ReferralView,
  type SendReferralInput as SendInput,
} from './referrals.service.js';
import { ReferralAnswerInput, ReferralConnection, ReferralFilter, ReferralStatisticsRowType, ReferralType, SendReferralInput } from './referrals.types.js';

@Resolver(() => ReferralType)
export class ReferralResolver {
  @Query(() => ReferralConnection.Connection, {
    description:
      'Referrals, newest first: a labour office or the welfare centre sees what it sent, an operator\u2019s staff what its facilities received, MOPS_WORKER and ADMIN all.',
  })
  async referrals(
    @Arg('filter', () => ReferralFilter, { nullable: true }) filter: ReferralFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    checkPageArgs(page).throwIfAny();
    return toConnection(await listReferrals(ctx, filter as Filter | null, page, selectsTotalCount(info)));
  }

  @Query(() => ReferralType, { nullable: true, description: 'One referral the caller may see; null otherwise.' })
  referral(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ReferralView | null> {
    return visibleReferral(ctx, id);
  }

  @Query(() => [ReferralStatisticsRowType], {
    description:
      'Referrals sent in a period by receiver type, district, refusal reason and month (ANALYST, MOPS_WORKER, ADMIN): the city\u2019s unmet demand is the NO_FREE_PLACE refusals. Small counts suppressed.',
  })
  referralStatistics(
    @Arg('groupBy', () => [Dimension], { description: 'Dimensions to group by; an empty list gives one total.' }) groupBy: ReferralDimension[],
    @Arg('from', () => DateScalar, {
      nullable: true,
      description:
        'First day of sending; by default a year before `to`. ANALYST: 1 January of a year (the current one by default), so that no two answers differ by a part of a year.',
    })
    from: string | null,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Last day of sending; today by default. ANALYST: 31 December of the same year.' })
    to: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ReferralStatisticsRow[]> {
    return referralStatistics(ctx, groupBy, from, to);
  }

  @Mutation(() => ReferralType, {
    description:
      'Sends a referral in the name of the caller\u2019s organisation (LABOUR_OFFICE to a KIS or CIS; MOPS_WORKER to any facility). Idempotent on its key; the same key with other content is CONFLICT.',
  })
  sendReferral(@Arg('input', () => SendReferralInput) input: SendReferralInput, @Ctx() ctx: RequestContext): Promise<ReferralView> {
    return sendReferral(ctx, input as SendInput);
  }

  @Mutation(() => ReferralType, {
    description:
      'The operator\u2019s answer (NGO_STAFF of the receiving facility\u2019s operator, MOPS_WORKER, ADMIN). Only a referral still waiting may be answered: anything else, an expired one too, is CONFLICT; of two answers at once exactly one wins.',
  })
  respondToReferral(
    @Arg('id', () => ID, { description: 'The referral.' }) id: string,
    @Arg('answer', () => ReferralAnswerInput, { description: 'ACCEPTED, or REJECTED with its reason.' }) answer: ReferralAnswerInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReferralView> {
    return respondToReferral(ctx, id, answer as ReferralAnswer);
  }

  @Mutation(() => ReferralType, {
    description: 'The sender takes back a referral still waiting for an answer (the sending organisation\u2019s users, ADMIN); CONFLICT otherwise.',
  })
  withdrawReferral(@Arg('id', () => ID, { description: 'The referral.' }) id: string, @Ctx() ctx: RequestContext): Promise<ReferralView> {
    return withdrawReferral(ctx, id);
  }

  @FieldResolver(() => PersonType, { description: 'The person referred. Every read is audited.' })
  async person(@Root() r: ReferralView, @Ctx() ctx: RequestContext): Promise<PersonView> {
    ctx.audit.recordRead({ operation: ctx.operationName ?? 'query', subjectType: 'Person', subjectId: r.personId, field: 'referral.person' });
    return (await ctx.loaders(personsLoaders).person.load(r.personId))!;
  }

  @FieldResolver(() => OrganisationType, { description: 'The sending labour office or welfare centre.' })
  async sender(@Root() r: ReferralView, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders(registryLoaders).organisation.load(r.senderId))!;
  }

  @FieldResolver(() => FacilityGraphQLType, { description: 'The receiving facility.' })
  async facility(@Root() r: ReferralView, @Ctx() ctx: RequestContext): Promise<FacilityView> {
    return (await ctx.loaders(registryLoaders).facility.load(r.facilityId))!;
  }
}

@Resolver(() => ReferralStatisticsRowType)
export class ReferralStatisticsRowResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The district\u2019s name, beside its id, when grouped by DISTRICT.' })
  async districtName(@Root() row: ReferralStatisticsRow, @Ctx() ctx: RequestContext): Promise<string | null> {
    return row.districtId ? ((await ctx.loaders(registryLoaders).district.load(row.districtId))?.name ?? null) : null;
  }
}
