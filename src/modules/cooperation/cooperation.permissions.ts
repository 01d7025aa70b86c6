import { allow, hasRole } from '../../core/access/rules.js';
import type { PermissionMap } from '../../core/access/shield.js';

/**
 * Who sees and edits local cooperation. The catalogue, partnerships, pacts, bodies,
 * programmes and their totals are public: they are the city's published cooperation. What could
 * reach a person is not: contacts, notes and a local leader's name are for the welfare centre and
 * ADMIN. NGO staff edit the partnerships and programmes their organisation leads (checked in the
 * service); the welfare centre and ADMIN edit everything. Every write is audited.
 */
const CASE_WORKERS = hasRole('MOPS_WORKER', 'ADMIN');
const EDITORS = hasRole('NGO_STAFF', 'MOPS_WORKER', 'ADMIN');

export const cooperationPermissions: PermissionMap = {
  Query: {
    stakeholders: allow,
    partnerships: allow,
    partnershipCoverage: allow,
    pacts: allow,
    cooperationBodies: allow,
    localCooperationModel: allow,
    programmes: allow,
    programmeBudgets: allow,
  },
  Mutation: {
    registerStakeholder: CASE_WORKERS,
    signPact: CASE_WORKERS,
    createCooperationBody: CASE_WORKERS,
    completeModelStep: CASE_WORKERS,
    createPartnership: EDITORS,
    setPartnershipStatus: EDITORS,
    addPartnershipMember: EDITORS,
    endPartnershipMembership: EDITORS,
    recordPartnershipMeetings: EDITORS,
    createProgramme: EDITORS,
    setProgrammeYear: EDITORS,
    recordCommunityAction: EDITORS,
  },
  Stakeholder: {
    '*': allow,
    'leaderName': CASE_WORKERS,
    'leaderConsentOn': CASE_WORKERS,
    'contactEmail': CASE_WORKERS,
    'contactPhone': CASE_WORKERS,
    'note': CASE_WORKERS,
  },
  Partnership: { '*': allow },
  PartnershipMember: { '*': allow },
  PartnershipMeetingsYear: { '*': allow },
  Pact: { '*': allow },
  CooperationBody: { '*': allow },
  CooperationBodyMember: { '*': allow },
  ModelStepStatus: { '*': allow },
  LocalProgramme: { '*': allow },
  LocalProgrammeYear: { '*': allow },
  CommunityAction: { '*': allow },
  ProgrammeBudgetYear: { '*': allow },
  DistrictCoverage: { '*': allow },
};
