import labels from '../../../schema/enum-labels.json';

type Enum = keyof typeof labels;

/**
 * The hub's Polish label of an enum value: stated once in the hub's modules (`<module>.labels.ts`),
 * written to schema/enum-labels.json by `npm run schema` and checked there by CI, so that the web
 * app, the exports and the API say the same name for a type of facility.
 */
export function enumLabel(name: Enum, value: string | null | undefined): string {
  if (!value) return '—';
  return (labels[name] as Record<string, string>)[value] ?? value;
}

/** An enum's values with their labels, in the hub's order (for a select). */
export function enumOptions(name: Enum): [string, string][] {
  return Object.entries(labels[name] as Record<string, string>);
}
