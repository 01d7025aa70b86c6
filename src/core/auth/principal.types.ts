import { Field, ID, ObjectType, Query, Resolver, Ctx, registerEnumType } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { Role } from './principal.js';

registerEnumType(Role, {
  name: 'Role',
  description: 'Who is asking (API.md, "Roles"). The role comes from the verified token; no token means PUBLIC.',
  valuesConfig: {
    PUBLIC: { description: 'Anyone without a token: public registry fields and the standards catalogue.' },
    ANALYST: { description: "City social-policy dashboards: the whole registry and aggregates, no person-level field." },
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
}
