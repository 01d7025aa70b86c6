import type { HubModule } from '../../core/module.js';
import { HomelessCount, HomelessCountEntry } from './count.entities.js';
import { homelessCountEnumLabels } from './count.labels.js';
import { HOMELESS_COUNT } from './count.messages.js';
import { homelessCountPermissions } from './count.permissions.js';
import { HomelessCountResolver } from './count.resolvers.js';

/** The night of the count of homeless persons: its entries, and the table the gmina's coordinator files. */
export const homelessCountModule: HubModule = {
  name: 'homelesscount',
  entities: [HomelessCount, HomelessCountEntry],
  resolvers: [HomelessCountResolver],
  permissions: homelessCountPermissions,
  enumLabels: homelessCountEnumLabels,
  messages: HOMELESS_COUNT,
};
