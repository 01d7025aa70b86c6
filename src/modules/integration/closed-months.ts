import type { Role } from '../../core/auth/principal.js';
import { INTEGRATION } from './integration.messages.js';
import type { Message } from '../../core/messages/reasons.js';

/**
 * A month made final (closeMonth) is final for the operator that reported it: only the welfare
 * centre and ADMIN correct it, with a reason. One rule for attendance and for socially useful work.
 */
const CORRECT_CLOSED_MONTHS: readonly Role[] = ['MOPS_WORKER', 'ADMIN'];

export function mayCorrectClosedMonths(role: Role): boolean {
  return CORRECT_CLOSED_MONTHS.includes(role);
}

/** Why an operator's entry in a closed month is refused. */
export function closedMonthRefusal(month: string): Message {
  return INTEGRATION.MONTH_CLOSED({ month });
}
