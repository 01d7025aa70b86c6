import { createContext, useContext } from 'react';

/** Who is signed in: the token is read from memory at each request and never written to localStorage (oidc.ts keeps a provider's sign-in in the tab's sessionStorage). */
export interface Session {
  token: string | null;
  role: string;
  organisationId: string | null;
  /** Signs in with a token and answers the role the hub sees in it. */
  signIn(token: string): Promise<string>;
  signOut(): void;
}

export const SessionContext = createContext<Session>({ token: null, role: 'PUBLIC', organisationId: null, signIn: async () => 'PUBLIC', signOut: () => {} });

export const useSession = () => useContext(SessionContext);

/** The pages a role may open (API.md, "Roles"); the API enforces the same, this only hides links. */
export const PAGE_ROLES: Record<string, readonly string[]> = {
  '/pulpit': ['PUBLIC', 'ANALYST', 'MOPS_WORKER', 'ADMIN'],
  '/obecnosci': ['NGO_STAFF', 'MOPS_WORKER', 'ADMIN'],
  '/weryfikacja-pesel': ['LABOUR_OFFICE', 'ADMIN'],
  '/import-rejestrow': ['NGO_STAFF', 'MOPS_WORKER', 'ADMIN'],
  '/ustawienia-miasta': ['MOPS_WORKER', 'ADMIN'],
  '/liczenie-bezdomnych': ['NGO_STAFF', 'MOPS_WORKER', 'ADMIN'],
};

/**
 * The part of a facility filter that keeps an NGO's lists to the facilities it runs (the API
 * refuses the others' reports anyway; the lists only stop offering them). Empty for other roles.
 */
export function ownFacilitiesFilter({ role, organisationId }: Pick<Session, 'role' | 'organisationId'>): { operatorIds?: string[] } {
  return role === 'NGO_STAFF' && organisationId ? { operatorIds: [organisationId] } : {};
}

/** Where a role starts. */
export function homeOf(role: string): string {
  if (role === 'NGO_STAFF') return '/obecnosci';
  if (role === 'LABOUR_OFFICE') return '/weryfikacja-pesel';
  return '/pulpit';
}
