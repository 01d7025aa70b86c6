import { Migration } from '@mikro-orm/migrations';

export class Migration20261124191000Standards extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "service_standard" ("id" uuid not null, "code" varchar(255) not null, "version" int not null, "title" varchar(255) not null, "title_en" varchar(255) not null, "source" text not null, "source_kind" text not null, "applies_to" jsonb not null, "description" text null, "defined_by" varchar(255) not null, "defined_at" timestamptz not null, primary key ("id"))',
    );
    this.addSql('alter table "service_standard" add constraint "service_standard_code_version_unique" unique ("code", "version")');
    this.addSql(
      'create table "standard_requirement" ("id" uuid not null, "standard_id" uuid not null, "code" varchar(255) not null, "position" int not null, "description" text not null, "kind" text not null, "unit" varchar(255) null, "comparison" text null, "threshold" double precision null, primary key ("id"))',
    );
    this.addSql('alter table "standard_requirement" add constraint "standard_requirement_standard_id_code_unique" unique ("standard_id", "code")');
    this.addSql(
      'create table "assessment" ("id" uuid not null, "facility_id" uuid not null, "standard_id" uuid not null, "assessed_on" date not null, "assessor_name" varchar(255) not null, "result" text not null, "findings" text null, "remediation_deadline" date null, "recorded_by" varchar(255) not null, "recorded_at" timestamptz not null, primary key ("id"))',
    );
    this.addSql('create index "assessment_facility_id_assessed_on_index" on "assessment" ("facility_id", "assessed_on")');
    this.addSql(
      'create table "requirement_outcome" ("id" uuid not null, "assessment_id" uuid not null, "requirement_id" uuid not null, "met" boolean null, "measured_value" double precision null, "satisfied" boolean not null, primary key ("id"))',
    );
    this.addSql(
      'alter table "service_standard" add constraint "service_standard_source_kind_check" check ("source_kind" in (\'STATUTE\', \'REGULATION\', \'PROJECT_PUBLICATION\'))',
    );
    this.addSql(
      'alter table "standard_requirement" add constraint "standard_requirement_standard_id_foreign" foreign key ("standard_id") references "service_standard" ("id")',
    );
    this.addSql('alter table "standard_requirement" add constraint "standard_requirement_kind_check" check ("kind" in (\'YES_NO\', \'NUMBER\'))');
    this.addSql(
      'alter table "standard_requirement" add constraint "standard_requirement_comparison_check" check ("comparison" in (\'AT_LEAST\', \'AT_MOST\'))',
    );
    this.addSql('alter table "assessment" add constraint "assessment_facility_id_foreign" foreign key ("facility_id") references "facility" ("id")');
    this.addSql('alter table "assessment" add constraint "assessment_standard_id_foreign" foreign key ("standard_id") references "service_standard" ("id")');
    this.addSql(
      'alter table "assessment" add constraint "assessment_result_check" check ("result" in (\'COMPLIANT\', \'PARTLY_COMPLIANT\', \'NON_COMPLIANT\'))',
    );
    this.addSql(
      'alter table "requirement_outcome" add constraint "requirement_outcome_assessment_id_foreign" foreign key ("assessment_id") references "assessment" ("id")',
    );
    this.addSql(
      'alter table "requirement_outcome" add constraint "requirement_outcome_requirement_id_foreign" foreign key ("requirement_id") references "standard_requirement" ("id")',
    );
    // Writes to the standards bump the data revision, as the registry's do (DataRevision migration).
    for (const table of ['service_standard', 'standard_requirement', 'assessment', 'requirement_outcome']) {
      this.addSql(
        `create trigger "${table}_bumps_data_revision" after insert or update or delete on "${table}" for each statement execute function "bump_data_revision"()`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql('alter table "standard_requirement" drop constraint "standard_requirement_standard_id_foreign"');
    this.addSql('alter table "assessment" drop constraint "assessment_standard_id_foreign"');
    this.addSql('alter table "requirement_outcome" drop constraint "requirement_outcome_requirement_id_foreign"');
    this.addSql('alter table "requirement_outcome" drop constraint "requirement_outcome_assessment_id_foreign"');
    this.addSql('drop table if exists "service_standard" cascade');
    this.addSql('drop table if exists "standard_requirement" cascade');
    this.addSql('drop table if exists "assessment" cascade');
    this.addSql('drop table if exists "requirement_outcome" cascade');
  }
}
