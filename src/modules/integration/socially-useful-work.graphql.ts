import { Arg, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DateScalar } from '../../core/graphql/scalars.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { OrganisationType, registryLoaders } from '../registry/index.js';
import { formatGrosze } from '../../core/money.js';
import { ParticipantType } from './integration.types.js';
import {
  agreementsInForce,
  concludeAgreement,
  reportSociallyUsefulWork,
  sociallyUsefulWorkMonth,
  type AgreementView,
  type SociallyUsefulWorkMonthView,
  type SociallyUsefulWorkReportOutcome,
  type SociallyUsefulWorkRow,
} from './socially-useful-work.js';
import type { ParticipantView } from './participation.views.js';

const PSU = 'prace społecznie użyteczne: art. 73a of the act on employment promotion until 31 May 2025, the act of 20 March 2025 on the labour market since';

@ObjectType('SociallyUsefulWorkAgreement', {
  description: `An agreement (porozumienie) between a labour office\u2019s starosta and the city on socially useful work (${PSU}).`,
})
export class SociallyUsefulWorkAgreementType {
  @Field(() => ID, { description: 'Id of the agreement.' })
  id!: string;

  @Field(() => String, { description: 'Its number, unique for the labour office.' })
  number!: string;

  @Field(() => DateScalar, {
    description: 'The day it was concluded: it chooses the rules it is carried out under (agreements of before 1 June 2025 stay under the repealed act).',
  })
  concludedOn!: string;

  @Field(() => DateScalar, { description: 'First day of work under it.' })
  validFrom!: string;

  @Field(() => DateScalar, { description: 'Last day of work under it.' })
  validTo!: string;

  @Field(() => String, { description: 'The hourly benefit the city pays, in złoty.' })
  hourlyRate!: string;

  @Field(() => String, { description: 'The part of each hour\u2019s benefit the labour office refunds from the Labour Fund, in złoty.' })
  refundPerHour!: string;

  @Field(() => Boolean, { description: 'Refunded as for the Activation and Integration Programme (Program Aktywizacja i Integracja), whose cap is higher.' })
  activationProgramme!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The lowest hourly benefit in force when it was concluded, in złoty; null where the amount is not on file.',
  })
  minimumHourlyRate!: string | null;

  @Field(() => String, { description: 'The legal basis of the hour limits, the minimum and the refund cap applied to it.' })
  legalBasis!: string;
}

@ObjectType('SociallyUsefulWorkDay', { description: 'Hours of socially useful work on a day.' })
export class SociallyUsefulWorkDayType {
  @Field(() => DateScalar, { description: 'The day.' })
  date!: string;

  @Field(() => Float, { description: 'Hours, in quarters of an hour.' })
  hours!: number;
}

@ObjectType('SociallyUsefulWorkParticipantMonth', { description: 'One participant\u2019s socially useful work in a month under an agreement.' })
export class SociallyUsefulWorkParticipantMonthType {
  @Field(() => [SociallyUsefulWorkDayType], { description: 'The days worked, in date order.' })
  days!: SociallyUsefulWorkDayType[];

  @Field(() => Float, { description: 'Hours in the month.' })
  hours!: number;

  @Field(() => String, { description: 'The benefit the city pays: hours × the hourly benefit, in złoty, rounded to the grosz.' })
  amountDue!: string;

  @Field(() => String, { description: 'The labour office\u2019s refund: hours × the refund per hour, in złoty, rounded to the grosz.' })
  labourOfficeRefund!: string;

  @Field(() => String, { description: 'What the city bears itself: the benefit less the refund.' })
  cityShare!: string;
}

@ObjectType('SociallyUsefulWorkMonth', { description: 'A month of socially useful work under an agreement: per participant, and in total.' })
export class SociallyUsefulWorkMonthType {
  @Field(() => SociallyUsefulWorkAgreementType, { description: 'The agreement.' })
  agreement!: SociallyUsefulWorkAgreementType;

  @Field(() => String, { description: 'The month, YYYY-MM.' })
  month!: string;

  @Field(() => [SociallyUsefulWorkParticipantMonthType], {
    description:
      'One row per participant who worked, in name order (a labour office sees every row of its agreement; NGO staff the rows of their own facilities).',
  })
  participants!: SociallyUsefulWorkParticipantMonthType[];

  @Field(() => Float, { description: 'Hours of all rows.' })
  hours!: number;

