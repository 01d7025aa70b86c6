import { isoDateOf } from '../../core/calendar.js';
import type { CarerStatus } from './fostercare.entities.js';
import type { CarerKind } from './fostercare.rules.js';

/** A carer as reads return it: an institution's places and status come from its facility. */
export interface CarerView {
  id: string;
  kind: CarerKind;
  name: string;
  facilityId: string | null;
  districtId: string;
  coordinatorOrganisationId: string | null;
  siblingsConsent: boolean;
  capacity: number | null;
  status: CarerStatus;
  /** The day a family became a foster family; null for an institution or where not known. */
  registeredOn: string | null;
}

/** The carer columns of a read, with the facility's places and status for an institution. */
export const CARER_COLUMNS = `c.id, c.kind, c.name, c.facility_id, c.district_id, c.coordinator_organisation_id, c.siblings_consent, c.registered_on,
  coalesce(f.declared_capacity, c.declared_capacity) as capacity,
  case when f.id is null then c.status when f.status = 'ACTIVE' then 'ACTIVE' when f.status = 'SUSPENDED' then 'ON_BREAK' else 'CLOSED' end as status`;
export const CARER_FROM = 'carer c left join facility f on f.id = c.facility_id';

export function carerFromSqlRow(row: Record<string, any>): CarerView {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    facilityId: row.facility_id ?? null,
    districtId: row.district_id,
    coordinatorOrganisationId: row.coordinator_organisation_id ?? null,
    siblingsConsent: row.siblings_consent,
    capacity: row.capacity ?? null,
    status: row.status,
    registeredOn: row.registered_on ? isoDateOf(row.registered_on) : null,
  };
}
