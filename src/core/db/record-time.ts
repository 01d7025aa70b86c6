import { systemClock, type Clock } from '../clock.js';

/** The hub clock of each open database, by its MikroORM configuration (shared by every fork). */
const clocks = new WeakMap<object, Clock>();
const machine = systemClock();

/** Record times written through `db` come from `clock` (openDatabase does this for the hub's clock). */
export function dateRecordsBy(db: { config: object }, clock: Clock): void {
  clocks.set(db.config, clock);
}

/**
 * For an entity's `onCreate` and `onUpdate`: now by the clock of the hub that writes the record, so
 * that a hub fixed on a day (HUB_TODAY, tests) dates its records on that day, as its rules do. A
 * database opened without a clock (a seeding script) uses the machine's.
 */
export function recordTime(_entity: unknown, em: { config: object }): Date {
  return (clocks.get(em.config) ?? machine).now();
}
