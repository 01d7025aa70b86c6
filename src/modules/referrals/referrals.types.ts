import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../core/graphql/pagination.js';
import { DateScalar } from '../../core/graphql/scalars.js';
import { PersonInput } from '../persons/index.js';
import { FacilityType } from '../registry/index.js';
import { ReferralDimension } from './referral-statistics.js';
import { ReferralProgramme, ReferralStatus, RejectionReason } from './referrals.rules.js';

registerEnumType(ReferralStatus, {
  name: 'ReferralStatus',
  description: 'Where a referral stands.',
  valuesConfig: {
    SENT: { description: 'Waiting for the operator\u2019s answer.' },
    ACCEPTED: { description: 'The operator admits the person.' },
    REJECTED: { description: 'The operator refused, with a reason.' },
    WITHDRAWN: { description: 'The sender took it back before an answer.' },
    EXPIRED: { description: 'Not answered by its respond-by date.' },
  },
});

registerEnumType(RejectionReason, {
  name: 'RejectionReason',
  description: 'Why an operator refused a referral.',
  valuesConfig: {
    NO_FREE_PLACE: { description: 'No free place: the measure of unmet demand.' },
    NOT_ELIGIBLE_BENEFIT_ENTITLED: { description: 'Entitled to unemployment benefit, which excludes a CIS (art. 1 ust. 3 of the social employment act).' },
    DID_NOT_REPORT: { description: 'The person did not report to the operator.' },
    CLIENT_REFUSED: { description: 'The person refused.' },
    OTHER: { description: 'Another reason, given in words.' },
  },
});

registerEnumType(ReferralProgramme, {
  name: 'ReferralProgramme',
  description: 'A joint programme of the labour office and the welfare centre that the referral is made for.',
  valuesConfig: {
    ACTIVATION_AND_INTEGRATION: { description: 'Program Aktywizacja i Integracja (ustawa o promocji zatrudnienia art. 62a).' },
    SOCIALLY_USEFUL_WORK: { description: 'Prace społecznie użyteczne (ustawa o promocji zatrudnienia art. 73a).' },
  },
});

export const ReferralDecision = { ACCEPTED: 'ACCEPTED', REJECTED: 'REJECTED' } as const;
registerEnumType(ReferralDecision, {
  name: 'ReferralDecision',
  description: 'The operator\u2019s answer to a referral.',
  valuesConfig: { ACCEPTED: { description: 'Admits the person.' }, REJECTED: { description: 'Refuses, with a reason.' } },
});

export const SenderKind = { LABOUR_OFFICE: 'LABOUR_OFFICE', WELFARE_CENTRE: 'WELFARE_CENTRE' } as const;
registerEnumType(SenderKind, {
  name: 'ReferralSenderKind',
  description: 'Who sent a referral.',
  valuesConfig: {
    LABOUR_OFFICE: { description: 'A labour office (powiatowy/grodzki urząd pracy).' },
    WELFARE_CENTRE: { description: 'The welfare centre (MOPS).' },
  },
});

registerEnumType(ReferralDimension, {
  name: 'ReferralDimension',
  description: 'A dimension of referral statistics.',
  valuesConfig: {
    RECEIVER_TYPE: { description: 'The type of the receiving facility.' },
    DISTRICT: { description: 'The receiving facility\u2019s district.' },
    REASON: { description: 'The refusal reason, or NOT_REJECTED.' },
    MONTH: { description: 'The month it was sent, YYYY-MM.' },
  },
});

@ObjectType('Referral', {
  description: 'A referral (skierowanie) of a person from a labour office or the welfare centre to a facility, and the operator\u2019s answer.',
})
export class ReferralType {
  @Field(() => ID, { description: 'Id.' })
  id!: string;

  @Field(() => ReferralStatus, { description: 'Where it stands on the hub\u2019s today: SENT past its respond-by date reads EXPIRED.' })
  status!: string;

  @Field(() => SenderKind, { description: 'Who sent it.' })
  senderKind!: string;

  @Field(() => ReferralProgramme, { nullable: true, description: 'The joint programme it is made for, if any.' })
  programme!: string | null;

  @Field(() => String, { description: 'The legal basis, as the sender wrote it.' })
  legalBasis!: string;

  @Field(() => DateScalar, { description: 'The day it was sent.' })
  sentOn!: string;

  @Field(() => DateScalar, { description: 'The operator answers by this day; unanswered, it expires after it.' })
  respondBy!: string;

