import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Int, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { monthOf } from '../../core/calendar.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { checkPageArgs, PageArgs, selectsTotalCount, toConnection } from '../../core/graphql/pagination.js';
import { DateScalar } from '../../core/graphql/scalars.js';
import { PersonType, personsLoaders, type PersonView } from '../persons/index.js';
import { FacilityGraphQLType, OrganisationType, registryLoaders, type FacilityView } from '../registry/index.js';
import { formatGrosze } from '../../core/money.js';
import { attendanceSummary, type AllowanceView, type AttendanceMonthSummaryView } from './attendance-summary.js';
import { closeMonth, reportAttendance, type AttendanceReportOutcome, type MonthClosureView } from './attendance.service.js';
import { integrationLoaders, type AttendanceDayView } from './integration.loaders.js';
import { EligibilityCategory, Programme, type EligibilityCategory as Category } from './integration.rules.js';
import { cityYearlyReport, recordCentreStaff, recordMotivationBonus, yearlyReport } from './yearly-report.js';
import { recordYearlyReportSection, type YearlyReportSection } from './yearly-report-sections.js';
import { participationStatistics, type ParticipationDimension, type ParticipationStatisticsRow } from './participation-statistics.js';
import { endParticipation, enrolParticipant, visibleParticipant } from './participation.service.js';
import { listParticipants } from './participants.service.js';
import type { ParticipantView } from './participation.views.js';
import { ParticipationDimension as Dimension } from './participation-statistics.js';
import {
  AttendanceDayType,
  SocialEmploymentReportType,
  CitySocialEmploymentReportType,
  AttendanceMonthSummaryType,
  AttendanceReportInput,
  AttendanceReportResultType,
  EndParticipationInput,
  EnrolmentInput,
  IntegrationAllowanceType,
  MonthClosureType,
  ParticipantConnection,
  ParticipantFilter,
  ParticipantType,
  ParticipationStatisticsFilter,
  ParticipationStatisticsRowType,
  ParticipationStatus,
  ProgrammeDocumentType,
  StaffByBasisInput,
  YearlyReportSection as YearlyReportSectionEnum,
} from './integration.types.js';

@Resolver(() => ParticipantType)
export class ParticipantResolver {
  @Query(() => ParticipantConnection.Connection, {
    description: 'Participants of KIS and CIS in name order (NGO_STAFF: of the facilities their organisation operates; MOPS_WORKER, ADMIN: all).',
  })
  async participants(
    @Arg('filter', () => ParticipantFilter, { nullable: true }) filter: ParticipantFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    checkPageArgs(page).throwIfAny();
    return toConnection(await listParticipants(ctx, filter, page, selectsTotalCount(info)));
  }

