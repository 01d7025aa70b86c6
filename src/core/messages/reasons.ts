import { IntlMessageFormat } from 'intl-messageformat';

/**
 * Why a request was refused, as a stable `reason` with its `params` (API.md, Errors), and the words
 * that say it in English and Polish. The words live in one catalogue per module
 * (`<module>.messages.ts`), written as ICU messages so that Polish plurals come out right
 * ("3 miesiące", "5 miesięcy"); the hub joins the catalogues (`hubReasons()`), the API documents
 * them (`docs/error-reasons.md`), and a test fails when a language lacks a reason or a placeholder.
 * A refusal is made only from a catalogue entry: there is no other way to word one.
 */

/** The words of one reason in each language the hub answers in. */
export interface ReasonTexts {
  en: string;
  pl: string;
  /**
   * The reason the API reports, when it is not the entry's own key: one refusal worded for each
   * of its cases (`IN_USE` of a unit, of a district, of an organisation), so that a client keeps
   * one stable reason while a clerk reads what applies.
   */
  reason?: string;
}

/**
 * A parameter a clerk reads differently from what a program reads: an enum's code in the API's
 * `params` and in English, its Polish label in Polish (`labelled('CLOSED', FACILITY_STATUS_LABELS)`).
 */
export interface LabelledValue {
  code: string;
  label: string;
}

export type ParamValue = string | number | LabelledValue;
export type MessageParams = Readonly<Record<string, ParamValue>>;

/** A refusal worded: what travels in an error's extensions and in an input problem. */
export interface Message {
  readonly reason: string;
  /** The values the words were filled with, for a program that words the reason itself. */
  readonly params: Readonly<Record<string, string | number>>;
  readonly en: string;
  readonly pl: string;
}

export type Reason = (params?: MessageParams) => Message;
export type Reasons<K extends string> = { readonly [R in K]: Reason };

const TEXTS = Symbol('reason texts');

/** A module's catalogue: its reasons as functions that word them, with the texts kept for the docs and the test. */
export type Catalogue<K extends string = string> = Reasons<K> & { readonly [TEXTS]: Readonly<Record<K, ReasonTexts>> };

/** Declares a module's reasons; each key is the reason's stable name (UPPER_SNAKE), unless the entry names another. */
export function defineReasons<const T extends Record<string, ReasonTexts>>(texts: T): Catalogue<keyof T & string> {
  const catalogue: Record<string, Reason> = {};
  for (const key of Object.keys(texts)) catalogue[key] = (params = {}) => word(texts[key]!.reason ?? key, texts[key]!, params);
  return Object.assign(catalogue, { [TEXTS]: texts }) as unknown as Catalogue<keyof T & string>;
}

/** The texts of a catalogue by reason. */
export function textsOf(catalogue: Catalogue): Readonly<Record<string, ReasonTexts>> {
  return catalogue[TEXTS];
}

/** An enum value as its code for programs and its Polish label for people. */
export function labelled(code: string, labels: Readonly<Record<string, string>>): LabelledValue {
  const label = labels[code] ?? code;
  // Mid-sentence a label starts in lower case, unless it is an acronym (CIS, KIS).
  const acronym = label.length > 1 && label[1] === label[1]!.toLocaleUpperCase('pl') && label[1] !== label[1]!.toLocaleLowerCase('pl');
  return { code, label: acronym ? label : label.charAt(0).toLocaleLowerCase('pl') + label.slice(1) };
}

const compiled = new Map<string, IntlMessageFormat>();

function format(text: string, locale: 'en' | 'pl', values: Record<string, string | number>): string {
  const key = `${locale}\u0000${text}`;
  let formatter = compiled.get(key);
  if (!formatter) compiled.set(key, (formatter = new IntlMessageFormat(text, locale, undefined, { ignoreTag: true })));
  try {
    return String(formatter.format(values));
  } catch {
    // A placeholder without its value is the code's mistake; the reason still reaches the caller.
    return text;
  }
}

function word(reason: string, texts: ReasonTexts, params: MessageParams): Message {
  const codes: Record<string, string | number> = {};
  const labels: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    codes[name] = typeof value === 'object' ? value.code : value;
    labels[name] = typeof value === 'object' ? value.label : value;
  }
  return { reason, params: codes, en: format(texts.en, 'en', codes), pl: format(texts.pl, 'pl', labels) };
}

/** The catalogues of the core and the modules as one; a reason declared twice is a mistake. */
export function joinCatalogues(catalogues: readonly Catalogue[]): ReadonlyMap<string, ReasonTexts> {
  const all = new Map<string, ReasonTexts>();
  for (const catalogue of catalogues) {
    for (const [reason, texts] of Object.entries(textsOf(catalogue))) {
      if (all.has(reason)) throw new Error(`The reason ${reason} is declared twice`);
      all.set(reason, texts);
    }
  }
  return all;
}
