import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { DateScalar } from '../../core/graphql/scalars.js';
import { DistrictType, FacilityGraphQLType, OrganisationType, registryLoaders } from '../registry/index.js';
import {
  cooperationLoaders,
  listBodies,
  listPacts,
  listPartnerships,
  listProgrammes,
  listStakeholders,
  modelSteps,
  partnershipById,
  partnershipCoverage,
  programmeBudgets,
  programmeById,
  statusOn,
  type MemberView,
  type PartnershipView,
  type ProgrammeView,
  type StakeholderView,
} from './cooperation.queries.js';
import {
  PartnershipStatus,
  ProgrammeKind,
  StakeholderCategory,
  type BodyKind,
  type PartnershipStatus as Status,
  type ProgrammeKind as Kind,
  type StakeholderCategory as Category,
} from './cooperation.rules.js';
import * as service from './cooperation.service.js';
import {
  BodyMemberType,
  CommunityActionInput,
  CommunityActionType,
  CooperationBodyInput,
  CooperationBodyType,
  DistrictCoverageType,
  ModelStepInput,
  ModelStepStatusType,
  PactInput,
  PactType,
  PartnershipInput,
  PartnershipMeetingsYearType,
  PartnershipMemberInput,
  PartnershipMemberType,
  PartnershipStatusInput,
  PartnershipType,
  ProgrammeBudgetYearType,
  ProgrammeInput,
  ProgrammeType,
  ProgrammeYearInput,
  ProgrammeYearType,
  StakeholderInput,
  StakeholderType,
} from './cooperation.types.js';

type PartnershipRow = PartnershipView & { asOf: string };
const withDate = (view: PartnershipView, asOf: string): PartnershipRow => ({ ...view, asOf });

async function partnershipOrFail(ctx: RequestContext, id: string): Promise<PartnershipRow> {
  const view = await partnershipById(ctx, id);
  if (!view) throw notFound('partnership', id);
  return withDate(view, ctx.clock.today());
}

async function programmeOrFail(ctx: RequestContext, id: string): Promise<ProgrammeView> {
  const view = await programmeById(ctx, id);
  if (!view) throw notFound('programme', id);
  return view;
}

@Resolver(() => StakeholderType)
export class StakeholderResolver {
  @Query(() => [StakeholderType], { description: 'The catalogue of local stakeholders (public; contacts and leaders\u2019 names for MOPS_WORKER and ADMIN).' })
  stakeholders(
    @Arg('category', () => StakeholderCategory, { nullable: true, description: 'Only this category.' }) category: Category | null,
    @Ctx() ctx: RequestContext,
  ): Promise<StakeholderView[]> {
    return listStakeholders(ctx, category);
  }

  @Mutation(() => StakeholderType, {
    description: 'Adds an organisation of the registry, or a local leader with their consent, to the catalogue (MOPS_WORKER, ADMIN).',
  })
  async registerStakeholder(
    @Arg('input', () => StakeholderInput, { description: 'The stakeholder.' }) input: StakeholderInput,
    @Ctx() ctx: RequestContext,
  ): Promise<StakeholderView> {
    const id = await service.registerStakeholder(ctx, input as service.StakeholderInput);
    return (await ctx.loaders(cooperationLoaders).stakeholder.load(id))!;
  }

  @FieldResolver(() => OrganisationType, { nullable: true, description: 'The organisation of the registry; null for a local leader.' })
  async organisation(@Root() s: StakeholderView, @Ctx() ctx: RequestContext) {
    return s.organisationId ? ctx.loaders(registryLoaders).organisation.load(s.organisationId) : null;
  }
}

