import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../core/graphql/scalars.js';
import { BodyKind, PartnershipStatus, ProgrammeKind, StakeholderCategory } from './cooperation.rules.js';

registerEnumType(StakeholderCategory, {
  name: 'StakeholderCategory',
  description: 'A category of the Śrem catalogue of local stakeholders (model lokalnej współpracy).',
  valuesConfig: {
    GOVERNMENT_ADMINISTRATION: { description: 'Administracja rządowa.' },
    LOCAL_GOVERNMENT: { description: 'Samorząd: wójt, burmistrz, prezydent, starosta, marszałek and their offices.' },
    LOCAL_GOVERNMENT_UNIT: { description: 'Jednostki samorządu: ROPS, WUP, PUP, OPS and others.' },
    NGO: { description: 'Organizacje pozarządowe, spółdzielnie socjalne included.' },
    CHURCH_ORGANISATION: { description: 'Kościelne osoby prawne i związki wyznaniowe.' },
    EDUCATION: { description: 'Oświata.' },
    CULTURE: { description: 'Kultura.' },
    HEALTH_CARE: { description: 'Ochrona zdrowia.' },
    FINANCE_AND_BANKING: { description: 'Finanse i bankowość.' },
    BUSINESS: { description: 'Przedsiębiorcy.' },
    LOCAL_LEADER: { description: 'Lider lokalny: a citizen named with their consent, never with a PESEL.' },
  },
});

registerEnumType(PartnershipStatus, {
  name: 'PartnershipStatus',
  description: 'Where a partnership stands.',
  valuesConfig: {
    PLANNED: { description: 'Planned, not concluded yet.' },
    ACTIVE: { description: 'Concluded and working.' },
    DISSOLVED: { description: 'Dissolved.' },
  },
});

registerEnumType(ProgrammeKind, {
  name: 'LocalProgrammeKind',
  description: 'The kind of a programme or project.',
  valuesConfig: {
    LOCAL_ACTIVITY_PROGRAMME: { description: 'Program aktywności lokalnej (PAL), ustawa o pomocy społecznej art. 6 pkt 7a.' },
    EU_PROJECT: { description: 'A project funded by the European Union.' },
    OTHER: { description: 'Another programme.' },
  },
});

registerEnumType(BodyKind, {
  name: 'CooperationBodyKind',
  description: 'The kind of a body of local cooperation.',
  valuesConfig: {
    LOCAL_SYNERGY_TEAM: { description: 'Zespół synergii lokalnej (Śrem model).' },
    STEERING_GROUP: { description: 'A partnership\u2019s steering group.' },
    WORKING_GROUP: { description: 'A working group.' },
  },
});

@ObjectType('Stakeholder', {
  description:
    'An entry of the catalogue of local stakeholders: an organisation of the registry, or a local leader. Contact details, notes and leaders\u2019 names are for MOPS_WORKER and ADMIN.',
})
export class StakeholderType {
  @Field(() => ID, { description: 'Id.' })
  id!: string;

  @Field(() => StakeholderCategory, { description: 'Its category in the catalogue.' })
  category!: string;

  @Field(() => String, { nullable: true, description: 'A local leader\u2019s name (MOPS_WORKER, ADMIN).' })
  leaderName!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the local leader consented to be listed (MOPS_WORKER, ADMIN).' })
  leaderConsentOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Contact e-mail (MOPS_WORKER, ADMIN).' })
  contactEmail!: string | null;

  @Field(() => String, { nullable: true, description: 'Contact telephone (MOPS_WORKER, ADMIN).' })
  contactPhone!: string | null;

  @Field(() => String, { nullable: true, description: 'A note (MOPS_WORKER, ADMIN).' })
  note!: string | null;
}