  @Field(() => String, { description: 'The benefit of all rows, in złoty.' })
  amountDue!: string;

  @Field(() => String, { description: 'The labour office\u2019s refund of all rows, in złoty: what it pays the city for the month.' })
  labourOfficeRefund!: string;

  @Field(() => String, { description: 'What the city bears itself for the month.' })
  cityShare!: string;
}

@ObjectType('SociallyUsefulWorkReportResult', {
  description: 'What a report of socially useful work did. A replay of the same idempotency key returns the first result.',
})
export class SociallyUsefulWorkReportResultType {
  @Field(() => ID, { description: 'Id of the report.' })
  reportId!: string;

  @Field(() => ID, { description: 'The KIS reported on.' })
  facilityId!: string;

  @Field(() => ID, { description: 'The agreement the hours were worked under.' })
  agreementId!: string;

  @Field(() => String, { description: 'The idempotency key it was sent with.' })
  idempotencyKey!: string;

  @Field(() => Boolean, { description: 'True when this is the stored result of an earlier call with the same key and content: nothing was written now.' })
  replayed!: boolean;

  @Field(() => Int, { description: 'Entries received.' })
  entriesReceived!: number;

  @Field(() => Int, { description: 'Days written or given other hours.' })
  written!: number;

  @Field(() => Int, { description: 'Days removed (reported with 0 hours).' })
  removed!: number;

  @Field(() => Int, { description: 'Entries that changed nothing.' })
  unchanged!: number;

  @Field(() => [String], { description: 'Months (YYYY-MM) the entries fall in.' })
  months!: string[];
}

@InputType('SociallyUsefulWorkAgreementInput', { description: 'An agreement on socially useful work, as signed.' })
export class SociallyUsefulWorkAgreementInput {
  @Field(() => ID, { description: 'The labour office (a LABOUR_OFFICE caller gives its own).' })
  labourOfficeId!: string;

  @Field(() => String, { description: 'The agreement\u2019s number, 1 to 100 characters, unique for the labour office.' })
  number!: string;

  @Field(() => DateScalar, { description: 'The day it was concluded, not after today.' })
  concludedOn!: string;

  @Field(() => DateScalar, { description: 'First day of work under it.' })
  validFrom!: string;

  @Field(() => DateScalar, { description: 'Last day of work under it.' })
  validTo!: string;

  @Field(() => String, { description: 'The hourly benefit in złoty, at least the minimum in force on `concludedOn` where it is on file.' })
  hourlyRate!: string;

  @Field(() => String, {
    description:
      'The refund per hour in złoty, at most the benefit and the Labour Fund\u2019s cap (60% of the minimum, 100% in the Activation and Integration Programme) where it is on file.',
  })
  refundPerHour!: string;

  @Field(() => Boolean, { nullable: true, description: 'Within the Activation and Integration Programme; false when omitted.' })
  activationProgramme?: boolean | null;
}

@InputType('SociallyUsefulWorkEntryInput', { description: 'Hours of socially useful work of one participant on one day.' })
export class SociallyUsefulWorkEntryInput {
  @Field(() => ID, { description: 'The KIS participation.' })
  participantId!: string;

  @Field(() => DateScalar, { description: 'The day, within the participation and the agreement, not in the future.' })
  date!: string;

  @Field(() => Float, { description: 'Hours in quarters of an hour, 0 to 10; 0 removes a day reported before.' })
  hours!: number;
}

@InputType('SociallyUsefulWorkReportInput', {
  description: 'A batch of socially useful work days of one KIS under one agreement: all or nothing, idempotent on its key.',
})
export class SociallyUsefulWorkReportInput {
  @Field(() => ID, { description: 'The KIS.' })
  facilityId!: string;

  @Field(() => ID, { description: 'The agreement the hours were worked under.' })
  agreementId!: string;

  @Field(() => String, { description: 'Chosen by the sender, unique per report: sending it again returns the first result and writes nothing.' })
  idempotencyKey!: string;

  @Field(() => [SociallyUsefulWorkEntryInput], { description: 'Up to 5,000 days.' })
  entries!: SociallyUsefulWorkEntryInput[];

  @Field(() => String, { nullable: true, description: 'Why a month whose attendance is closed is changed (MOPS_WORKER or ADMIN only).' })
  correctionReason?: string | null;
}