  @Field(() => RejectionReason, { nullable: true, description: 'Why it was refused.' })
  rejectionReason!: string | null;

  @Field(() => String, { nullable: true, description: 'The refusal in words (required with OTHER).' })
  rejectionText!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it was answered or withdrawn.' })
  answeredOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The user who answered or withdrew it (MOPS_WORKER, ADMIN).' })
  answeredBy!: string | null;

  @Field(() => String, { nullable: true, description: 'The user who sent it (MOPS_WORKER, ADMIN; null with FORBIDDEN for others).' })
  sentBy!: string;

  @Field(() => ID, { nullable: true, description: 'The KIS/CIS participation that took the person in on it.' })
  participationId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The foster-care placement that took the person in on it.' })
  placementId!: string | null;
}

export const ReferralConnection = ConnectionType(ReferralType, 'Referral', 'referral');

@InputType('SendReferralInput', { description: 'A referral to send in the name of the caller\u2019s organisation.' })
export class SendReferralInput {
  @Field(() => String, { description: 'The sender\u2019s key: sending again with it returns the first referral. At most 200 characters.' })
  idempotencyKey!: string;

  @Field(() => PersonInput, { description: 'Who is referred: PESEL and names.' })
  person!: PersonInput;

  @Field(() => ID, { description: 'The receiving facility (a labour office refers to a KIS or CIS).' })
  facilityId!: string;

  @Field(() => ReferralProgramme, { nullable: true, description: 'The joint programme, if any.' })
  programme?: string | null;

  @Field(() => String, { description: 'The legal basis, e.g. "art. 12 ust. 1 ustawy o zatrudnieniu socjalnym".' })
  legalBasis!: string;

  @Field(() => DateScalar, { description: 'The operator answers by this day: today at the earliest, at most 60 days ahead.' })
  respondBy!: string;
}

@InputType('ReferralAnswerInput', { description: 'The operator\u2019s answer.' })
export class ReferralAnswerInput {
  @Field(() => ReferralDecision, { description: 'ACCEPTED or REJECTED.' })
  decision!: 'ACCEPTED' | 'REJECTED';

  @Field(() => RejectionReason, { nullable: true, description: 'Required with REJECTED; none with ACCEPTED.' })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'The reason in words; required with OTHER (at least 5 characters).' })
  reasonText?: string | null;
}

@InputType('ReferralFilter', { description: 'Narrows the referrals list; all conditions apply together.' })
export class ReferralFilter {
  @Field(() => ReferralStatus, { nullable: true, description: 'Only referrals in this status (EXPIRED as of today).' })
  status?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only those to this facility.' })
  facilityId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Sent on or after this day.' })
  sentFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Sent on or before this day.' })
  sentTo?: string | null;
}

@ObjectType('ReferralStatisticsRow', {
  description:
    'Referrals of one group of the dimensions asked for (a dimension not asked for is null). A count under 5, or one that would give such a count back by subtraction, is null with `suppressed: true`.',
})
export class ReferralStatisticsRowType {
  @Field(() => FacilityType, { nullable: true, description: 'The receiving facility\u2019s type, when grouped by RECEIVER_TYPE.' })
  receiverType!: string | null;

  @Field(() => ID, { nullable: true, description: 'The receiving facility\u2019s district, when grouped by DISTRICT.' })
  districtId!: string | null;

  @Field(() => String, { nullable: true, description: 'The refusal reason (RejectionReason) or NOT_REJECTED, when grouped by REASON.' })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'The month sent, YYYY-MM, when grouped by MONTH.' })
  month!: string | null;

  @Field(() => Int, { nullable: true, description: 'Referrals sent: the sum of the five counts that follow.' })
  sent!: number | null;

  @Field(() => Int, { nullable: true, description: 'Accepted.' })
  accepted!: number | null;

  @Field(() => Int, { nullable: true, description: 'Refused.' })
  rejected!: number | null;

  @Field(() => Int, { nullable: true, description: 'Still waiting for an answer, within their date.' })
  waiting!: number | null;

  @Field(() => Int, { nullable: true, description: 'Not answered by their date.' })
  expired!: number | null;

  @Field(() => Int, { nullable: true, description: 'Withdrawn by the sender.' })
  withdrawn!: number | null;

  @Field(() => Int, { nullable: true, description: 'Median days from sending to an answer; null under 5 answers.' })
  medianDaysToAnswer!: number | null;

  @Field(() => Boolean, { description: 'True when a count of the row is withheld.' })
  suppressed!: boolean;
}
