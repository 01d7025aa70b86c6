/** The roles of API.md. The set is closed: a token with any other role is rejected. */
export const Role = {
  PUBLIC: 'PUBLIC',
  ANALYST: 'ANALYST',
  NGO_STAFF: 'NGO_STAFF',
  LABOUR_OFFICE: 'LABOUR_OFFICE',
  MOPS_WORKER: 'MOPS_WORKER',
  ADMIN: 'ADMIN',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** Roles whose token must name the organisation the user works for (`org` claim). */
export const ROLES_WITH_ORGANISATION: readonly Role[] = [Role.MOPS_WORKER, Role.NGO_STAFF, Role.LABOUR_OFFICE];

/** Who is asking: built once per request from the verified token, or PUBLIC without one. */
export interface Principal {
  role: Role;
  /** The `sub` claim; null for PUBLIC. */
  userId: string | null;
  /** The `org` claim: the user's organisation in the registry (for a unit of the welfare centre, the centre). */
  organisationId: string | null;
  /** The welfare-centre unit (a branch) a case worker's token names, when it names one. */
  unitId?: string | null;
}

export const PUBLIC_PRINCIPAL: Principal = Object.freeze({ role: Role.PUBLIC, userId: null, organisationId: null });

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ALL_ROLES as readonly string[]).includes(value);
}
