import { Field, InputType, registerEnumType } from 'type-graphql';

/**
 * Where a facility stands against a service standard. The registry owns the notion (it filters
 * facilities by it); the standards module owns the data and supplies the SQL condition through
 * `provideComplianceCondition`, so the registry never reads the standards' tables.
 */
export const ComplianceStatus = {
  COMPLIANT: 'COMPLIANT',
  PARTLY_COMPLIANT: 'PARTLY_COMPLIANT',
  NON_COMPLIANT: 'NON_COMPLIANT',
  NOT_ASSESSED: 'NOT_ASSESSED',
} as const;
export type ComplianceStatus = (typeof ComplianceStatus)[keyof typeof ComplianceStatus];
registerEnumType(ComplianceStatus, {
  name: 'ComplianceStatus',
  description: 'Where a facility stands against a standard: the result of its latest assessment, or NOT_ASSESSED.',
  valuesConfig: {
    COMPLIANT: { description: 'Latest assessment: every requirement satisfied.' },
    PARTLY_COMPLIANT: { description: 'Latest assessment: some requirements satisfied.' },
    NON_COMPLIANT: { description: 'Latest assessment: no requirement satisfied.' },
    NOT_ASSESSED: { description: 'Never assessed against this standard.' },
  },
});

@InputType({ description: 'Facilities to which a standard applies, optionally by where they stand against it.' })
export class FacilityComplianceFilter {
  @Field(() => String, { description: 'The standard (code).' })
  standardCode!: string;
  @Field(() => [ComplianceStatus], { nullable: true, description: 'Any of these statuses; all when omitted.' })
  statuses?: ComplianceStatus[] | null;
  @Field(() => Boolean, { nullable: true, description: 'True: only facilities whose remediation deadline has passed; false: only the others.' })
  overdue?: boolean | null;
}

/**
 * The SQL condition of a compliance filter over the facility row `alias`, with its `?` parameters;
 * `today` decides which remediation deadlines have passed.
 */
export type ComplianceCondition = (filter: FacilityComplianceFilter, today: string, alias: string) => { sql: string; params: unknown[] };

let complianceCondition: ComplianceCondition | null = null;

/** Called by the standards module when it is part of the hub. */
export function provideComplianceCondition(condition: ComplianceCondition): void {
  complianceCondition = condition;
}

export function complianceConditionFor(filter: FacilityComplianceFilter, today: string, alias: string): ReturnType<ComplianceCondition> | null {
  return complianceCondition ? complianceCondition(filter, today, alias) : null;
}
