import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { startHub } from '../../../src/hub.js';
import { Facility, Organisation } from '../../../src/modules/registry/registry.entities.js';
import { TEST_DB, testToday } from '../../support/test-hub.js';

const dir = mkdtempSync(join(tmpdir(), 'splot-restart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The embedded mode of `npm start`: a PGlite folder on disk, migrated and seeded on first start.
describe.runIf(TEST_DB === 'pglite')('the embedded database across restarts', () => {
  it('seeds the demo city once and keeps what users wrote', async () => {
    const config = loadConfig({ PORT: '0', HUB_DATA_DIR: dir, HUB_TODAY: testToday('2026-11-24') });
    const logger = pino({ level: 'silent' });
    const first = await startHub(config, { logger });
    const em = first.db.em.fork();
    const facilities = await em.count(Facility, {});
    em.create(Organisation, {
      name: 'Written by a user',
      searchName: 'written by a user',
      kind: 'ASSOCIATION',
      nip: null,
      regon: null,
      krs: null,
      address: null,
      contact: null,
    });
    await em.flush();
    await first.stop();

    const second = await startHub(config, { logger });
    try {
      expect(facilities).toBe(186);
      expect(await second.db.em.fork().count(Facility, {})).toBe(186);
      expect(await second.db.em.fork().count(Organisation, { name: 'Written by a user' })).toBe(1);
    } finally {
      await second.stop();
    }
  });
});