@ObjectType('PartnershipMember', { description: 'A stakeholder\u2019s membership of a partnership, with its dates.' })
export class PartnershipMemberType {
  @Field(() => ID, { description: 'Id of the membership (endPartnershipMembership takes it).' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Its role in the partnership.' })
  role!: string | null;

  @Field(() => String, { nullable: true, description: 'On whose behalf the member acts (a unit, a department).' })
  onBehalfOf!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Joined on; null when not known.' })
  joinedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Left on; null while a member.' })
  leftOn!: string | null;
}

@ObjectType('PartnershipMeetingsYear', { description: 'The meetings of a partnership in a year.' })
export class PartnershipMeetingsYearType {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => Int, { description: 'Meetings held.' })
  meetings!: number;
}

@ObjectType('Partnership', { description: 'A local partnership: formal or informal, with its area, goal, lead and members over time.' })
export class PartnershipType {
  @Field(() => ID, { description: 'Id.' })
  id!: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => Boolean, { description: 'A formal partnership (with an agreement) or an informal one.' })
  formal!: boolean;

  @Field(() => PartnershipStatus, { description: 'As recorded today.' })
  status!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Concluded on; null when not known (an informal partnership) or still planned.' })
  concludedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Dissolved on.' })
  dissolvedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'A named neighbourhood (osiedle) below a district, when the area is one.' })
  neighbourhood!: string | null;

  @Field(() => String, { nullable: true, description: 'Its goal.' })
  goal!: string | null;
}

@ObjectType('Pact', { description: 'A pact (pakt na rzecz współpracy) with its signatories.' })
export class PactType {
  @Field(() => ID, { description: 'Id.' })
  id!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => DateScalar, { description: 'Signed on.' })
  signedOn!: string;

  @Field(() => String, { nullable: true, description: 'The document\u2019s reference (a resolution, an agreement number).' })
  documentReference!: string | null;

  @Field(() => ID, { nullable: true, description: 'The partnership it belongs to, if any.' })
  partnershipId!: string | null;
}

@ObjectType('CooperationBodyMember', { description: 'A member of a body, with dates.' })
export class BodyMemberType {
  @Field(() => String, { nullable: true, description: 'Role in the body.' })
  role!: string | null;

  @Field(() => DateScalar, { description: 'Member from.' })
  fromDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Member until.' })
  toDate!: string | null;
}

@ObjectType('CooperationBody', { description: 'A body of local cooperation, such as a local synergy team.' })
export class CooperationBodyType {
  @Field(() => ID, { description: 'Id.' })
  id!: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => BodyKind, { description: 'Kind.' })
  kind!: string;

  @Field(() => String, { description: 'The gmina or area it works for.' })
  area!: string;

  @Field(() => DateScalar, { description: 'Established on.' })
  establishedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Dissolved on.' })
  dissolvedOn!: string | null;
}

@ObjectType('ModelStepStatus', { description: 'A step of the Śrem model for an area, done or not.' })
export class ModelStepStatusType {
  @Field(() => Int, { description: 'Its number, 1 to 6.' })
  number!: number;

  @Field(() => String, { description: 'Its key.' })
  key!: string;

  @Field(() => String, { description: 'Its name in Polish.' })
  name!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Completed on; null while not done.' })
  completedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'A note.' })
  note!: string | null;
}

@ObjectType('LocalProgrammeYear', {
  description: 'A programme\u2019s year: its budget, planned and used, in złoty kept exact, and the welfare centre\u2019s staff assigned.',
})
export class ProgrammeYearType {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => String, { description: 'Planned budget, złoty with two decimals ("18000.00").' })
  plannedBudget!: string;

  @Field(() => String, { nullable: true, description: 'Used budget; null while not known (which is not zero).' })
  usedBudget!: string | null;

  @Field(() => String, { nullable: true, description: 'Used ÷ planned × 100, two decimals; null while the use is not known.' })
  executionRate!: string | null;

  @Field(() => Int, { description: 'Social workers of the welfare centre assigned.' })
  socialWorkers!: number;

  @Field(() => Int, { description: 'Specialists of the welfare centre assigned.' })
  specialists!: number;
}

@ObjectType('CommunityAction', { description: 'A community action of a programme: a dated aggregate, never a list of persons.' })
export class CommunityActionType {
  @Field(() => DateScalar, { description: 'Held on.' })
  heldOn!: string;

  @Field(() => String, { description: 'Its kind (a festival, a workshop, a clean-up).' })
  kind!: string;

  @Field(() => Int, { description: 'How many took part.' })
  participants!: number;
}

