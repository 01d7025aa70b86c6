import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { OidcSettings } from './oidc-settings';

let manager: UserManager | null = null;

/**
 * Authorization code with PKCE (oidc-client-ts). The user, with its tokens, is kept in the tab's
 * sessionStorage by the library, so that a reload keeps the user signed in while the token lasts;
 * closing the tab or signing out forgets it, and no token is ever written to localStorage. The state
 * and the PKCE verifier of a sign-in in progress go to sessionStorage too: they must outlive the
 * redirect to the provider and back.
 */
function userManager(settings: OidcSettings): UserManager {
  manager ??= new UserManager({
    authority: settings.authority,
    client_id: settings.clientId,
    redirect_uri: `${window.location.origin}/logowanie`,
    response_type: 'code',
    scope: settings.scope,
    ...(settings.resource ? { resource: settings.resource } : {}),
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
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

/** The access token of a sign-in this tab keeps (after a reload), while it has not expired; null otherwise. */
export async function storedToken(settings: OidcSettings): Promise<string | null> {
  const user = await userManager(settings).getUser();
  return user && !user.expired ? user.access_token : null;
}

/** Forgets the signed-in user of this tab (signing out). */
export function forgetUser(settings: OidcSettings): Promise<void> {
  return userManager(settings).removeUser();
}
