import type { EntityManager } from '../../src/core/db/database.js';
import { foldForSearch } from '../../src/core/text-search.js';
import { District, Facility, Organisation, WelfareUnit, type OrganisationKind } from '../../src/modules/registry/registry.entities.js';
import type { FacilitySubtype, FacilityType } from '../../src/modules/registry/facility-types.js';

let serial = 0;

/** An organisation with just what a test needs; NIP left empty unless given. */
export async function makeOrganisation(em: EntityManager, overrides: Partial<{ name: string; kind: OrganisationKind }> = {}): Promise<Organisation> {
  const name = overrides.name ?? `Fundacja Testowa ${++serial}`;
  const org = em.create(Organisation, {
    name,
    searchName: foldForSearch(name),
    kind: overrides.kind ?? 'FOUNDATION',
    nip: null,
    regon: null,
    krs: null,
    address: null,
    contact: null,
  });
  await em.flush();
  return org;
}

/** A welfare centre with one branch covering one district. */
export async function makeWelfareCentre(em: EntityManager, code = `T${++serial}`) {
  const mops = await makeOrganisation(em, { name: `MOPS ${code}`, kind: 'WELFARE_CENTRE' });
  const centre = em.create(WelfareUnit, { code: `${code}-C`, name: `Centrala ${code}`, kind: 'CENTRE', organisation: mops, parent: null, address: null });
  const branch = em.create(WelfareUnit, { code: `${code}-F1`, name: `Filia ${code}`, kind: 'BRANCH', organisation: mops, parent: centre, address: null });
  const district = em.create(District, { code: `${code}-I`, number: 1, name: `Dzielnica ${code}`, branch });
  await em.flush();
  return { mops, centre, branch, district };
}

export interface FacilityOverrides {
  name: string;
  type: FacilityType;
  subtype: FacilitySubtype | null;
  operator: Organisation;
  unit: WelfareUnit;
  district: District;
  declaredCapacity: number | null;
  status: 'ACTIVE' | 'SUSPENDED' | 'CLOSED';
  city: string;
  openedOn: string | null;
  closedOn: string | null;
}

export async function makeFacility(
  em: EntityManager,
  o: Partial<FacilityOverrides> & Pick<FacilityOverrides, 'operator' | 'unit' | 'district'>,
): Promise<Facility> {
  const name = o.name ?? `Noclegownia Testowa ${++serial}`;
  const city = o.city ?? 'Kraków';
  const facility = em.create(Facility, {
    name,
    searchName: foldForSearch(name),
    searchText: foldForSearch(`${name} ${city} ul. Testowa 1`),
    type: o.type ?? 'NIGHT_SHELTER',
    subtype: o.subtype ?? null,
    operator: o.operator,
    unit: o.unit,
    district: o.district,
    address: { street: 'ul. Testowa 1', postalCode: '31-005', city, teryt: null },
    contact: null,
    management: o.operator.kind === 'WELFARE_CENTRE' ? 'OWN_UNIT' : 'COMMISSIONED',
    agreementNumber: o.operator.kind === 'WELFARE_CENTRE' ? null : 'T/1',
    agreementValidFrom: o.operator.kind === 'WELFARE_CENTRE' ? null : '2026-01-01',
    agreementValidTo: null,
    declaredCapacity: o.declaredCapacity === undefined ? 20 : o.declaredCapacity,
    status: o.status ?? 'ACTIVE',
    openedOn: o.openedOn ?? '2020-01-01',
    closedOn: o.closedOn ?? null,
    registerName: null,
    registerNumber: null,
    registerEntryDate: null,
    occupiedPlaces: null,
    occupancyDate: null,
    occupancyReportedAt: null,
  });
  await em.flush();
  return facility;
}
