/** The values of a facility's enumerated columns (their GraphQL descriptions are in registry.types.ts). */

export const FacilityStatus = { ACTIVE: 'ACTIVE', SUSPENDED: 'SUSPENDED', CLOSED: 'CLOSED' } as const;
export type FacilityStatus = (typeof FacilityStatus)[keyof typeof FacilityStatus];

export const Management = { OWN_UNIT: 'OWN_UNIT', COMMISSIONED: 'COMMISSIONED' } as const;
export type Management = (typeof Management)[keyof typeof Management];

/**
 * Whom a facility's places are for (HUD's Housing Inventory Count "target population"; a Polish
 * shelter's regulations name it: a shelter for men, for women, a house for mothers with children).
 */
export const TargetPopulation = {
  ANY: 'ANY',
  MEN: 'MEN',
  WOMEN: 'WOMEN',
  MOTHERS_WITH_CHILDREN: 'MOTHERS_WITH_CHILDREN',
  FAMILIES: 'FAMILIES',
  YOUTH: 'YOUTH',
} as const;
export type TargetPopulation = (typeof TargetPopulation)[keyof typeof TargetPopulation];
