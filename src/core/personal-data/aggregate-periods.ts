import type { Role } from '../auth/principal.js';
import { InputProblems } from '../errors.js';
import { CORE } from '../messages/core.messages.js';

/**
 * Who sees aggregates only (API.md, Errors): a count of theirs must not follow from the difference
 * of two answers about periods a day apart (a referral sent, a child placed on that day).
 */
const AGGREGATE_ONLY: readonly Role[] = ['ANALYST', 'PUBLIC'];

/**
 * The period of a report over time for the caller. Case workers and administrators ask about any
 * days. A caller who sees aggregates only asks about a whole calendar year (the current one by
 * default): no two such periods overlap, so none is the difference of two others, and the months
 * within it come by grouping, suppressed together with the year. Anything else is refused, saying
 * which year to ask for.
 */
export function periodFor(
  role: Role,
  givenFrom: string | null | undefined,
  givenTo: string | null | undefined,
  today: string,
  freeDefault: () => { from: string; to: string },
): { from: string; to: string } {
  const from = givenFrom ?? null;
  const to = givenTo ?? null;
  if (!AGGREGATE_ONLY.includes(role)) return { from: from ?? freeDefault().from, to: to ?? freeDefault().to };
  const year = (to ?? from ?? today).slice(0, 4);
  const whole = { from: `${year}-01-01`, to: `${year}-12-31` };
  const problems = new InputProblems();
  if ((from !== null && from !== whole.from) || (to !== null && to !== whole.to)) {
    problems.add(from !== null && from !== whole.from ? 'from' : 'to', CORE.WHOLE_YEAR_ONLY(whole));
  }
  problems.throwIfAny();
  return whole;
}
