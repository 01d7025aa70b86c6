import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { recordTime } from './record-time.js';

/**
 * Which seeds have run on this database. The demo city is seeded once; a second start finds its
 * row here and keeps whatever users have written since.
 */
export const SeedRun = defineEntity({
  name: 'SeedRun',
  tableName: 'seed_run',
  properties: {
    name: p.string().primary(),
    appliedAt: p.datetime().onCreate(recordTime),
  },
});
export type SeedRun = InferEntity<typeof SeedRun>;
