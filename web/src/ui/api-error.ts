import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { Catalogue, Language } from '../i18n';

/**
 * A refusal of the API as the person reads it: the hub words it in the page's language (the web
 * app sends its Accept-Language), each input problem beside the label of the field the form shows.
 */
export function apiErrorText(error: unknown, t: Catalogue, language: Language, fieldLabels: Record<string, string>): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [`${t.error}: ${language === 'pl' ? t.apiErrors.NETWORK : (error as Error).message}`];
  return error.errors.flatMap((e) => {
    const details = (e.extensions?.details ?? []) as { path: string; message: string }[];
    if (e.extensions?.code === 'BAD_USER_INPUT' && details.length) {
      return details.map((d) => {
        const field = d.path.split('.').pop() ?? d.path;
        return `${fieldLabels[d.path] ?? fieldLabels[field] ?? d.path}: ${d.message}`;
      });
    }
    return [e.message || t.apiErrors.OTHER];
  });
}
