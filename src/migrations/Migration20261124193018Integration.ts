import { Migration } from '@mikro-orm/migrations';

export class Migration20261124193018Integration extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "person" ("id" uuid not null, "first_name" varchar(255) not null, "last_name" varchar(255) not null, "search_name" varchar(255) not null, "pesel_hash" varchar(64) not null, "pesel_ciphertext" text not null, "birth_date" date not null, "sex" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"))',
    );
    this.addSql('create index "person_search_name_index" on "person" ("search_name")');
    this.addSql('alter table "person" add constraint "person_pesel_hash_unique" unique ("pesel_hash")');
    this.addSql(
      'create table "labour_market_status" ("id" uuid not null, "person_id" uuid not null, "labour_office_id" uuid not null, "registered_since" date null, "benefit_entitled" boolean not null, "deregistered_on" date null, "reported_by" varchar(255) not null, "reported_at" timestamptz not null, primary key ("id"))',
    );
    this.addSql(
      'alter table "labour_market_status" add constraint "labour_market_status_person_id_labour_office_id_unique" unique ("person_id", "labour_office_id")',
    );
    this.addSql(
      'create table "participation" ("id" uuid not null, "person_id" uuid not null, "facility_id" uuid not null, "programme" text not null, "eligibility_category" text not null, "referral_source" text not null, "referring_organisation_id" uuid null, "programme_document_kind" text not null, "programme_document_number" varchar(255) null, "programme_signed_on" date not null, "start_date" date not null, "trial_end_date" date null, "planned_end_date" date not null, "extension_reason" text null, "end_date" date null, "end_reason" text null, "outcome" text null, "enrolled_by" varchar(255) not null, "enrolled_by_organisation" uuid null, "ended_by" varchar(255) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"))',
    );
    this.addSql('create index "participation_person_id_index" on "participation" ("person_id")');
    this.addSql('create index "participation_facility_id_start_date_index" on "participation" ("facility_id", "start_date")');
    this.addSql(
      'create unique index "participation_one_active_cis_per_person" on "participation" ("person_id") where "programme" = \'CIS\' and "end_date" is null',
    );
    this.addSql('create unique index "participation_one_active_per_facility" on "participation" ("person_id", "facility_id") where "end_date" is null');
    this.addSql(
      'create table "attendance_correction" ("id" uuid not null, "participation_id" uuid not null, "date" date not null, "previous_status" text null, "previous_excused_kind" text null, "previous_hours" double precision null, "previous_reported_by" varchar(255) null, "previous_reported_at" timestamptz null, "status" text not null, "excused_kind" text null, "hours" double precision null, "reason" text null, "after_closing" boolean not null, "report_id" uuid not null, "corrected_by" varchar(255) not null, "corrected_by_role" varchar(255) not null, "corrected_at" timestamptz not null, primary key ("id"))',
    );
    this.addSql('create index "attendance_correction_participation_id_date_index" on "attendance_correction" ("participation_id", "date")');
    this.addSql(
      'create table "attendance_report" ("id" uuid not null, "facility_id" uuid not null, "idempotency_key" varchar(255) not null, "content_hash" varchar(64) not null, "result" jsonb not null, "reported_by" varchar(255) not null, "reported_at" timestamptz not null, primary key ("id"))',
    );
    this.addSql(
      'alter table "attendance_report" add constraint "attendance_report_facility_id_idempotency_key_unique" unique ("facility_id", "idempotency_key")',
    );
    this.addSql(
      'create table "attendance_month_closure" ("id" uuid not null, "facility_id" uuid not null, "month" varchar(7) not null, "closed_by" varchar(255) not null, "closed_by_role" varchar(255) not null, "closed_at" timestamptz not null, primary key ("id"))',
    );
    this.addSql('alter table "attendance_month_closure" add constraint "attendance_month_closure_facility_id_month_unique" unique ("facility_id", "month")');
    this.addSql(
      'create table "attendance_entry" ("participation_id" uuid not null, "date" date not null, "facility_id" uuid not null, "status" text not null, "excused_kind" text null, "hours" double precision null, "report_id" uuid not null, "reported_by" varchar(255) not null, "reported_at" timestamptz not null, "corrections" int not null default 0, primary key ("participation_id", "date"))',
    );
    this.addSql('create index "attendance_entry_facility_id_date_index" on "attendance_entry" ("facility_id", "date")');
    this.addSql('alter table "person" add constraint "person_sex_check" check ("sex" in (\'FEMALE\', \'MALE\'))');
    this.addSql(
      'alter table "labour_market_status" add constraint "labour_market_status_person_id_foreign" foreign key ("person_id") references "person" ("id")',
    );
    this.addSql('alter table "participation" add constraint "participation_person_id_foreign" foreign key ("person_id") references "person" ("id")');
    this.addSql('alter table "participation" add constraint "participation_facility_id_foreign" foreign key ("facility_id") references "facility" ("id")');
    this.addSql(
      'alter table "participation" add constraint "participation_referring_organisation_id_foreign" foreign key ("referring_organisation_id") references "organisation" ("id") on delete set null',
    );
    this.addSql('alter table "participation" add constraint "participation_programme_check" check ("programme" in (\'CIS\', \'KIS\'))');
    this.addSql(
      "alter table \"participation\" add constraint \"participation_eligibility_category_check\" check (\"eligibility_category\" in ('HOMELESS', 'ALCOHOL_ADDICTION', 'DRUG_ADDICTION', 'MENTAL_ILLNESS', 'LONG_TERM_UNEMPLOYED', 'LEAVING_PRISON', 'REFUGEE', 'DISABILITY'))",
    );
    this.addSql(
      'alter table "participation" add constraint "participation_referral_source_check" check ("referral_source" in (\'WELFARE_CENTRE\', \'LABOUR_OFFICE\', \'OWN_APPLICATION\'))',
    );
    this.addSql(
      'alter table "participation" add constraint "participation_programme_document_kind_check" check ("programme_document_kind" in (\'IPZS\', \'SOCIAL_CONTRACT\', \'INDIVIDUAL_PROGRAMME\'))',
    );
    this.addSql(
      "alter table \"participation\" add constraint \"participation_outcome_check\" check (\"outcome\" in ('EMPLOYMENT', 'OWN_BUSINESS', 'SOCIAL_COOPERATIVE', 'DROPPED_OUT', 'OTHER'))",
    );
    this.addSql(
      'alter table "attendance_correction" add constraint "attendance_correction_participation_id_foreign" foreign key ("participation_id") references "participation" ("id")',
    );
    this.addSql(
      'alter table "attendance_correction" add constraint "attendance_correction_previous_status_check" check ("previous_status" in (\'PRESENT\', \'EXCUSED_ABSENCE\', \'UNEXCUSED_ABSENCE\'))',
    );
    this.addSql(
      'alter table "attendance_correction" add constraint "attendance_correction_previous_excused_kind_check" check ("previous_excused_kind" in (\'SICK_LEAVE\', \'DAY_OFF\', \'OTHER_EXCUSED\'))',
    );
    this.addSql(
      'alter table "attendance_correction" add constraint "attendance_correction_status_check" check ("status" in (\'PRESENT\', \'EXCUSED_ABSENCE\', \'UNEXCUSED_ABSENCE\'))',
    );
    this.addSql(
      'alter table "attendance_correction" add constraint "attendance_correction_excused_kind_check" check ("excused_kind" in (\'SICK_LEAVE\', \'DAY_OFF\', \'OTHER_EXCUSED\'))',
    );
    this.addSql(
      'alter table "attendance_report" add constraint "attendance_report_facility_id_foreign" foreign key ("facility_id") references "facility" ("id")',
    );
    this.addSql(
      'alter table "attendance_month_closure" add constraint "attendance_month_closure_facility_id_foreign" foreign key ("facility_id") references "facility" ("id")',
    );
    this.addSql(
      'alter table "attendance_entry" add constraint "attendance_entry_participation_id_foreign" foreign key ("participation_id") references "participation" ("id")',
    );
    this.addSql(
      'alter table "attendance_entry" add constraint "attendance_entry_facility_id_foreign" foreign key ("facility_id") references "facility" ("id")',
    );
    this.addSql(
      'alter table "attendance_entry" add constraint "attendance_entry_status_check" check ("status" in (\'PRESENT\', \'EXCUSED_ABSENCE\', \'UNEXCUSED_ABSENCE\'))',
    );
    this.addSql(
      'alter table "attendance_entry" add constraint "attendance_entry_excused_kind_check" check ("excused_kind" in (\'SICK_LEAVE\', \'DAY_OFF\', \'OTHER_EXCUSED\'))',
    );
  }

  override async down(): Promise<void> {
    this.addSql('alter table "labour_market_status" drop constraint "labour_market_status_person_id_foreign"');
    this.addSql('alter table "participation" drop constraint "participation_person_id_foreign"');
    this.addSql('alter table "attendance_correction" drop constraint "attendance_correction_participation_id_foreign"');
    this.addSql('alter table "attendance_entry" drop constraint "attendance_entry_participation_id_foreign"');
    this.addSql('drop table if exists "person" cascade');
    this.addSql('drop table if exists "labour_market_status" cascade');
    this.addSql('drop table if exists "participation" cascade');
    this.addSql('drop table if exists "attendance_correction" cascade');
    this.addSql('drop table if exists "attendance_report" cascade');
    this.addSql('drop table if exists "attendance_month_closure" cascade');
    this.addSql('drop table if exists "attendance_entry" cascade');
  }
}
