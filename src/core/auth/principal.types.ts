import { Arg, Field, ID, Mutation, ObjectType, Query, Resolver, Ctx, registerEnumType } from 'type-graphql';
import { invalidInput, forbidden } from '../errors.js';
import { isUuid } from '../ids.js';
import { DateScalar } from '../graphql/scalars.js';
import type { RequestContext } from '../graphql/context.js';
import { Role } from './principal.js';
import { CORE, recordKind } from '../messages/core.messages.js';

registerEnumType(Role, {
  name: 'Role',
  description: 'Who is asking (API.md, "Roles"). The role comes from the verified token; no token means PUBLIC.',
  valuesConfig: {
    PUBLIC: { description: 'Anyone without a token: public registry fields and the standards catalogue.' },
    ANALYST: { description: 'City social-policy dashboards: the whole registry and aggregates, no person-level field.' },
    NGO_STAFF: { description: 'Staff of an operator organisation: persons at facilities their organisation operates.' },
    LABOUR_OFFICE: { description: 'Clerk of a powiatowy/grodzki urząd pracy: cross-checks and CIS allowance figures.' },
    MOPS_WORKER: { description: "Case worker of the city's welfare centre (MOPS): person-level data of the city." },
    ADMIN: { description: 'Hub operator: everything, including the audit log.' },
  },
});

@ObjectType('Principal', { description: 'The caller as the hub sees them, from the verified token.' })
export class PrincipalType {
  @Field(() => Role, { description: 'The role that decides what the caller may see and do.' })
  role!: Role;

  @Field(() => String, { nullable: true, description: 'The token subject (user id); null for PUBLIC.' })
  userId!: string | null;

  @Field(() => ID, { nullable: true, description: "The user's organisation in the registry (`org` claim)." })
  organisationId!: string | null;
}

@Resolver()
export class PrincipalResolver {
  @Query(() => PrincipalType, { description: 'Who the hub thinks you are: check a token here first.' })
  me(@Ctx() ctx: RequestContext): PrincipalType {
    return { ...ctx.principal };
  }

  @Query(() => DateScalar, { description: 'The hub\u2019s today (Europe/Warsaw), from its one clock: the date every question without `asOf` is answered for.' })
  today(@Ctx() ctx: RequestContext): string {
    return ctx.clock.today();
  }

  @Mutation(() => String, {
    description:
      'Development only: a token for a role and an organisation, signed with the development secret, for the web app\u2019s sign-in page and demonstrations. FORBIDDEN when the hub runs on another secret, on JWKS or in production, where tokens come from the city\u2019s identity provider.',
  })
  async developmentSignIn(
    @Arg('role', () => Role, { description: 'Any role but PUBLIC (which needs no token).' }) role: Role,
    @Arg('organisationId', () => ID, {
      nullable: true,
      description: 'The organisation the role is bound to (API.md, "Roles"); checked on every request made with the token.',
    })
    organisationId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<string> {
    if (!ctx.developmentSignIn) throw forbidden(CORE.DEVELOPMENT_SIGN_IN_OFF());
    if (role === 'PUBLIC') throw invalidInput('role', CORE.PUBLIC_NEEDS_NO_TOKEN());
    if (organisationId !== null && !isUuid(organisationId)) throw invalidInput('organisationId', CORE.NO_SUCH_ID({ kind: recordKind('organisation') }));
    return ctx.developmentSignIn({ role, org: organisationId, sub: `dev-${role.toLowerCase()}` });
  }
}
