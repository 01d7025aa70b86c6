import type { HubModule } from '../../core/module.js';
import { AttendanceCorrection, AttendanceEntry, AttendanceMonthClosure, AttendanceReport, Participation } from './integration.entities.js';
import { integrationPermissions } from './integration.permissions.js';
import { AttendanceResolver, FacilityParticipantsResolver, ParticipantResolver, ParticipationStatisticsResolver } from './integration.resolvers.js';

/** Social employment (KIS/CIS): participants, attendance reported by the NGOs, the integration allowance. */
export const integrationModule: HubModule = {
  name: 'integration',
  entities: [Participation, AttendanceEntry, AttendanceCorrection, AttendanceReport, AttendanceMonthClosure],
  resolvers: [ParticipantResolver, FacilityParticipantsResolver, AttendanceResolver, ParticipationStatisticsResolver],
  permissions: integrationPermissions,
};

export { Participation } from './integration.entities.js';
export { participationsByPeselHashes, type ParticipationStatusRow } from './participation-status.js';
export { Programme } from './integration.rules.js';
