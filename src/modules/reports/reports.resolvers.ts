import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { addDays } from '../../core/calendar.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { DateScalar } from '../../core/graphql/scalars.js';
import { flowReport, type FlowReport } from './flows.js';
import { FlowReportType } from './reports.types.js';

@Resolver(() => FlowReportType)
export class FlowReportResolver {
  @Query(() => FlowReportType, { description: 'Persons and children reached over a period, each counted once, with placements begun and ended and participations by facility (ANALYST, MOPS_WORKER, ADMIN). Small counts suppressed.' })
  flowReport(
    @Arg('from', () => DateScalar, { nullable: true, description: 'First day; a year before `to` by default.' }) from: string | null,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Last day; today by default.' }) to: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<FlowReport> {
    const last = to ?? ctx.clock.today();
    return flowReport(ctx, from ?? addDays(last, -364), last);
  }
}
