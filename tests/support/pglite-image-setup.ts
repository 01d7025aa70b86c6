import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/** A folder for this run's PGlite images (pglite-images.ts), removed when the run ends. */
export default function pgliteImageFolder(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'splot-test-images-'));
  project.provide('pgliteImageDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
