import { Migration } from '@mikro-orm/migrations';

/**
 * Winter: places that are open only for a season or a night, the population a facility's places
 * are for, and the kind of place an occupancy report counts people in.
 *
 * A facility's target population is part of what it is on a date (facility_state), so the trigger
 * that writes that history records it too; what the facilities already registered serve is not
 * known, so they start as ANY from their opening.
 */
export class Migration20261207120000WinterCapacity extends Migration {
  override async up(): Promise<void> {
    const populations = "('ANY', 'MEN', 'WOMEN', 'MOTHERS_WITH_CHILDREN', 'FAMILIES', 'YOUTH')";
    this.addSql(`alter table "facility" add column "target_population" text not null default 'ANY'`);
    this.addSql(`alter table "facility" add constraint "facility_target_population_check" check ("target_population" in ${populations})`);
    this.addSql(`alter table "facility_state" add column "target_population" text not null default 'ANY'`);
    this.addSql(`alter table "facility_state" add constraint "facility_state_target_population_check" check ("target_population" in ${populations})`);
    this.addSql(`create or replace function "record_facility_state"() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and new.type is not distinct from old.type and new.subtype is not distinct from old.subtype
     and new.declared_capacity is not distinct from old.declared_capacity and new.status is not distinct from old.status
     and new.target_population is not distinct from old.target_population then
    return null;
  end if;
  insert into "facility_state" ("facility_id", "valid_from", "type", "subtype", "declared_capacity", "status", "target_population")
  values (new.id, case when tg_op = 'INSERT' then coalesce(new.opened_on, '-infinity'::date) else "hub_day"() end,
          new.type, new.subtype, new.declared_capacity, new.status, new.target_population)
  on conflict ("facility_id", "valid_from") do update
    set "type" = excluded."type", "subtype" = excluded."subtype", "declared_capacity" = excluded."declared_capacity", "status" = excluded."status",
        "target_population" = excluded."target_population";
  return null;
end
$$`);
    this.addSql(
      `create table "capacity_period" ("id" uuid not null, "facility_id" uuid not null, "kind" text not null, "places" int not null, "valid_from" date not null, "valid_to" date not null, "note" varchar(500) null, "created_by" varchar(255) not null, "created_at" timestamptz not null, primary key ("id"))`,
    );
    this.addSql(`alter table "capacity_period" add constraint "capacity_period_kind_check" check ("kind" in ('SEASONAL', 'OVERFLOW'))`);
    this.addSql(`alter table "capacity_period" add constraint "capacity_period_places_check" check ("places" > 0)`);
    this.addSql(`alter table "capacity_period" add constraint "capacity_period_dates_check" check ("valid_to" >= "valid_from")`);
    this.addSql(
      `alter table "capacity_period" add constraint "capacity_period_facility_id_foreign" foreign key ("facility_id") references "facility" ("id") on delete cascade`,
    );
    this.addSql(`create index "capacity_period_facility_id_valid_from_index" on "capacity_period" ("facility_id", "valid_from")`);
    // Cached answers (the overview, a page of facilities) change with the places: a write bumps the data revision.
    this.addSql(
      'create trigger "capacity_period_bumps_data_revision" after insert or update or delete on "capacity_period" for each statement execute function "bump_data_revision"()',
    );
    this.addSql(`alter table "occupancy_report" add column "in_seasonal_places" int null, add column "in_overflow_places" int null`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "occupancy_report" drop column "in_seasonal_places", drop column "in_overflow_places"`);
    this.addSql('drop table if exists "capacity_period" cascade');
    this.addSql(`create or replace function "record_facility_state"() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and new.type is not distinct from old.type and new.subtype is not distinct from old.subtype
     and new.declared_capacity is not distinct from old.declared_capacity and new.status is not distinct from old.status then
    return null;
  end if;
  insert into "facility_state" ("facility_id", "valid_from", "type", "subtype", "declared_capacity", "status")
  values (new.id, case when tg_op = 'INSERT' then coalesce(new.opened_on, '-infinity'::date) else "hub_day"() end,
          new.type, new.subtype, new.declared_capacity, new.status)
  on conflict ("facility_id", "valid_from") do update
    set "type" = excluded."type", "subtype" = excluded."subtype", "declared_capacity" = excluded."declared_capacity", "status" = excluded."status";
  return null;
end
$$`);
    this.addSql(`alter table "facility_state" drop column "target_population"`);
    this.addSql(`alter table "facility" drop column "target_population"`);
  }
}
