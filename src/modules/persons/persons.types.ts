import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Sex } from './persons.entities.js';

registerEnumType(Sex, {
  name: 'Sex',
  description: 'Sex as the PESEL encodes it (its tenth digit: odd male, even female).',
  valuesConfig: { FEMALE: { description: 'Female (even tenth digit).' }, MALE: { description: 'Male (odd tenth digit).' } },
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
  @Field(() => String, { description: 'PESEL, 11 digits: checked for its length, check digit and a real birth date (DOMAIN.md). Stored only hashed and encrypted.' })
  pesel!: string;

  @Field(() => String, { description: 'First name.' })
  firstName!: string;

  @Field(() => String, { description: 'Last name.' })
  lastName!: string;
}

