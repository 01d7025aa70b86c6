import type { EntityManager } from '../src/core/db/database.js';
import { addDays } from '../src/core/calendar.js';
import { CapacityPeriod, Facility } from '../src/modules/registry/registry.entities.js';
import { stableId } from './random.js';

/** The winter around `today`: from December of the year it starts in to the end of March. */
export function winterAround(today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  const starts = Number(today.slice(5, 7)) >= 7 ? year : year - 1;
  return { from: `${starts}-12-01`, to: `${starts + 1}-03-31` };
}

/**
 * The demo city's winter action: both warming centres take in more people from December to March,
 * and the shelter by the station put up camp beds on one frost night (two nights ago in a winter
 * under way, mid-January otherwise).
 */
export async function seedDemoWinter(em: EntityManager, today: string): Promise<void> {
  const winter = winterAround(today);
  const warmingCentres = await em.find(Facility, { type: 'WARMING_CENTRE' }, { orderBy: { name: 'asc' } });
  const station = await em.findOneOrFail(Facility, { name: 'Noclegownia przy Dworcu' });
  for (const [i, centre] of warmingCentres.entries()) {
    em.create(CapacityPeriod, {
      id: stableId(`winter:${centre.id}`),
      facility: centre,
      kind: 'SEASONAL',
      places: [30, 20][i] ?? 20,
      validFrom: winter.from,
      validTo: winter.to,
      note: 'Akcja Zima: miejsca siedzące i leżanki w świetlicy',
      createdBy: 'seed',
    });
  }
  const frostNight = today >= winter.from && today <= winter.to ? addDays(today, -2) : `${winter.to.slice(0, 4)}-01-15`;
  em.create(CapacityPeriod, {
    id: stableId(`winter:overflow:${station.id}`),
    facility: station,
    kind: 'OVERFLOW',
    places: 10,
    validFrom: frostNight < winter.from ? winter.from : frostNight,
    validTo: frostNight < winter.from ? winter.from : frostNight,
    note: 'Mróz −15°C: łóżka polowe w jadalni',
    createdBy: 'seed',
  });
  await em.flush();
}
