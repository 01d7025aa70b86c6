// Builds the hub (tsc into dist/) and the web app (vite into web/dist/) only when what they are built
// from changed since their last build, so that a second `npm start` serves in seconds rather than
// type-checking and bundling everything again. What was built from what is a hash of the sources'
// contents (not their times: a fresh checkout of the same commit builds nothing), kept beside the
// output. Plain JavaScript, because it runs before anything is compiled.
//
//   node scripts/build-if-changed.mjs [hub] [web]     (both when none is named)
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const TARGETS = {
  hub: {
    sources: ['src', 'seeds', 'scripts', 'bench', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'],
    output: 'dist',
    build: ['run', '--silent', 'build'],
  },
  web: {
    sources: ['web/src', 'web/index.html', 'web/vite.config.ts', 'web/tsconfig.json', 'web/public', 'schema/hub.graphql', 'package-lock.json'],
    // Written by the build itself (gql.tada's types), so not one of its inputs.
    generated: ['web/src/graphql/graphql-env.d.ts'],
    output: 'web/dist',
    build: ['run', '--silent', 'web:build'],
  },
};

function filesUnder(path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { withFileTypes: true })
    .filter((entry) => entry.name !== 'node_modules' && entry.name !== 'dist' && !entry.name.startsWith('.'))
    .flatMap((entry) => filesUnder(join(path, entry.name)));
}

function fingerprint(target) {
  const hash = createHash('sha256');
  const files = target.sources
    .flatMap(filesUnder)
    .filter((file) => !(target.generated ?? []).includes(file))
    .sort();
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0');
  return hash.digest('hex');
}

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(TARGETS);
for (const name of wanted) {
  if (!TARGETS[name]) {
    console.error(`build-if-changed: no target "${name}" (${Object.keys(TARGETS).join(', ')})`);
    process.exit(2);
  }
}
const label = (name) => (name === 'hub' ? 'hub' : 'web app');
// The two builds are independent: they run side by side (tsc is mostly one core, vite the other).
const builds = wanted.map(async (name) => {
  const target = TARGETS[name];
  const stamp = join(root, target.output, '.built-from');
  const current = fingerprint(target);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === current) return;
  const started = performance.now();
  console.log(`Building the ${label(name)} (its sources changed since the last build)…`);
  const code = await new Promise((resolve) => spawn('npm', target.build, { cwd: root, stdio: 'inherit' }).on('exit', resolve));
  if (code !== 0) throw new Error(`building the ${label(name)} failed (exit ${code})`);
  writeFileSync(stamp, current);
  console.log(`Built the ${label(name)} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
});
const failed = (await Promise.allSettled(builds)).filter((r) => r.status === 'rejected');
for (const { reason } of failed) console.error(`build-if-changed: ${reason.message}`);
if (failed.length) process.exit(1);