@ObjectType('LocalProgramme', { description: 'A programme or project (a PAL, an EU-funded project) with its area, period, target and budgets by year.' })
export class ProgrammeType {
  @Field(() => ID, { description: 'Id.' })
  id!: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => ProgrammeKind, { description: 'Kind.' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'A named neighbourhood (osiedle), when the area is one.' })
  neighbourhood!: string | null;

  @Field(() => DateScalar, { description: 'Starts on.' })
  startsOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Ends on; null while open.' })
  endsOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Its target group.' })
  targetGroup!: string | null;

  @Field(() => Int, { nullable: true, description: 'How many people it aims to reach.' })
  targetNumber!: number | null;
}

@ObjectType('ProgrammeBudgetYear', { description: 'Programmes\u2019 budgets in a year (or in all the years asked for, when `year` is null).' })
export class ProgrammeBudgetYearType {
  @Field(() => Int, { nullable: true, description: 'The year; null on the row of the whole period.' })
  year!: number | null;

  @Field(() => Int, { description: 'Programmes with a budget in the year (programme-years over the period).' })
  programmes!: number;

  @Field(() => String, { description: 'Planned, złoty with two decimals.' })
  plannedBudget!: string;

  @Field(() => String, { nullable: true, description: 'Used; null when the use of any programme is not known.' })
  usedBudget!: string | null;

  @Field(() => Boolean, { description: 'False when some use is not known: the year is reported as not known, not as zero.' })
  usedKnown!: boolean;

  @Field(() => String, { nullable: true, description: 'Used ÷ planned × 100, two decimals; null when the use is not known.' })
  executionRate!: string | null;

  @Field(() => Int, { description: 'Social workers assigned.' })
  socialWorkers!: number;

  @Field(() => Int, { description: 'Specialists assigned.' })
  specialists!: number;
}

@ObjectType('DistrictCoverage', { description: 'A district and the partnerships active in it on a date.' })
export class DistrictCoverageType {
  @Field(() => Int, { description: 'Partnerships active in the district.' })
  activePartnerships!: number;
}

@InputType('StakeholderInput', { description: 'A stakeholder for the catalogue: an organisation of the registry, or a local leader with consent.' })
export class StakeholderInput {
  @Field(() => StakeholderCategory, { description: 'Category.' })
  category!: string;

  @Field(() => ID, { nullable: true, description: 'The organisation of the registry (every category but LOCAL_LEADER).' })
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'A local leader\u2019s name (LOCAL_LEADER only).' })
  leaderName?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the local leader consented to be listed (LOCAL_LEADER only, required).' })
  leaderConsentOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact e-mail.' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact telephone.' })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'A note.' })
  note?: string | null;
}

@InputType('PartnershipMemberInput', { description: 'A member of a partnership.' })
export class PartnershipMemberInput {
  @Field(() => ID, { description: 'The stakeholder.' })
  stakeholderId!: string;

  @Field(() => String, { nullable: true, description: 'Its role.' })
  role?: string | null;

  @Field(() => String, { nullable: true, description: 'On whose behalf it acts.' })
  onBehalfOf?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Joined on; may be unknown.' })
  joinedOn?: string | null;
}

@InputType('PartnershipInput', { description: 'A new partnership.' })
export class PartnershipInput {
  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => Boolean, { description: 'Formal (with an agreement) or informal.' })
  formal!: boolean;

  @Field(() => PartnershipStatus, { description: 'PLANNED, ACTIVE or DISSOLVED.' })
  status!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Concluded on; may be unknown.' })
  concludedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Dissolved on (DISSOLVED only).' })
  dissolvedOn?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The districts it covers.' })
  districtIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A named neighbourhood (osiedle) below a district.' })
  neighbourhood?: string | null;

  @Field(() => String, { nullable: true, description: 'Its goal.' })
  goal?: string | null;

  @Field(() => ID, { nullable: true, description: 'The lead stakeholder (NGO staff create partnerships their organisation leads).' })
  leadStakeholderId?: string | null;

  @Field(() => [PartnershipMemberInput], { nullable: true, description: 'Its first members.' })
  members?: PartnershipMemberInput[] | null;
}

@InputType('PartnershipStatusInput', { description: 'A partnership\u2019s new status with its dates.' })
export class PartnershipStatusInput {
  @Field(() => PartnershipStatus, { description: 'The new status.' })
  status!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Concluded on (for ACTIVE; may stay unknown).' })
  concludedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Dissolved on (DISSOLVED only, required).' })
  dissolvedOn?: string | null;
}

