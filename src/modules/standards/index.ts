import type { HubModule } from '../../core/module.js';
import type { EntityManager } from '../../core/db/database.js';
import { CATALOGUE } from './standards.catalogue.js';
import { registerComplianceFilter } from './compliance.js';
import { Assessment, RequirementOutcome, ServiceStandard, StandardRequirement } from './standards.entities.js';
import { standardsPermissions } from './standards.permissions.js';
import {
  AssessmentResolver,
  ComplianceEntryResolver,
  FacilityComplianceResolver,
  ServiceStandardResolver,
  StandardCoverageResolver,
} from './standards.resolvers.js';
import { standardsEnumLabels } from './standards.labels.js';
import { STANDARDS } from './standards.messages.js';

/** Writes the catalogue of DOMAIN.md as version 1 of each standard. */
async function seedCatalogue(em: EntityManager): Promise<void> {
  for (const entry of CATALOGUE) {
    const standard = em.create(ServiceStandard, {
      code: entry.code,
      version: 1,
      title: entry.title,
      titleEn: entry.titleEn,
      source: entry.source,
      sourceKind: entry.sourceKind,
      appliesTo: entry.appliesTo,
      description: entry.description ?? null,
      definedBy: 'catalogue',
    });
    entry.requirements.forEach((r, position) =>
      em.create(StandardRequirement, {
        standard,
        code: r.code,
        position,
        description: r.description,
        kind: r.kind,
        unit: r.unit ?? null,
        comparison: r.comparison ?? null,
        threshold: r.threshold ?? null,
      }),
    );
  }
  await em.flush();
}

/** Service standards: the catalogue, assessments of facilities against it, and where the city stands. */
export const standardsModule: HubModule = {
  name: 'standards',
  entities: [ServiceStandard, StandardRequirement, Assessment, RequirementOutcome],
  resolvers: [ServiceStandardResolver, StandardCoverageResolver, FacilityComplianceResolver, ComplianceEntryResolver, AssessmentResolver],
  permissions: standardsPermissions,
  enumLabels: standardsEnumLabels,
  messages: STANDARDS,
  wire: () => registerComplianceFilter(),
  seedReference: { name: 'standards-catalogue', seed: seedCatalogue },
};

export { Assessment, RequirementOutcome, ServiceStandard, StandardRequirement } from './standards.entities.js';
export { overallResult, requirementSatisfied } from './standards.rules.js';
