import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../core/graphql/scalars.js';
import { Sex } from '../persons/index.js';
import { AgeBand, COUNT_PLACES, CountPlace, CountPlaceGroup, CountStatus } from './count.rules.js';
import { COUNT_PLACE_LABELS } from './count.labels.js';

registerEnumType(CountPlace, {
  name: 'CountPlace',
  description: 'Where the count of homeless persons looks, as the ministry\u2019s guidelines for the count list the places (count.rules.ts).',
  valuesConfig: Object.fromEntries(
    Object.entries(COUNT_PLACES).map(([key, p]) => [
      key,
      {
        description: `${COUNT_PLACE_LABELS[key as CountPlace]}${p.facilityType ? ` (the registry\u2019s ${p.facilityType}: entered for a facility)` : ' (entered by district)'}.`,
      },
    ]),
  ),
});
registerEnumType(CountPlaceGroup, {
  name: 'CountPlaceGroup',
  description: 'The three groups of the count\u2019s places.',
  valuesConfig: {
    SHELTER: { description: 'The registry\u2019s facilities: filled from their occupancy reports of the night, or their own counts.' },
    INSTITUTION: { description: 'Other institutions: hospitals, hospices, care and treatment facilities, sobering-up stations, refugee centres.' },
    OUTSIDE: { description: 'Places not meant for living in: stations, allotments, empty buildings, stairwells, streets.' },
  },
});
registerEnumType(AgeBand, {
  name: 'AgeBand',
  description: 'The age bands of the count\u2019s table.',
  valuesConfig: {
    AGE_0_17: { description: 'Children, under 18.' },
    AGE_18_40: { description: '18 to 40.' },
    AGE_41_60: { description: '41 to 60.' },
    AGE_61_PLUS: { description: '61 and over.' },
  },
});
registerEnumType(CountStatus, {
  name: 'CountStatus',
  description: 'Whether a count still takes entries.',
  valuesConfig: { OPEN: { description: 'Taking entries.' }, CLOSED: { description: 'Filed: no entry is added or removed.' } },
});

@ObjectType('HomelessCount', {
  description: 'One night of the count of homeless persons in the gmina (ogólnopolskie badanie liczby osób bezdomnych), opened by its coordinator at MOPS.',
})
export class HomelessCountType {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;
  @Field(() => DateScalar, { description: 'The night, by the date of its evening (3 March for the night of 3/4 March).' })
  night!: string;
  @Field(() => String, { description: 'The gmina counted.' })
  gminaName!: string;
  @Field(() => String, { nullable: true, description: 'TERYT code of the gmina.' })
  gminaTeryt!: string | null;
  @Field(() => CountStatus, { description: 'Open for entries, or closed.' })
  status!: CountStatus;
  @Field(() => DateTimeScalar, { description: 'When it was opened.' })
  openedAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was closed.' })
  closedAt!: Date | null;
}

@ObjectType('AgeBandCount', { description: 'Persons of one age band.' })
export class AgeBandCountType {
  @Field(() => AgeBand, { description: 'The age band.' })
  band!: AgeBand;
  @Field(() => Int, { nullable: true, description: 'Persons; null when withheld.' })
  persons!: number | null;
}

