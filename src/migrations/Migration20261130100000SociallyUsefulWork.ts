import { Migration } from '@mikro-orm/migrations';

/** Socially useful work: agreements with the labour office, hours of KIS participants by day, reports by idempotency key. */
export class Migration20261130100000SociallyUsefulWork extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "psu_agreement" ("id" uuid not null, "labour_office_id" uuid not null, "number" varchar(100) not null, "concluded_on" date not null, "valid_from" date not null, "valid_to" date not null, "hourly_grosze" int not null, "refund_per_hour_grosze" int not null, "activation_programme" boolean not null, "recorded_by" varchar(255) not null, "recorded_at" timestamptz not null, primary key ("id"))',
    );
    this.addSql('alter table "psu_agreement" add constraint "psu_agreement_labour_office_id_number_unique" unique ("labour_office_id", "number")');
    this.addSql(
      'create table "psu_report" ("id" uuid not null, "facility_id" uuid not null, "idempotency_key" varchar(255) not null, "content_hash" varchar(64) not null, "result" jsonb not null, "reported_by" varchar(255) not null, "reported_at" timestamptz not null, primary key ("id"))',
    );
    this.addSql('alter table "psu_report" add constraint "psu_report_facility_id_idempotency_key_unique" unique ("facility_id", "idempotency_key")');
    this.addSql(
      'create table "psu_day" ("participation_id" uuid not null, "date" date not null, "agreement_id" uuid not null, "minutes" int not null, "reported_by" varchar(255) not null, "reported_at" timestamptz not null, primary key ("participation_id", "date"))',
    );
    this.addSql('create index "psu_day_agreement_id_date_index" on "psu_day" ("agreement_id", "date")');
    this.addSql(
      'alter table "psu_agreement" add constraint "psu_agreement_labour_office_id_foreign" foreign key ("labour_office_id") references "organisation" ("id")',
    );
    this.addSql('alter table "psu_report" add constraint "psu_report_facility_id_foreign" foreign key ("facility_id") references "facility" ("id")');
    this.addSql('alter table "psu_day" add constraint "psu_day_participation_id_foreign" foreign key ("participation_id") references "participation" ("id")');
    this.addSql('alter table "psu_day" add constraint "psu_day_agreement_id_foreign" foreign key ("agreement_id") references "psu_agreement" ("id")');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "psu_day" drop constraint "psu_day_agreement_id_foreign"');
    this.addSql('drop table if exists "psu_agreement" cascade');
    this.addSql('drop table if exists "psu_report" cascade');
    this.addSql('drop table if exists "psu_day" cascade');
  }
}
