import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../core/graphql/scalars.js';

@ObjectType('FlowCount', {
  description:
    'A count of a flow report under its key; a count of 1 to 4, or one that would give such a count back by subtraction, is null with `suppressed: true`.',
})
export class FlowCountType {
  @Field(() => String, {
    description: 'What is counted: a programme (KIS, CIS), FOSTER_CARE, a kind of carer (CarerKind) or a reason a placement ended (PlacementEndReason).',
  })
  key!: string;

  @Field(() => String, { description: 'What is counted, in Polish (the label of the programme, the kind of carer or the reason).' })
  label!: string;

  @Field(() => Int, { nullable: true, description: 'The count; null when suppressed.' })
  count!: number | null;

  @Field(() => Boolean, { description: 'True when the count is withheld.' })
  suppressed!: boolean;
}

@ObjectType('FacilityFlow', { description: 'Participations at one KIS or CIS over the period.' })
export class FacilityFlowType {
  @Field(() => ID, { description: 'The KIS or CIS.' })
  facilityId!: string;

  @Field(() => String, { description: 'The KIS\u2019s or CIS\u2019s name, beside its id.' })
  facilityName!: string;

  @Field(() => ID, { description: 'Its operator.' })
  operatorId!: string;

  @Field(() => String, { description: 'The operator\u2019s name, beside its id.' })
  operatorName!: string;

  @Field(() => Int, { nullable: true, description: 'Participations active on any day of the period; null when suppressed.' })
  participations!: number | null;

  @Field(() => Int, { nullable: true, description: 'Distinct persons among them; null when suppressed.' })
  persons!: number | null;

  @Field(() => Boolean, { description: 'True when a figure is withheld.' })
  suppressed!: boolean;
}

@ObjectType('FlowReport', {
  description:
    'Flows over a period rather than stocks on a day: persons and children reached at any time in it, each counted once (one record per PESEL). The groups overlap, so they do not add up to the whole.',
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

  @Field(() => [FlowCountType], {
    description: 'Distinct children placed on any day of the period, by kind of carer ("94 children passed through 28 emergency families in the year").',
  })
  childrenCaredFor!: FlowCountType[];

  @Field(() => [FlowCountType], { description: 'Placements begun in the period, by kind of carer.' })
  placementsStarted!: FlowCountType[];

  @Field(() => [FlowCountType], { description: 'Placements ended in the period, by reason.' })
  placementsEnded!: FlowCountType[];

  @Field(() => [FacilityFlowType], { description: 'Participations by KIS or CIS and operator.' })
  participationsByFacility!: FacilityFlowType[];
}

@ObjectType('AssessmentFigure', { description: 'One figure of the assessment of social-assistance resources, this year beside the last.' })
export class AssessmentFigureType {
  @Field(() => String, { description: 'Its section: INFRASTRUCTURE, OPERATORS, STAFF, POPULATION, SOCIAL_EMPLOYMENT, FOSTER_CARE.' })
  section!: string;

  @Field(() => String, { description: 'What it counts, stable across years (a facility type and PLACES, NON_PUBLIC_OPERATORS …).' })
  key!: string;

  @Field(() => String, { description: 'What it counts, in Polish as the assessment words it.' })
  label!: string;

  @Field(() => Int, { nullable: true, description: 'The figure on 31 December of the year (today for the current year); null when withheld.' })
  value!: number | null;

  @Field(() => Int, { nullable: true, description: 'The figure a year before; null when withheld.' })
  previous!: number | null;

  @Field(() => Int, { nullable: true, description: 'value minus previous; null when either is withheld.' })
  change!: number | null;

  @Field(() => Boolean, { description: 'True when a count of persons is withheld (1 to 4) in either year.' })
  suppressed!: boolean;
}

@ObjectType('AssessmentGap', { description: 'A part of the assessment the hub cannot fill: the centre enters it.' })
export class AssessmentGapType {
  @Field(() => String, { description: 'Its section.' })
  section!: string;

  @Field(() => String, { description: 'What it is, as art. 16a asks for it.' })
  title!: string;
}

@ObjectType('ResourcesAssessment', {
  description:
    'Ocena zasobów pomocy społecznej (ustawa o pomocy społecznej, art. 16a): the part the hub knows, as of 31 December of a year, beside the year before and the change; the parts it cannot know listed as to be entered.',
})
export class ResourcesAssessmentType {
  @Field(() => Int, { description: 'The year assessed.' })
  year!: number;

  @Field(() => DateScalar, { description: 'The day its figures stand on: 31 December, or today for the current year.' })
  asOf!: string;

  @Field(() => DateScalar, { description: 'The day the previous year\u2019s figures stand on.' })
  previousAsOf!: string;

  @Field(() => [AssessmentFigureType], { description: 'Every figure, section by section.' })
  figures!: AssessmentFigureType[];

  @Field(() => [AssessmentGapType], { description: 'The parts the centre enters itself: never left out.' })
  toBeEntered!: AssessmentGapType[];
}
