import { Migration } from '@mikro-orm/migrations';

/** Motivation bonuses and the staff figures of the KIS/CIS yearly report. */
export class Migration20261130095000YearlyReport extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "motivation_bonus" ("participation_id" uuid not null, "month" varchar(7) not null, "grosze" int not null, "granted_by" varchar(255) not null, "granted_at" timestamptz not null, primary key ("participation_id", "month"))',
    );
    this.addSql(
      'create table "centre_staff" ("facility_id" uuid not null, "year" int not null, "headcount" int not null, "fte" numeric(6,2) not null, "reported_by" varchar(255) not null, primary key ("facility_id", "year"))',
    );
    this.addSql(
      'alter table "motivation_bonus" add constraint "motivation_bonus_participation_id_foreign" foreign key ("participation_id") references "participation" ("id")',
    );
    this.addSql('alter table "centre_staff" add constraint "centre_staff_facility_id_foreign" foreign key ("facility_id") references "facility" ("id")');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "motivation_bonus" cascade');
    this.addSql('drop table if exists "centre_staff" cascade');
  }
}
