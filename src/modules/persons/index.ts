import type { HubModule } from '../../core/module.js';
import { LabourMarketStatus, Person } from './persons.entities.js';
import { personsLoaders } from './persons.loaders.js';
import { personsPermissions } from './persons.permissions.js';
import { LabourMarketCountsResolver, PersonResolver } from './persons.resolvers.js';
import { personsEnumLabels } from './persons.labels.js';
import { PERSONS } from './persons.messages.js';

/** Persons: one record per PESEL, kept hashed and encrypted, shared by the modules that serve people. */
export const personsModule: HubModule = {
  name: 'persons',
  entities: [Person, LabourMarketStatus],
  resolvers: [PersonResolver, LabourMarketCountsResolver],
  permissions: personsPermissions,
  enumLabels: personsEnumLabels,
  messages: PERSONS,
  references: {
    Person: async (id, ctx) => {
      const loaders = ctx.loaders(personsLoaders);
      return (await loaders.reachable.load(id)) ? loaders.person.load(id) : null;
    },
  },
};

export { Person, LabourMarketStatus, Sex } from './persons.entities.js';
export { PersonType, PersonInput } from './persons.types.js';
export { personsLoaders } from './persons.loaders.js';
export { benefitEntitlementsOn, checkPersonInput, findOrCreatePerson } from './persons.service.js';
export { PERSON_COLUMNS, personFromJoinedRow, type PersonView } from './persons.views.js';
export { entitledOn, hashArray, recordLabourMarketStatuses, type LabourMarketStatusRow } from './labour-market.js';
export { labourMarketStatusesOf } from './persons.service.js';
export { providePersonReach, type PersonReach } from './person-reach.js';