@Resolver(() => PartnershipType)
export class PartnershipResolver {
  @Query(() => [PartnershipType], { description: 'Partnerships as they stood on a date (public): by district and by their status on that date.' })
  async partnerships(
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The date; today by default.' }) asOf: string | null,
    @Arg('districtId', () => ID, { nullable: true, description: 'Only partnerships covering this district.' }) districtId: string | null,
    @Arg('status', () => PartnershipStatus, { nullable: true, description: 'Only those in this status on the date.' }) status: Status | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PartnershipRow[]> {
    return (await listPartnerships(ctx, { asOf, districtId, status })).map(({ view, asOf: date }) => withDate(view, date));
  }

  @Query(() => [DistrictCoverageType], {
    description: 'Each district with the partnerships active in it on a date (public): the partnerships\u2019 coverage of the city.',
  })
  partnershipCoverage(
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The date; today by default.' }) asOf: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return partnershipCoverage(ctx, asOf);
  }

  @Mutation(() => PartnershipType, { description: 'A new partnership with its first members (MOPS_WORKER, ADMIN; NGO_STAFF for one its organisation leads).' })
  async createPartnership(
    @Arg('input', () => PartnershipInput, { description: 'The partnership.' }) input: PartnershipInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PartnershipRow> {
    return partnershipOrFail(ctx, await service.createPartnership(ctx, input as service.PartnershipInput));
  }

  @Mutation(() => PartnershipType, { description: 'Concludes or dissolves a partnership (its editors); a dissolved one is CONFLICT.' })
  async setPartnershipStatus(
    @Arg('id', () => ID, { description: 'The partnership.' }) id: string,
    @Arg('input', () => PartnershipStatusInput, { description: 'The status and its dates.' }) input: PartnershipStatusInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PartnershipRow> {
    return partnershipOrFail(ctx, await service.setPartnershipStatus(ctx, id, input as { status: Status }));
  }

  @Mutation(() => PartnershipType, { description: 'A new member of a partnership (its editors).' })
  async addPartnershipMember(
    @Arg('partnershipId', () => ID, { description: 'The partnership.' }) partnershipId: string,
    @Arg('member', () => PartnershipMemberInput, { description: 'The member.' }) member: PartnershipMemberInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PartnershipRow> {
    await service.addPartnershipMember(ctx, partnershipId, member as service.MemberInput);
    return partnershipOrFail(ctx, partnershipId);
  }

  @Mutation(() => PartnershipType, { description: 'A member leaves a partnership on a day (its editors); the history stays.' })
  async endPartnershipMembership(
    @Arg('memberId', () => ID, { description: 'The membership (PartnershipMember.id).' }) memberId: string,
    @Arg('leftOn', () => DateScalar, { description: 'The day it left.' }) leftOn: string,
    @Ctx() ctx: RequestContext,
  ): Promise<PartnershipRow> {
    return partnershipOrFail(ctx, await service.endPartnershipMembership(ctx, memberId, leftOn));
  }

  @Mutation(() => PartnershipType, { description: 'The number of a partnership\u2019s meetings in a year (its editors).' })
  async recordPartnershipMeetings(
    @Arg('partnershipId', () => ID, { description: 'The partnership.' }) partnershipId: string,
    @Arg('year', () => Int, { description: 'The year, 1990 to this one.' }) year: number,
    @Arg('meetings', () => Int, { description: 'Meetings held, 0 to 1000.' }) meetings: number,
    @Ctx() ctx: RequestContext,
  ): Promise<PartnershipRow> {
    return partnershipOrFail(ctx, await service.recordPartnershipMeetings(ctx, partnershipId, year, meetings));
  }

  @FieldResolver(() => PartnershipStatus, { description: 'Its status on the date asked for, from its dates.' })
  statusOnDate(@Root() p: PartnershipRow): Status {
    return statusOn(p, p.asOf);
  }

  @FieldResolver(() => [DistrictType], { description: 'The districts it covers.' })
  async districts(@Root() p: PartnershipRow, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders(registryLoaders).district.loadMany(p.districtIds)).filter((d) => d && !(d instanceof Error));
  }

  @FieldResolver(() => StakeholderType, { nullable: true, description: 'The lead stakeholder.' })
  lead(@Root() p: PartnershipRow, @Ctx() ctx: RequestContext) {
    return p.leadStakeholderId ? ctx.loaders(cooperationLoaders).stakeholder.load(p.leadStakeholderId) : null;
  }

  @FieldResolver(() => [PartnershipMemberType], { description: 'Its members on the date asked for (joined by then, not left).' })
  async members(@Root() p: PartnershipRow, @Ctx() ctx: RequestContext): Promise<MemberView[]> {
    const all = await ctx.loaders(cooperationLoaders).members.load(p.id);
    return all.filter((m) => (!m.joinedOn || m.joinedOn <= p.asOf) && (!m.leftOn || m.leftOn > p.asOf));
  }

  @FieldResolver(() => [PartnershipMemberType], { description: 'Every membership, past and present.' })
  memberHistory(@Root() p: PartnershipRow, @Ctx() ctx: RequestContext): Promise<MemberView[]> {
    return ctx.loaders(cooperationLoaders).members.load(p.id);
  }

  @FieldResolver(() => [PartnershipMeetingsYearType], { description: 'Meetings by year.' })
  meetings(@Root() p: PartnershipRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders(cooperationLoaders).meetings.load(p.id);
  }
}

@Resolver(() => PartnershipMemberType)
export class PartnershipMemberResolver {
  @FieldResolver(() => StakeholderType, { description: 'The member.' })
  async stakeholder(@Root() m: MemberView, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders(cooperationLoaders).stakeholder.load(m.stakeholderId))!;
  }
}

@Resolver(() => PactType)
export class PactResolver {
  @Query(() => [PactType], { description: 'Pacts for cooperation with their signatories (public).' })
  pacts(@Ctx() ctx: RequestContext) {
    return listPacts(ctx);
  }

  @Mutation(() => PactType, { description: 'Records a signed pact (MOPS_WORKER, ADMIN).' })
  async signPact(@Arg('input', () => PactInput, { description: 'The pact.' }) input: PactInput, @Ctx() ctx: RequestContext) {
    const id = await service.signPact(ctx, input);
    return (await listPacts(ctx, id))[0]!;
  }

  @FieldResolver(() => [StakeholderType], { description: 'Its signatories.' })
  async signatories(@Root() p: { signatoryIds: string[] }, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders(cooperationLoaders).stakeholder.loadMany(p.signatoryIds)).filter((s) => s && !(s instanceof Error));
  }
}

@Resolver(() => CooperationBodyType)
export class CooperationBodyResolver {
  @Query(() => [CooperationBodyType], { description: 'Bodies of local cooperation, with their members on a date (public).' })
  cooperationBodies(
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The date; today by default.' }) asOf: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return listBodies(ctx, asOf);
  }

