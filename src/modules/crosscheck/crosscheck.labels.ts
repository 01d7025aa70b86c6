import type { EnumLabels } from '../../core/labels/enum-labels.js';
import type { CrossCheckPurpose } from './crosscheck.rules.js';
import type { CrossCheckStatus } from './crosscheck.types.js';

type Labels<T> = Record<keyof T, string>;

export const crossCheckEnumLabels: EnumLabels = {
  CrossCheckStatus: { ACTIVE: 'Uczestniczy', ENDED: 'Zakończył udział', NOT_FOUND: 'Brak w rejestrze', INVALID_PESEL: 'Nieprawidłowy PESEL' } satisfies Labels<
    typeof CrossCheckStatus
  >,
  CrossCheckPurpose: {
    REFERRAL: 'Skierowanie bezrobotnego do KIS/CIS',
    ALLOWANCE_REFUND: 'Refundacja świadczenia integracyjnego',
    BENEFIT_ENTITLEMENT_CHECK: 'Sprawdzenie prawa do zasiłku',
  } satisfies Labels<typeof CrossCheckPurpose>,
};
