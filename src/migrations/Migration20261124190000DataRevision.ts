import { Migration } from '@mikro-orm/migrations';

const REGISTRY_TABLES = ['organisation', 'welfare_unit', 'district', 'facility', 'occupancy_report'];

/**
 * A revision number of the hub's shared data, bumped inside every transaction that writes to a
 * watched table (a statement-level trigger), so that caches of derived figures and of whole
 * responses know exactly when they go stale, in every process. It is a row, not a sequence: the
 * bump becomes visible with the data it describes.
 */
export class Migration20261124190000DataRevision extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table "data_revision" ("id" int primary key check ("id" = 1), "value" bigint not null)');
    this.addSql('insert into "data_revision" ("id", "value") values (1, 0)');
    this.addSql(`create function "bump_data_revision"() returns trigger language plpgsql as $$
begin
  update "data_revision" set "value" = "value" + 1 where "id" = 1;
  return null;
end
$$`);
    for (const table of REGISTRY_TABLES) {
      this.addSql(
        `create trigger "${table}_bumps_data_revision" after insert or update or delete on "${table}" for each statement execute function "bump_data_revision"()`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const table of REGISTRY_TABLES) this.addSql(`drop trigger if exists "${table}_bumps_data_revision" on "${table}"`);
    this.addSql('drop function if exists "bump_data_revision"()');
    this.addSql('drop table if exists "data_revision"');
  }
}
