import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../core/graphql/scalars.js';
import { Sex } from './persons.entities.js';

registerEnumType(Sex, {
  name: 'Sex',
  description: 'Sex: of a person as the PESEL encodes it (its tenth digit: odd male, even female), or of the persons of a count.',
  valuesConfig: { FEMALE: { description: 'Female (a PESEL\u2019s even tenth digit).' }, MALE: { description: 'Male (a PESEL\u2019s odd tenth digit).' } },
});

@ObjectType('Person', {
  description:
    'A person known to the hub: one record per PESEL, shared by every module. Reachable only through a record the caller may see (a participation, a placement). The full PESEL is for MOPS_WORKER, ADMIN and LABOUR_OFFICE, and every read of it is audited; NGO staff see `peselMasked`.',
})
export class PersonType {
  @Field(() => ID, { description: 'Stable id of the person in the hub (not the PESEL).' })
  id!: string;

  @Field(() => String, { description: 'First name.' })
  firstName!: string;

  @Field(() => String, { description: 'Last name.' })
  lastName!: string;
}

@InputType('PersonInput', { description: 'Who a record is about: PESEL and names. The same PESEL always means the same person record.' })
export class PersonInput {
  @Field(() => String, {
    description: 'PESEL, 11 digits: checked for its length, check digit and a real birth date (DOMAIN.md). Stored only hashed and encrypted.',
  })
  pesel!: string;

  @Field(() => String, { description: 'First name.' })
  firstName!: string;

  @Field(() => String, { description: 'Last name.' })
  lastName!: string;
}

@ObjectType('LabourMarketStatus', { description: 'A person\u2019s status at one labour office, as that office last reported it (reportUnemploymentStatus).' })
export class LabourMarketStatusType {
  @Field(() => ID, { description: 'The reporting labour office (an organisation of the registry).' })
  labourOfficeId!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Registered as unemployed since; null when not registered.' })
  registeredSince!: string | null;

  @Field(() => Boolean, {
    description: 'Entitled to unemployment benefit (zasiłek dla bezrobotnych), which excludes a CIS (art. 1 ust. 3 of the social employment act).',
  })
  benefitEntitled!: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Deregistered on; null while registered.' })
  deregisteredOn!: string | null;

  @Field(() => DateTimeScalar, { description: 'When the office last reported a change.' })
  reportedAt!: Date;
}

@ObjectType('LabourMarketCounts', {
  description:
    'Persons as the labour offices report them today, counted. A count under 5, or one that gives such a count back by subtraction, is null with `suppressed: true`.',
})
export class LabourMarketCountsType {
  @Field(() => Int, { nullable: true, description: 'Registered as unemployed today.' })
  registeredUnemployed!: number | null;

  @Field(() => Int, { nullable: true, description: 'Of them, entitled to unemployment benefit.' })
  entitledToBenefit!: number | null;

  @Field(() => Int, { nullable: true, description: 'Of them, taking part in a KIS or CIS today.' })
  registeredAndTakingPart!: number | null;

  @Field(() => Boolean, {
    description:
      'True when a figure is withheld (null): it is 1 to 4, or it would give back by subtraction one that is (registered minus entitled, registered minus taking part).',
  })
  suppressed!: boolean;
}