@InputType('PactInput', { description: 'A pact and its signatories.' })
export class PactInput {
  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => DateScalar, { description: 'Signed on.' })
  signedOn!: string;

  @Field(() => String, { nullable: true, description: 'The document\u2019s reference.' })
  documentReference?: string | null;

  @Field(() => ID, { nullable: true, description: 'The partnership it belongs to.' })
  partnershipId?: string | null;

  @Field(() => [ID], { description: 'The signatories (stakeholders), at least two.' })
  signatoryIds!: string[];
}

@InputType('CooperationBodyMemberInput', { description: 'A member of a body.' })
export class BodyMemberInput {
  @Field(() => ID, { description: 'The stakeholder.' })
  stakeholderId!: string;

  @Field(() => String, { nullable: true, description: 'Role.' })
  role?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Member from; the body\u2019s establishment by default.' })
  fromDate?: string | null;
}

@InputType('CooperationBodyInput', { description: 'A body of local cooperation.' })
export class CooperationBodyInput {
  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => BodyKind, { description: 'Kind.' })
  kind!: string;

  @Field(() => String, { description: 'The gmina or area it works for.' })
  area!: string;

  @Field(() => DateScalar, { description: 'Established on.' })
  establishedOn!: string;

  @Field(() => ID, { nullable: true, description: 'The partnership it belongs to.' })
  partnershipId?: string | null;

  @Field(() => [BodyMemberInput], { description: 'Its members.' })
  members!: BodyMemberInput[];
}

@InputType('ModelStepInput', { description: 'A step of the Śrem model completed.' })
export class ModelStepInput {
  @Field(() => String, { description: 'The gmina or area walking the model.' })
  area!: string;

  @Field(() => Int, { description: 'The step, 1 to 6, after the one before.' })
  step!: number;

  @Field(() => DateScalar, { description: 'Completed on; not before the previous step.' })
  completedOn!: string;

  @Field(() => ID, { nullable: true, description: 'Step 6: the KIS or CIS it created, from the registry.' })
  facilityId?: string | null;

  @Field(() => String, { nullable: true, description: 'A note.' })
  note?: string | null;
}

@InputType('LocalProgrammeInput', { description: 'A programme or project.' })
export class ProgrammeInput {
  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => ProgrammeKind, { description: 'Kind.' })
  kind!: string;

  @Field(() => [ID], { nullable: true, description: 'The districts it covers.' })
  districtIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A named neighbourhood (osiedle).' })
  neighbourhood?: string | null;

  @Field(() => DateScalar, { description: 'Starts on.' })
  startsOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Ends on.' })
  endsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Target group.' })
  targetGroup?: string | null;

  @Field(() => Int, { nullable: true, description: 'Target number of people, 0 to 1,000,000.' })
  targetNumber?: number | null;

  @Field(() => ID, { nullable: true, description: 'The lead stakeholder (NGO staff create programmes their organisation leads).' })
  leadStakeholderId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Partner stakeholders.' })
  partnerIds?: string[] | null;
}

@InputType('LocalProgrammeYearInput', { description: 'A programme\u2019s year.' })
export class ProgrammeYearInput {
  @Field(() => Int, { description: 'The year, within the programme\u2019s period.' })
  year!: number;

  @Field(() => String, { description: 'Planned budget in złoty, at most two decimals ("18000.00").' })
  plannedBudget!: string;

  @Field(() => String, { nullable: true, description: 'Used budget in złoty; null while not known.' })
  usedBudget?: string | null;

  @Field(() => Int, { nullable: true, description: 'Social workers assigned, 0 to 10,000.' })
  socialWorkers?: number | null;

  @Field(() => Int, { nullable: true, description: 'Specialists assigned, 0 to 10,000.' })
  specialists?: number | null;
}

@InputType('CommunityActionInput', { description: 'A community action as an aggregate.' })
export class CommunityActionInput {
  @Field(() => DateScalar, { description: 'Held on.' })
  heldOn!: string;

  @Field(() => String, { description: 'Its kind.' })
  kind!: string;

  @Field(() => Int, { description: 'How many took part, 0 to 100,000.' })
  participants!: number;
}
