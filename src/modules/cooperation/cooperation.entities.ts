import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { recordTime } from '../../core/db/record-time.js';
import { uuidPrimaryKey } from '../../core/db/columns.js';
import { Facility, Organisation } from '../registry/index.js';
import { BodyKind, PartnershipStatus, ProgrammeKind, StakeholderCategory } from './cooperation.rules.js';

/** One entry of the stakeholder catalogue: an organisation of the registry, or a local leader (a named person, no PESEL, with consent). */
export const Stakeholder = defineEntity({
  name: 'Stakeholder',
  tableName: 'stakeholder',
  properties: {
    id: uuidPrimaryKey(),
    category: p.enum(Object.values(StakeholderCategory)).index(),
    organisation: () => p.manyToOne(Organisation).ref().nullable(),
    leaderName: p.string().nullable(),
    leaderConsentOn: p.date().nullable(),
    contactEmail: p.string().nullable(),
    contactPhone: p.string().nullable(),
    note: p.text().nullable(),
    createdAt: p.datetime().onCreate(recordTime),
  },
});
export type Stakeholder = InferEntity<typeof Stakeholder>;

export const Partnership = defineEntity({
  name: 'Partnership',
  tableName: 'partnership',
  properties: {
    id: uuidPrimaryKey(),
    name: p.string(),
    formal: p.boolean(),
    status: p.enum(Object.values(PartnershipStatus)),
    concludedOn: p.date().nullable(),
    dissolvedOn: p.date().nullable(),
    districtIds: p.array().default([]),
    neighbourhood: p.string().nullable(),
    goal: p.text().nullable(),
    lead: () => p.manyToOne(Stakeholder).ref().nullable(),
    createdAt: p.datetime().onCreate(recordTime),
  },
});
export type Partnership = InferEntity<typeof Partnership>;

export const PartnershipMember = defineEntity({
  name: 'PartnershipMember',
  tableName: 'partnership_member',
  properties: {
    id: uuidPrimaryKey(),
    partnership: () => p.manyToOne(Partnership).ref().index(),
    stakeholder: () => p.manyToOne(Stakeholder).ref(),
    role: p.string().nullable(),
    onBehalfOf: p.string().nullable(),
    joinedOn: p.date().nullable(),
    leftOn: p.date().nullable(),
  },
});

export const PartnershipMeetings = defineEntity({
  name: 'PartnershipMeetings',
  tableName: 'partnership_meetings',
  properties: {
    partnership: () => p.manyToOne(Partnership).ref().primary(),
    year: p.integer().primary(),
    meetings: p.integer(),
  },
});

export const Pact = defineEntity({
  name: 'Pact',
  tableName: 'pact',
  properties: {
    id: uuidPrimaryKey(),
    title: p.string(),
    signedOn: p.date(),
    documentReference: p.string().nullable(),
    partnership: () => p.manyToOne(Partnership).ref().nullable(),
    signatoryIds: p.array().default([]),
    createdAt: p.datetime().onCreate(recordTime),
  },
});

export const CooperationBody = defineEntity({
  name: 'CooperationBody',
  tableName: 'cooperation_body',
  properties: {
    id: uuidPrimaryKey(),
    name: p.string(),
    kind: p.enum(Object.values(BodyKind)),
    area: p.string(),
    establishedOn: p.date(),
    dissolvedOn: p.date().nullable(),
    partnership: () => p.manyToOne(Partnership).ref().nullable(),
  },
});

export const BodyMember = defineEntity({
  name: 'BodyMember',
  tableName: 'body_member',
  properties: {
    id: uuidPrimaryKey(),
    body: () => p.manyToOne(CooperationBody).ref().index(),
    stakeholder: () => p.manyToOne(Stakeholder).ref(),
    role: p.string().nullable(),
    fromDate: p.date(),
    toDate: p.date().nullable(),
  },
});

/** A step of the Śrem model completed for a gmina or area; step 6 names the KIS/CIS it created. */
export const ModelStep = defineEntity({
  name: 'ModelStep',
  tableName: 'model_step',
  properties: {
    area: p.string().primary(),
    step: p.integer().primary(),
    completedOn: p.date(),
    facility: () => p.manyToOne(Facility).ref().nullable(),
    note: p.text().nullable(),
  },
});

export const Programme = defineEntity({
  name: 'Programme',
  tableName: 'programme',
  properties: {
    id: uuidPrimaryKey(),
    name: p.string(),
    kind: p.enum(Object.values(ProgrammeKind)),
    districtIds: p.array().default([]),
    neighbourhood: p.string().nullable(),
    startsOn: p.date(),
    endsOn: p.date().nullable(),
    targetGroup: p.string().nullable(),
    targetNumber: p.integer().nullable(),
    lead: () => p.manyToOne(Stakeholder).ref().nullable(),
    partnerIds: p.array().default([]),
    createdAt: p.datetime().onCreate(recordTime),
  },
});
export type Programme = InferEntity<typeof Programme>;

/** A programme's year: the planned and the used budget in exact złoty (numeric, never a float), and the welfare centre's staff by role. */
export const ProgrammeYear = defineEntity({
  name: 'ProgrammeYear',
  tableName: 'programme_year',
  properties: {
    programme: () => p.manyToOne(Programme).ref().primary(),
    year: p.integer().primary(),
    plannedBudget: p.decimal('string').precision(14).scale(2),
    usedBudget: p.decimal('string').precision(14).scale(2).nullable(),
    socialWorkers: p.integer().default(0),
    specialists: p.integer().default(0),
  },
});

/** A community action of a programme, as a dated aggregate: its kind and how many took part, never who. */
export const CommunityAction = defineEntity({
  name: 'CommunityAction',
  tableName: 'community_action',
  properties: {
    id: uuidPrimaryKey(),
    programme: () => p.manyToOne(Programme).ref().index(),
    heldOn: p.date(),
    kind: p.string(),
    participants: p.integer(),
  },
});

export const COOPERATION_ENTITIES = [
  Stakeholder,
  Partnership,
  PartnershipMember,
  PartnershipMeetings,
  Pact,
  CooperationBody,
  BodyMember,
  ModelStep,
  Programme,
  ProgrammeYear,
  CommunityAction,
];
