/**
 * The codes attendance lists already use: O (obecny, with hours: "O:6", "O6" or just "6"),
 * NN (nieobecność nieusprawiedliwiona), L4 (zwolnienie lekarskie), DW (dzień wolny na wniosek),
 * NU (inna nieobecność usprawiedliwiona). "O" without hours is sent as such: the API answers that a
 * day present needs its hours, in that cell.
 */
export interface Entry {
  status: 'PRESENT' | 'EXCUSED_ABSENCE' | 'UNEXCUSED_ABSENCE';
  excusedKind?: 'SICK_LEAVE' | 'DAY_OFF' | 'OTHER_EXCUSED' | null;
  hours?: number | null;
}

const EXCUSED: Record<string, Entry['excusedKind']> = { L4: 'SICK_LEAVE', DW: 'DAY_OFF', NU: 'OTHER_EXCUSED' };

/** An entry, or the reason the text is not a code. */
export function parseCode(text: string): Entry | string {
  const code = text.trim().toUpperCase().replace(',', '.');
  if (code === 'NN') return { status: 'UNEXCUSED_ABSENCE' };
  if (EXCUSED[code]) return { status: 'EXCUSED_ABSENCE', excusedKind: EXCUSED[code] };
  const present = /^(?:O:?\s*)?(\d{1,2}(?:\.\d{1,2})?)$/.exec(code);
  if (present) return { status: 'PRESENT', hours: Number(present[1]) };
  if (code === 'O') return { status: 'PRESENT', hours: null };
  return `"${text}" nie jest kodem: O:godziny, NN, L4, DW, NU`;
}

/** The code of a stored day. */
export function codeOf(day: { status: string; excusedKind?: string | null; hours?: number | null }): string {
  if (day.status === 'PRESENT') return `O:${day.hours ?? ''}`;
  if (day.status === 'UNEXCUSED_ABSENCE') return 'NN';
  return Object.entries(EXCUSED).find(([, kind]) => kind === day.excusedKind)?.[0] ?? 'NU';
}