function agreementType(a: AgreementView): SociallyUsefulWorkAgreementType & { labourOfficeId: string } {
  return {
    id: a.id,
    labourOfficeId: a.labourOfficeId,
    number: a.number,
    concludedOn: a.concludedOn,
    validFrom: a.validFrom,
    validTo: a.validTo,
    hourlyRate: formatGrosze(a.hourlyGrosze),
    refundPerHour: formatGrosze(a.refundPerHourGrosze),
    activationProgramme: a.activationProgramme,
    minimumHourlyRate: a.rule.minimumHourlyGrosze === null ? null : formatGrosze(a.rule.minimumHourlyGrosze),
    legalBasis: a.rule.source,
  };
}

function participantMonth(r: SociallyUsefulWorkRow) {
  return {
    participant: r.participant,
    days: r.days,
    hours: r.minutes / 60,
    amountDue: formatGrosze(r.dueGrosze),
    labourOfficeRefund: formatGrosze(r.refundGrosze),
    cityShare: formatGrosze(r.dueGrosze - r.refundGrosze),
  };
}

function monthType(m: SociallyUsefulWorkMonthView) {
  return {
    agreement: agreementType(m.agreement),
    month: m.month,
    participants: m.rows.map(participantMonth),
    hours: m.minutes / 60,
    amountDue: formatGrosze(m.dueGrosze),
    labourOfficeRefund: formatGrosze(m.refundGrosze),
    cityShare: formatGrosze(m.dueGrosze - m.refundGrosze),
  };
}

@Resolver(() => SociallyUsefulWorkAgreementType)
export class SociallyUsefulWorkAgreementResolver {
  @Query(() => [SociallyUsefulWorkAgreementType], {
    description: 'Agreements on socially useful work in force on a day (LABOUR_OFFICE its own; NGO_STAFF, MOPS_WORKER, ADMIN all).',
  })
  async sociallyUsefulWorkAgreements(@Arg('activeOn', () => DateScalar, { description: 'The day.' }) activeOn: string, @Ctx() ctx: RequestContext) {
    return (await agreementsInForce(ctx, activeOn)).map(agreementType);
  }

  @Query(() => SociallyUsefulWorkMonthType, {
    description:
      'A month of socially useful work under an agreement, with the benefit due and the labour office\u2019s refund (LABOUR_OFFICE of the agreement, NGO_STAFF for its own facilities, MOPS_WORKER, ADMIN).',
  })
  async sociallyUsefulWork(
    @Arg('agreementId', () => ID, { description: 'The agreement.' }) agreementId: string,
    @Arg('month', () => String, { description: 'The month, YYYY-MM.' }) month: string,
    @Ctx() ctx: RequestContext,
  ) {
    return monthType(await sociallyUsefulWorkMonth(ctx, agreementId, month));
  }

  @Mutation(() => SociallyUsefulWorkAgreementType, {
    description:
      'Records an agreement on socially useful work (LABOUR_OFFICE for its own office, MOPS_WORKER, ADMIN), checked against the rules in force on the day it was concluded.',
  })
  async concludeSociallyUsefulWorkAgreement(
    @Arg('input', () => SociallyUsefulWorkAgreementInput) input: SociallyUsefulWorkAgreementInput,
    @Ctx() ctx: RequestContext,
  ) {
    return agreementType(await concludeAgreement(ctx, input));
  }

  @Mutation(() => SociallyUsefulWorkReportResultType, {
    description:
      'Reports the socially useful work of a KIS\u2019s participants under an agreement (NGO_STAFF of the operator, MOPS_WORKER, ADMIN): up to 5,000 days, all or nothing, each problem at its path, at most 10 hours a week and 40 a month per person; idempotent on `idempotencyKey`.',
  })
  reportSociallyUsefulWork(
    @Arg('input', () => SociallyUsefulWorkReportInput) input: SociallyUsefulWorkReportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SociallyUsefulWorkReportOutcome> {
    return reportSociallyUsefulWork(ctx, input);
  }

  @FieldResolver(() => OrganisationType, { description: 'The labour office that concluded it.' })
  labourOffice(@Root() a: { labourOfficeId: string }, @Ctx() ctx: RequestContext) {
    return ctx.loaders(registryLoaders).organisation.load(a.labourOfficeId);
  }
}

@Resolver(() => SociallyUsefulWorkParticipantMonthType)
export class SociallyUsefulWorkParticipantResolver {
  @FieldResolver(() => ParticipantType, { description: 'The KIS participation.' })
  participant(@Root() r: { participant: ParticipantView }): ParticipantView {
    return r.participant;
  }
}
