import type { EntityManager } from '../src/core/db/database.js';
import { HomelessCount, HomelessCountEntry } from '../src/modules/homelesscount/count.entities.js';
import { MINISTRY_COUNT_NIGHTS, type AgeBand, type CountPlace } from '../src/modules/homelesscount/count.rules.js';
import { District, Facility } from '../src/modules/registry/registry.entities.js';
import { seededRandom, stableId } from './random.js';
import { addDays } from '../src/core/calendar.js';

/**
 * The demo city's last count of homeless persons (the ministry's latest night before `today`),
 * filed and closed: the shelters' own counts by sex and age, the hospitals', and what the street
 * teams found at the station, on the allotments and in empty buildings.
 */
export async function seedDemoHomelessCount(em: EntityManager, today: string): Promise<void> {
  const night = [...MINISTRY_COUNT_NIGHTS].reverse().find((n) => n < today);
  if (!night) return;
  const r = seededRandom(304);
  const count = em.create(HomelessCount, {
    id: stableId(`homeless-count:${night}`),
    night,
    gminaName: 'Gmina Miejska Kraków',
    gminaTeryt: '1261011',
    status: 'CLOSED',
    openedBy: 'seed',
    openedAt: new Date(`${night}T08:00:00Z`),
    closedAt: new Date(`${addDays(night, 2)}T15:00:00Z`),
  });
  const bands: AgeBand[] = ['AGE_18_40', 'AGE_41_60', 'AGE_61_PLUS'];
  let serial = 0;
  const entry = (place: CountPlace, where: { facility?: Facility; district?: District }, sex: 'MALE' | 'FEMALE', ageBand: AgeBand, persons: number) => {
    if (persons <= 0) return;
    em.create(HomelessCountEntry, {
      id: stableId(`homeless-count:${night}:${++serial}`),
      count,
      place,
      facility: where.facility ?? null,
      district: where.district ?? null,
      sex,
      ageBand,
      persons,
      enteredBy: 'seed',
      enteredByOrganisation: null,
      enteredAt: new Date(`${night}T23:00:00Z`),
    });
  };
  const shelters = await em.find(Facility, { type: { $in: ['NIGHT_SHELTER', 'HOMELESS_SHELTER', 'WARMING_CENTRE'] } }, { orderBy: { name: 'asc' } });
  for (const shelter of shelters) {
    const women = shelter.targetPopulation === 'WOMEN';
    const men = shelter.targetPopulation === 'MEN' || !women;
    for (const band of bands) {
      if (men) entry(shelter.type as CountPlace, { facility: shelter }, 'MALE', band, r.int(3, 15));
      if (women || shelter.targetPopulation === 'ANY') entry(shelter.type as CountPlace, { facility: shelter }, 'FEMALE', band, r.int(0, 6));
    }
  }
  const districts = await em.find(District, {}, { orderBy: { number: 'asc' } });
  const outside: CountPlace[] = ['STATION', 'ALLOTMENT', 'EMPTY_BUILDING', 'STAIRWELL', 'STREET'];
  for (const district of districts.slice(0, 8)) {
    const place = r.pick(outside);
    entry(place, { district }, 'MALE', r.pick(bands), r.int(1, 9));
    if (r.next() < 0.4) entry(place, { district }, 'FEMALE', r.pick(bands), r.int(1, 3));
  }
  entry('HOSPITAL', { district: districts[0] }, 'MALE', 'AGE_61_PLUS', 7);
  entry('HOSPITAL', { district: districts[0] }, 'FEMALE', 'AGE_41_60', 2);
  entry('HOSPICE', { district: districts[1] }, 'MALE', 'AGE_61_PLUS', 1);
  await em.flush();
}
