import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../core/graphql/scalars.js';

@ObjectType('FlowCount', { description: 'A count of a flow report under its key; a count of 1 to 4, or one that would give such a count back by subtraction, is null with `suppressed: true`.' })
export class FlowCountType {
  @Field(() => String, { description: 'What is counted: a programme (KIS, CIS), FOSTER_CARE, a kind of carer (CarerKind) or a reason a placement ended (PlacementEndReason).' })
  key!: string;

  @Field(() => Int, { nullable: true, description: 'The count; null when suppressed.' })
  count!: number | null;

  @Field(() => Boolean, { description: 'True when the count is withheld.' })
  suppressed!: boolean;
}

@ObjectType('FacilityFlow', { description: 'Participations at one KIS or CIS over the period.' })
export class FacilityFlowType {
  @Field(() => ID, { description: 'The KIS or CIS.' })
  facilityId!: string;

  @Field(() => ID, { description: 'Its operator.' })
  operatorId!: string;

  @Field(() => Int, { nullable: true, description: 'Participations active on any day of the period; null when suppressed.' })
  participations!: number | null;

  @Field(() => Int, { nullable: true, description: 'Distinct persons among them; null when suppressed.' })
  persons!: number | null;

  @Field(() => Boolean, { description: 'True when a figure is withheld.' })
  suppressed!: boolean;
}

@ObjectType('FlowReport', {
  description: 'Flows over a period rather than stocks on a day: persons and children reached at any time in it, each counted once (one record per PESEL). The groups overlap, so they do not add up to the whole.',
})
export class FlowReportType {
  @Field(() => DateScalar, { description: 'First day.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day.' })
  to!: string;

  @Field(() => FlowCountType, { description: 'Distinct persons in a KIS or CIS, or placed in foster care, on any day of the period.' })
  personsReached!: FlowCountType;

  @Field(() => [FlowCountType], { description: 'Distinct persons by service: KIS, CIS, FOSTER_CARE (they overlap).' })
  personsByService!: FlowCountType[];

  @Field(() => [FlowCountType], { description: 'Distinct children placed on any day of the period, by kind of carer ("94 children passed through 28 emergency families in the year").' })
  childrenCaredFor!: FlowCountType[];

  @Field(() => [FlowCountType], { description: 'Placements begun in the period, by kind of carer.' })
  placementsStarted!: FlowCountType[];

  @Field(() => [FlowCountType], { description: 'Placements ended in the period, by reason.' })
  placementsEnded!: FlowCountType[];

  @Field(() => [FacilityFlowType], { description: 'Participations by KIS or CIS and operator.' })
  participationsByFacility!: FacilityFlowType[];
}
