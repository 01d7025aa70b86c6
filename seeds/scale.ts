/**
 * Generates a large city for benchmarks: npm run seed:scale -- --facilities 20000 [--reports 30]
 * Writes into DATABASE_URL, or the embedded database. The demo city is seeded first if missing.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { EntityManager } from '../src/core/db/database.js';
import { foldForSearch } from '../src/core/text-search.js';
import { FACILITY_SUBTYPES, FACILITY_TYPES, type FacilitySubtype, type FacilityType } from '../src/modules/registry/facility-types.js';
import { District, Facility, OccupancyReport, Organisation, WelfareUnit } from '../src/modules/registry/registry.entities.js';
import { capacityLimitFor, facilitySearchText } from '../src/modules/registry/registry.rules.js';
import { seededRandom } from './random.js';
import { addDays } from '../src/core/calendar.js';
import { runSql } from '../src/core/db/sql.js';

export interface ScaleOptions {
  facilities: number;
  reportsPerFacility: number;
  today: string;
  onProgress?: (done: number, total: number) => void;
}

const CHUNK = 2000;

/** Adds generated facilities (one operator per 20) with daily occupancy history, in bulk inserts. */
export async function generateScaleData(em: EntityManager, options: ScaleOptions): Promise<void> {
  const r = seededRandom(options.facilities);
  const units = await em.find(WelfareUnit, {});
  const districts = await em.find(District, {});
  if (!districts.length) throw new Error('Seed the demo city first: generated facilities need its districts and units');
  const types = Object.keys(FACILITY_TYPES) as FacilityType[];
  const kinds = ['FOUNDATION', 'ASSOCIATION', 'CHURCH_BODY', 'SOCIAL_COOPERATIVE'] as const;
  // Rows are recorded on the generated city's day, as the hub records them by its one clock.
  const recorded = new Date(`${options.today}T08:00:00Z`);
  const operators = Array.from({ length: Math.max(1, Math.ceil(options.facilities / 20)) }, (_, i) => {
    const name = `Organizacja Generowana ${i + 1}`;
    return {
      id: crypto.randomUUID(),
      name,
      searchName: foldForSearch(name),
      kind: r.pick(kinds),
      nip: null,
      regon: null,
      krs: null,
      createdAt: recorded,
      updatedAt: recorded,
    };
  });
  for (let i = 0; i < operators.length; i += CHUNK) await em.insertMany(Organisation, operators.slice(i, i + CHUNK));

  for (let start = 0; start < options.facilities; start += CHUNK) {
    const facilities = [];
    const reports = [];
    for (let i = start; i < Math.min(start + CHUNK, options.facilities); i++) {
      const type = r.pick(types);
      const subtypes = (Object.keys(FACILITY_SUBTYPES) as FacilitySubtype[]).filter((s) => FACILITY_SUBTYPES[s].type === type);
      const subtype = subtypes.length ? r.pick(subtypes) : null;
      const limit = capacityLimitFor(type, subtype, options.today);
      const capacity = type === 'SPECIALIST_COUNSELLING' ? null : Math.min(limit?.maxPlaces ?? 120, r.int(limit?.minPlaces ?? 5, 120));
      const district = r.pick(districts);
      const street = `ul. Generowana ${r.int(1, 300)}`;
      const name = `${FACILITY_TYPES[type].legalName.split(' (')[0]} nr ${i + 1}`;
      const id = crypto.randomUUID();
      let latest: { occupied: number; date: string; at: Date } | null = null;
      if (capacity !== null) {
        for (let day = options.reportsPerFacility - 1; day >= 0; day--) {
          const date = addDays(options.today, -day);
          const occupied = r.int(0, capacity);
          const at = new Date(`${date}T20:00:00Z`);
          reports.push({
            id: crypto.randomUUID(),
            facility: id,
            date,
            occupiedPlaces: occupied,
            overCapacityReason: null,
            reportedBy: 'scale',
            reportedByOrganisation: null,
            reportedAt: at,
          });
          latest = { occupied, date, at };
        }
      }
      const postalCode = `3${r.int(0, 1)}-${r.digits(3)}`;
      facilities.push({
        id,
        name,
        searchName: foldForSearch(name),
        searchText: foldForSearch(facilitySearchText({ name, type, address: { street, postalCode, city: 'Kraków' } })),
        type,
        subtype,
        operator: r.pick(operators).id,
        unit: r.pick(units).id,
        district: district.id,
        // insertMany takes embedded properties flattened, as MikroORM names them.
        address_street: street,
        address_postalCode: postalCode,
        address_city: 'Kraków',
        address_teryt: null,
        contact_email: null,
        contact_phone: null,
        contact_website: null,
        management: 'COMMISSIONED',
        agreementNumber: `GEN-${i}`,
        agreementValidFrom: '2025-01-01',
        agreementValidTo: null,
        declaredCapacity: capacity,
        status: r.next() < 0.03 ? 'SUSPENDED' : 'ACTIVE',
        openedOn: '2010-01-01',
        closedOn: null,
        registerName: null,
        registerNumber: null,
        registerEntryDate: null,
        occupiedPlaces: latest?.occupied ?? null,
        occupancyDate: latest?.date ?? null,
        occupancyReportedAt: latest?.at ?? null,
        createdAt: recorded,
        updatedAt: recorded,
        version: 1,
      });
    }
    await em.insertMany(Facility, facilities as never[]);
    for (let i = 0; i < reports.length; i += CHUNK * 2) await em.insertMany(OccupancyReport, reports.slice(i, i + CHUNK * 2) as never[]);
    options.onProgress?.(Math.min(start + CHUNK, options.facilities), options.facilities);
  }
  await runSql(em, 'analyze');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { facilities: { type: 'string', default: '20000' }, reports: { type: 'string', default: '30' } } });
  const { loadConfig } = await import('../src/config.js');
  const { migrate, openDatabase } = await import('../src/core/db/database.js');
  const { hubEntities } = await import('../src/hub.js');
  const { MIGRATIONS } = await import('../src/migrations/index.js');
  const { seedOnce } = await import('../src/core/db/seeding.js');
  const { seedDemoCity } = await import('./demo-city.js');
  const { clockFor } = await import('../src/core/clock.js');
  const config = loadConfig();
  const today = clockFor(config.fixedToday).today();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDataDir: config.pgliteDataDir, entities: hubEntities(), migrations: MIGRATIONS });
  await migrate(db);
  const { loadDataKey, PeselProtection } = await import('../src/core/personal-data/pesel-protection.js');
  // The same key the hub will use on this configuration, so that its PESELs can be found and read.
  const pesel = new PeselProtection(loadDataKey(config.dataKey, config.dataKeyFile));
  await seedOnce(db.em, 'demo-city', (em) => seedDemoCity(em, pesel, today));
  const started = Date.now();
  await generateScaleData(db.em.fork(), {
    facilities: Number(values.facilities),
    reportsPerFacility: Number(values.reports),
    today,
    onProgress: (done, total) => process.stdout.write(`\r${done}/${total} facilities`),
  });
  console.log(`\nGenerated ${values.facilities} facilities in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await db.close(true);
}
