import { closeSync, existsSync, openSync, renameSync, unlinkSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inject } from 'vitest';
import { FixedClock } from '../../src/core/clock.js';
import { openDatabase, pgliteImageOf } from '../../src/core/db/database.js';
import { PeselProtection } from '../../src/core/personal-data/pesel-protection.js';
import { MIGRATIONS } from '../../src/migrations/index.js';
import { hubEntities, migrateAndSeed } from '../../src/hub.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's folder of PGlite images (pglite-image-setup.ts); absent in a project without it. */
    pgliteImageDir?: string;
  }
}

/** The data key of every test hub on PGlite: the PESELs of an image's demo city are sealed with it. */
export const TEST_DATA_KEY = '5e'.repeat(32);

/** Another worker builds the image: wait this long for its file before building it here as well. */
const WAIT_FOR_OTHER_WORKER_MS = 180_000;

/**
 * The PGlite image a test hub on PGlite starts from: migrated with every module's reference data
 * and, with `seedDemo`, the demo city seeded as of `today`. Creating a PGlite cluster takes ~4 s and
 * seeding the city ~2 s, in every test file; an image is built once per run by the first worker
 * that needs it and shared with the others as a file. Without the run's folder (a project without
 * the setup), there is none and the hub builds its database itself.
 */
export async function pgliteImageFor(today: string, seedDemo: boolean): Promise<Blob | undefined> {
  const dir = inject('pgliteImageDir');
  if (!dir) return undefined;
  return readOrBuild(join(dir, seedDemo ? `demo-city-${today}.tar` : 'reference.tar'), async () => {
    const db = await openDatabase({
      databaseUrl: null,
      pgliteDataDir: 'memory://',
      // The demo city is seeded onto the reference image, not onto a new cluster.
      pgliteImage: seedDemo ? await pgliteImageFor(today, false) : undefined,
      clock: new FixedClock(today),
      entities: hubEntities(),
      migrations: MIGRATIONS,
    });
    try {
      await migrateAndSeed(db, new PeselProtection(Buffer.from(TEST_DATA_KEY, 'hex')), today, seedDemo);
      return await pgliteImageOf(db);
    } finally {
      await db.close(true);
    }
  });
}

/** The image in `file`, or built by `build` and written there under a lock file that other workers wait on. */
async function readOrBuild(file: string, build: () => Promise<Blob>): Promise<Blob> {
  const lock = `${file}.lock`;
  // A stopwatch, not a date: how long this worker has waited for another one.
  const started = performance.now();
  for (;;) {
    if (existsSync(file)) return new Blob([await readFile(file)]);
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch {
      // Another worker builds it; if it died doing so, build it here after a while.
      if (performance.now() - started > WAIT_FOR_OTHER_WORKER_MS) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    const image = await build();
    // Written aside and renamed: a reader never sees half an image.
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, Buffer.from(await image.arrayBuffer()));
    renameSync(partial, file);
    return image;
  } catch (error) {
    unlinkSync(lock);
    throw error;
  }
}
