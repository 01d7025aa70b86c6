import { InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { OidcSettings } from './oidc-settings';

let manager: UserManager | null = null;

/**
 * Authorization code with PKCE (oidc-client-ts). The user, with its tokens, is kept in memory only;
 * the state and the PKCE verifier of a sign-in in progress go to sessionStorage, because they must
 * outlive the redirect to the provider and back, and hold no token.
 */
function userManager(settings: OidcSettings): UserManager {
  manager ??= new UserManager({
    authority: settings.authority,
    client_id: settings.clientId,
    redirect_uri: `${window.location.origin}/logowanie`,
    response_type: 'code',
    scope: settings.scope,
    ...(settings.resource ? { resource: settings.resource } : {}),
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    loadUserInfo: false,
    automaticSilentRenew: false,
  });
  return manager;
}

export function startSignIn(settings: OidcSettings): Promise<void> {
  return userManager(settings).signinRedirect();
}

let completing: Promise<string | null> | null = null;

/** The access token when the page is the provider's redirect back (`?code=…&state=…`), once; null otherwise. */
export function completeSignIn(settings: OidcSettings): Promise<string | null> {
  const params = new URLSearchParams(window.location.search);
  if (!params.has('state') || !(params.has('code') || params.has('error'))) return completing ?? Promise.resolve(null);
  completing ??= userManager(settings)
    .signinRedirectCallback()
    .then((user) => user.access_token)
    .finally(() => window.history.replaceState(null, '', '/logowanie'));
  return completing;
}
