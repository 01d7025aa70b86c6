import type { HubModule } from '../../core/module.js';
import { crosscheckPermissions } from './crosscheck.permissions.js';
import { CrossCheckResolver } from './crosscheck.resolvers.js';
import { crossCheckEnumLabels } from './crosscheck.labels.js';
import { CROSS_CHECK } from './crosscheck.messages.js';

/** Labour-office cross-checks: a batch of PESELs in, participation status out; unemployment status in. */
export const crosscheckModule: HubModule = {
  name: 'crosscheck',
  // Its data lives in the persons and integration modules; it owns the exchange, not tables.
  entities: [],
  resolvers: [CrossCheckResolver],
  permissions: crosscheckPermissions,
  enumLabels: crossCheckEnumLabels,
  messages: CROSS_CHECK,
};
