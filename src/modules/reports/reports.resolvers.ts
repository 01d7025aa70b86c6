import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { addDays } from '../../core/calendar.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { DateScalar } from '../../core/graphql/scalars.js';
import { periodFor } from '../../core/personal-data/aggregate-periods.js';
import { flowReport, type FlowReport } from './flows.js';
import { FlowReportType, ResourcesAssessmentType } from './reports.types.js';
import { resourcesAssessment, type ResourcesAssessment } from './resources-assessment.js';

@Resolver(() => FlowReportType)
export class FlowReportResolver {
  @Query(() => FlowReportType, {
    description:
      'Persons and children reached over a period, each counted once, with placements begun and ended and participations by facility (ANALYST, MOPS_WORKER, ADMIN). Small counts suppressed.',
  })
  flowReport(
    @Arg('from', () => DateScalar, {
      nullable: true,
      description: 'First day; a year before `to` by default. ANALYST: 1 January of a year (the current one by default).',
    })
    from: string | null,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Last day; today by default. ANALYST: 31 December of the same year.' }) to: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<FlowReport> {
    const period = periodFor(ctx.principal.role, from, to, ctx.clock.today(), () => ({
      from: addDays(to ?? ctx.clock.today(), -364),
      to: to ?? ctx.clock.today(),
    }));
    return flowReport(ctx, period.from, period.to);
  }
}

@Resolver(() => ResourcesAssessmentType)
export class ResourcesAssessmentResolver {
  @Query(() => ResourcesAssessmentType, {
    description:
      'Ocena zasobów pomocy społecznej (ustawa o pomocy społecznej, art. 16a): what the hub knows of the city\u2019s resources on 31 December of a year, beside the year before, and what the centre enters itself (ANALYST, MOPS_WORKER, ADMIN). Counts of persons under 5 withheld.',
  })
  resourcesAssessment(
    @Arg('year', () => Int, { description: 'The year assessed (2005 to the current one; the current year stands on today).' }) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ResourcesAssessment> {
    return resourcesAssessment(ctx, year);
  }
}
