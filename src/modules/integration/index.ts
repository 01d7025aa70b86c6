import type { HubModule } from '../../core/module.js';
import {
  AttendanceCorrection,
  AttendanceEntry,
  AttendanceMonthClosure,
  AttendanceReport,
  CentreStaff,
  MotivationBonus,
  Participation,
  YearlyReportSectionEntry,
  SociallyUsefulWorkAgreement,
  SociallyUsefulWorkDay,
  SociallyUsefulWorkReport,
} from './integration.entities.js';
import { SociallyUsefulWorkAgreementResolver, SociallyUsefulWorkParticipantResolver } from './socially-useful-work.graphql.js';
import { integrationPermissions } from './integration.permissions.js';
import { visibleParticipant } from './participation.service.js';
import { participantsReached } from './persons-reached.js';
import { providePersonReach } from '../persons/index.js';
import { AttendanceResolver, FacilityParticipantsResolver, ParticipantResolver, ParticipationStatisticsResolver } from './integration.resolvers.js';
import { participantsRegister } from './integration.imports.js';
import { integrationEnumLabels } from './integration.labels.js';
import { INTEGRATION } from './integration.messages.js';

/** Social employment (KIS/CIS): participants, attendance reported by the NGOs, the integration allowance, socially useful work. */
export const integrationModule: HubModule = {
  name: 'integration',
  entities: [
    Participation,
    AttendanceEntry,
    AttendanceCorrection,
    AttendanceReport,
    AttendanceMonthClosure,
    MotivationBonus,
    CentreStaff,
    YearlyReportSectionEntry,
    SociallyUsefulWorkAgreement,
    SociallyUsefulWorkDay,
    SociallyUsefulWorkReport,
  ],
  resolvers: [
    ParticipantResolver,
    FacilityParticipantsResolver,
    AttendanceResolver,
    ParticipationStatisticsResolver,
    SociallyUsefulWorkAgreementResolver,
    SociallyUsefulWorkParticipantResolver,
  ],
  permissions: integrationPermissions,
  enumLabels: integrationEnumLabels,
  messages: INTEGRATION,
  wire: () => providePersonReach(participantsReached),
  imports: [participantsRegister],
  references: { Participant: visibleParticipant },
};

export { Participation } from './integration.entities.js';
export { participationsByPeselHashes, type ParticipationStatusRow } from './participation-status.js';
export { Programme } from './integration.rules.js';
export { integrationEnumLabels } from './integration.labels.js';
