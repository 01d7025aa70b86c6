import { stableId } from './random.js';

/** Ids of the demo city that the README, the start-up tokens and the examples refer to. */
export const DEMO_ORGANISATIONS = {
  /** Miejski Ośrodek Pomocy Społecznej w Krakowie. */
  mops: stableId('org:mops'),
  /** Grodzki Urząd Pracy w Krakowie. */
  labourOffice: stableId('org:gup'),
  /** An NGO that runs a CIS, a KIS and a night shelter, so an NGO token has something to see. */
  ngo: stableId('org:ngo:0'),
} as const;
