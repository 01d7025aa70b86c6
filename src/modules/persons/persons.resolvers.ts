import { Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/graphql/context.js';
import { DateScalar } from '../../core/graphql/scalars.js';
import { maskPesel } from '../../core/pesel.js';
import { Sex } from './persons.entities.js';
import { cisEnrolmentAllowed, labourMarketCounts, labourMarketLoaders, suppressLabourMarketCounts, type LabourMarketStatusView } from './labour-market.js';
import { LabourMarketCountsType, LabourMarketStatusType, PersonType } from './persons.types.js';
import type { PersonView } from './persons.views.js';

@Resolver(() => PersonType)
export class PersonResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'The full PESEL (MOPS_WORKER, ADMIN, LABOUR_OFFICE). Decrypted for this answer; every read writes an audit event.',
  })
  pesel(@Root() person: PersonView, @Ctx() ctx: RequestContext): string {
    const pesel = ctx.pesel.reveal({ lookupHash: person.peselHash, ciphertext: person.peselCiphertext });
    ctx.audit.recordRead({ operation: ctx.operationName ?? 'query', subjectType: 'Person', subjectId: person.id, field: 'pesel' });
    return pesel;
  }

  @FieldResolver(() => String, {
    description: 'The PESEL with its first seven digits hidden, `*******1234`: enough to tell two persons apart, not to identify one.',
  })
  peselMasked(@Root() person: PersonView, @Ctx() ctx: RequestContext): string {
    return maskPesel(ctx.pesel.reveal({ lookupHash: person.peselHash, ciphertext: person.peselCiphertext }));
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description:
      'Birth date, from the PESEL (MOPS_WORKER, ADMIN, LABOUR_OFFICE). Not for NGO staff: with the last digits of `peselMasked` it would give back the whole PESEL.',
  })
  birthDate(@Root() person: PersonView): string {
    return person.birthDate;
  }

  @FieldResolver(() => Int, { description: 'Year of birth, from the PESEL.' })
  birthYear(@Root() person: PersonView): number {
    return Number(person.birthDate.slice(0, 4));
  }

  @FieldResolver(() => [LabourMarketStatusType], {
    nullable: true,
    description:
      'The person\u2019s status at each labour office that reported it, latest first (MOPS_WORKER, ADMIN): registered since, entitled to benefit or not.',
  })
  labourMarketStatus(@Root() person: PersonView, @Ctx() ctx: RequestContext): Promise<LabourMarketStatusView[]> {
    return ctx.loaders(labourMarketLoaders).statusesOf.load(person.peselHash);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Whether the person may join a CIS today as far as the labour offices report: false when entitled to unemployment benefit (art. 1 ust. 3). NGO staff see this, not the status.',
  })
  async cisEnrolmentAllowed(@Root() person: PersonView, @Ctx() ctx: RequestContext): Promise<boolean> {
    return cisEnrolmentAllowed(await ctx.loaders(labourMarketLoaders).statusesOf.load(person.peselHash), ctx.clock.today());
  }

  @FieldResolver(() => Sex, { nullable: true, description: 'Sex, from the PESEL (MOPS_WORKER, ADMIN, LABOUR_OFFICE; it is also a digit of `peselMasked`).' })
  sex(@Root() person: PersonView): Sex {
    return person.sex;
  }
}

@Resolver(() => LabourMarketCountsType)
export class LabourMarketCountsResolver {
  @Query(() => LabourMarketCountsType, {
    description: 'Counts of persons as the labour offices report them today (ANALYST, MOPS_WORKER, ADMIN); a count under 5 is null.',
  })
  async labourMarketCounts(@Ctx() ctx: RequestContext): Promise<LabourMarketCountsType> {
    return suppressLabourMarketCounts(await labourMarketCounts(ctx.em, ctx.clock.today()));
  }
}
