import type { FacilityType } from '../registry/index.js';

/**
 * Referrals (skierowania) between institutions: a labour office refers an unemployed person to a
 * KIS or CIS (ustawa o zatrudnieniu socjalnym art. 12 ust. 1–2, art. 18 ust. 2), the welfare centre
 * refers its clients to its own and commissioned services (ustawa o pomocy społecznej art. 106:
 * a decision or an agreed referral; art. 48a for shelters), and the two run joint activation
 * (Program Aktywizacja i Integracja, ustawa o promocji zatrudnienia art. 62a; prace społecznie
 * użyteczne, art. 73a). The operator answers: it admits the person or says why not.
 */

/** Where a referral stands. EXPIRED is not stored: a referral still SENT after its respond-by date is expired. */
export const ReferralStatus = { SENT: 'SENT', ACCEPTED: 'ACCEPTED', REJECTED: 'REJECTED', WITHDRAWN: 'WITHDRAWN', EXPIRED: 'EXPIRED' } as const;
export type ReferralStatus = (typeof ReferralStatus)[keyof typeof ReferralStatus];

/** Why an operator refuses a referral; NO_FREE_PLACE is the city's measure of unmet demand. */
export const RejectionReason = {
  NO_FREE_PLACE: 'NO_FREE_PLACE',
  NOT_ELIGIBLE_BENEFIT_ENTITLED: 'NOT_ELIGIBLE_BENEFIT_ENTITLED',
  DID_NOT_REPORT: 'DID_NOT_REPORT',
  CLIENT_REFUSED: 'CLIENT_REFUSED',
  OTHER: 'OTHER',
} as const;
export type RejectionReason = (typeof RejectionReason)[keyof typeof RejectionReason];

/** The joint programme a referral is made for, when it is for one. */
export const ReferralProgramme = {
  /** Program Aktywizacja i Integracja (PAI), ustawa o promocji zatrudnienia art. 62a. */
  ACTIVATION_AND_INTEGRATION: 'ACTIVATION_AND_INTEGRATION',
  /** Prace społecznie użyteczne, ustawa o promocji zatrudnienia art. 73a. */
  SOCIALLY_USEFUL_WORK: 'SOCIALLY_USEFUL_WORK',
} as const;
export type ReferralProgramme = (typeof ReferralProgramme)[keyof typeof ReferralProgramme];

/** Who sends: the kind of the sender's organisation. */
export type SenderKind = 'LABOUR_OFFICE' | 'WELFARE_CENTRE';

/** The facility types a labour office may refer to: social-employment entities (art. 12 and 18 of the social employment act). */
const LABOUR_OFFICE_RECEIVERS: readonly FacilityType[] = ['SOCIAL_INTEGRATION_CLUB', 'SOCIAL_INTEGRATION_CENTRE'];

/** Whether `sender` may refer a person to a facility of `type`; the welfare centre refers to any service it supervises. */
export function mayReferTo(sender: SenderKind, type: FacilityType): boolean {
  return sender === 'WELFARE_CENTRE' || LABOUR_OFFICE_RECEIVERS.includes(type);
}

/** The longest time an operator may be given to answer: a referral is a request for a place, not a waiting list. */
export const MAX_DAYS_TO_RESPOND = 60;

/** The status a stored referral has on `today`: SENT past its respond-by date reads as EXPIRED. */
export function effectiveStatus(stored: ReferralStatus, respondBy: string, today: string): ReferralStatus {
  return stored === 'SENT' && respondBy < today ? 'EXPIRED' : stored;
}

/** The same, in SQL over a referral aliased `r`, with one `?` for today. */
export const EFFECTIVE_STATUS_SQL = `(case when r.status = 'SENT' and r.respond_by < ?::date then 'EXPIRED' else r.status end)`;

/**
 * The transitions a referral may take, and who takes them: the operator answers a SENT referral
 * (accepts or rejects), the sender withdraws one not yet answered. Anything else is CONFLICT.
 */
export const TRANSITIONS: Record<'accept' | 'reject' | 'withdraw', { from: readonly ReferralStatus[]; to: ReferralStatus }> = {
  accept: { from: ['SENT'], to: 'ACCEPTED' },
  reject: { from: ['SENT'], to: 'REJECTED' },
  withdraw: { from: ['SENT'], to: 'WITHDRAWN' },
};
