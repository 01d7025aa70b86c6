/** A participant of the month as the grid and a CSV name them. */
export interface NamedParticipant {
  id: string;
  lastName: string;
  firstName: string;
  birthYear: number | null;
  /** The PESEL with all but its last digits hidden (`*******1234`), where the role may see it. */
  peselMasked: string | null;
}

export const fullName = (p: { lastName: string; firstName: string }) => `${p.lastName} ${p.firstName}`;

/** A name as compared: trimmed, lower case, single spaces. */
export const fold = (text: string) => text.trim().toLocaleLowerCase('pl').replace(/\s+/g, ' ');

/**
 * What tells each participant apart from another of the same name: nothing for a unique name, the
 * year of birth, and where two share that too, the last four digits of the PESEL.
 */
export function distinctions(participants: NamedParticipant[]): Map<string, string> {
  const byName = new Map<string, NamedParticipant[]>();
  for (const p of participants) byName.set(fold(fullName(p)), [...(byName.get(fold(fullName(p))) ?? []), p]);
  const out = new Map<string, string>();
  for (const same of byName.values()) {
    if (same.length < 2) continue;
    for (const p of same) {
      const twins = same.filter((q) => q.birthYear === p.birthYear).length > 1;
      const parts = [p.birthYear ? `ur. ${p.birthYear}` : null, twins && p.peselMasked ? `PESEL …${p.peselMasked.slice(-4)}` : null].filter(Boolean);
      out.set(p.id, parts.join(', '));
    }
  }
  return out;
}

/**
 * The participants a CSV line's name points at: by the hub's id, or by "Nazwisko Imię" optionally
 * followed by the year of birth ("Woźniak Michał 1985" or "Woźniak Michał (1985)") or the PESEL's
 * last four digits. More than one is an ambiguity the line must report, never a silent pick.
 */
export function participantsNamed<P extends NamedParticipant>(text: string, participants: P[]): P[] {
  const byId = participants.find((p) => p.id === text.trim());
  if (byId) return [byId];
  const match = /^(.*?)[\s,(]*(?:ur\.\s*)?(\d{4})?\)?\s*$/.exec(text.trim());
  const name = fold(match?.[1] ?? text);
  const digits = match?.[2];
  const named = participants.filter((p) => fold(fullName(p)) === name);
  if (!digits || named.length < 2) return named.length ? named : participants.filter((p) => fold(fullName(p)) === fold(text));
  return named.filter((p) => String(p.birthYear) === digits || p.peselMasked?.endsWith(digits));
}
