import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/graphql/context.js';
import { checkPageArgs, PageArgs, selectsTotalCount, toConnection } from '../../core/graphql/pagination.js';
import { DateScalar } from '../../core/graphql/scalars.js';
import { PersonType, personsLoaders, type PersonView } from '../persons/index.js';
import { DistrictType, FacilityGraphQLType, OrganisationType, registryLoaders, type FacilityView } from '../registry/index.js';
import type { CarerView } from './carer.views.js';
import { registerCarer, setCarerStatus } from './carers.service.js';
import { fosterCareCapacity, type FosterCareCapacityRow, type FosterCareDimension } from './foster-capacity.js';
import { CarerStatus, StayExtensionKind } from './fostercare.entities.js';
import { fostercareLoaders } from './fostercare.loaders.js';
import { AdmissionRoute, AgeExceptionKind, carerLimitFor } from './fostercare.rules.js';
import { isOverdue, type PlacementView } from './placement.views.js';
import {
  endPlacement,
  extendPlacement,
  listPlacements,
  placeChild,
  recordProceedingsEnd,
  type PlacementInput as PlacementInputShape,
} from './placements.service.js';
import { fosterCareVacancies, type VacancyView } from './vacancies.js';
import { FosterCareDimension as Dimension } from './foster-capacity.js';
import {
  CarerType,
  CourtDecisionType,
  EndPlacementInput,
  ExtendPlacementInput,
  FosterCareCapacityRowType,
  PlacementConnection,
  PlacementFilter,
  PlacementInput,
  PlacementType,
  RegisterCarerInput,
  VacancyFilter,
  VacancyType,
} from './fostercare.types.js';

@Resolver(() => CarerType)
export class CarerResolver {
  @Mutation(() => CarerType, { description: 'Registers a carer (MOPS_WORKER, ADMIN): an institution by its registry facility, or a family with its places.' })
  registerCarer(@Arg('input', () => RegisterCarerInput) input: RegisterCarerInput, @Ctx() ctx: RequestContext): Promise<CarerView> {
    return registerCarer(ctx, input as Parameters<typeof registerCarer>[1]);
  }

  @Mutation(() => CarerType, { description: 'Puts a family on a break, back, or closes it (MOPS_WORKER, ADMIN).' })
  setCarerStatus(
    @Arg('id', () => ID, { description: 'The family.' }) id: string,
    @Arg('status', () => CarerStatus, { description: 'The new status.' }) status: CarerStatus,
    @Ctx() ctx: RequestContext,
  ): Promise<CarerView> {
    return setCarerStatus(ctx, id, status);
  }

  @FieldResolver(() => FacilityGraphQLType, { nullable: true, description: 'The registry facility of an institution; null for a family.' })
  facility(@Root() c: CarerView, @Ctx() ctx: RequestContext) {
    return c.facilityId ? ctx.loaders(registryLoaders).facility.load(c.facilityId) : null;
  }

  @FieldResolver(() => DistrictType, { description: 'The district.' })
  district(@Root() c: CarerView, @Ctx() ctx: RequestContext) {
    return ctx.loaders(registryLoaders).district.load(c.districtId);
  }

  @FieldResolver(() => OrganisationType, { nullable: true, description: 'The organisation of a family\u2019s foster-care coordinator.' })
  coordinatorOrganisation(@Root() c: CarerView, @Ctx() ctx: RequestContext) {
    return c.coordinatorOrganisationId ? ctx.loaders(registryLoaders).organisation.load(c.coordinatorOrganisationId) : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'The legal limit of its kind today (fostercare.rules.ts).' })
  legalLimit(@Root() c: CarerView, @Ctx() ctx: RequestContext): number | null {
    return carerLimitFor(c.kind, ctx.clock.today())?.maxChildren ?? null;
  }
}

@Resolver(() => FacilityGraphQLType)
export class FacilityPlacementsResolver {
  @FieldResolver(() => [PlacementType], {
    nullable: true,
    description: 'Children placed in the institution on a day, newest first; empty for other facilities (NGO_STAFF of the operator, MOPS_WORKER, ADMIN).',
  })
  placements(
    @Root() facility: FacilityView,
    @Arg('activeOn', () => DateScalar, { nullable: true, description: 'The day; today when omitted.' }) activeOn: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PlacementView[]> {
    return ctx.loaders(fostercareLoaders).placementsAt.load({ facilityId: facility.id, date: activeOn ?? ctx.clock.today() });
  }
}

@Resolver(() => PlacementType)
export class PlacementResolver {
  @Query(() => PlacementConnection.Connection, {
    description: 'Placements, newest first (MOPS_WORKER, ADMIN; NGO_STAFF: at facilities their organisation operates).',
  })
  async placements(
    @Arg('filter', () => PlacementFilter, { nullable: true }) filter: PlacementFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    checkPageArgs(page).throwIfAny();
    return toConnection(await listPlacements(ctx, filter, page, selectsTotalCount(info)));
  }

