import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { recordTime } from '../../core/db/record-time.js';
import { uuidPrimaryKey } from '../../core/db/columns.js';
import { Person } from '../persons/index.js';
import { District, Facility, Organisation } from '../registry/index.js';
import { Referral } from '../referrals/index.js';
import { AdmissionRoute, AgeExceptionKind, CarerKind } from './fostercare.rules.js';

export const CarerStatus = { ACTIVE: 'ACTIVE', ON_BREAK: 'ON_BREAK', CLOSED: 'CLOSED' } as const;
export type CarerStatus = (typeof CarerStatus)[keyof typeof CarerStatus];

export const PlacementBasis = { COURT_DECISION: 'COURT_DECISION', EMERGENCY_PENDING_DECISION: 'EMERGENCY_PENDING_DECISION' } as const;
export type PlacementBasis = (typeof PlacementBasis)[keyof typeof PlacementBasis];

export const PlacementEndReason = {
  RETURN_TO_FAMILY: 'RETURN_TO_FAMILY',
  ADOPTION: 'ADOPTION',
  ANOTHER_PLACEMENT: 'ANOTHER_PLACEMENT',
  LEAVING_CARE: 'LEAVING_CARE',
  OTHER: 'OTHER',
} as const;
export type PlacementEndReason = (typeof PlacementEndReason)[keyof typeof PlacementEndReason];

/** How a stay was extended beyond its statutory length (art. 58 ust. 4, art. 103 ust. 6–7). */
export const StayExtensionKind = { FIXED_TERM: 'FIXED_TERM', UNTIL_PROCEEDINGS_END: 'UNTIL_PROCEEDINGS_END' } as const;
export type StayExtensionKind = (typeof StayExtensionKind)[keyof typeof StayExtensionKind];

/**
 * Whoever takes children into foster care: a foster family or family children's home (with its own
 * places, status and coordinator), or an institution of the registry (whose places and status are
 * the facility's). A family is named by a label, not by the foster parents' names.
 */
export const Carer = defineEntity({
  name: 'Carer',
  tableName: 'carer',
  properties: {
    id: uuidPrimaryKey(),
    kind: p.enum(Object.values(CarerKind)).index(),
    name: p.string(),
    /** The registry's facility of an institutional carer; null for a family. */
    facility: () => p.manyToOne(Facility).ref().nullable().unique(),
    district: () => p.manyToOne(District).ref().index(),
    /** The organisation whose foster-care coordinator supports a family (koordynator rodzinnej pieczy zastępczej). */
    coordinatorOrganisation: () => p.manyToOne(Organisation).ref().nullable(),
    /** Places a family declares (never above the legal limit); null for an institution (the facility's). */
    declaredCapacity: p.integer().nullable(),
    /** The family agrees to take siblings beyond its limit (the siblings exception needs it). */
    siblingsConsent: p.boolean().default(false),
    /** A family's status; an institution's follows its facility. */
    status: p.enum(Object.values(CarerStatus)),
    /** The day a family became a foster family (its agreement or the court's appointment): its history starts then. Null for carers registered before the hub kept it. */
    registeredOn: p.date().nullable(),
    createdAt: p.datetime().onCreate(recordTime),
    updatedAt: p.datetime().onCreate(recordTime).onUpdate(recordTime),
  },
  indexes: [{ properties: ['kind', 'name'] }],
});
export type Carer = InferEntity<typeof Carer>;

/** A child in foster care: a person, and the sibling group that should stay together. */
export const FosterChild = defineEntity({
  name: 'FosterChild',
  tableName: 'foster_child',
  properties: {
    person: () => p.oneToOne(Person).primary().owner().ref(),
    siblingGroupId: p.uuid().index(),
  },
});
export type FosterChild = InferEntity<typeof FosterChild>;

/**
 * A family carer's status from a day on, so that the foster-care picture of a past date counts the
 * families active then, those closed since included. Written by a trigger on every status change
 * (migration FacilityHistory), dated by the hub's day; an institution's status is its facility's
 * (FacilityState).
 */
export const CarerState = defineEntity({
  name: 'CarerState',
  tableName: 'carer_state',
  properties: {
    carer: () => p.manyToOne(Carer).ref().primary().deleteRule('cascade'),
    validFrom: p.date().primary(),
    status: p.enum(Object.values(CarerStatus)),
  },
});
export type CarerState = InferEntity<typeof CarerState>;

/** A child placed with a carer, from the decision to its end. */
export const Placement = defineEntity({
  name: 'Placement',
  tableName: 'placement',
  properties: {
    id: uuidPrimaryKey(),
    child: () => p.manyToOne(Person).ref().index(),
    carer: () => p.manyToOne(Carer).ref(),
    startDate: p.date(),
    plannedEndDate: p.date().nullable(),
    endDate: p.date().nullable(),
    endReason: p.enum(Object.values(PlacementEndReason)).nullable(),
    basis: p.enum(Object.values(PlacementBasis)),
    courtName: p.string().nullable(),
    courtReference: p.string().nullable(),
    decisionDate: p.date().nullable(),
    note: p.text().nullable(),
    /** Why the carer takes a child beyond its limit (the exception of its kind). */
    capacityExceptionReason: p.text().nullable(),
    /** The exception under which a child under 10 is in a facility the age rule covers (art. 95 ust. 2). */
    ageExceptionKind: p.enum(Object.values(AgeExceptionKind)).nullable(),
    /** Why a child under 10 goes there, in words (required for OTHER). */
    ageExceptionReason: p.text().nullable(),
    /** How the child came to an intervention facility (art. 103 ust. 2–3); null for an ordinary admission. */
    admissionRoute: p.enum(Object.values(AdmissionRoute)).nullable(),
    /** The voivode's consent to siblings beyond a family-type facility's 8 places (its reference and date). */
    voivodeConsent: p.text().nullable(),
    /** The family foster-care coordinator's positive opinion on siblings beyond a family's limit (its reference and date). */
    coordinatorOpinion: p.text().nullable(),
    /**
     * The last day the stay may last under the rules in force at its start (and its extension);
     * null where no length applies or until the court proceedings it waits for end. Past it, overdue.
     */
    stayLimit: p.date().nullable(),
    /** Why an emergency or intervention stay lasts beyond its statutory length. */
    extensionReason: p.text().nullable(),
    extensionKind: p.enum(Object.values(StayExtensionKind)).nullable(),
    /** The court case the stay waits for (an extension until the proceedings end). */
    proceedingsReference: p.string().nullable(),
    /** The day those proceedings ended; the stay is overdue after it. */
    proceedingsEndedOn: p.date().nullable(),
    placedBy: p.string(),
    endedBy: p.string().nullable(),
    /** The referral the child came on, if any (the referral names this placement back). */
    referral: () => p.manyToOne(Referral).ref().nullable(),
    createdAt: p.datetime().onCreate(recordTime),
    updatedAt: p.datetime().onCreate(recordTime).onUpdate(recordTime),
  },
  // (start_date, id): the order of the placements' pages, newest first, read by a row comparison.
  indexes: [{ properties: ['carer', 'startDate'] }, { properties: ['startDate', 'id'] }],
  uniques: [
    {
      name: 'placement_one_active_per_child',
      expression: `create unique index "placement_one_active_per_child" on "placement" ("child_id") where "end_date" is null`,
    },
  ],
});
export type Placement = InferEntity<typeof Placement>;
