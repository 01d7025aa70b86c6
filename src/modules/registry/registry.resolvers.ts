import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/graphql/context.js';
import { checkPageArgs, PageArgs, selectsTotalCount, toConnection } from '../../core/graphql/pagination.js';
import { selectedFieldsOf } from '../../core/graphql/selection.js';
import { DateScalar } from '../../core/graphql/scalars.js';
import { capacityOverview, DEFAULT_FRESH_WITHIN_DAYS, type CapacityRow } from './capacity-overview.js';
import { createFacility, listFacilities, updateFacility } from './facilities.service.js';
import { cisStatusLoader, recordCisStatus, type CisStatusView } from './cis-status.js';
import { FACILITY_TYPES } from './facility-types.js';
import { freePlaces, reportOccupancy } from './occupancy.service.js';
import { addCapacityPeriod, capacityPeriodsLoader, endCapacityPeriod, placesOnLoader, totalPlaces, withdrawCapacityPeriod } from './capacity-periods.js';
import { closeOrganisation, createOrganisation, listOrganisations, mergeOrganisation, updateOrganisation } from './organisations.service.js';
import type { CapacityPeriod } from './registry.entities.js';
import { occupancyReportView, type OccupancyReportView } from './occupancy-history.js';
import { referenceData } from './reference-data.js';
import {
  createDistrict,
  createWelfareUnit,
  deleteDistrict,
  deleteWelfareUnit,
  districtById,
  setDistrictPopulation,
  updateDistrict,
  updateWelfareUnit,
  welfareUnitById,
} from './city-setup.service.js';
import type { DistrictView as District, OrganisationViewProperty, WelfareUnitView as WelfareUnit } from './registry.views.js';
import {
  FACILITY_VIEW_PROPERTIES,
  wholeFacility,
  type FacilityColumns,
  type FacilityView as Facility,
  type OrganisationView as Organisation,
} from './registry.views.js';
import { facilitiesByIdOf, registryLoaders } from './registry.loaders.js';
import { capacityLimitFor } from './registry.rules.js';
import { InputProblems } from '../../core/errors.js';
import {
  CapacityDimension,
  CapacityPeriodInput,
  CapacityPeriodType,
  CapacityRowType,
  FacilityPlacesType,
  CisStatusInput,
  CisStatusType,
  CommissionAgreementType,
  CreateFacilityInput,
  CreateOrganisationInput,
  DistrictInput,
  DistrictPopulationType,
  DistrictType,
  UpdateOrganisationInput,
  WelfareUnitInput,
  FacilityConnection,
  FacilityFilter,
  FacilityType_,
  LegalCapacityLimitType,
  OccupancyReportType,
  OccupancyType,
  OrganisationConnection,
  OrganisationFilter,
  OrganisationType,
  RegisterEntryType,
  UpdateFacilityInput,
  WelfareUnitType,
} from './registry.types.js';
import { REGISTRY } from './registry.messages.js';
import { CORE } from '../../core/messages/core.messages.js';

/** A page of facilities as `Query.facilities` answers it, of the `columns` the query reads. */
export async function facilityConnection(ctx: RequestContext, filter: FacilityFilter | null, page: PageArgs, includeCount: boolean, columns: FacilityColumns) {
  checkPageArgs(page).throwIfAny();
  return toConnection(await listFacilities(ctx, filter, page, includeCount, columns));
}

/** A page of organisations as `Query.organisations` answers it, for its resolver and its plan alike. */
/** A page of organisations as `Query.organisations` answers it: whole rows, or the `properties` a plan's query reads. */
export async function organisationConnection(
  ctx: RequestContext,
  filter: OrganisationFilter | null,
  page: PageArgs,
  includeCount: boolean,
  properties?: readonly OrganisationViewProperty[],
) {
  checkPageArgs(page).throwIfAny();
  return toConnection(await listOrganisations(ctx, filter, page, includeCount, properties));
}

/**
 * One facility by id as `Query.facility` answers it: the whole row, with the operator in the same
 * statement when `columns.operator`; a plan asks for only the `columns` its query reads.
 */
export function facilityById(ctx: RequestContext, id: string, columns: FacilityColumns): Promise<Facility | null> {
  const loaders = ctx.loaders(registryLoaders);
  if (columns.properties === FACILITY_VIEW_PROPERTIES) return (columns.operator ? loaders.facilityWithOperator : loaders.facility).load(id);
  return ctx.loaders(facilitiesByIdOf(columns)).load(id);
}

