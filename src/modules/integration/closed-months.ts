import type { Role } from '../../core/auth/principal.js';
import { wording, type Wording } from '../../core/errors.js';

/**
 * A month made final (closeMonth) is final for the operator that reported it: only the welfare
 * centre and ADMIN correct it, with a reason. One rule for attendance and for socially useful work.
 */
const CORRECT_CLOSED_MONTHS: readonly Role[] = ['MOPS_WORKER', 'ADMIN'];

export function mayCorrectClosedMonths(role: Role): boolean {
  return CORRECT_CLOSED_MONTHS.includes(role);
}

/** Why an operator's entry in a closed month is refused. */
export function closedMonthRefusal(month: string): Wording {
  return wording(
    `${month} is closed: its figures are final; a correction needs MOPS_WORKER or ADMIN and a reason`,
    `Miesiąc ${month} jest zamknięty: jego dane są ostateczne; korektę wprowadza tylko MOPS lub administrator, z podaniem powodu`,
  );
}