  @Query(() => ParticipantType, { nullable: true, description: 'One participation by id; null when there is none or it is not the caller\u2019s to see.' })
  participant(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ParticipantView | null> {
    return visibleParticipant(id, ctx);
  }

  @Mutation(() => ParticipantType, {
    description:
      'Enrols a person at a KIS or CIS (NGO_STAFF of the operator, MOPS_WORKER, ADMIN). BAD_USER_INPUT for dates outside the statutory limits or a CIS candidate entitled to unemployment benefit (art. 1 ust. 3); CONFLICT for a second active CIS participation or no free place.',
  })
  enrolParticipant(@Arg('input', () => EnrolmentInput) input: EnrolmentInput, @Ctx() ctx: RequestContext): Promise<ParticipantView> {
    return enrolParticipant(ctx, input);
  }

  @Mutation(() => ParticipantType, {
    description: 'Ends a participation with its last day, reason and outcome (NGO_STAFF of the operator, MOPS_WORKER, ADMIN).',
  })
  endParticipation(
    @Arg('id', () => ID, { description: 'The participation.' }) id: string,
    @Arg('input', () => EndParticipationInput) input: EndParticipationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ParticipantView> {
    return endParticipation(ctx, id, input);
  }

  @FieldResolver(() => PersonType, { description: 'Who takes part.' })
  async person(@Root() p: ParticipantView, @Ctx() ctx: RequestContext): Promise<PersonView> {
    return (await ctx.loaders(personsLoaders).person.load(p.personId))!;
  }

  @FieldResolver(() => FacilityGraphQLType, { description: 'The KIS or CIS.' })
  async facility(@Root() p: ParticipantView, @Ctx() ctx: RequestContext): Promise<FacilityView> {
    return (await ctx.loaders(registryLoaders).facility.load(p.facilityId))!;
  }

  @FieldResolver(() => EligibilityCategory, {
    nullable: true,
    description:
      'Why the person may take part (art. 1 ust. 2): health or social data of special category. NGO_STAFF, MOPS_WORKER, ADMIN; every read is audited.',
  })
  eligibilityCategory(@Root() p: ParticipantView, @Ctx() ctx: RequestContext): Category {
    ctx.audit.recordRead({ operation: ctx.operationName ?? 'query', subjectType: 'Participation', subjectId: p.id, field: 'eligibilityCategory' });
    return p.eligibilityCategory;
  }

  @FieldResolver(() => OrganisationType, { nullable: true, description: 'The organisation that referred the person, when recorded.' })
  referringOrganisation(@Root() p: ParticipantView, @Ctx() ctx: RequestContext) {
    return p.referringOrganisationId ? ctx.loaders(registryLoaders).organisation.load(p.referringOrganisationId) : null;
  }

  @FieldResolver(() => ProgrammeDocumentType, { description: 'The individual programme (IPZS, social contract or individual programme).' })
  programmeDocument(@Root() p: ParticipantView): ProgrammeDocumentType {
    return { kind: p.programmeDocumentKind, number: p.programmeDocumentNumber, signedOn: p.programmeSignedOn };
  }

  @FieldResolver(() => ParticipationStatus, { description: 'ACTIVE until ended.' })
  status(@Root() p: ParticipantView): ParticipationStatus {
    return p.endDate ? 'ENDED' : 'ACTIVE';
  }

  @FieldResolver(() => [AttendanceDayType], { description: 'Reported days of a month, by date.' })
  attendance(
    @Root() p: ParticipantView,
    @Arg('month', () => String, { nullable: true, description: 'YYYY-MM; the current month when omitted.' }) month: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AttendanceDayView[]> {
    return ctx.loaders(integrationLoaders).attendanceOf.load({ participationId: p.id, month: month ?? monthOf(ctx.clock.today()) });
  }
}

@Resolver(() => FacilityGraphQLType)
export class FacilityParticipantsResolver {
  @FieldResolver(() => [ParticipantType], {
    nullable: true,
    description: 'Who takes part in the KIS or CIS on a day, in name order; empty for other facilities (NGO_STAFF of the operator, MOPS_WORKER, ADMIN).',
  })
  participants(
    @Root() facility: FacilityView,
    @Arg('activeOn', () => DateScalar, { nullable: true, description: 'The day; today when omitted.' }) activeOn: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ParticipantView[]> {
    return ctx.loaders(integrationLoaders).participantsAt.load({ facilityId: facility.id, date: activeOn ?? ctx.clock.today() });
  }
}

@Resolver(() => AttendanceMonthSummaryType)
export class AttendanceResolver {
  @Query(() => [AttendanceMonthSummaryType], {
    description:
      'A month of a KIS or CIS, one row per participant in name order, with the integration allowance of a CIS (NGO_STAFF of the operator; LABOUR_OFFICE for a CIS; MOPS_WORKER; ADMIN).',
  })
  attendanceSummary(
    @Arg('facilityId', () => ID, { description: 'The KIS or CIS.' }) facilityId: string,
    @Arg('month', () => String, { description: 'YYYY-MM.' }) month: string,
    @Ctx() ctx: RequestContext,
  ): Promise<AttendanceMonthSummaryView[]> {
    return attendanceSummary(ctx, facilityId, month);
  }

  @Mutation(() => AttendanceReportResultType, {
    description:
      'Reports attendance days of a KIS or CIS (NGO_STAFF of the operator, MOPS_WORKER, ADMIN): up to 10,000 entries, all or nothing, each invalid entry listed with its path; idempotent on `idempotencyKey`. Changing a reported day is a correction, kept with the previous value.',
  })
  reportAttendance(@Arg('input', () => AttendanceReportInput) input: AttendanceReportInput, @Ctx() ctx: RequestContext): Promise<AttendanceReportOutcome> {
    return reportAttendance(ctx, input);
  }

  @Mutation(() => MonthClosureType, { description: 'Makes a past month\u2019s attendance final (NGO_STAFF of the operator, MOPS_WORKER, ADMIN).' })
  closeMonth(
    @Arg('facilityId', () => ID, { description: 'The KIS or CIS.' }) facilityId: string,
    @Arg('month', () => String, { description: 'YYYY-MM, an ended month.' }) month: string,
    @Ctx() ctx: RequestContext,
  ): Promise<MonthClosureView> {
    return closeMonth(ctx, facilityId, month);
  }

  @FieldResolver(() => ParticipantType, { description: 'The participation.' })
  participant(@Root() s: AttendanceMonthSummaryView): ParticipantView {
    return s.participant;
  }

  @FieldResolver(() => IntegrationAllowanceType, {
    nullable: true,
    description: 'The month\u2019s integration allowance (CIS only; null for a KIS). See IntegrationAllowance for the rule.',
  })
  allowance(@Root() s: AttendanceMonthSummaryView): IntegrationAllowanceType | null {
    return s.allowance ? toAllowanceType(s.allowance) : null;
  }
}

function toAllowanceType(a: AllowanceView): IntegrationAllowanceType {
  const { basicBenefitGrosze, earnedGrosze, deductions, ...rest } = a;
  return {
    ...rest,
    earnedAmount: formatGrosze(earnedGrosze),
    basicBenefitAmounts: basicBenefitGrosze.map(formatGrosze),
    deductions: deductions.map(({ grosze, ...line }) => ({ ...line, amount: formatGrosze(grosze) })),
  };
}

@Resolver(() => ParticipationStatisticsRowType)
export class ParticipationStatisticsResolver {
  @Query(() => SocialEmploymentReportType, { description: 'The yearly report of a KIS or CIS (NGO_STAFF of its operator, MOPS_WORKER, ADMIN).' })
  async socialEmploymentReport(
    @Arg('facilityId', () => ID, { description: 'The KIS or CIS.' }) facilityId: string,
    @Arg('year', () => Int, { description: 'The year reported.' }) year: number,
    @Ctx() ctx: RequestContext,
  ) {
    const report = await yearlyReport(ctx, facilityId, year);
    return {
      ...report,
      allowanceTotal: report.allowanceGrosze === null ? null : formatGrosze(report.allowanceGrosze),
      allowancePaidTotal: report.allowancePaidGrosze === null ? null : formatGrosze(report.allowancePaidGrosze),
      sections: report.sections.map(({ amountGrosze, ...section }) => ({ ...section, amount: amountGrosze === null ? null : formatGrosze(amountGrosze) })),
      allowancesByMonth: report.allowancesByMonth.map((m) => ({ month: m.month, amount: formatGrosze(m.grosze), closed: m.closed })),
      motivationBonusTotal: formatGrosze(report.motivationBonusGrosze),
    };
  }

  @Query(() => CitySocialEmploymentReportType, {
    description: 'The yearly report of all the city\u2019s KIS or CIS (ANALYST, MOPS_WORKER, ADMIN), small counts suppressed.',
  })
  async citySocialEmploymentReport(
    @Arg('year', () => Int, { description: 'The year reported.' }) year: number,
    @Arg('programme', () => Programme, { description: 'KIS or CIS.' }) programme: 'KIS' | 'CIS',
    @Ctx() ctx: RequestContext,
  ) {
    const report = await cityYearlyReport(ctx, year, programme);
    return {
      ...report,
      allowanceTotal: report.allowanceGrosze === null ? null : formatGrosze(report.allowanceGrosze),
      motivationBonusTotal: formatGrosze(report.motivationBonusGrosze),
    };
  }

  @Mutation(() => Boolean, {
    description: 'The operator reports its staff for a year, for the yearly report (NGO_STAFF of the operator, MOPS_WORKER, ADMIN); true when recorded.',
  })
  async recordCentreStaff(
    @Arg('facilityId', () => ID, { description: 'The KIS or CIS.' }) facilityId: string,
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Arg('headcount', () => Int, { description: 'Employees, 0 to 10,000.' }) headcount: number,
    @Arg('fte', () => String, { description: 'Full-time equivalents, such as 7.25.' }) fte: string,
    @Arg('byBasis', () => [StaffByBasisInput], {
      nullable: true,
      description: 'The employees by basis of employment, each basis once, adding up to the headcount.',
    })
    byBasis: StaffByBasisInput[] | null,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    await recordCentreStaff(ctx, facilityId, year, headcount, fte, byBasis ?? null);
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'The operator enters a part of its yearly report the hub cannot know (NGO_STAFF of the operator, MOPS_WORKER, ADMIN): actions and their effects, the grant settlement, a CIS\u2019s services and financial plan; entering it again replaces it. True when recorded.',
  })
  async recordYearlyReportSection(
    @Arg('facilityId', () => ID, { description: 'The KIS or CIS.' }) facilityId: string,
    @Arg('year', () => Int, { description: 'The year reported.' }) year: number,
    @Arg('section', () => YearlyReportSectionEnum, { description: 'Which part.' }) section: YearlyReportSection,
    @Arg('content', () => String, { description: 'What the part says. At most 20,000 characters.' }) content: string,
    @Arg('amount', () => String, {
      nullable: true,
      description: 'Its amount in złoty where it has one (the grant settled, the financial plan), such as 12500.00.',
    })
    amount: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    await recordYearlyReportSection(ctx, { facilityId, year, section, content, amount });
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'The head of a CIS grants a participant a motivation bonus for a month, after the trial period, up to the cap of art. 15a ust. 2 (100% of the month\u2019s allowance since 2022); true when recorded.',
  })
  async recordMotivationBonus(
    @Arg('participantId', () => ID, { description: 'The participation.' }) participantId: string,
    @Arg('month', () => String, { description: 'The month, YYYY-MM.' }) month: string,
    @Arg('amount', () => String, { description: 'The bonus in złoty, at most two decimals.' }) amount: string,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    await recordMotivationBonus(ctx, participantId, month, amount);
    return true;
  }

  @Query(() => [ParticipationStatisticsRowType], {
    description:
      'Participations by programme, eligibility category, month and outcome (ANALYST, MOPS_WORKER, ADMIN). Aggregates only; counts under 5 are suppressed.',
  })
  participationStatistics(
    @Arg('groupBy', () => [Dimension], { description: 'Dimensions to group by; an empty list gives one total.' }) groupBy: ParticipationDimension[],
    @Arg('filter', () => ParticipationStatisticsFilter, { nullable: true }) filter: ParticipationStatisticsFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ParticipationStatisticsRow[]> {
    return participationStatistics(ctx, groupBy, filter);
  }
}
