import { enumOfKeys } from '../../core/enum-of-keys.js';

/**
 * Why a labour office may check a person's participation in social employment (purpose limitation,
 * GDPR art. 5 ust. 1 lit. b; DOMAIN.md "Personal data"). Each purpose names its legal basis; the
 * answer is the same for all of them: participation status, nothing of the welfare file.
 */
export const CROSS_CHECK_PURPOSES = {
  REFERRAL:
    'Referral of an unemployed person to a KIS or CIS (art. 12 ust. 1 of the social employment act; the labour office\u2019s tasks under the labour market act)',
  ALLOWANCE_REFUND: 'Refund of the integration allowance from the Labour Fund to the CIS (art. 15 ust. 5 of the social employment act)',
  BENEFIT_ENTITLEMENT_CHECK:
    'Whether a registered unemployed person takes part in social employment, which bears on the benefit and the registration (art. 1 ust. 3 of the social employment act; the labour market act)',
} as const;
export type CrossCheckPurpose = keyof typeof CROSS_CHECK_PURPOSES;
export const CrossCheckPurpose = enumOfKeys(CROSS_CHECK_PURPOSES);

/** Most PESELs in one cross-check or status report. */
export const MAX_PESELS_PER_BATCH = 10_000;
