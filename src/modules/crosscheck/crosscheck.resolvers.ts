import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/graphql/context.js';
import { CrossCheckPurpose } from './crosscheck.rules.js';
import { crossCheckPersons, reportUnemploymentStatus, type CrossCheckResultView } from './crosscheck.service.js';
import { CrossCheckResultType, UnemploymentStatusInput, UnemploymentStatusReportResultType } from './crosscheck.types.js';

@Resolver(() => CrossCheckResultType)
export class CrossCheckResolver {
  @Query(() => [CrossCheckResultType], {
    description:
      'Checks up to 10,000 PESELs for participation in a KIS or CIS (LABOUR_OFFICE, ADMIN): one result per input, in input order. Rate-limited per user (TOO_MANY_REQUESTS). The purpose and each PESEL\u2019s keyed hash are audited.',
  })
  crossCheckPersons(
    @Arg('pesels', () => [String], { description: 'The PESELs, in the order the answers should follow.' }) pesels: string[],
    @Arg('purpose', () => CrossCheckPurpose, { description: 'Why they are checked.' }) purpose: CrossCheckPurpose,
    @Ctx() ctx: RequestContext,
  ): Promise<CrossCheckResultView[]> {
    return crossCheckPersons(ctx, pesels, purpose);
  }

  @Mutation(() => UnemploymentStatusReportResultType, {
    description:
      'Reports the labour office\u2019s registered unemployed (LABOUR_OFFICE): registration and benefit entitlement per PESEL, upserted; all or nothing.',
  })
  reportUnemploymentStatus(
    @Arg('entries', () => [UnemploymentStatusInput], { description: 'Up to 10,000 persons.' }) entries: UnemploymentStatusInput[],
    @Ctx() ctx: RequestContext,
  ) {
    return reportUnemploymentStatus(ctx, entries);
  }
}
