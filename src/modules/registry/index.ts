import { registryEnumLabels } from './registry.labels.js';
import type { HubModule } from '../../core/module.js';
import {
  Address,
  Contact,
  District,
  DistrictPopulation,
  Facility,
  FacilityState,
  OccupancyReport,
  Organisation,
  WelfareUnit,
  CisStatusDecision,
  CapacityPeriod,
} from './registry.entities.js';
import { registryLoaders } from './registry.loaders.js';
import { registryPermissions } from './registry.permissions.js';
import { registryPlans } from './registry.plans.js';
import { districtsRegister, facilitiesRegister, organisationsRegister, unitsRegister } from './registry.imports.js';
import {
  CapacityResolver,
  DistrictResolver,
  FacilityResolver,
  OccupancyReportResolver,
  OrganisationResolver,
  WelfareUnitResolver,
} from './registry.resolvers.js';
import { REGISTRY } from './registry.messages.js';
import { plainColumnHeaders } from './facility-columns.js';

/** The registry of organisations, welfare-centre units, districts and facilities with their occupancy. */
export const registryModule: HubModule = {
  name: 'registry',
  entities: [
    Address,
    Contact,
    Organisation,
    WelfareUnit,
    District,
    DistrictPopulation,
    Facility,
    FacilityState,
    OccupancyReport,
    CisStatusDecision,
    CapacityPeriod,
  ],
  resolvers: [FacilityResolver, OccupancyReportResolver, OrganisationResolver, WelfareUnitResolver, DistrictResolver, CapacityResolver],
  permissions: registryPermissions,
  enumLabels: registryEnumLabels,
  fieldHeaders: plainColumnHeaders(),
  messages: REGISTRY,
  plans: registryPlans,
  imports: [organisationsRegister, unitsRegister, districtsRegister, facilitiesRegister],
  // The registry is public: every role reads any of these by id (Query.facility, Query.organisation).
  references: {
    Facility: (id, ctx) => ctx.loaders(registryLoaders).facility.load(id),
    Organisation: (id, ctx) => ctx.loaders(registryLoaders).organisation.load(id),
    WelfareUnit: (id, ctx) => ctx.loaders(registryLoaders).unit.load(id),
    District: (id, ctx) => ctx.loaders(registryLoaders).district.load(id),
  },
};

export { registryLoaders } from './registry.loaders.js';
export { districtNamed, organisationNamed } from './registry.imports.js';
export { Facility, Organisation, District, WelfareUnit } from './registry.entities.js';
export { FacilityType_ as FacilityGraphQLType, OrganisationType, DistrictType, WelfareUnitType } from './registry.types.js';
export { ComplianceStatus, provideComplianceCondition, type FacilityComplianceFilter } from './facility-compliance-filter.js';
export type { FacilityView } from './registry.views.js';
export { caseWorkerOrOperatorOf, operatesFacility, readsPeopleOf } from './operator-access.js';
export { FACILITY_STATUS_LABELS, FACILITY_TYPE_LABELS, ORGANISATION_KIND_NAMES } from './registry.labels.js';
export { PUBLIC_OPERATORS } from './facility.validation.js';
export { FACILITY_TYPES, FacilityType } from './facility-types.js';
export { REGISTRY } from './registry.messages.js';
