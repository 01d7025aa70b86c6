import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../core/graphql/pagination.js';
import { DateScalar } from '../../core/graphql/scalars.js';
import { PersonInput } from '../persons/index.js';
import { CarerStatus, PlacementBasis, PlacementEndReason, StayExtensionKind } from './fostercare.entities.js';
import { AdmissionRoute, AgeExceptionKind } from './fostercare.rules.js';
import { CarerKind } from './fostercare.rules.js';
import { FosterCareDimension } from './foster-capacity.js';

const ACT = 'ustawa o wspieraniu rodziny i systemie pieczy zastępczej';

registerEnumType(CarerKind, {
  name: 'CarerKind',
  description: `A form of foster care (${ACT}).`,
  valuesConfig: {
    KINSHIP_FAMILY: { description: 'Spokrewniona rodzina zastępcza (art. 41): no statutory limit of children (art. 54 limits the other foster families).' },
    NON_PROFESSIONAL_FAMILY: {
      description:
        'Niezawodowa rodzina zastępcza (art. 41): up to 3 children (art. 54), more for siblings with the family\u2019s consent and the coordinator\u2019s opinion.',
    },
    PROFESSIONAL_FAMILY: {
      description:
        'Zawodowa rodzina zastępcza (art. 41): up to 3 children (art. 54), more for siblings with the family\u2019s consent and the coordinator\u2019s opinion.',
    },
    EMERGENCY_FAMILY: {
      description:
        'Zawodowa rodzina zastępcza pełniąca funkcję pogotowia rodzinnego (art. 58): up to 3 children, more with a reason up to 6 (check); stays up to 4 months, extendable to 8 or until the court proceedings end.',
    },
    PROFESSIONAL_SPECIALIST_FAMILY: {
      description:
        'Zawodowa specjalistyczna rodzina zastępcza (art. 41): up to 3 children (art. 54), more for siblings with the family\u2019s consent and the coordinator\u2019s opinion.',
    },
    FAMILY_CHILDRENS_HOME: {
      description:
        'Rodzinny dom dziecka (art. 61 ust. 1): up to 8 children and care leavers, more for siblings with the home\u2019s consent and the coordinator\u2019s opinion (ust. 2).',
    },
    SOCIALISATION_FACILITY: {
      description:
        'Placówka opiekuńczo-wychowawcza typu socjalizacyjnego (art. 101): up to 14 children (art. 95 ust. 3); a child under 10 only with an exception (art. 95 ust. 2).',
    },
    INTERVENTION_FACILITY: {
      description:
        'Placówka opiekuńczo-wychowawcza typu interwencyjnego (art. 103): up to 14, more for a child brought by the Police, at its request or in an emergency; stays up to 3 months, extendable until the court proceedings end; a child under 10 only with an exception.',
    },
    SPECIALIST_THERAPEUTIC_FACILITY: {
      description:
        'Placówka opiekuńczo-wychowawcza typu specjalistyczno-terapeutycznego (art. 102): up to 14 children; a child under 10 only with an exception (art. 95 ust. 2).',
    },
    FAMILY_TYPE_FACILITY: {
      description:
        'Placówka opiekuńczo-wychowawcza typu rodzinnego (art. 101): up to 8 children, siblings up to 10 with the voivode\u2019s consent; not covered by the age-10 rule.',
    },
    REGIONAL_CARE_THERAPY_FACILITY: { description: 'Regionalna placówka opiekuńczo-terapeutyczna (art. 97): up to 30 children.' },
    PRE_ADOPTION_INTERVENTION_CENTRE: {
      description: 'Interwencyjny ośrodek preadopcyjny (art. 109): up to 20 children (check), each until its first birthday.',
    },
  },
});

registerEnumType(CarerStatus, {
  name: 'CarerStatus',
  description: 'Whether a carer takes children; an institution\u2019s follows its facility (SUSPENDED is ON_BREAK).',
  valuesConfig: {
    ACTIVE: { description: 'Takes children.' },
    ON_BREAK: { description: 'On a break (urlop, a family crisis, a renovation): takes no one.' },
    CLOSED: { description: 'No longer a carer.' },
  },
});

registerEnumType(AgeExceptionKind, {
  name: 'AgeExceptionKind',
  description: 'Why a child under 10 is placed in a socialisation, intervention or specialist-therapeutic facility (art. 95 ust. 2 of the foster care act).',
  valuesConfig: {
    PARENT_PLACED: { description: 'The child\u2019s mother or father is placed in the same facility.' },
    HEALTH: { description: 'The child\u2019s health.' },
    SIBLINGS: { description: 'To keep siblings together.' },
    OTHER: { description: 'Another exceptional case, described in ageExceptionReason.' },
  },
});

