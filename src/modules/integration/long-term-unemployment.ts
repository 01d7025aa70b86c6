import { wording, type Wording } from '../../core/errors.js';
import { addMonths } from '../../core/calendar.js';
import { longTermUnemploymentRuleOn } from './integration.rules.js';

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
export function longTermUnemploymentProblem(registrations: Registration[], date: string): Wording | null {
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
    ? wording(
      `The labour office reports a registration too short for long-term unemployment: more than ${rule.monthsRegistered} months within ${rule.withinMonths} (${rule.source})`,
      `Urząd pracy podaje rejestrację zbyt krótką dla długotrwale bezrobotnego: potrzeba ponad ${rule.monthsRegistered} miesięcy w ciągu ${rule.withinMonths} (${rule.source})`,
    )
    : wording(
      `No labour office reports this person as registered unemployed; long-term unemployment needs more than ${rule.monthsRegistered} months of registration within ${rule.withinMonths} (${rule.source})`,
      `Żaden urząd pracy nie podaje tej osoby jako zarejestrowanej bezrobotnej; długotrwale bezrobotny to ponad ${rule.monthsRegistered} miesięcy rejestracji w ciągu ${rule.withinMonths} (${rule.source})`,
    );
}