  @Mutation(() => CooperationBodyType, { description: 'Sets up a body, such as a local synergy team, with its members (MOPS_WORKER, ADMIN).' })
  async createCooperationBody(@Arg('input', () => CooperationBodyInput, { description: 'The body.' }) input: CooperationBodyInput, @Ctx() ctx: RequestContext) {
    const id = await service.createBody(ctx, { ...input, kind: input.kind as BodyKind });
    return (await listBodies(ctx, input.establishedOn, id))[0]!;
  }

  @FieldResolver(() => [BodyMemberType], { description: 'Its members on the date asked for.' })
  members(@Root() b: { members: unknown[] }) {
    return b.members;
  }
}

@Resolver(() => BodyMemberType)
export class BodyMemberResolver {
  @FieldResolver(() => StakeholderType, { description: 'The member.' })
  async stakeholder(@Root() m: { stakeholderId: string }, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders(cooperationLoaders).stakeholder.load(m.stakeholderId))!;
  }
}

@Resolver(() => ModelStepStatusType)
export class ModelStepResolver {
  @Query(() => [ModelStepStatusType], { description: 'The six steps of the Śrem model for a gmina or area, done or not (public).' })
  localCooperationModel(@Arg('area', () => String, { description: 'The gmina or area.' }) area: string, @Ctx() ctx: RequestContext) {
    return modelSteps(ctx, area);
  }

  @Mutation(() => [ModelStepStatusType], {
    description: 'Completes a step of the Śrem model, in order (MOPS_WORKER, ADMIN); step 6 names the KIS or CIS it created.',
  })
  async completeModelStep(@Arg('input', () => ModelStepInput, { description: 'The step.' }) input: ModelStepInput, @Ctx() ctx: RequestContext) {
    return modelSteps(ctx, await service.completeModelStep(ctx, input));
  }

  @FieldResolver(() => FacilityGraphQLType, { nullable: true, description: 'Step 6: the KIS or CIS created.' })
  facility(@Root() s: { facilityId: string | null }, @Ctx() ctx: RequestContext) {
    return s.facilityId ? ctx.loaders(registryLoaders).facility.load(s.facilityId) : null;
  }
}