registerEnumType(AdmissionRoute, {
  name: 'AdmissionRoute',
  description: 'How a child came to an intervention facility (art. 103 ust. 2\u20133): the limit of 14 does not bind the three exceptional routes.',
  valuesConfig: {
    ORDINARY: { description: 'On a court decision or a referral.' },
    POLICE_OR_BORDER_GUARD: { description: 'Brought by the Police or the Border Guard (art. 103 ust. 2 pkt 2).' },
    CHILDS_OWN_REQUEST: { description: 'Taken in at the child\u2019s own request (art. 103 ust. 2 pkt 3).' },
    EMERGENCY: { description: 'In an emergency (art. 103 ust. 3).' },
  },
});

registerEnumType(StayExtensionKind, {
  name: 'StayExtensionKind',
  description: 'How an emergency-family or intervention stay is extended (art. 58 ust. 4, art. 103 ust. 6\u20137).',
  valuesConfig: {
    FIXED_TERM: { description: 'To the longer statutory length with the organiser\u2019s consent (an emergency family: 8 months in all).' },
    UNTIL_PROCEEDINGS_END: {
      description: 'Until the court proceedings on the child\u2019s return, adoption or family foster care end (open-ended, with the case reference).',
    },
  },
});

registerEnumType(PlacementBasis, {
  name: 'PlacementBasis',
  description: 'On what a placement rests.',
  valuesConfig: {
    COURT_DECISION: { description: 'A family court decision (postanowienie sądu), with the court, reference number and date.' },
    EMERGENCY_PENDING_DECISION: { description: 'An emergency placement (police, a night call) while the court decides (art. 58 ust. 1).' },
  },
});

registerEnumType(PlacementEndReason, {
  name: 'PlacementEndReason',
  description: 'Why a placement ended.',
  valuesConfig: {
    RETURN_TO_FAMILY: { description: 'Return to the birth family.' },
    ADOPTION: { description: 'Adoption.' },
    ANOTHER_PLACEMENT: { description: 'Moved to another carer.' },
    LEAVING_CARE: { description: 'Reaching adulthood and leaving care (usamodzielnienie).' },
    OTHER: { description: 'Another reason; see the note.' },
  },
});

registerEnumType(FosterCareDimension, {
  name: 'FosterCareDimension',
  description: 'A dimension of the foster-care capacity picture.',
  valuesConfig: { KIND: { description: 'The form of care (CarerKind).' }, DISTRICT: { description: 'The carer\u2019s district.' } },
});

export const CapacityExceptionKind = { SIBLINGS: 'SIBLINGS', JUSTIFIED: 'JUSTIFIED', EMERGENCY: 'EMERGENCY' } as const;
registerEnumType(CapacityExceptionKind, {
  name: 'CapacityExceptionKind',
  description: 'The exception of the law that lets a carer take more than its limit; each needs a reason on the placement.',
  valuesConfig: {
    SIBLINGS: { description: 'Keeping siblings together (with the family\u2019s consent where the law asks for it).' },
    JUSTIFIED: { description: 'An especially justified case (an emergency family up to 6).' },
    EMERGENCY: { description: 'A temporary emergency in an intervention facility.' },
  },
});

export const Proximity = { SAME_DISTRICT: 'SAME_DISTRICT', SAME_BRANCH: 'SAME_BRANCH', OTHER_DISTRICT: 'OTHER_DISTRICT' } as const;
registerEnumType(Proximity, {
  name: 'Proximity',
  description: 'How near a carer is to the child\u2019s district.',
  valuesConfig: {
    SAME_DISTRICT: { description: 'In the child\u2019s district.' },
    SAME_BRANCH: { description: 'In a district of the same welfare-centre branch.' },
    OTHER_DISTRICT: { description: 'Elsewhere in the city.' },
  },
});

@ObjectType('Carer', { description: 'A foster family, family children\u2019s home or foster-care institution. Not for PUBLIC.' })
export class CarerType {
  @Field(() => ID, { description: 'Id.' })
  id!: string;

  @Field(() => CarerKind, { description: 'Form of care.' })
  kind!: string;

  @Field(() => String, { description: 'A family\u2019s label, or the institution\u2019s name.' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Places: the family\u2019s declared ones, or the facility\u2019s.' })
  capacity!: number | null;

  @Field(() => CarerStatus, { description: 'Whether it takes children.' })
  status!: string;

  @Field(() => Boolean, { description: 'The family agrees to take siblings beyond its limit.' })
  siblingsConsent!: boolean;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'A family: the day it became a foster family, from which it counts on past dates; null for an institution (its facility\u2019s opening counts) or a family registered before the hub kept the day.',
  })
  registeredOn!: string | null;
}

