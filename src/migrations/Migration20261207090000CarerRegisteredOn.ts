import { Migration } from '@mikro-orm/migrations';

/**
 * A family carer's history starts on the day it became a foster family (registered_on), not at the
 * beginning of time: a family registered today is not counted on yesterday's date. Carers already
 * registered keep the history they had (from the beginning), since their day is not known.
 */
export class Migration20261207090000CarerRegisteredOn extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "carer" add column "registered_on" date null');
    this.addSql(`create or replace function "record_carer_state"() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and new.status is not distinct from old.status then
    return null;
  end if;
  insert into "carer_state" ("carer_id", "valid_from", "status")
  values (new.id, case when tg_op = 'INSERT' then coalesce(new.registered_on, '-infinity'::date) else "hub_day"() end, new.status)
  on conflict ("carer_id", "valid_from") do update set "status" = excluded."status";
  return null;
end
$$`);
  }

  override async down(): Promise<void> {
    this.addSql(`create or replace function "record_carer_state"() returns trigger language plpgsql as $$
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
    this.addSql('alter table "carer" drop column "registered_on"');
  }
}
