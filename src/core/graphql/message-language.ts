import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import Negotiator from 'negotiator';
import type { InputProblem } from '../errors.js';
import type { RequestContext } from './context.js';

export type MessageLanguage = 'en' | 'pl';

/** The language a caller reads messages in, by its Accept-Language (API.md, Errors): English when absent. */
export function messageLanguage(acceptLanguage: string | undefined | null): MessageLanguage {
  return new Negotiator({ headers: { 'accept-language': acceptLanguage ?? undefined } }).language(['en', 'pl']) === 'pl' ? 'pl' : 'en';
}

/**
 * An error in the caller's language: every refusal carries its words in English (the message) and
 * Polish (`messagePl`, from the reason's catalogue) until it is answered; the answer keeps one
 * language, with the `reason` and `params` a program reads. Input problems likewise, each keeping
 * its `path`, `reason`, `params` and `message`.
 */
export function inLanguage<E extends GraphQLFormattedError>(error: E, language: MessageLanguage): E {
  const { messagePl, details, ...extensions } = (error.extensions ?? {}) as { messagePl?: string; details?: InputProblem[] };
  if (!Array.isArray(details)) {
    if (messagePl === undefined) return error;
    return { ...error, message: language === 'pl' ? messagePl : error.message, extensions };
  }
  const worded = details.map(({ messagePl: pl, ...problem }) => (language === 'pl' && pl ? { ...problem, message: pl } : problem));
  const message = language === 'pl' && messagePl ? messagePl : error.message;
  return { ...error, message, extensions: { ...extensions, details: worded } };
}

/** An error answered outside GraphQL (an import, a backup route), as the GraphQL answer would word it. */
export function errorAnswer(error: GraphQLError, request: { headers: Record<string, string | string[] | undefined> }): GraphQLFormattedError {
  const header = request.headers['accept-language'];
  const { http: _http, ...extensions } = error.extensions;
  return inLanguage({ message: error.message, extensions }, messageLanguage(Array.isArray(header) ? header[0] : header));
}

/** Every error of a GraphQL response in the caller's language. */
export function messageLanguagePlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ request }) {
      const language = messageLanguage(request.http?.headers.get('accept-language'));
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (errors?.length) response.body.singleResult.errors = errors.map((error) => inLanguage(error, language));
        },
      };
    },
  };
}