@ObjectType('CourtDecision', { description: 'The family court decision behind a placement. MOPS_WORKER and ADMIN only.' })
export class CourtDecisionType {
  @Field(() => String, { description: 'The court.' })
  name!: string;

  @Field(() => String, { description: 'Reference number (sygnatura akt).' })
  reference!: string;

  @Field(() => DateScalar, { description: 'Date of the decision.' })
  decisionDate!: string;
}

@ObjectType('Placement', {
  description: 'A child placed with a carer. Children\u2019s data is sensitive as a whole (DOMAIN.md): every read of the child is audited.',
})
export class PlacementType {
  @Field(() => ID, { description: 'Id.' })
  id!: string;

  @Field(() => DateScalar, { description: 'First day.' })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Planned last day, if set.' })
  plannedEndDate!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Actual last day; null while it goes on.' })
  endDate!: string | null;

  @Field(() => PlacementEndReason, { nullable: true, description: 'Why it ended.' })
  endReason!: string | null;

  @Field(() => PlacementBasis, { description: 'Court decision or emergency placement.' })
  basis!: string;
}

@ObjectType('Vacancy', { description: 'A carer that can take the whole sibling group on the date, and how.' })
export class VacancyType {
  @Field(() => Int, { description: 'Places the carer has (its declared places, never above the limit).' })
  capacity!: number;

  @Field(() => Int, { description: 'The legal limit of its kind.' })
  legalLimit!: number;

  @Field(() => Int, { description: 'Children placed on the date.' })
  occupiedPlaces!: number;

  @Field(() => Int, { description: 'Free places within its places.' })
  freePlaces!: number;

  @Field(() => CapacityExceptionKind, { nullable: true, description: 'The exception the placement would rest on (give its reason); null within the places.' })
  exceptionNeeded!: string | null;

  @Field(() => Proximity, { description: 'Nearness to the child\u2019s district.' })
  proximity!: string;
}

@ObjectType('FosterCareCapacityRow', { description: 'Foster care on a date, for one group of the dimensions asked for; a dimension not asked for is null.' })
export class FosterCareCapacityRowType {
  @Field(() => CarerKind, { nullable: true, description: 'Form of care, when grouped by KIND.' })
  kind!: string | null;

  @Field(() => Int, { description: 'Carers (not closed).' })
  carers!: number;

  @Field(() => Int, { description: 'Their places.' })
  capacity!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Children placed on the date (from placement dates); null (suppressed) when 1 to 4, or when a suppressed count could be computed from it.',
  })
  occupied!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Free places of the carers with a statutory limit (kinship families have none and take only their relatives: never vacancies); null when the children placed are suppressed (places minus free places would give them back) or when no carer of the row has a limit (`limited: false`).',
  })
  free!: number | null;

  @Field(() => Boolean, {
    description:
      'False when no carer of the row has a statutory limit of children (a kinship family, art. 54 of the act on family support): its places are not vacancies.',
  })
  limited!: boolean;

  @Field(() => Int, { nullable: true, description: 'Emergency-family and intervention stays past their statutory length on the date; null when suppressed.' })
  overduePlacements!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Children under 10 in care-and-education facilities on the date (the law allows it only with a reason); null when suppressed.',
  })
  childrenUnderAgeLimitInInstitutions!: number | null;

  @Field(() => Boolean, { description: 'True when a figure of the row is withheld: a count of children under 5 could point at a child (API.md, Errors).' })
  suppressed!: boolean;
}

export const PlacementConnection = ConnectionType(PlacementType, 'Placement', 'placement');

@InputType('RegisterCarerInput', { description: 'An institution by its registry facility, or a family with its kind, label, district and places.' })
export class RegisterCarerInput {
  @Field(() => ID, {
    nullable: true,
    description: 'An institution: its facility (care-and-education facility, regional care-and-therapy facility, pre-adoption centre).',
  })
  facilityId?: string | null;

  @Field(() => CarerKind, { nullable: true, description: 'A family\u2019s kind.' })
  kind?: string | null;

  @Field(() => String, { nullable: true, description: 'A family\u2019s label (not the foster parents\u2019 names).' })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'A family\u2019s district.' })
  districtId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation of the family\u2019s foster-care coordinator.' })
  coordinatorOrganisationId?: string | null;

  @Field(() => Int, { nullable: true, description: 'A family\u2019s places, at most the legal limit of its kind.' })
  declaredCapacity?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'The family agrees to take siblings beyond its limit.' })
  siblingsConsent?: boolean | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'A family: the day it became a foster family (its agreement with the organiser or the court\u2019s appointment), from which it counts on past dates; today when omitted, never in the future.',
  })
  registeredOn?: string | null;
}

