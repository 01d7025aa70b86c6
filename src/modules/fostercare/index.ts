import type { HubModule } from '../../core/module.js';
import { Carer, CarerState, FosterChild, Placement } from './fostercare.entities.js';
import { fostercarePermissions } from './fostercare.permissions.js';
import { fosterChildrenReached } from './persons-reached.js';
import { visiblePlacement } from './placements.service.js';
import { providePersonReach } from '../persons/index.js';
import { CarerResolver, FacilityPlacementsResolver, FosterCareCapacityResolver, PlacementResolver, VacancyResolver } from './fostercare.resolvers.js';
import { carersRegister } from './fostercare.imports.js';
import { fosterCareEnumLabels } from './fostercare.labels.js';
import { FOSTER_CARE } from './fostercare.messages.js';

/** Foster care: carers with their legal limits, children's placements, vacancies, the city's picture. */
export const fostercareModule: HubModule = {
  name: 'fostercare',
  entities: [Carer, CarerState, FosterChild, Placement],
  resolvers: [CarerResolver, PlacementResolver, FacilityPlacementsResolver, VacancyResolver, FosterCareCapacityResolver],
  permissions: fostercarePermissions,
  enumLabels: fosterCareEnumLabels,
  messages: FOSTER_CARE,
  wire: () => providePersonReach(fosterChildrenReached),
  imports: [carersRegister],
  references: { Placement: visiblePlacement },
};

export { Carer, FosterChild, Placement } from './fostercare.entities.js';
export { fosterCareEnumLabels } from './fostercare.labels.js';
