import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { graphql } from '../../graphql/graphql';
import { useT } from '../../i18n';
import { useSession } from '../../session';
import { oidcSettings } from '../../oidc-settings';

const ORGANISATIONS = graphql(`
  query SignInOrganisations {
    organisations(first: 500) {
      nodes {
        id
        name
        kind
      }
    }
  }
`);

const SIGN_IN = graphql(`
  mutation DevelopmentSignIn($role: Role!, $organisationId: ID) {
    developmentSignIn(role: $role, organisationId: $organisationId)
  }
`);

/** The organisations each role may be bound to (API.md, "Roles"; core/auth/organisation-binding.ts). */
const KINDS_OF_ROLE: Record<string, string[] | 'ANY'> = {
  ANALYST: 'ANY',
  NGO_STAFF: 'ANY',
  LABOUR_OFFICE: ['LABOUR_OFFICE'],
  MOPS_WORKER: ['WELFARE_CENTRE'],
  ADMIN: 'ANY',
};
const ROLES = ['MOPS_WORKER', 'ANALYST', 'NGO_STAFF', 'LABOUR_OFFICE', 'ADMIN'] as const;

/**
 * Development sign-in: with the development secret the hub signs a token for a role and an
 * organisation. Elsewhere the hub refuses, and the page says so.
 */
export function SignIn({ onSignedIn }: { onSignedIn(role: string): void }) {
  const { t } = useT();
  const session = useSession();
  const { data } = useQuery(ORGANISATIONS);
  const [role, setRole] = useState<(typeof ROLES)[number]>('MOPS_WORKER');
  const [organisationId, setOrganisationId] = useState('');
  const [signIn, { error, loading }] = useMutation(SIGN_IN);
  const kinds = KINDS_OF_ROLE[role];
  const organisations = (data?.organisations.nodes ?? []).filter((o) => kinds === 'ANY' || kinds?.includes(o.kind));
  const chosen = organisations.some((o) => o.id === organisationId) ? organisationId : (organisations[0]?.id ?? '');
  const off = error?.message.includes('Development sign-in is off');
  const [signInError, setSignInError] = useState<string | null>(null);
  const settings = oidcSettings();
  // Back from the identity provider: exchange the code (PKCE) and sign in with the access token.
  useEffect(() => {
    if (!settings) return;
    void (async () => {
      const { completeSignIn } = await import('../../oidc');
      try {
        const token = await completeSignIn(settings);
        if (token) onSignedIn(await session.signIn(token));
      } catch (e) {
        setSignInError((e as Error).message);
      }
    })();
  }, []);
  return (
    <section aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t.signInTitle}</h1>
      {settings && (
        <div className="block">
          <p>{t.signInOidcIntro}</p>
          <button type="button" onClick={async () => (await import('../../oidc')).startSignIn(settings)}>
            {t.signInOidc}
          </button>
          <h2>{t.signInDevTitle}</h2>
        </div>
      )}
      <p>{off ? t.signInDevOff : t.signInDevIntro}</p>
      <form
        className="form-grid"
        onSubmit={async (e) => {
          e.preventDefault();
          const result = await signIn({ variables: { role, organisationId: chosen || null } }).catch(() => null);
          const token = result?.data?.developmentSignIn;
          if (token) await session.signIn(token).then(onSignedIn, (e: Error) => setSignInError(e.message));
        }}
      >
        <label htmlFor="role">{t.role}</label>
        <select id="role" value={role} onChange={(e) => setRole(e.target.value as (typeof ROLES)[number])}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t.roles[r]}
            </option>
          ))}
        </select>
        <label htmlFor="organisation">{t.organisation}</label>
        <select id="organisation" value={chosen} onChange={(e) => setOrganisationId(e.target.value)}>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        <div />
        <button type="submit" disabled={loading}>
          {t.signIn}
        </button>
      </form>
      {error && !off && (
        <p role="alert" className="error">
          {t.error}: {error.message}
        </p>
      )}
      {signInError && (
        <p role="alert" className="error" data-testid="sign-in-error">
          {t.error}: {signInError}
        </p>
      )}
    </section>
  );
}
