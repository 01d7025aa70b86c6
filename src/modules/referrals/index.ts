import type { HubModule } from '../../core/module.js';
import { providePersonReach } from '../persons/index.js';
import { referredPersonsReached } from './persons-reached.js';
import { Referral } from './referrals.entities.js';
import { referralsPermissions } from './referrals.permissions.js';
import { ReferralResolver, ReferralStatisticsRowResolver } from './referrals.resolvers.js';
import { visibleReferral } from './referrals.service.js';
import { referralsEnumLabels } from './referrals.labels.js';
import { REFERRALS } from './referrals.messages.js';

/** Referrals between institutions: sent by a labour office or the welfare centre, answered by the operator, counted for the city. */
export const referralsModule: HubModule = {
  name: 'referrals',
  entities: [Referral],
  resolvers: [ReferralResolver, ReferralStatisticsRowResolver],
  permissions: referralsPermissions,
  enumLabels: referralsEnumLabels,
  messages: REFERRALS,
  wire: () => providePersonReach(referredPersonsReached),
  references: { Referral: (id, ctx) => visibleReferral(ctx, id) },
};

export { Referral } from './referrals.entities.js';
export { takeInOnReferral } from './referrals.service.js';
