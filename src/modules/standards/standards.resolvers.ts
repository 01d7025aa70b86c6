import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/graphql/context.js';
import { FacilityGraphQLType, registryLoaders, type FacilityView } from '../registry/index.js';
import { catalogue, latestStandards, loadCatalogue, type StandardView } from './catalogue.service.js';
import { complianceCoverage, complianceLoaders, type AssessmentView, type ComplianceEntryView, type CoverageRow } from './compliance.js';
import { defineServiceStandard, recordAssessment } from './standards.service.js';
import {
  AssessmentInput,
  AssessmentType,
  ComplianceEntryType,
  RequirementOutcomeType,
  ServiceStandardInput,
  ServiceStandardType,
  StandardCoverageType,
} from './standards.types.js';

@Resolver(() => ServiceStandardType)
export class ServiceStandardResolver {
  @Query(() => [ServiceStandardType], { description: 'The catalogue of service standards, latest version of each, by code.' })
  serviceStandards(@Ctx() ctx: RequestContext): Promise<StandardView[]> {
    return latestStandards(ctx);
  }

  @Query(() => ServiceStandardType, { nullable: true, description: 'One standard by code: the latest version, or the version asked for.' })
  async serviceStandard(
    @Arg('code', () => String, { description: 'Standard code.' }) code: string,
    @Arg('version', () => Int, { nullable: true, description: 'A version; the latest when omitted.' }) version: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<StandardView | null> {
    const { all, latestByCode } = await catalogue(ctx);
    return version === null || version === undefined ? (latestByCode.get(code) ?? null) : (all.find((s) => s.code === code && s.version === version) ?? null);
  }

  @Query(() => [StandardCoverageType], {
    description: 'For each standard: how many facilities it applies to are compliant, partly compliant, non-compliant, not assessed, overdue.',
  })
  complianceCoverage(@Ctx() ctx: RequestContext): Promise<CoverageRow[]> {
    return complianceCoverage(ctx);
  }

  @Mutation(() => ServiceStandardType, {
    description: 'Adds a standard to the catalogue, or a new version of an existing code (ADMIN). Assessments keep the version they used.',
  })
  async defineServiceStandard(@Arg('input', () => ServiceStandardInput) input: ServiceStandardInput, @Ctx() ctx: RequestContext): Promise<StandardView> {
    const id = await defineServiceStandard(ctx, input);
    return (await loadCatalogue(ctx.em)).byId.get(id)!;
  }

  @Mutation(() => AssessmentType, {
    description:
      'Records an assessment of a facility against a standard (MOPS_WORKER, ADMIN). The overall result is derived from the outcome of every requirement.',
  })
  async recordAssessment(@Arg('input', () => AssessmentInput) input: AssessmentInput, @Ctx() ctx: RequestContext): Promise<AssessmentView> {
    const id = await recordAssessment(ctx, input);
    return (await ctx.loaders(complianceLoaders).assessmentById.load(id))!;
  }
}

@Resolver(() => StandardCoverageType)
export class StandardCoverageResolver {
  @FieldResolver(() => ServiceStandardType, { description: 'The standard (latest version).' })
  async standard(@Root() row: CoverageRow, @Ctx() ctx: RequestContext): Promise<StandardView> {
    return (await catalogue(ctx)).latestByCode.get(row.standardCode)!;
  }
}

@Resolver(() => FacilityGraphQLType)
export class FacilityComplianceResolver {
  @FieldResolver(() => [ComplianceEntryType], {
    description: 'Where the facility stands against each standard that applies to its type (latest assessment, or NOT_ASSESSED).',
  })
  compliance(@Root() facility: FacilityView, @Ctx() ctx: RequestContext): Promise<ComplianceEntryView[]> {
    return ctx.loaders(complianceLoaders).complianceOf(facility);
  }

  @FieldResolver(() => [AssessmentType], {
    nullable: true,
    description: 'Every assessment of the facility, newest first (not for PUBLIC; NGO staff for their own facilities).',
  })
  assessments(@Root() facility: FacilityView, @Ctx() ctx: RequestContext): Promise<AssessmentView[]> {
    return ctx.loaders(complianceLoaders).assessmentsOf.load(facility.id);
  }
}

@Resolver(() => ComplianceEntryType)
export class ComplianceEntryResolver {
  @FieldResolver(() => ServiceStandardType, { description: 'The standard (latest version).' })
  async standard(@Root() entry: ComplianceEntryView, @Ctx() ctx: RequestContext): Promise<StandardView> {
    return (await catalogue(ctx)).latestByCode.get(entry.standardCode)!;
  }

  @FieldResolver(() => AssessmentType, { nullable: true, description: 'The latest assessment in full (not for PUBLIC; NGO staff for their own facilities).' })
  latestAssessment(@Root() entry: ComplianceEntryView): AssessmentView | null {
    return entry.latestAssessment;
  }
}

@Resolver(() => AssessmentType)
export class AssessmentResolver {
  @FieldResolver(() => ServiceStandardType, { description: 'The standard, in the version the assessment used.' })
  async standard(@Root() a: AssessmentView, @Ctx() ctx: RequestContext): Promise<StandardView> {
    return (await catalogue(ctx)).byId.get(a.standardId)!;
  }

  @FieldResolver(() => FacilityGraphQLType, { description: 'The facility assessed.' })
  async facility(@Root() a: AssessmentView, @Ctx() ctx: RequestContext): Promise<FacilityView> {
    return (await ctx.loaders(registryLoaders).facility.load(a.facilityId))!;
  }

  @FieldResolver(() => [RequirementOutcomeType], { description: 'The outcome of every requirement, in the order of the standard.' })
  async outcomes(@Root() a: AssessmentView, @Ctx() ctx: RequestContext) {
    const [outcomes, { byId }] = await Promise.all([ctx.loaders(complianceLoaders).outcomesOf.load(a.id), catalogue(ctx)]);
    const requirements = new Map(byId.get(a.standardId)!.requirements.map((r) => [r.id, r]));
    return outcomes.map((o) => ({ ...o, requirement: requirements.get(o.requirementId)! }));
  }
}
