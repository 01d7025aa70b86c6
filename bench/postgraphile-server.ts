/**
 * PostGraphile 5 (amber preset, with its aggregates plugin for the capacity overview's
 * equivalent) over the database of DATABASE_URL, on PORT: the peer that `bench:postgraphile`
 * measures Splot against, in a process of its own as Splot runs in its own.
 */
import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { PgAggregatesPreset } from '@graphile/pg-aggregates';

// A pool of 10, as Splot's.
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL!, max: 10 });
const pgl = postgraphile({
  extends: [PostGraphileAmberPreset, PgAggregatesPreset],
  pgServices: [makePgService({ pool, schemas: ['public'] })],
  grafserv: { graphqlPath: '/graphql' },
});
const server = createServer();
pgl.createServ(grafserv).addTo(server);
server.listen(Number(process.env.PORT), '127.0.0.1');
process.once('SIGTERM', () => {
  server.close();
  void Promise.resolve(pgl.release()).then(() => pool.end());
});
