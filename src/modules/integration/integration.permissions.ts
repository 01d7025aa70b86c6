import { allow, hasRole } from '../../core/access/rules.js';
import type { PermissionMap } from '../../core/access/shield.js';
import { caseWorkerOrOperatorOf } from '../registry/index.js';
import { ParticipantConnection } from './integration.types.js';

/**
 * Who sees what of social employment (API.md). Which rows (an NGO's own facilities, a
 * labour office's CIS) is decided in the services; these rules decide which fields and operations.
 */
const WRITERS = hasRole('NGO_STAFF', 'MOPS_WORKER', 'ADMIN');
const PARTICIPANT_READERS = hasRole('NGO_STAFF', 'LABOUR_OFFICE', 'MOPS_WORKER', 'ADMIN');
const SUMMARY_READERS = PARTICIPANT_READERS;
/**
 * The welfare file of a participation (API.md, purpose limitation): why the person may take part,
 * who referred them, the number of their programme and who reported each day. A labour office
 * reads a CIS summary for the Labour Fund refund, which needs dates, days and amounts, not these.
 */
const WELFARE_FILE_READERS = WRITERS;

export const integrationPermissions: PermissionMap = {
  Query: {
    participants: WRITERS,
    participant: WRITERS,
    attendanceSummary: SUMMARY_READERS,
    participationStatistics: hasRole('ANALYST', 'MOPS_WORKER', 'ADMIN'),
    // The operator's report: which facility is row scoping, checked in the service.
    socialEmploymentReport: WRITERS,
    citySocialEmploymentReport: hasRole('ANALYST', 'MOPS_WORKER', 'ADMIN'),
    // Which agreement and which rows (a labour office's own, an NGO's own facilities) is the service's.
    sociallyUsefulWorkAgreements: PARTICIPANT_READERS,
    sociallyUsefulWork: PARTICIPANT_READERS,
  },
  Mutation: {
    enrolParticipant: WRITERS,
    endParticipation: WRITERS,
    reportAttendance: WRITERS,
    closeMonth: WRITERS,
    recordCentreStaff: WRITERS,
    recordMotivationBonus: WRITERS,
    recordYearlyReportSection: WRITERS,
    // Either party of the agreement records it: the labour office (its own) or the city.
    concludeSociallyUsefulWorkAgreement: hasRole('LABOUR_OFFICE', 'MOPS_WORKER', 'ADMIN'),
    reportSociallyUsefulWork: WRITERS,
  },
  Facility: { participants: caseWorkerOrOperatorOf((facility) => facility.id) },
  // A labour office reaches a participant through a CIS summary or its socially useful work: it sees the participation, not the category.
  Participant: {
    '*': PARTICIPANT_READERS,
    'eligibilityCategory': WELFARE_FILE_READERS,
    'referringOrganisation': WELFARE_FILE_READERS,
    'referralSource': WELFARE_FILE_READERS,
    'referralId': WELFARE_FILE_READERS,
  },
  [ParticipantConnection.names[0]!]: { '*': WRITERS },
  [ParticipantConnection.names[1]!]: { '*': WRITERS },
  ProgrammeDocument: { '*': PARTICIPANT_READERS, 'number': WELFARE_FILE_READERS },
  AttendanceDay: { '*': PARTICIPANT_READERS, 'reportedBy': WELFARE_FILE_READERS },
  // Reachable only through Query.attendanceSummary, which is guarded (and row-scoped in its service):
  // no per-field check, which would wrap each of the thousands of fields of a centre's month.
  AttendanceMonthSummary: { '*': allow },
  IntegrationAllowance: { '*': allow },
  AllowanceDeduction: { '*': allow },
  AttendanceReportResult: { '*': WRITERS },
  MonthClosure: { '*': WRITERS },
  SocialEmploymentReport: { '*': WRITERS },
  ReportCount: { '*': WRITERS },
  ReportMonthAllowance: { '*': WRITERS },
  CentreStaffFigures: { '*': WRITERS },
  StaffByBasis: { '*': WRITERS },
  ReportGroupOutcome: { '*': WRITERS },
  ReportSection: { '*': WRITERS },
  // Reachable only through its guarded query.
  CitySocialEmploymentReport: { '*': allow },
  CityReportCount: { '*': allow },
  SociallyUsefulWorkAgreement: { '*': PARTICIPANT_READERS },
  // Reachable only through Query.sociallyUsefulWork, guarded and row-scoped in its service.
  SociallyUsefulWorkMonth: { '*': allow },
  SociallyUsefulWorkParticipantMonth: { '*': allow },
  SociallyUsefulWorkDay: { '*': allow },
  SociallyUsefulWorkReportResult: { '*': WRITERS },
  ParticipationStatisticsRow: { '*': hasRole('ANALYST', 'MOPS_WORKER', 'ADMIN') },
};