@Resolver(() => ProgrammeType)
export class ProgrammeResolver {
  @Query(() => [ProgrammeType], { description: 'Programmes and projects (public): running in a year, in a district, of a kind.' })
  programmes(
    @Arg('year', () => Int, { nullable: true, description: 'Running in this year.' }) year: number | null,
    @Arg('districtId', () => ID, { nullable: true, description: 'Covering this district.' }) districtId: string | null,
    @Arg('kind', () => ProgrammeKind, { nullable: true, description: 'Of this kind.' }) kind: Kind | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ProgrammeView[]> {
    return listProgrammes(ctx, { year, districtId, kind });
  }

  @Query(() => [ProgrammeBudgetYearType], {
    description:
      'Budget execution by year (public): programmes, planned, used and the rate, the last row the whole period; a use not known is reported as not known, never as zero.',
  })
  programmeBudgets(
    @Arg('fromYear', () => Int, { description: 'First year.' }) fromYear: number,
    @Arg('toYear', () => Int, { description: 'Last year.' }) toYear: number,
    @Arg('kind', () => ProgrammeKind, { nullable: true, description: 'Only programmes of this kind.' }) kind: Kind | null,
    @Ctx() ctx: RequestContext,
  ) {
    return programmeBudgets(ctx, fromYear, toYear, kind);
  }

  @Mutation(() => ProgrammeType, { description: 'A new programme or project (MOPS_WORKER, ADMIN; NGO_STAFF for one its organisation leads).' })
  async createProgramme(
    @Arg('input', () => ProgrammeInput, { description: 'The programme.' }) input: ProgrammeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ProgrammeView> {
    return programmeOrFail(ctx, await service.createProgramme(ctx, input as service.ProgrammeInput));
  }

  @Mutation(() => ProgrammeType, { description: 'Sets a programme\u2019s year: budgets and staff (its editors).' })
  async setProgrammeYear(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @Arg('year', () => ProgrammeYearInput, { description: 'The year.' }) year: ProgrammeYearInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ProgrammeView> {
    return programmeOrFail(ctx, await service.setProgrammeYear(ctx, programmeId, year as service.ProgrammeYearInput));
  }

  @Mutation(() => ProgrammeType, { description: 'Records a community action of a programme as an aggregate (its editors).' })
  async recordCommunityAction(
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @Arg('action', () => CommunityActionInput, { description: 'The action.' }) action: CommunityActionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ProgrammeView> {
    return programmeOrFail(ctx, await service.recordCommunityAction(ctx, programmeId, action));
  }

  @FieldResolver(() => [DistrictType], { description: 'The districts it covers.' })
  async districts(@Root() p: ProgrammeView, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders(registryLoaders).district.loadMany(p.districtIds)).filter((d) => d && !(d instanceof Error));
  }

  @FieldResolver(() => StakeholderType, { nullable: true, description: 'The lead stakeholder.' })
  lead(@Root() p: ProgrammeView, @Ctx() ctx: RequestContext) {
    return p.leadStakeholderId ? ctx.loaders(cooperationLoaders).stakeholder.load(p.leadStakeholderId) : null;
  }

  @FieldResolver(() => [StakeholderType], { description: 'Its partners.' })
  async partners(@Root() p: ProgrammeView, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders(cooperationLoaders).stakeholder.loadMany(p.partnerIds)).filter((s) => s && !(s instanceof Error));
  }

  @FieldResolver(() => [ProgrammeYearType], { description: 'Its years with budgets and staff.' })
  years(@Root() p: ProgrammeView, @Ctx() ctx: RequestContext) {
    return ctx.loaders(cooperationLoaders).years.load(p.id);
  }

  @FieldResolver(() => [CommunityActionType], { description: 'Its community actions.' })
  communityActions(@Root() p: ProgrammeView, @Ctx() ctx: RequestContext) {
    return ctx.loaders(cooperationLoaders).actions.load(p.id);
  }
}

@Resolver(() => DistrictCoverageType)
export class DistrictCoverageResolver {
  @FieldResolver(() => DistrictType, { description: 'The district.' })
  async district(@Root() c: { districtId: string }, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders(registryLoaders).district.load(c.districtId))!;
  }
}
