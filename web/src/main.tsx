import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { graphql } from './graphql/graphql';
import { CATALOGUES, LanguageContext, type Language } from './i18n';
import { oidcSettings } from './oidc-settings';
import { SessionContext, type Session } from './session';
import './ui/app.css';

const ME = graphql(`
  query Me {
    me {
      role
      organisationId
    }
  }
`);

/** The token is read from memory at each request; a new sign-in starts a new client (no cached answer crosses roles). */
function Root() {
  const token = useRef<string | null>(null);
  const [principal, setPrincipal] = useState<{ role: string; organisationId: string | null; generation: number }>({
    role: 'PUBLIC',
    organisationId: null,
    generation: 0,
  });
  const [language, setLanguage] = useState<Language>('pl');
  // The hub words its refusals in the page's language (Accept-Language), whatever the browser's.
  const languageRef = useRef(language);
  languageRef.current = language;
  const client = useMemo(
    () =>
      new ApolloClient({
        link: new ApolloLink((operation, forward) => {
          operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
            headers: { ...headers, 'accept-language': languageRef.current, ...(token.current ? { authorization: `Bearer ${token.current}` } : {}) },
          }));
          return forward(operation);
        }).concat(new HttpLink({ uri: '/graphql' })),
        cache: new InMemoryCache(),
      }),
    [principal.generation],
  );
  const session: Session = {
    token: token.current,
    role: principal.role,
    organisationId: principal.organisationId,
    async signIn(newToken) {
      token.current = newToken;
      // The hub checks the token and its organisation binding; a refused token signs nobody in.
      const result = await client.query({ query: ME, fetchPolicy: 'network-only' }).catch((error: Error) => {
        token.current = null;
        throw error;
      });
      const me = result.data?.me;
      setPrincipal((p) => ({ role: me?.role ?? 'PUBLIC', organisationId: me?.organisationId ?? null, generation: p.generation + 1 }));
      return me?.role ?? 'PUBLIC';
    },
    signOut() {
      token.current = null;
      const settings = oidcSettings();
      if (settings) void import('./oidc').then(({ forgetUser }) => forgetUser(settings));
      setPrincipal((p) => ({ role: 'PUBLIC', organisationId: null, generation: p.generation + 1 }));
    },
  };
  // After a reload, the provider's sign-in this tab keeps signs the user in again before the pages show.
  const [restoring, setRestoring] = useState(() => oidcSettings() !== null);
  useEffect(() => {
    const settings = oidcSettings();
    if (!settings) return;
    void import('./oidc')
      .then(({ storedToken }) => storedToken(settings))
      .then((stored) => (stored ? session.signIn(stored).catch(() => undefined) : undefined))
      .finally(() => setRestoring(false));
  }, []);
  document.documentElement.lang = language;
  return (
    <LanguageContext.Provider value={{ language, t: CATALOGUES[language], setLanguage }}>
      <SessionContext.Provider value={session}>
        <ApolloProvider client={client}>
          {restoring ? (
            <p aria-live="polite" className="restoring">
              {CATALOGUES[language].loading}
            </p>
          ) : (
            <App key={principal.generation} />
          )}
        </ApolloProvider>
      </SessionContext.Provider>
    </LanguageContext.Provider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
