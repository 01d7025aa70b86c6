import type { HubModule } from '../../core/module.js';
import { Carer, FosterChild, Placement } from './fostercare.entities.js';
import { fostercarePermissions } from './fostercare.permissions.js';
import { CarerResolver, FacilityPlacementsResolver, FosterCareCapacityResolver, PlacementResolver, VacancyResolver } from './fostercare.resolvers.js';

/** Foster care: carers with their legal limits, children's placements, vacancies, the city's picture. */
export const fostercareModule: HubModule = {
  name: 'fostercare',
  entities: [Carer, FosterChild, Placement],
  resolvers: [CarerResolver, PlacementResolver, FacilityPlacementsResolver, VacancyResolver, FosterCareCapacityResolver],
  permissions: fostercarePermissions,
};

export { Carer, FosterChild, Placement } from './fostercare.entities.js';
