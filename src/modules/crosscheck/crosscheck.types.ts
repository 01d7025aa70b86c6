import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../core/graphql/scalars.js';
import { Programme } from '../integration/index.js';
import { CROSS_CHECK_PURPOSES, CrossCheckPurpose } from './crosscheck.rules.js';

registerEnumType(CrossCheckPurpose, {
  name: 'CrossCheckPurpose',
  description: 'Why a labour office checks PESELs; each value names its legal basis. Written to the audit trail with every checked PESEL\u2019s keyed hash.',
  valuesConfig: Object.fromEntries(Object.entries(CROSS_CHECK_PURPOSES).map(([k, v]) => [k, { description: v }])),
});

export const CrossCheckStatus = { INVALID_PESEL: 'INVALID_PESEL', NOT_FOUND: 'NOT_FOUND', ACTIVE: 'ACTIVE', ENDED: 'ENDED' } as const;
registerEnumType(CrossCheckStatus, {
  name: 'CrossCheckStatus',
  description: 'What the hub knows of a checked PESEL.',
  valuesConfig: {
    INVALID_PESEL: { description: 'Not a valid PESEL (length, digits, check digit or birth date); the rest of the batch is answered.' },
    NOT_FOUND: { description: 'No participation in a KIS or CIS is known for this PESEL.' },
    ACTIVE: { description: 'Takes part in a KIS or CIS (a participation not ended).' },
    ENDED: { description: 'Took part; every participation has ended.' },
  },
});

@ObjectType('CrossCheckParticipation', {
  description: 'The participation a cross-check reports: the ongoing one (a CIS first), else the latest ended. Nothing else of the person.',
})
export class CrossCheckParticipationType {
  @Field(() => Programme, { description: 'KIS or CIS.' })
  programme!: string;

  @Field(() => ID, { description: 'The facility.' })
  facilityId!: string;

  @Field(() => String, { description: 'Its name.' })
  facilityName!: string;

  @Field(() => DateScalar, { description: 'First day.' })
  startDate!: string;

  @Field(() => DateScalar, { description: 'Planned last day.' })
  plannedEndDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Actual last day, when ended.' })
  endDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it ended.' })
  endReason!: string | null;
}

@ObjectType('CrossCheckResult', { description: 'The answer for one checked PESEL, at the PESEL\u2019s position in the input.' })
export class CrossCheckResultType {
  @Field(() => Int, { description: 'Position of the PESEL in the input, from 0.' })
  index!: number;

  @Field(() => CrossCheckStatus, { description: 'Invalid, not found, taking part, or took part.' })
  status!: string;

  @Field(() => CrossCheckParticipationType, { nullable: true, description: 'The participation, for ACTIVE and ENDED.' })
  participation!: CrossCheckParticipationType | null;
}

@InputType('UnemploymentStatusInput', { description: 'One person\u2019s status at the reporting labour office.' })
export class UnemploymentStatusInput {
  @Field(() => String, { description: 'PESEL; stored only as its keyed hash.' })
  pesel!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Registered as unemployed since; null when not registered.' })
  registeredSince?: string | null;

  @Field(() => Boolean, { description: 'Entitled to unemployment benefit (excludes a CIS, art. 1 ust. 3 of the social employment act).' })
  benefitEntitled!: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Deregistered on; null while registered.' })
  deregisteredOn?: string | null;
}

@ObjectType('UnemploymentStatusReportResult', { description: 'What a status report changed. Sending the same report again changes nothing.' })
export class UnemploymentStatusReportResultType {
  @Field(() => Int, { description: 'Entries received.' })
  received!: number;

  @Field(() => Int, { description: 'PESELs this office reported for the first time.' })
  created!: number;

  @Field(() => Int, { description: 'PESELs whose status changed.' })
  updated!: number;

  @Field(() => Int, { description: 'PESELs whose status was already the same.' })
  unchanged!: number;
}
