import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { hubReasons } from '../../src/hub.js';
import { textsOf, type Catalogue } from '../../src/core/messages/reasons.js';

const SRC = join(import.meta.dirname, '../../src');
const SCRIPTS = join(import.meta.dirname, '../../scripts');
/** As the hub formats them: `<token>` is text, not a tag. */
const ICU = { ignoreTag: true };
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
const files = [...sources(SRC), ...sources(SCRIPTS)].map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }));

/** Each placeholder of an ICU message with what it takes: a number (plural, number) or any value. */
function placeholders(elements: MessageFormatElement[], into = new Map<string, 'number' | 'any'>()): Map<string, 'number' | 'any'> {
  for (const element of elements) {
    if (element.type === TYPE.argument) into.set(element.value, into.get(element.value) ?? 'any');
    if (element.type === TYPE.number || element.type === TYPE.plural) into.set(element.value, 'number');
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      if (element.type === TYPE.select) into.set(element.value, into.get(element.value) ?? 'any');
      for (const option of Object.values(element.options)) placeholders(option.value, into);
    }
  }
  return into;
}

const reasons = hubReasons();

describe('the catalogue of reasons', () => {
  it('has words in English and Polish for every reason, with the same placeholders in both', () => {
    const problems: string[] = [];
    for (const [key, texts] of reasons) {
      if (!texts.en.trim() || !texts.pl.trim()) problems.push(`${key}: a language is empty`);
      const names = (text: string) => {
        try {
          return [...placeholders(parse(text, ICU)).keys()].sort();
        } catch (error) {
          problems.push(`${key}: ${(error as Error).message} in "${text}"`);
          return [];
        }
      };
      const en = names(texts.en);
      const pl = names(texts.pl);
      if (en.join() !== pl.join()) problems.push(`${key}: English takes {${en}}, Polish {${pl}}`);
    }
    expect(problems).toEqual([]);
    expect(reasons.size).toBeGreaterThan(300);
  });

  it('words every reason in both languages, each placeholder filled', async () => {
    const catalogues = await allCatalogues();
    for (const catalogue of catalogues) {
      for (const [key, texts] of Object.entries(textsOf(catalogue))) {
        const params = Object.fromEntries(
          [...placeholders(parse(texts.pl, ICU), placeholders(parse(texts.en, ICU)))].map(([name, kind]) => [name, kind === 'number' ? 3 : `«${name}»`]),
        );
        const message = catalogue[key]!(params);
        expect(message.reason).toBe(texts.reason ?? key);
        for (const text of [message.en, message.pl]) {
          expect(text, key).not.toMatch(/\{\s*\w+\s*[,}]/);
          for (const [name, kind] of Object.entries(params)) if (typeof kind === 'string' && texts.en.includes(`{${name}}`)) expect(text, key).toContain(kind);
        }
      }
    }
  });

  it('writes Polish words in the Polish text: a catalogue entry is not English twice', () => {
    const untranslated = [...reasons].filter(([, t]) => t.en === t.pl && /[a-z]{4,}/.test(t.en.replace(/\{[^}]*\}/g, ''))).map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('gives each reason its own key, across the core and every module', async () => {
    // joinCatalogues throws on a key declared twice; every catalogue a source file declares is joined.
    const keys = (await allCatalogues()).flatMap((c) => Object.keys(textsOf(c)));
    expect(new Set(keys).size).toBe(keys.length);
    expect([...reasons.keys()].sort()).toEqual([...keys].sort());
  });

  it('raises only reasons of a catalogue, and every reason of a catalogue is raised somewhere', async () => {
    const declared = new Map<string, Set<string>>();
    for (const { path, text } of files.filter((f) => f.path.endsWith('.messages.ts'))) {
      for (const match of text.matchAll(/export const (\w+) = defineReasons\(/g))
        declared.set(match[1]!, new Set(Object.keys(textsOf((await import(join(SRC, path)))[match[1]!] as Catalogue))));
    }
    const raised = new Map<string, Set<string>>([...declared.keys()].map((name) => [name, new Set<string>()]));
    for (const { text } of files) {
      for (const [name, keys] of declared) {
        for (const match of text.matchAll(new RegExp(`\\b${name}\\.([A-Z][A-Z0-9_]*)\\b`, 'g'))) {
          expect(keys, `${name}.${match[1]}`).toContain(match[1]);
          raised.get(name)!.add(match[1]!);
        }
      }
    }
    const neverRaised = [...declared].flatMap(([name, keys]) => [...keys].filter((key) => !raised.get(name)!.has(key)).map((key) => `${name}.${key}`));
    expect(neverRaised).toEqual([]);
  });

  it('is the only way a refusal is worded: catalogues live in *.messages.ts, and no rule builds a problem by hand', () => {
    const elsewhere = files.filter((f) => !f.path.endsWith('.messages.ts') && f.path !== 'core/messages/reasons.ts' && f.text.includes('defineReasons('));
    expect(elsewhere.map((f) => f.path)).toEqual([]);
    const byHand = files.filter((f) => f.path !== 'core/errors.ts' && /messagePl:\s*['`"]|\{ path: [^}]*message: ['`"]/.test(f.text));
    expect(byHand.map((f) => f.path)).toEqual([]);
  });
});

async function allCatalogues(): Promise<Catalogue[]> {
  const found: Catalogue[] = [];
  for (const { path, text } of files.filter((f) => f.path.endsWith('.messages.ts'))) {
    const module = (await import(join(SRC, path))) as Record<string, Catalogue>;
    for (const match of text.matchAll(/export const (\w+) = defineReasons\(/g)) found.push(module[match[1]!]!);
  }
  return found;
}
