import type { EnumLabels } from '../../core/labels/enum-labels.js';
import type { ReferralProgramme, ReferralStatus, RejectionReason } from './referrals.rules.js';
import type { ReferralDecision, SenderKind } from './referrals.types.js';

type Labels<T> = Record<keyof T, string>;

export const referralsEnumLabels: EnumLabels = {
  ReferralStatus: { SENT: 'Wysłane', ACCEPTED: 'Przyjęte', REJECTED: 'Odmowa', WITHDRAWN: 'Wycofane', EXPIRED: 'Bez odpowiedzi w terminie' } satisfies Labels<
    typeof ReferralStatus
  >,
  RejectionReason: {
    NO_FREE_PLACE: 'Brak wolnego miejsca',
    NOT_ELIGIBLE_BENEFIT_ENTITLED: 'Prawo do zasiłku dla bezrobotnych (wyklucza CIS)',
    DID_NOT_REPORT: 'Osoba nie zgłosiła się',
    CLIENT_REFUSED: 'Osoba odmówiła',
    OTHER: 'Inny powód',
  } satisfies Labels<typeof RejectionReason>,
  ReferralProgramme: { ACTIVATION_AND_INTEGRATION: 'Program Aktywizacja i Integracja', SOCIALLY_USEFUL_WORK: 'Prace społecznie użyteczne' } satisfies Labels<
    typeof ReferralProgramme
  >,
  ReferralDecision: { ACCEPTED: 'Przyjęcie', REJECTED: 'Odmowa' } satisfies Labels<typeof ReferralDecision>,
  ReferralSenderKind: { LABOUR_OFFICE: 'Urząd pracy', WELFARE_CENTRE: 'Ośrodek pomocy społecznej' } satisfies Labels<typeof SenderKind>,
};
