import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { Catalogue, Language } from '../i18n';

/**
 * A refusal of the API as the person reads it: in Polish, by the error's code and reason (the
 * hub's own messages are English), each input problem at the label of the field the form shows.
 * In English the hub's message is shown as it is.
 */
export function apiErrorText(error: unknown, t: Catalogue, language: Language, fieldLabels: Record<string, string>): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [`${t.error}: ${language === 'pl' ? t.apiErrors.NETWORK : (error as Error).message}`];
  return error.errors.flatMap((e) => {
    const code = String(e.extensions?.code ?? '');
    const reason = String(e.extensions?.reason ?? '');
    const details = (e.extensions?.details ?? []) as { path: string; message: string }[];
    if (code === 'BAD_USER_INPUT' && details.length) {
      return details.map((d) => {
        const field = d.path.split('.').pop() ?? d.path;
        const label = fieldLabels[d.path] ?? fieldLabels[field] ?? d.path;
        return language === 'pl' ? t.apiErrors.field(label) : `${label}: ${d.message}`;
      });
    }
    if (language !== 'pl') return [e.message];
    return [t.apiErrors.reasons[reason] ?? t.apiErrors.codes[code] ?? t.apiErrors.OTHER];
  });
}
