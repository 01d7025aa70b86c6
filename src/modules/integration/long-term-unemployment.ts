import { addMonths } from '../../core/calendar.js';
import { longTermUnemploymentRuleOn } from './integration.rules.js';
import { INTEGRATION } from './integration.messages.js';
import type { Message } from '../../core/messages/reasons.js';

interface Registration {
  registeredSince: string | null;
  deregisteredOn: string | null;
}

/**
 * Whether the labour offices' reports show the months of registration that make a person
 * long-term unemployed on `date` (LONG_TERM_UNEMPLOYMENT). The offices report the current
 * registration only, so the earliest registration still running in the window counts; earlier
 * spells that ended are not known to the hub. Returns why not, or null when the rule is met.
 */
export function longTermUnemploymentProblem(registrations: Registration[], date: string): Message | null {
  const rule = longTermUnemploymentRuleOn(date);
  if (!rule) return null;
  const windowStart = addMonths(date, -rule.withinMonths);
  const qualifying = registrations.some((r) => {
    if (!r.registeredSince || r.registeredSince > date) return false;
    const until = r.deregisteredOn && r.deregisteredOn <= date ? r.deregisteredOn : date;
    const from = r.registeredSince > windowStart ? r.registeredSince : windowStart;
    return from < addMonths(until, -rule.monthsRegistered);
  });
  if (qualifying) return null;
  return registrations.some((r) => r.registeredSince)
    ? INTEGRATION.LONG_TERM_REGISTRATION_TOO_SHORT({ months: rule.monthsRegistered, within: rule.withinMonths, source: rule.source })
    : INTEGRATION.LONG_TERM_NOT_REGISTERED({ months: rule.monthsRegistered, within: rule.withinMonths, source: rule.source });
}
