/** The city's identity provider, as the hub put it in the page (`<meta name="splot-oidc">`); null without one. */
export interface OidcSettings {
  authority: string;
  clientId: string;
  scope: string;
  resource: string | null;
}

export function oidcSettings(): OidcSettings | null {
  const content = document.querySelector<HTMLMetaElement>('meta[name="splot-oidc"]')?.content;
  return content ? (JSON.parse(content) as OidcSettings | null) : null;
}
