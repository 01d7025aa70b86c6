import { Migration } from '@mikro-orm/migrations';

/**
 * A revision number of the registry, bumped inside every transaction that writes to its tables (a
 * statement-level trigger), so that readers can cache derived figures and know exactly when they go
 * stale. It is a row, not a sequence: the bump becomes visible with the data it describes.
 */
export class Migration20261124190000RegistryRevision extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table "registry_revision" ("id" int primary key check ("id" = 1), "value" bigint not null)');
    this.addSql('insert into "registry_revision" ("id", "value") values (1, 0)');
    this.addSql(`create function "bump_registry_revision"() returns trigger language plpgsql as $$
begin
  update "registry_revision" set "value" = "value" + 1 where "id" = 1;
  return null;
end
$$`);
    for (const table of ['organisation', 'welfare_unit', 'district', 'facility', 'occupancy_report']) {
      this.addSql(`create trigger "${table}_bumps_registry_revision" after insert or update or delete on "${table}" for each statement execute function "bump_registry_revision"()`);
    }
  }

  override async down(): Promise<void> {
    for (const table of ['organisation', 'welfare_unit', 'district', 'facility', 'occupancy_report']) {
      this.addSql(`drop trigger if exists "${table}_bumps_registry_revision" on "${table}"`);
    }
    this.addSql('drop function if exists "bump_registry_revision"()');
    this.addSql('drop table if exists "registry_revision"');
  }
}