  @Mutation(() => PlacementType, {
    description:
      'Places a child with a carer (MOPS_WORKER, ADMIN). CONFLICT for a child already placed, a carer on a break or closed, or no free place (unless the exception of the carer\u2019s kind applies, with its reason); BAD_USER_INPUT for a child under 10 in a socialisation, intervention or specialist-therapeutic facility without the exception of art. 95 ust. 2, or a child of a year or more in a pre-adoption centre. CONFLICT details name what an exception still needs (missing: CARER_CONSENT, COORDINATOR_OPINION, VOIVODE_CONSENT).',
  })
  placeChild(@Arg('input', () => PlacementInput) input: PlacementInput, @Ctx() ctx: RequestContext): Promise<PlacementView> {
    return placeChild(ctx, input as PlacementInputShape);
  }

  @Mutation(() => PlacementType, { description: 'Ends a placement with its date and reason (MOPS_WORKER, ADMIN).' })
  endPlacement(
    @Arg('id', () => ID, { description: 'The placement.' }) id: string,
    @Arg('input', () => EndPlacementInput) input: EndPlacementInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PlacementView> {
    return endPlacement(ctx, id, input as Parameters<typeof endPlacement>[2]);
  }

  @Mutation(() => PlacementType, {
    description:
      'Extends an emergency-family or intervention stay beyond its statutory length (MOPS_WORKER, ADMIN): an emergency family\u2019s to 8 months in all, or either until the court proceedings end (art. 58 ust. 4, art. 103 ust. 6\u20137). Pass input; the reason argument alone is the older form (a fixed term where the kind has one).',
  })
  extendPlacement(
    @Arg('id', () => ID, { description: 'The placement.' }) id: string,
    @Arg('input', () => ExtendPlacementInput, { nullable: true, description: 'The extension.' }) input: ExtendPlacementInput | null,
    @Arg('reason', () => String, {
      nullable: true,
      deprecationReason: 'Use input.reason, with input.kind and input.proceedingsReference.',
      description: 'Why the stay lasts longer.',
    })
    reason: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PlacementView> {
    const extension = input ?? { reason: reason ?? '' };
    return extendPlacement(ctx, id, { ...extension, reason: extension.reason ?? reason ?? '' });
  }

  @Mutation(() => PlacementType, {
    description:
      'Records that the court proceedings an extended stay waited for have ended (MOPS_WORKER, ADMIN): from the next day the stay is overdue until the placement ends.',
  })
  recordProceedingsEnd(
    @Arg('id', () => ID, { description: 'The placement.' }) id: string,
    @Arg('endedOn', () => DateScalar, { description: 'The day the decision became final.' }) endedOn: string,
    @Ctx() ctx: RequestContext,
  ): Promise<PlacementView> {
    return recordProceedingsEnd(ctx, id, endedOn);
  }

  @FieldResolver(() => PersonType, { description: 'The child. Every read is audited.' })
  async child(@Root() p: PlacementView, @Ctx() ctx: RequestContext): Promise<PersonView> {
    ctx.audit.recordRead({ operation: ctx.operationName ?? 'query', subjectType: 'Person', subjectId: p.childId, field: 'fosterChild' });
    return (await ctx.loaders(personsLoaders).person.load(p.childId))!;
  }

  @FieldResolver(() => CarerType, { description: 'The carer.' })
  async carer(@Root() p: PlacementView, @Ctx() ctx: RequestContext): Promise<CarerView> {
    return (await ctx.loaders(fostercareLoaders).carer.load(p.carerId))!;
  }

  @FieldResolver(() => CourtDecisionType, { nullable: true, description: 'The court decision (MOPS_WORKER, ADMIN); null for an emergency placement.' })
  court(@Root() p: PlacementView): CourtDecisionType | null {
    return p.courtReference ? { name: p.courtName ?? '', reference: p.courtReference, decisionDate: p.decisionDate ?? '' } : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The case note (MOPS_WORKER, ADMIN).' })
  note(@Root() p: PlacementView): string | null {
    return p.note;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why the carer took the child beyond its limit (MOPS_WORKER, ADMIN).' })
  capacityExceptionReason(@Root() p: PlacementView): string | null {
    return p.capacityExceptionReason;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The age exception in words (art. 95 ust. 2; required for OTHER) (MOPS_WORKER, ADMIN).' })
  ageExceptionReason(@Root() p: PlacementView): string | null {
    return p.ageExceptionReason;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why the stay was extended (MOPS_WORKER, ADMIN).' })
  extensionReason(@Root() p: PlacementView): string | null {
    return p.extensionReason;
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: 'The child\u2019s sibling group: pass it to placeChild to keep a sibling with them (MOPS_WORKER, ADMIN).',
  })
  siblingGroupId(@Root() p: PlacementView): string | null {
    return p.siblingGroupId;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The referral (skierowanie) the child came on, if any (MOPS_WORKER, ADMIN).' })
  referralId(@Root() p: PlacementView): string | null {
    return p.referralId;
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description:
      'Last day the stay may last under the rules in force at its start: an emergency family 4 months (8 extended), an intervention facility 3 months, a pre-adoption centre the first birthday (periods in months as Kodeks cywilny art. 112 counts them); null for other forms and while an extended stay waits for the court proceedings.',
  })
  stayLimit(@Root() p: PlacementView): string | null {
    return p.stayLimit;
  }

  @FieldResolver(() => AgeExceptionKind, {
    nullable: true,
    description: 'The exception of art. 95 ust. 2 under which a child under 10 is in the facility (MOPS_WORKER, ADMIN).',
  })
  ageExceptionKind(@Root() p: PlacementView): string | null {
    return p.ageExceptionKind;
  }

  @FieldResolver(() => AdmissionRoute, { nullable: true, description: 'How the child came to an intervention facility (MOPS_WORKER, ADMIN).' })
  admissionRoute(@Root() p: PlacementView): string | null {
    return p.admissionRoute;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The voivode\u2019s consent to siblings beyond a family-type facility\u2019s places (MOPS_WORKER, ADMIN).',
  })
  voivodeConsent(@Root() p: PlacementView): string | null {
    return p.voivodeConsent;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The coordinator\u2019s opinion on siblings beyond a family\u2019s limit (MOPS_WORKER, ADMIN).' })
  coordinatorOpinion(@Root() p: PlacementView): string | null {
    return p.coordinatorOpinion;
  }

  @FieldResolver(() => StayExtensionKind, { nullable: true, description: 'How the stay was extended, if it was.' })
  extensionKind(@Root() p: PlacementView): string | null {
    return p.extensionKind;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The court case an extended stay waits for (MOPS_WORKER, ADMIN).' })
  proceedingsReference(@Root() p: PlacementView): string | null {
    return p.proceedingsReference;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'The day those proceedings ended, once recorded.' })
  proceedingsEndedOn(@Root() p: PlacementView): string | null {
    return p.proceedingsEndedOn;
  }

  @FieldResolver(() => Boolean, { description: 'Running past its stay limit today.' })
  overdue(@Root() p: PlacementView, @Ctx() ctx: RequestContext): boolean {
    return isOverdue(p, ctx.clock.today());
  }
}

@Resolver(() => VacancyType)
export class VacancyResolver {
  @Query(() => [VacancyType], {
    description:
      'Carers that can take the whole sibling group on the date under the rules, nearest district first, most free places next (MOPS_WORKER, ADMIN).',
  })
  fosterCareVacancies(
    @Arg('filter', () => VacancyFilter, { nullable: true }) filter: VacancyFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'How many of the best carers to return, 1 to 500.' }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<VacancyView[]> {
    return fosterCareVacancies(ctx, filter as Parameters<typeof fosterCareVacancies>[1], first);
  }

  @FieldResolver(() => CarerType, { description: 'The carer.' })
  carer(@Root() v: VacancyView): CarerView {
    return v.carer;
  }
}

@Resolver(() => FosterCareCapacityRowType)
export class FosterCareCapacityResolver {
  @Query(() => [FosterCareCapacityRowType], {
    description:
      'Foster care on a date (today when omitted) by carer kind and district: places, children, free places, overdue stays, children under 10 in institutions (ANALYST, MOPS_WORKER, ADMIN).',
  })
  fosterCareCapacity(
    @Arg('groupBy', () => [Dimension], { description: 'Dimensions; an empty list gives one row for the city.' }) groupBy: FosterCareDimension[],
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The date; today when omitted.' }) asOf: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<FosterCareCapacityRow[]> {
    return fosterCareCapacity(ctx, groupBy, asOf);
  }

  @FieldResolver(() => DistrictType, { nullable: true, description: 'District, when grouped by DISTRICT.' })
  district(@Root() row: FosterCareCapacityRow, @Ctx() ctx: RequestContext) {
    return row.districtId ? ctx.loaders(registryLoaders).district.load(row.districtId) : null;
  }
}
