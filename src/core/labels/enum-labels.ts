/**
 * Polish labels of the GraphQL enums, by enum name and then value: what an export prints instead
 * of a code, and what the web app shows. Each module states the labels of its own enums beside
 * their rules (`<module>.labels.ts`); the hub joins them, and a test fails when an enum that an
 * answer can carry lacks a label for one of its values.
 */
export type EnumLabels = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** The labels of every module in one catalogue; an enum labelled by two modules is a mistake. */
export function joinEnumLabels(parts: readonly EnumLabels[]): EnumLabels {
  const all: Record<string, Readonly<Record<string, string>>> = {};
  for (const part of parts) {
    for (const [name, labels] of Object.entries(part)) {
      if (all[name]) throw new Error(`Enum ${name} is labelled twice`);
      all[name] = labels;
    }
  }
  return all;
}

/** A sentence-case label from a legal name in the statute's lower case ("noclegownia" → "Noclegownia"). */
export function sentenceCase(text: string): string {
  return text.charAt(0).toLocaleUpperCase('pl') + text.slice(1);
}
