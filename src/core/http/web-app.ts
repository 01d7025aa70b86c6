import compression from 'compression';
import express from 'express';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The web app's pages: each answers the same index.html, and the app shows the page of its path. */
export const WEB_APP_PAGES = ['/', '/pulpit', '/obecnosci', '/weryfikacja-pesel', '/import-rejestrow', '/logowanie'] as const;

/** What the page needs to sign in at the city's identity provider; null without one. */
export interface WebSignIn {
  authority: string;
  clientId: string;
  scope: string;
  resource: string | null;
}

/**
 * Only the hub itself: scripts, styles and fonts from the app's own files, requests to its own API
 * and, with OpenID Connect, to the identity provider (its discovery, keys and token endpoint).
 * ECharts sets inline styles on the elements it draws.
 */
function contentSecurityPolicy(oidc: WebSignIn | null): string {
  const connect = oidc ? `'self' ${new URL(oidc.authority).origin}` : "'self'";
  return `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src ${connect}; font-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'`;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Serves the built web app (`web/dist`): the hashed assets for a year (a new build has new names),
 * the pages with `no-cache`, so that a new deployment is seen at the next visit. Without a build, the
 * pages answer 503 and say how to build it; the API is served either way.
 */
export function webApp(dir: string, oidc: WebSignIn | null = null): express.Router {
  const router = express.Router();
  // The app's scripts go compressed (the hub mounts this router after the API, which it must not wrap).
  router.use(compression());
  const indexFile = join(dir, 'index.html');
  const built = existsSync(indexFile);
  // The sign-in settings travel in the page itself: the app has no endpoint of its own.
  const index = built
    ? readFileSync(indexFile, 'utf8').replace('</head>', `<meta name="splot-oidc" content="${escapeAttribute(JSON.stringify(oidc))}" />\n</head>`)
    : null;
  // The hub turns Express's per-answer ETag off (a POSTed API answer is never revalidated, and
  // hashing each one cost CPU); the page's own, computed once, lets a browser revalidate it (304).
  const indexTag = index ? `"${createHash('sha256').update(index).digest('base64url').slice(0, 27)}"` : null;
  const policy = contentSecurityPolicy(oidc);
  router.use('/assets', express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }));
  router.get([...WEB_APP_PAGES], (_req, res) => {
    if (!index) {
      res.status(503).type('text/plain; charset=utf-8').send('Aplikacja internetowa nie jest zbudowana: npm run web:build (The web app is not built.)\n');
      return;
    }
    res.set({
      'etag': indexTag!,
      'cache-control': 'no-cache',
      'content-security-policy': policy,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    res.type('html').send(index);
  });
  if (built) router.use(express.static(dir, { index: false, maxAge: '1d' }));
  return router;
}
