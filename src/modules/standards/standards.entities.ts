import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { recordTime } from '../../core/db/record-time.js';
import { uuidPrimaryKey } from '../../core/db/columns.js';
import { Facility } from '../registry/index.js';

export const StandardSourceKind = { STATUTE: 'STATUTE', REGULATION: 'REGULATION', PROJECT_PUBLICATION: 'PROJECT_PUBLICATION' } as const;
export type StandardSourceKind = (typeof StandardSourceKind)[keyof typeof StandardSourceKind];

export const RequirementKind = { YES_NO: 'YES_NO', NUMBER: 'NUMBER' } as const;
export type RequirementKind = (typeof RequirementKind)[keyof typeof RequirementKind];

export const Comparison = { AT_LEAST: 'AT_LEAST', AT_MOST: 'AT_MOST' } as const;
export type Comparison = (typeof Comparison)[keyof typeof Comparison];

export const AssessmentResult = { COMPLIANT: 'COMPLIANT', PARTLY_COMPLIANT: 'PARTLY_COMPLIANT', NON_COMPLIANT: 'NON_COMPLIANT' } as const;
export type AssessmentResult = (typeof AssessmentResult)[keyof typeof AssessmentResult];

/**
 * One version of a service standard. Defining a standard again with the same code adds a version;
 * assessments keep pointing at the version they used.
 */
export const ServiceStandard = defineEntity({
  name: 'ServiceStandard',
  tableName: 'service_standard',
  properties: {
    id: uuidPrimaryKey(),
    code: p.string(),
    version: p.integer(),
    title: p.string(),
    titleEn: p.string(),
    source: p.text(),
    sourceKind: p.enum(Object.values(StandardSourceKind)),
    /** Facility types (registry) the standard applies to. */
    appliesTo: p.json<string[]>(),
    description: p.text().nullable(),
    definedBy: p.string(),
    definedAt: p.datetime().onCreate(recordTime),
  },
  uniques: [{ properties: ['code', 'version'] }],
});
export type ServiceStandard = InferEntity<typeof ServiceStandard>;

export const StandardRequirement = defineEntity({
  name: 'StandardRequirement',
  tableName: 'standard_requirement',
  properties: {
    id: uuidPrimaryKey(),
    standard: () => p.manyToOne(ServiceStandard).ref(),
    code: p.string(),
    position: p.integer(),
    description: p.text(),
    kind: p.enum(Object.values(RequirementKind)),
    unit: p.string().nullable(),
    comparison: p.enum(Object.values(Comparison)).nullable(),
    threshold: p.double().nullable(),
  },
  uniques: [{ properties: ['standard', 'code'] }],
});
export type StandardRequirement = InferEntity<typeof StandardRequirement>;

/** A facility assessed against one version of a standard; the overall result is derived, not typed in. */
export const Assessment = defineEntity({
  name: 'Assessment',
  tableName: 'assessment',
  properties: {
    id: uuidPrimaryKey(),
    facility: () => p.manyToOne(Facility).ref(),
    standard: () => p.manyToOne(ServiceStandard).ref(),
    assessedOn: p.date(),
    assessorName: p.string(),
    result: p.enum(Object.values(AssessmentResult)),
    findings: p.text().nullable(),
    remediationDeadline: p.date().nullable(),
    recordedBy: p.string(),
    recordedAt: p.datetime().onCreate(recordTime),
  },
  indexes: [{ properties: ['facility', 'assessedOn'] }],
});
export type Assessment = InferEntity<typeof Assessment>;

/** The outcome of one requirement in an assessment. */
export const RequirementOutcome = defineEntity({
  name: 'RequirementOutcome',
  tableName: 'requirement_outcome',
  properties: {
    id: uuidPrimaryKey(),
    assessment: () => p.manyToOne(Assessment).ref(),
    requirement: () => p.manyToOne(StandardRequirement).ref(),
    met: p.boolean().nullable(),
    measuredValue: p.double().nullable(),
    satisfied: p.boolean(),
  },
});
export type RequirementOutcome = InferEntity<typeof RequirementOutcome>;