@ObjectType('HomelessCountRow', {
  description:
    'The persons of one place of the count, or of all of them (`place` null). For roles other than MOPS_WORKER and ADMIN, a count of 1 to 4, or one that would give such a count back by subtraction, is null with `suppressed: true`.',
})
export class HomelessCountRowType {
  @Field(() => CountPlace, { nullable: true, description: 'The place; null for the total.' })
  place!: CountPlace | null;
  @Field(() => CountPlaceGroup, { nullable: true, description: 'The group of the place; null for the total.' })
  group!: CountPlaceGroup | null;
  @Field(() => Int, { nullable: true, description: 'Persons found there on the night.' })
  persons!: number | null;
  @Field(() => Int, { nullable: true, description: 'Of them, men and boys (from entries by sex and age).' })
  men!: number | null;
  @Field(() => Int, { nullable: true, description: 'Of them, women and girls.' })
  women!: number | null;
  @Field(() => [AgeBandCountType], { description: 'Of them, by age band.' })
  ageBands!: AgeBandCountType[];
  @Field(() => Int, {
    nullable: true,
    description: 'Of them, persons known only from a facility\u2019s occupancy report of the night, without sex or age: ask the facility for its count.',
  })
  notBrokenDown!: number | null;
  @Field(() => Int, { nullable: true, description: 'For the registry\u2019s places: facilities of the type active on the night; null for other places.' })
  facilities!: number | null;
  @Field(() => Int, { nullable: true, description: 'Of them, facilities with a count or a report of the night.' })
  facilitiesCounted!: number | null;
  @Field(() => Int, { nullable: true, description: 'Persons there at the previous count; null without one, or withheld.' })
  previousPersons!: number | null;
  @Field(() => Int, { nullable: true, description: 'Persons now less persons at the previous count.' })
  change!: number | null;
  @Field(() => Boolean, { description: 'Whether a figure of the row is withheld.' })
  suppressed!: boolean;
}

@ObjectType('HomelessCountTable', { description: 'The table the coordinator files: every place, the total, and the previous count beside them.' })
export class HomelessCountTableType {
  @Field(() => DateScalar, { description: 'The night counted.' })
  night!: string;
  @Field(() => [HomelessCountRowType], { description: 'Every place of the count, in the guidelines\u2019 order, zeros included.' })
  rows!: HomelessCountRowType[];
  @Field(() => HomelessCountRowType, { description: 'All places together.' })
  total!: HomelessCountRowType;
  @Field(() => DateScalar, { nullable: true, description: 'The night of the previous count compared; null when this is the first.' })
  previousNight!: string | null;
}

@ObjectType('HomelessCountProgress', { description: 'How far the count of the registry\u2019s facilities has got.' })
export class HomelessCountProgressType {
  @Field(() => Int, { description: 'Facilities of the count\u2019s types active on the night.' })
  facilities!: number;
  @Field(() => Int, { description: 'Of them, with a count of their own or an occupancy report of the night.' })
  counted!: number;
}

@ObjectType('HomelessCountEntry', { description: 'Persons of one sex and age band found in one place on the night: an aggregate, no person.' })
export class HomelessCountEntryType {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;
  @Field(() => CountPlace, { description: 'The place.' })
  place!: CountPlace;
  @Field(() => Sex, { description: 'Sex.' })
  sex!: Sex;
  @Field(() => AgeBand, { description: 'Age band.' })
  ageBand!: AgeBand;
  @Field(() => Int, { description: 'Persons.' })
  persons!: number;
  @Field(() => DateTimeScalar, { description: 'When it was entered.' })
  enteredAt!: Date;
}

@InputType('OpenHomelessCountInput', { description: 'The night and the gmina of a count.' })
export class OpenHomelessCountInput {
  @Field(() => DateScalar, { description: 'The night, by the date of its evening; at most 90 days ahead.' })
  night!: string;
  @Field(() => String, { description: 'The gmina counted, e.g. "Gmina Miejska Kraków".' })
  gminaName!: string;
  @Field(() => String, { nullable: true, description: 'TERYT code of the gmina, 7 digits.' })
  gminaTeryt?: string | null;
}

@InputType('HomelessCountEntryInput', { description: 'Persons of one sex and age band found in one place.' })
export class HomelessCountEntryInput {
  @Field(() => CountPlace, { description: 'Where.' })
  place!: CountPlace;
  @Field(() => ID, { nullable: true, description: 'The district, for a place outside the registry.' })
  districtId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The facility, for the registry\u2019s places.' })
  facilityId?: string | null;
  @Field(() => Sex, { description: 'Sex.' })
  sex!: Sex;
  @Field(() => AgeBand, { description: 'Age band.' })
  ageBand!: AgeBand;
  @Field(() => Int, { description: 'Persons, 1 to 500.' })
  persons!: number;
}
