import { cooperationEnumLabels } from './cooperation.labels.js';
import type { HubModule } from '../../core/module.js';
import { COOPERATION_ENTITIES } from './cooperation.entities.js';
import { cooperationPermissions } from './cooperation.permissions.js';
import {
  BodyMemberResolver,
  CooperationBodyResolver,
  DistrictCoverageResolver,
  ModelStepResolver,
  PactResolver,
  PartnershipMemberResolver,
  PartnershipResolver,
  ProgrammeResolver,
  StakeholderResolver,
} from './cooperation.resolvers.js';
import { COOPERATION } from './cooperation.messages.js';

/** Local cooperation: the stakeholder catalogue, partnerships, pacts, bodies, the Śrem model's steps, programmes with their budgets. */
export const cooperationModule: HubModule = {
  name: 'cooperation',
  entities: COOPERATION_ENTITIES,
  resolvers: [
    StakeholderResolver,
    PartnershipResolver,
    PartnershipMemberResolver,
    PactResolver,
    CooperationBodyResolver,
    BodyMemberResolver,
    ModelStepResolver,
    ProgrammeResolver,
    DistrictCoverageResolver,
  ],
  permissions: cooperationPermissions,
  enumLabels: cooperationEnumLabels,
  messages: COOPERATION,
};

export { Stakeholder, Partnership, Programme } from './cooperation.entities.js';
