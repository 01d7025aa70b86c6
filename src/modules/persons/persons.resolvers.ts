import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/graphql/context.js';
import { DateScalar } from '../../core/graphql/scalars.js';
import { maskPesel } from '../../core/pesel.js';
import { Sex } from './persons.entities.js';
import { PersonType } from './persons.types.js';
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

  @FieldResolver(() => String, { description: 'The PESEL with its first seven digits hidden, `*******1234`: enough to tell two persons apart, not to identify one.' })
  peselMasked(@Root() person: PersonView, @Ctx() ctx: RequestContext): string {
    return maskPesel(ctx.pesel.reveal({ lookupHash: person.peselHash, ciphertext: person.peselCiphertext }));
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description: 'Birth date, from the PESEL (MOPS_WORKER, ADMIN, LABOUR_OFFICE). Not for NGO staff: with the last digits of `peselMasked` it would give back the whole PESEL.',
  })
  birthDate(@Root() person: PersonView): string {
    return person.birthDate;
  }

  @FieldResolver(() => Int, { description: 'Year of birth, from the PESEL.' })
  birthYear(@Root() person: PersonView): number {
    return Number(person.birthDate.slice(0, 4));
  }

  @FieldResolver(() => Sex, { nullable: true, description: 'Sex, from the PESEL (MOPS_WORKER, ADMIN, LABOUR_OFFICE; it is also a digit of `peselMasked`).' })
  sex(@Root() person: PersonView): Sex {
    return person.sex;
  }
}
