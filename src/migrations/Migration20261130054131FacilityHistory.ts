import { Migration } from '@mikro-orm/migrations';

/**
 * The dated history of what a facility is (type, places, status) and of a family carer's status,
 * so that a question about a past date is answered with what was in force then.
 *
 * Triggers write it, so that every writer (the hub, the seeds, the scale generator, a hand-run
 * UPDATE) leaves history. A change is dated by the hub's day, which the writing transaction sets
 * with `set_config('splot.today', …, true)` (core/db/hub-day.ts), the database's date where it
 * did not. A first row holds from the opening (or from always, where that is not known); a second
 * change on the same day replaces the first.
 */
export class Migration20261130054131FacilityHistory extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "facility_state" ("facility_id" uuid not null, "valid_from" date not null, "type" text not null, "subtype" text null, "declared_capacity" int null, "status" text not null, primary key ("facility_id", "valid_from"))',
    );
    this.addSql(
      'create table "carer_state" ("carer_id" uuid not null, "valid_from" date not null, "status" text not null, primary key ("carer_id", "valid_from"))',
    );
    this.addSql(
      'alter table "facility_state" add constraint "facility_state_facility_id_foreign" foreign key ("facility_id") references "facility" ("id") on delete cascade',
    );
    this.addSql(
      "alter table \"facility_state\" add constraint \"facility_state_type_check\" check (\"type\" in ('NURSING_HOME', 'FAMILY_CARE_HOME', 'COMMUNITY_SELF_HELP_HOME', 'DAY_CARE_HOME', 'SELF_HELP_CLUB', 'MOTHERS_AND_CHILDREN_HOME', 'TRAINING_FLAT', 'SUPPORTED_FLAT', 'CRISIS_INTERVENTION_CENTRE', 'DOMESTIC_VIOLENCE_CENTRE', 'SPECIALIST_COUNSELLING', 'NIGHT_SHELTER', 'HOMELESS_SHELTER', 'HOMELESS_SHELTER_WITH_CARE', 'WARMING_CENTRE', 'DAY_SUPPORT', 'CARE_EDUCATION_FACILITY', 'REGIONAL_CARE_THERAPY_FACILITY', 'PRE_ADOPTION_INTERVENTION_CENTRE', 'SOCIAL_INTEGRATION_CLUB', 'SOCIAL_INTEGRATION_CENTRE', 'OCCUPATIONAL_THERAPY_WORKSHOP', 'VOCATIONAL_ACTIVITY_ENTERPRISE'))",
    );
    this.addSql(
      "alter table \"facility_state\" add constraint \"facility_state_subtype_check\" check (\"subtype\" in ('SOCIALISATION', 'INTERVENTION', 'SPECIALIST_THERAPEUTIC', 'FAMILY_TYPE', 'DAY_SUPPORT_CARE', 'DAY_SUPPORT_SPECIALIST', 'DAY_SUPPORT_STREET_WORK', 'DPS_ELDERLY', 'DPS_CHRONICALLY_SOMATICALLY_ILL', 'DPS_CHRONICALLY_MENTALLY_ILL', 'DPS_INTELLECTUALLY_DISABLED_ADULTS', 'DPS_INTELLECTUALLY_DISABLED_CHILDREN', 'DPS_PHYSICALLY_DISABLED', 'DPS_ALCOHOL_ADDICTED'))",
    );
    this.addSql('alter table "facility_state" add constraint "facility_state_status_check" check ("status" in (\'ACTIVE\', \'SUSPENDED\', \'CLOSED\'))');
    this.addSql('alter table "carer_state" add constraint "carer_state_carer_id_foreign" foreign key ("carer_id") references "carer" ("id") on delete cascade');
    this.addSql('alter table "carer_state" add constraint "carer_state_status_check" check ("status" in (\'ACTIVE\', \'ON_BREAK\', \'CLOSED\'))');
    this.addSql(`create function "hub_day"() returns date language sql stable as $$
  select coalesce(nullif(current_setting('splot.today', true), '')::date, current_date)
$$`);
    this.addSql(`create function "record_facility_state"() returns trigger language plpgsql as $$
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
    this.addSql('create trigger "facility_records_state" after insert or update on "facility" for each row execute function "record_facility_state"()');
    this.addSql(`create function "record_carer_state"() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and new.status is not distinct from old.status then
    return null;
  end if;
  insert into "carer_state" ("carer_id", "valid_from", "status")
  values (new.id, case when tg_op = 'INSERT' then '-infinity'::date else "hub_day"() end, new.status)
  on conflict ("carer_id", "valid_from") do update set "status" = excluded."status";
  return null;
end
$$`);
    this.addSql('create trigger "carer_records_state" after insert or update on "carer" for each row execute function "record_carer_state"()');
    // What is known today of the facilities and carers already registered holds from their opening.
    this.addSql(`insert into "facility_state" ("facility_id", "valid_from", "type", "subtype", "declared_capacity", "status")
      select id, coalesce(opened_on, '-infinity'::date), type, subtype, declared_capacity, status from "facility"`);
    this.addSql(`insert into "carer_state" ("carer_id", "valid_from", "status") select id, '-infinity'::date, status from "carer"`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists "facility_records_state" on "facility"');
    this.addSql('drop trigger if exists "carer_records_state" on "carer"');
    this.addSql('drop function if exists "record_facility_state"()');
    this.addSql('drop function if exists "record_carer_state"()');
    this.addSql('drop function if exists "hub_day"()');
    this.addSql('drop table if exists "facility_state" cascade');
    this.addSql('drop table if exists "carer_state" cascade');
  }
}
