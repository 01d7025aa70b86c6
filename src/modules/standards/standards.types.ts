import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SharedData } from '../../core/graphql/cache-control.js';
import { DateScalar, DateTimeScalar } from '../../core/graphql/scalars.js';
import { AssessmentResult, Comparison, RequirementKind, StandardSourceKind } from './standards.entities.js';
import { ComplianceStatus } from '../registry/index.js';

registerEnumType(StandardSourceKind, {
  name: 'StandardSourceKind',
  description: 'Where a standard comes from.',
  valuesConfig: {
    STATUTE: { description: 'A statute (ustawa).' },
    REGULATION: { description: 'A regulation (rozporządzenie), e.g. the 2018 minimum standards for homeless services.' },
    PROJECT_PUBLICATION: { description: 'A publication of the national standards project (2009–2014).' },
  },
});
registerEnumType(RequirementKind, {
  name: 'RequirementKind',
  description: 'How a requirement is assessed.',
  valuesConfig: { YES_NO: { description: 'Met or not met.' }, NUMBER: { description: 'A measured value against a threshold, in a unit.' } },
});
registerEnumType(Comparison, {
  name: 'Comparison',
  description: 'Which side of the threshold satisfies a numeric requirement.',
  valuesConfig: {
    AT_LEAST: { description: 'The value must be at least the threshold.' },
    AT_MOST: { description: 'The value must be at most the threshold.' },
  },
});
registerEnumType(AssessmentResult, {
  name: 'AssessmentResult',
  description: 'Overall result of an assessment, derived from its requirements.',
  valuesConfig: {
    COMPLIANT: { description: 'Every requirement satisfied.' },
    PARTLY_COMPLIANT: { description: 'Some requirements satisfied.' },
    NON_COMPLIANT: { description: 'No requirement satisfied.' },
  },
});

@SharedData()
@ObjectType('StandardRequirement', { description: 'One measurable requirement of a standard.' })
export class StandardRequirementType {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;
  @Field(() => String, { description: 'Code, unique within the standard version.' })
  code!: string;
  @Field(() => String, { description: 'What is required.' })
  description!: string;
  @Field(() => RequirementKind, { description: 'Yes/no or a number.' })
  kind!: RequirementKind;
  @Field(() => String, { nullable: true, description: 'Unit of a numeric requirement, e.g. m² per person.' })
  unit!: string | null;
  @Field(() => Comparison, { nullable: true, description: 'Which side of the threshold satisfies it.' })
  comparison!: Comparison | null;
  @Field(() => Float, { nullable: true, description: 'Threshold of a numeric requirement.' })
  threshold!: number | null;
}

@SharedData()
@ObjectType('ServiceStandard', { description: 'A version of a service standard from the catalogue.' })
export class ServiceStandardType {
  @Field(() => ID, { description: 'Identifier of this version.' })
  id!: string;
  @Field(() => String, { description: 'Code, shared by all versions.' })
  code!: string;
  @Field(() => Int, { description: 'Version; assessments refer to the version they used.' })
  version!: number;
  @Field(() => String, { description: 'Polish title.' })
  title!: string;
  @Field(() => String, { description: 'English gloss of the title.' })
  titleEn!: string;
  @Field(() => String, { description: 'Statute, regulation or publication the standard comes from.' })
  source!: string;
  @Field(() => StandardSourceKind, { description: 'Kind of source.' })
  sourceKind!: StandardSourceKind;
  @Field(() => [String], { description: 'Facility types (FacilityType values) the standard applies to.' })
  appliesTo!: string[];
  @Field(() => String, { nullable: true, description: 'What the standard covers.' })
  description!: string | null;
  @Field(() => [StandardRequirementType], { description: 'Its requirements, in order.' })
  requirements!: StandardRequirementType[];
  @Field(() => DateTimeScalar, { description: 'When this version was defined.' })
  definedAt!: Date;
}

@SharedData()
@ObjectType('RequirementOutcome', { description: 'How a facility did on one requirement.' })
export class RequirementOutcomeType {
  @Field(() => StandardRequirementType, { description: 'The requirement.' })
  requirement!: StandardRequirementType;
  @Field(() => Boolean, { nullable: true, description: 'For a yes/no requirement: met or not.' })
  met!: boolean | null;
  @Field(() => Float, { nullable: true, description: 'For a numeric requirement: the measured value.' })
  measuredValue!: number | null;
  @Field(() => Boolean, { description: 'Whether the requirement is satisfied.' })
  satisfied!: boolean;
}