@Resolver(() => FacilityType_)
export class FacilityResolver {
  @Query(() => FacilityConnection.Connection, { description: 'Facilities of the registry, filtered, ordered by name, one page at a time.' })
  async facilities(
    @Arg('filter', () => FacilityFilter, { nullable: true }) filter: FacilityFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return facilityConnection(ctx, filter, page, selectsTotalCount(info), wholeFacility(selectedFieldsOf(info, 'Facility').has('operator')));
  }

  @Query(() => FacilityType_, { nullable: true, description: 'One facility by id; null when there is none.' })
  facility(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Facility | null> {
    return facilityById(ctx, id, wholeFacility(selectedFieldsOf(info, 'Facility').has('operator')));
  }

  @Mutation(() => FacilityType_, { description: 'Adds a facility to the registry (MOPS_WORKER, ADMIN).' })
  createFacility(@Arg('input', () => CreateFacilityInput) input: CreateFacilityInput, @Ctx() ctx: RequestContext): Promise<Facility> {
    return createFacility(ctx, input);
  }

  @Mutation(() => FacilityType_, { description: 'Changes a facility (MOPS_WORKER, ADMIN); the same rules as creating it apply to the result.' })
  updateFacility(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateFacilityInput) input: UpdateFacilityInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Facility> {
    return updateFacility(ctx, id, input);
  }

  @Mutation(() => OccupancyReportType, {
    description:
      'Reports the places taken on a day (NGO_STAFF of the operator, MOPS_WORKER, ADMIN). Above the places open that night (declared, seasonal, overflow) only with `overCapacityReason`. The latest day becomes the current occupancy; the history is kept.',
  })
  async reportOccupancy(
    @Arg('facilityId', () => ID, { description: 'The facility reported on.' }) facilityId: string,
    @Arg('date', () => DateScalar, { description: 'The day described; today or earlier.' }) date: string,
    @Arg('occupiedPlaces', () => Int, { description: 'Places taken on that day, zero or more.' }) occupiedPlaces: number,
    @Arg('overCapacityReason', () => String, { nullable: true, description: 'Why more places are taken than are open that night.' })
    overCapacityReason: string | null,
    @Arg('inSeasonalPlaces', () => Int, { nullable: true, description: 'Of the places taken, those in seasonal places; at most the seasonal places open.' })
    inSeasonalPlaces: number | null,
    @Arg('inOverflowPlaces', () => Int, { nullable: true, description: 'Of the places taken, those in overflow places; at most the overflow places open.' })
    inOverflowPlaces: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<OccupancyReportView> {
    return occupancyReportView(await reportOccupancy(ctx, { facilityId, date, occupiedPlaces, overCapacityReason, inSeasonalPlaces, inOverflowPlaces }));
  }

  @Mutation(() => CapacityPeriodType, {
    description:
      'Opens seasonal places for a season or overflow places for one night in a facility (NGO_STAFF of the operator, MOPS_WORKER, ADMIN); with the declared places never above the legal limit on any night.',
  })
  addCapacityPeriod(@Arg('input', () => CapacityPeriodInput) input: CapacityPeriodInput, @Ctx() ctx: RequestContext): Promise<CapacityPeriod> {
    return addCapacityPeriod(ctx, input);
  }

  @Mutation(() => CapacityPeriodType, {
    description:
      'Closes seasonal places earlier than planned (NGO_STAFF of the operator, MOPS_WORKER, ADMIN): the new last night is yesterday or later, before the planned one.',
  })
  endCapacityPeriod(
    @Arg('id', () => ID, { description: 'The period.' }) id: string,
    @Arg('lastNight', () => DateScalar, { description: 'The new last night, inclusive.' }) lastNight: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CapacityPeriod> {
    return endCapacityPeriod(ctx, id, lastNight);
  }

  @Mutation(() => Boolean, {
    description:
      'Withdraws places that have not opened yet or open tonight (NGO_STAFF of the operator, MOPS_WORKER, ADMIN); places open since an earlier night are CONFLICT: end them instead.',
  })
  withdrawCapacityPeriod(@Arg('id', () => ID, { description: 'The period.' }) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return withdrawCapacityPeriod(ctx, id);
  }

  @FieldResolver(() => FacilityPlacesType, {
    nullable: true,
    description:
      'The places open on a night (today when omitted), by kind: year-round as declared then, seasonal, overflow. Null for a facility without places.',
  })
  async places(
    @Root() f: Facility,
    @Arg('night', () => DateScalar, { nullable: true, description: 'The night (the date of its evening); today when omitted.' }) night: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<FacilityPlacesType | null> {
    const on = night ?? ctx.clock.today();
    const places = await ctx.loaders(placesOnLoader).load({ facilityId: f.id, night: on });
    const total = totalPlaces(places);
    return total === null ? null : { night: on, yearRound: places.yearRound!, seasonal: places.seasonal, overflow: places.overflow, total };
  }

  @FieldResolver(() => [CapacityPeriodType], {
    description: 'Seasonal and overflow places that touch the nights from `from` to `to` (either open), by first night.',
  })
  capacityPeriods(
    @Root() f: Facility,
    @Arg('from', () => DateScalar, { nullable: true, description: 'First night, inclusive.' }) from: string | null,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Last night, inclusive.' }) to: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CapacityPeriod[]> {
    return ctx.loaders(capacityPeriodsLoader).load({ facilityId: f.id, from: from ?? null, to: to ?? null });
  }

  @FieldResolver(() => String, { description: 'The Polish legal name of the type and the statute defining it.' })
  typeLegalName(@Root() f: Facility): string {
    const info = FACILITY_TYPES[f.type];
    return `${info.legalName} — ${info.statute}`;
  }

  @FieldResolver(() => OrganisationType, { description: 'The organisation that runs the facility.' })
  async operator(@Root() f: Facility, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await ctx.loaders(registryLoaders).organisation.load(f.operatorId))!;
  }

  @FieldResolver(() => WelfareUnitType, { description: 'The welfare-centre unit that supervises the facility.' })
  async unit(@Root() f: Facility, @Ctx() ctx: RequestContext): Promise<WelfareUnit> {
    return (await ctx.loaders(registryLoaders).unit.load(f.unitId))!;
  }

  @FieldResolver(() => DistrictType, { description: 'The district the facility is in.' })
  async district(@Root() f: Facility, @Ctx() ctx: RequestContext): Promise<District> {
    return (await ctx.loaders(registryLoaders).district.load(f.districtId))!;
  }

  @FieldResolver(() => CisStatusType, {
    nullable: true,
    description: 'A social integration centre\u2019s status from the voivode\u2019s latest decision; null for other facilities and a CIS without one recorded.',
  })
  cisStatus(@Root() f: Facility, @Ctx() ctx: RequestContext): Promise<CisStatusView | null> | null {
    return f.type === 'SOCIAL_INTEGRATION_CENTRE' ? ctx.loaders(cisStatusLoader).load(f.id) : null;
  }

  @Mutation(() => FacilityType_, {
    description:
      'Records the voivode\u2019s decision granting or extending a CIS\u2019s status for 5 years (MOPS_WORKER, ADMIN); an extension without a running status is CONFLICT.',
  })
  async recordCisStatus(
    @Arg('facilityId', () => ID, { description: 'The CIS.' }) facilityId: string,
    @Arg('input', () => CisStatusInput, { description: 'The decision.' }) input: CisStatusInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Facility> {
    return (await ctx.loaders(registryLoaders).facility.load(await recordCisStatus(ctx, facilityId, input)))!;
  }

  @FieldResolver(() => CommissionAgreementType, { nullable: true, description: 'The commission agreement, for a commissioned service.' })
  agreement(@Root() f: Facility): CommissionAgreementType | null {
    return f.agreementNumber ? { number: f.agreementNumber, validFrom: f.agreementValidFrom!, validTo: f.agreementValidTo ?? null } : null;
  }

  @FieldResolver(() => RegisterEntryType, { nullable: true, description: 'The statutory register entry.' })
  registerEntry(@Root() f: Facility): RegisterEntryType | null {
    return f.registerNumber ? { register: f.registerName ?? '', number: f.registerNumber, entryDate: f.registerEntryDate ?? null } : null;
  }

  @FieldResolver(() => LegalCapacityLimitType, { nullable: true, description: 'The legal capacity limit in force today; null where the law sets none.' })
  legalCapacityLimit(@Root() f: Facility, @Ctx() ctx: RequestContext): LegalCapacityLimitType | null {
    const rule = capacityLimitFor(f.type, f.subtype, ctx.clock.today());
    return rule ? { maxPlaces: rule.maxPlaces, minPlaces: rule.minPlaces ?? null, validFrom: rule.validFrom, source: rule.source } : null;
  }

  @FieldResolver(() => OccupancyType, { nullable: true, description: 'Current occupancy by the latest report; null before the first report. Not for PUBLIC.' })
  async occupancy(@Root() f: Facility, @Ctx() ctx: RequestContext): Promise<OccupancyType | null> {
    if (f.occupiedPlaces === null || f.occupiedPlaces === undefined || !f.occupancyDate) return null;
    const tonight = f.declaredCapacity === null ? null : await ctx.loaders(placesOnLoader).load({ facilityId: f.id, night: ctx.clock.today() });
    return {
      occupiedPlaces: f.occupiedPlaces,
      freePlaces: freePlaces(tonight && totalPlaces(tonight), f.occupiedPlaces),
      date: f.occupancyDate,
      reportedAt: f.occupancyReportedAt!,
    };
  }

  @FieldResolver(() => [OccupancyReportType], { nullable: true, description: 'Occupancy reports, newest first, optionally within dates. Not for PUBLIC.' })
  occupancyHistory(
    @Root() f: Facility,
    @Arg('from', () => DateScalar, { nullable: true, description: 'First day, inclusive.' }) from: string | null,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Last day, inclusive.' }) to: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<OccupancyReportView[]> {
    return ctx.loaders(registryLoaders).occupancyHistory.load({ facilityId: f.id, from: from ?? null, to: to ?? null });
  }
}

@Resolver(() => OccupancyReportType)
export class OccupancyReportResolver {
  @FieldResolver(() => FacilityType_, { description: 'The facility reported on.' })
  async facility(@Root() r: OccupancyReportView, @Ctx() ctx: RequestContext): Promise<Facility> {
    return (await ctx.loaders(registryLoaders).facility.load(r.facilityId))!;
  }
}

@Resolver(() => OrganisationType)
export class OrganisationResolver {
  @Query(() => OrganisationConnection.Connection, { description: 'Organisations of the registry, ordered by name, one page at a time.' })
  async organisations(
    @Arg('filter', () => OrganisationFilter, { nullable: true }) filter: OrganisationFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return organisationConnection(ctx, filter, page, selectsTotalCount(info));
  }

  @Query(() => OrganisationType, { nullable: true, description: 'One organisation by id; null when there is none.' })
  organisation(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Organisation | null> {
    return ctx.loaders(registryLoaders).organisation.load(id);
  }

  @Mutation(() => OrganisationType, { description: 'Registers an organisation (MOPS_WORKER, ADMIN); NIP and REGON are checked by their checksums.' })
  createOrganisation(@Arg('input', () => CreateOrganisationInput) input: CreateOrganisationInput, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return createOrganisation(ctx, input);
  }

  @Mutation(() => OrganisationType, {
    description:
      'Changes an organisation (MOPS_WORKER, ADMIN) by the rules of registering it; its id, which its users\u2019 tokens carry, stays. A NIP or REGON another record has is CONFLICT (DUPLICATE): merge the duplicate instead.',
  })
  updateOrganisation(
    @Arg('id', () => ID, { description: 'The organisation.' }) id: string,
    @Arg('input', () => UpdateOrganisationInput, { description: 'The organisation as it is now.' }) input: UpdateOrganisationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Organisation> {
    return updateOrganisation(ctx, id, input);
  }

  @Mutation(() => OrganisationType, {
    description:
      'Closes an organisation on a day, with its reason (ADMIN); it stays in every answer about earlier days. One that still runs an open facility is CONFLICT (IN_USE).',
  })
  closeOrganisation(
    @Arg('id', () => ID, { description: 'The organisation.' }) id: string,
    @Arg('closedOn', () => DateScalar, { description: 'The day it ceased.' }) closedOn: string,
    @Arg('reason', () => String, { description: 'Why (liquidation, struck off the KRS …).' }) reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Organisation> {
    return closeOrganisation(ctx, id, closedOn, reason);
  }

  @Mutation(() => OrganisationType, {
    description:
      'Merges an organisation entered twice into the one that stays (ADMIN): every record naming the duplicate (facilities, units, carers, stakeholders, agreements …) names the one that stays; the duplicate is kept, closed and pointing to it. Returns the one that stays.',
  })
  mergeOrganisation(
    @Arg('duplicateId', () => ID, { description: 'The record to merge away.' }) duplicateId: string,
    @Arg('intoId', () => ID, { description: 'The record that stays.' }) intoId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Organisation> {
    return mergeOrganisation(ctx, duplicateId, intoId);
  }

  @FieldResolver(() => OrganisationType, { nullable: true, description: 'The record this one was merged into, when it was a duplicate.' })
  async mergedInto(@Root() o: Organisation, @Ctx() ctx: RequestContext): Promise<Organisation | null> {
    return o.mergedIntoId ? ctx.loaders(registryLoaders).organisation.load(o.mergedIntoId) : null;
  }
}

@Resolver(() => WelfareUnitType)
export class WelfareUnitResolver {
  @Query(() => [WelfareUnitType], { description: 'The welfare centre and its branches, by code.' })
  async welfareUnits(@Ctx() ctx: RequestContext): Promise<WelfareUnit[]> {
    return (await referenceData(ctx)).units;
  }

  @FieldResolver(() => OrganisationType, { description: 'The welfare centre (organisation) the unit belongs to.' })
  async organisation(@Root() u: WelfareUnit, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await ctx.loaders(registryLoaders).organisation.load(u.organisationId))!;
  }

  @FieldResolver(() => WelfareUnitType, { nullable: true, description: 'The centre a branch belongs to; null for the centre.' })
  async parent(@Root() u: WelfareUnit, @Ctx() ctx: RequestContext): Promise<WelfareUnit | null> {
    return u.parentId ? ctx.loaders(registryLoaders).unit.load(u.parentId) : null;
  }

  @FieldResolver(() => [DistrictType], { description: 'Districts whose residents this branch or team serves (none for a specialised team).' })
  districts(@Root() u: WelfareUnit, @Ctx() ctx: RequestContext): Promise<District[]> {
    return ctx.loaders(registryLoaders).districtsOfBranch.load(u.id);
  }

  @Mutation(() => WelfareUnitType, { description: 'Adds a unit of the welfare centre: the centre, a branch or a team (ADMIN).' })
  async createWelfareUnit(
    @Arg('input', () => WelfareUnitInput, { description: 'The unit.' }) input: WelfareUnitInput,
    @Ctx() ctx: RequestContext,
  ): Promise<WelfareUnit> {
    return welfareUnitById(ctx, await createWelfareUnit(ctx, input));
  }

  @Mutation(() => WelfareUnitType, { description: 'Changes a unit of the welfare centre (ADMIN): its code, name, kind or the unit it belongs to.' })
  async updateWelfareUnit(
    @Arg('id', () => ID, { description: 'The unit.' }) id: string,
    @Arg('input', () => WelfareUnitInput, { description: 'The unit as it is now.' }) input: WelfareUnitInput,
    @Ctx() ctx: RequestContext,
  ): Promise<WelfareUnit> {
    return welfareUnitById(ctx, await updateWelfareUnit(ctx, id, input));
  }

  @Mutation(() => Boolean, {
    description: 'Deletes a unit nothing refers to (ADMIN); one that supervises a facility, covers a district or heads another unit is CONFLICT (IN_USE).',
  })
  deleteWelfareUnit(@Arg('id', () => ID, { description: 'The unit.' }) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return deleteWelfareUnit(ctx, id);
  }
}

@Resolver(() => DistrictType)
export class DistrictResolver {
  @Query(() => [DistrictType], { description: 'The districts of the city (dzielnice), by number.' })
  async districts(@Ctx() ctx: RequestContext): Promise<District[]> {
    return (await referenceData(ctx)).districts;
  }

  @FieldResolver(() => WelfareUnitType, { description: 'The welfare-centre branch or team covering the district.' })
  async branch(@Root() d: District, @Ctx() ctx: RequestContext): Promise<WelfareUnit> {
    return (await ctx.loaders(registryLoaders).unit.load(d.branchId))!;
  }

  @FieldResolver(() => [DistrictPopulationType], { description: 'Residents by year, oldest first.' })
  populations(@Root() d: District): District['populations'] {
    return d.populations ?? [];
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Residents in a year (the latest year on file up to it); null when none is on file.' })
  population(
    @Root() d: District,
    @Arg('year', () => Int, { nullable: true, description: 'The year; the latest on file when omitted.' }) year: number | null,
  ): number | null {
    const known = (d.populations ?? []).filter((p) => year === null || year === undefined || p.year <= year);
    return known.at(-1)?.population ?? null;
  }

  @Mutation(() => DistrictType, { description: 'Adds a district, or the gmina as its one district where the city has none (ADMIN).' })
  async createDistrict(
    @Arg('input', () => DistrictInput, { description: 'The district.' }) input: DistrictInput,
    @Ctx() ctx: RequestContext,
  ): Promise<District> {
    return districtById(ctx, await createDistrict(ctx, input));
  }

  @Mutation(() => DistrictType, { description: 'Changes a district (ADMIN): its code, name, number, TERYT code or the unit covering it.' })
  async updateDistrict(
    @Arg('id', () => ID, { description: 'The district.' }) id: string,
    @Arg('input', () => DistrictInput, { description: 'The district as it is now.' }) input: DistrictInput,
    @Ctx() ctx: RequestContext,
  ): Promise<District> {
    return districtById(ctx, await updateDistrict(ctx, id, input));
  }

  @Mutation(() => Boolean, {
    description: 'Deletes a district nothing refers to (ADMIN); one with facilities, foster carers or partnerships is CONFLICT (IN_USE).',
  })
  deleteDistrict(@Arg('id', () => ID, { description: 'The district.' }) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return deleteDistrict(ctx, id);
  }

  @Mutation(() => DistrictType, { description: 'Records a district\u2019s residents in a year, replacing that year\u2019s figure (ADMIN).' })
  async setDistrictPopulation(
    @Arg('districtId', () => ID, { description: 'The district.' }) districtId: string,
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Arg('population', () => Int, { description: 'Residents.' }) population: number,
    @Arg('source', () => String, { nullable: true, description: 'Where the figure comes from.' }) source: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<District> {
    return districtById(ctx, await setDistrictPopulation(ctx, districtId, year, population, source));
  }
}

@Resolver(() => CapacityRowType)
export class CapacityResolver {
  @Query(() => [CapacityRowType], {
    description:
      'Capacity and occupancy of the facilities open on `asOf` (today when omitted), grouped by the given dimensions, as they stood on that date: a facility\u2019s type, places and status in force then, its latest report on or before it. Suspended facilities are counted apart and add no places. Each row says how fresh its figures are. PUBLIC sees capacity, not occupancy.',
  })
  capacityOverview(
    @Arg('groupBy', () => [CapacityDimension], { description: 'Dimensions to group by; an empty list gives one row for the whole city.' })
    groupBy: CapacityDimension[],
    @Arg('filter', () => FacilityFilter, { nullable: true }) filter: FacilityFilter | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The date; today when omitted. Capacity, type and status are taken as they stood on it.' })
    asOf: string | null,
    @Arg('freshWithinDays', () => Int, {
      defaultValue: DEFAULT_FRESH_WITHIN_DAYS,
      description: 'A report at most this many days old on the date counts as fresh (freshlyReportingFacilities), 0 to 366.',
    })
    freshWithinDays: number,
    @Ctx() ctx: RequestContext,
  ): Promise<CapacityRow[]> {
    const problems = new InputProblems();
    if (asOf && asOf > ctx.clock.today()) problems.add('asOf', REGISTRY.OCCUPANCY_AS_OF_FUTURE());
    if (!Number.isInteger(freshWithinDays) || freshWithinDays < 0 || freshWithinDays > 366)
      problems.add('freshWithinDays', CORE.DAYS_RANGE({ min: 0, max: 366 }));
    problems.throwIfAny();
    return capacityOverview(ctx, groupBy, filter, asOf, freshWithinDays);
  }

  @FieldResolver(() => DistrictType, { nullable: true, description: 'District, when grouped by DISTRICT.' })
  district(@Root() row: CapacityRow, @Ctx() ctx: RequestContext): Promise<District | null> | null {
    return row.districtId ? ctx.loaders(registryLoaders).district.load(row.districtId) : null;
  }

  @FieldResolver(() => WelfareUnitType, { nullable: true, description: 'Supervising unit, when grouped by UNIT.' })
  unit(@Root() row: CapacityRow, @Ctx() ctx: RequestContext): Promise<WelfareUnit | null> | null {
    return row.unitId ? ctx.loaders(registryLoaders).unit.load(row.unitId) : null;
  }
}