@InputType('CourtDecisionInput', { description: 'A family court decision.' })
export class CourtDecisionInput {
  @Field(() => String, { description: 'The court, e.g. "Sąd Rejonowy dla Krakowa-Nowej Huty, III Wydział Rodzinny i Nieletnich".' })
  name!: string;

  @Field(() => String, { description: 'Reference number (sygnatura akt).' })
  reference!: string;

  @Field(() => DateScalar, { description: 'Date of the decision.' })
  decisionDate!: string;
}

@InputType('PlacementInput', { description: 'A child placed with a carer.' })
export class PlacementInput {
  @Field(() => PersonInput, { description: 'The child (PESEL and names).' })
  child!: PersonInput;

  @Field(() => ID, {
    nullable: true,
    description: 'The sibling group to keep the child with (Placement.siblingGroupId of a sibling); a new group when omitted.',
  })
  siblingGroupId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The referral (skierowanie) the child comes on: for this child and the carer’s facility, waiting (it is accepted now) or accepted, and not used yet.',
  })
  referralId?: string | null;

  @Field(() => ID, { description: 'The carer.' })
  carerId!: string;

  @Field(() => DateScalar, { description: 'First day; today or earlier.' })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Planned last day.' })
  plannedEndDate?: string | null;

  @Field(() => PlacementBasis, { description: 'Court decision or emergency placement.' })
  basis!: string;

  @Field(() => CourtDecisionInput, { nullable: true, description: 'The decision, for COURT_DECISION.' })
  court?: CourtDecisionInput | null;

  @Field(() => String, { nullable: true, description: 'A note for the case file.' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the carer takes the child beyond its limit (the exception of its kind).' })
  capacityExceptionReason?: string | null;

  @Field(() => AgeExceptionKind, {
    nullable: true,
    description:
      'For a child under 10 in a socialisation, intervention or specialist-therapeutic facility: the exception of art. 95 ust. 2. Without it, text in ageExceptionReason counts as OTHER.',
  })
  ageExceptionKind?: AgeExceptionKind | null;

  @Field(() => String, { nullable: true, description: 'The exception in words (required for OTHER).' })
  ageExceptionReason?: string | null;

  @Field(() => AdmissionRoute, { nullable: true, description: 'How the child came to an intervention facility; ORDINARY when omitted.' })
  admissionRoute?: AdmissionRoute | null;

  @Field(() => String, {
    nullable: true,
    description: 'The voivode\u2019s consent (reference and date) to siblings beyond a family-type facility\u2019s 8 places, up to 10.',
  })
  voivodeConsent?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The family foster-care coordinator\u2019s positive opinion (reference and date) on siblings beyond a foster family\u2019s or family children\u2019s home\u2019s limit.',
  })
  coordinatorOpinion?: string | null;
}

@InputType('ExtendPlacementInput', { description: 'How an emergency-family or intervention stay is extended.' })
export class ExtendPlacementInput {
  @Field(() => StayExtensionKind, {
    nullable: true,
    description: 'FIXED_TERM or UNTIL_PROCEEDINGS_END; when omitted, the only one the kind allows, or FIXED_TERM for an emergency family.',
  })
  kind?: StayExtensionKind | null;

  @Field(() => String, { description: 'Why the stay lasts longer.' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'The reference (sygnatura) of the court case the stay waits for (UNTIL_PROCEEDINGS_END).' })
  proceedingsReference?: string | null;
}

@InputType('EndPlacementInput', { description: 'How a placement ends.' })
export class EndPlacementInput {
  @Field(() => DateScalar, { description: 'Last day.' })
  endDate!: string;

  @Field(() => PlacementEndReason, { description: 'Why.' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'A note.' })
  note?: string | null;
}

@InputType('VacancyFilter', { description: 'Who needs a place: where, how old, how many siblings, which forms of care, when.' })
export class VacancyFilter {
  @Field(() => ID, { nullable: true, description: 'The child\u2019s district: nearer carers first.' })
  districtId?: string | null;

  @Field(() => Int, { nullable: true, description: 'The child\u2019s (youngest sibling\u2019s) age: under 10, no care-and-education facility is offered.' })
  childAge?: number | null;

  @Field(() => Int, { nullable: true, description: 'Children to place together, 1 to 12 (default 1).' })
  siblings?: number | null;

  @Field(() => [CarerKind], { nullable: true, description: 'Only these forms of care.' })
  carerKinds?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'The date; today when omitted.' })
  date?: string | null;
}

@InputType('PlacementFilter', { description: 'Narrows the placements list; all conditions apply together.' })
export class PlacementFilter {
  @Field(() => ID, { nullable: true, description: 'With this carer.' })
  carerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Of this child (Person id).' })
  childId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Running on this day.' })
  activeOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only (true) or no (false) emergency and intervention stays past their statutory length today.' })
  overdue?: boolean | null;
}