@SharedData()
@ObjectType('Assessment', { description: 'A facility assessed against a version of a standard.' })
export class AssessmentType {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;
  @Field(() => ID, { description: 'The facility assessed.' })
  facilityId!: string;
  @Field(() => DateScalar, { description: 'Day of the assessment.' })
  assessedOn!: string;
  @Field(() => String, { nullable: true, description: 'Who assessed (not shown to ANALYST or PUBLIC).' })
  assessorName!: string | null;
  @Field(() => AssessmentResult, { description: 'Overall result, derived from the requirements.' })
  result!: AssessmentResult;
  @Field(() => String, { nullable: true, description: 'Findings.' })
  findings!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Deadline to remedy what was not met.' })
  remediationDeadline!: string | null;
  @Field(() => Boolean, { description: 'True when the remediation deadline has passed and the result is not COMPLIANT.' })
  overdue!: boolean;
}

@SharedData()
@ObjectType('ComplianceEntry', { description: "A facility's standing against one standard that applies to its type." })
export class ComplianceEntryType {
  @Field(() => ComplianceStatus, { description: 'Result of the latest assessment, or NOT_ASSESSED.' })
  status!: ComplianceStatus;
  @Field(() => Boolean, { description: 'True when the latest assessment set a remediation deadline that has passed without a compliant result.' })
  overdue!: boolean;
  @Field(() => DateScalar, { nullable: true, description: 'Day of the latest assessment.' })
  assessedOn!: string | null;
}

@SharedData()
@ObjectType('StandardCoverage', { description: 'For one standard: how the facilities it applies to stand.' })
export class StandardCoverageType {
  @Field(() => Int, { description: 'Facilities (not closed) whose type the standard applies to.' })
  facilities!: number;
  @Field(() => Int, { description: 'Latest assessment compliant.' })
  compliant!: number;
  @Field(() => Int, { description: 'Latest assessment partly compliant.' })
  partlyCompliant!: number;
  @Field(() => Int, { description: 'Latest assessment non-compliant.' })
  nonCompliant!: number;
  @Field(() => Int, { description: 'Never assessed.' })
  notAssessed!: number;
  @Field(() => Int, { description: 'Remediation deadline passed without a compliant result.' })
  overdue!: number;
}

@InputType({ description: 'A requirement of a new standard version.' })
export class RequirementInput {
  @Field(() => String, { description: 'Code, unique within the standard.' })
  code!: string;
  @Field(() => String, { description: 'What is required.' })
  description!: string;
  @Field(() => RequirementKind, { description: 'Yes/no or a number.' })
  kind!: RequirementKind;
  @Field(() => String, { nullable: true, description: 'Unit; required for a number.' })
  unit?: string | null;
  @Field(() => Comparison, { nullable: true, description: 'Required for a number.' })
  comparison?: Comparison | null;
  @Field(() => Float, { nullable: true, description: 'Threshold; required for a number.' })
  threshold?: number | null;
}

@InputType({ description: 'A standard, or a new version of one with the same code.' })
export class ServiceStandardInput {
  @Field(() => String, { description: 'Code (capital letters, digits, underscores).' })
  code!: string;
  @Field(() => String, { description: 'Polish title.' })
  title!: string;
  @Field(() => String, { description: 'English gloss.' })
  titleEn!: string;
  @Field(() => String, { description: 'Statute, regulation or publication.' })
  source!: string;
  @Field(() => StandardSourceKind, { description: 'Kind of source.' })
  sourceKind!: StandardSourceKind;
  @Field(() => [String], { description: 'Facility types it applies to.' })
  appliesTo!: string[];
  @Field(() => String, { nullable: true, description: 'What the standard covers.' })
  description?: string | null;
  @Field(() => [RequirementInput], { description: 'Requirements, in order.' })
  requirements!: RequirementInput[];
}

@InputType({ description: 'How a facility did on one requirement.' })
export class OutcomeInput {
  @Field(() => String, { description: 'Requirement code.' })
  requirementCode!: string;
  @Field(() => Boolean, { nullable: true, description: 'For a yes/no requirement.' })
  met?: boolean | null;
  @Field(() => Float, { nullable: true, description: 'For a numeric requirement.' })
  measuredValue?: number | null;
}

@InputType({ description: 'An assessment of a facility against a standard.' })
export class AssessmentInput {
  @Field(() => ID, { description: 'The facility.' })
  facilityId!: string;
  @Field(() => String, { description: 'Standard code.' })
  standardCode!: string;
  @Field(() => Int, { nullable: true, description: 'Standard version; the latest when omitted.' })
  standardVersion?: number | null;
  @Field(() => DateScalar, { description: 'Day of the assessment; not in the future.' })
  assessedOn!: string;
  @Field(() => String, { description: 'Who assessed.' })
  assessorName!: string;
  @Field(() => [OutcomeInput], { description: 'One outcome for every requirement of the standard.' })
  results!: OutcomeInput[];
  @Field(() => String, { nullable: true, description: 'Findings.' })
  findings?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Deadline to remedy what was not met; on or after the assessment.' })
  remediationDeadline?: string | null;
}
