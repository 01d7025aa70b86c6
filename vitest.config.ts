import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
const postgres = process.env.TEST_DATABASE_URL;

export default defineConfig({
  // SWC compiles the legacy decorators of type-graphql with their design-type metadata, as tsc does
  // for the build; vitest's default transform would drop the metadata.
  plugins: [
    swc.vite({
      module: { type: 'es6' },
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      },
    }),
  ],
  resolve: {
    // graphql 16 ships CommonJS and ESM copies; Node loads the CommonJS one for every package, so the
    // tests must too, or a scalar built here is "from another realm" to type-graphql.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // Generous, because a test's time says how busy the machine is, not whether the hub is right:
    // on a loaded machine (a load of 10 on two cores) a hub's start or a browser page takes minutes.
    // A test that hangs still ends; one that is merely slow passes.
    testTimeout: 300_000,
    hookTimeout: 600_000,
    // Each file opens its own database; two workers match the two cores of the CI machine.
    maxWorkers: 2,
    // type-graphql reads decorator metadata through the Reflect API, whatever a test file imports first.
    setupFiles: ['reflect-metadata'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Test hubs on PGlite start from images built once per run (tests/support/pglite-images.ts).
      {
        extends: true,
        test: {
          name: 'pglite',
          include: ['tests/integration/**/*.test.ts'],
          env: { SPLOT_TEST_DB: 'pglite' },
          globalSetup: ['tests/support/pglite-image-setup.ts'],
        },
      },
      // The web app in Debian's Chromium against the real hub (PGlite), after one build of the app.
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          env: { SPLOT_TEST_DB: 'pglite' },
          globalSetup: ['tests/e2e/global-setup.ts', 'tests/support/pglite-image-setup.ts'],
        },
      },
      ...(postgres
        ? [
            {
              extends: true,
              test: {
                name: 'postgres',
                include: ['tests/integration/**/*.test.ts'],
                env: { SPLOT_TEST_DB: 'postgres' },
                globalSetup: ['tests/support/postgres-template-setup.ts'],
              },
            },
          ]
        : []),
    ],
  },
});
