import type { ApolloServerPlugin } from '@apollo/server';
import Negotiator from 'negotiator';
import type { InputProblem } from '../errors.js';
import type { RequestContext } from './context.js';

export type MessageLanguage = 'en' | 'pl';

/** The language a caller reads messages in, by its Accept-Language (API.md, Errors): English when absent. */
export function messageLanguage(acceptLanguage: string | undefined | null): MessageLanguage {
  return new Negotiator({ headers: { 'accept-language': acceptLanguage ?? undefined } }).language(['en', 'pl']) === 'pl' ? 'pl' : 'en';
}

/**
 * Input problems in the caller's language: a rule that words its message in Polish too (a PESEL,
 * NIP or REGON that is not one, a TERYT or postal code …) is answered in Polish to a caller who
 * prefers it. The details keep their shape, `path` and `message`, in either language.
 */
export function messageLanguagePlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ request }) {
      const language = messageLanguage(request.http?.headers.get('accept-language'));
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors?.some((e) => Array.isArray(e.extensions?.details) || e.extensions?.messagePl)) return;
          response.body.singleResult.errors = errors.map((error) => {
            const { messagePl, details, ...extensions } = (error.extensions ?? {}) as { messagePl?: string; details?: InputProblem[] };
            if (!Array.isArray(details)) return { ...error, message: language === 'pl' && messagePl ? messagePl : error.message, extensions };
            const worded = details.map(({ messagePl: pl, ...problem }) => (language === 'pl' && pl ? { ...problem, message: pl } : problem));
            const message = details.length === 1 ? worded[0]!.message : error.message;
            return { ...error, message, extensions: { ...extensions, details: worded } };
          });
        },
      };
    },
  };
}
