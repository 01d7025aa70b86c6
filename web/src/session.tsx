import { createContext, useContext } from 'react';

/** Who is signed in: the token lives in this tab's memory only (never localStorage), as the issue asks. */
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
};

/** Where a role starts. */
export function homeOf(role: string): string {
  if (role === 'NGO_STAFF') return '/obecnosci';
  if (role === 'LABOUR_OFFICE') return '/weryfikacja-pesel';
  return '/pulpit';
}
