import { Migration } from '@mikro-orm/migrations';

export class Migration20261124180159Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "audit_event" ("id" uuid not null, "occurred_at" timestamptz not null, "action" text not null, "actor_id" varchar(255) null, "actor_role" varchar(255) not null, "actor_organisation_id" uuid null, "operation" varchar(255) not null, "subject_type" varchar(255) not null, "subject_id" varchar(255) null, "field" varchar(255) null, "details" jsonb null, primary key ("id"))',
    );
    this.addSql('create index "audit_event_occurred_at_index" on "audit_event" ("occurred_at")');
    this.addSql('create index "audit_event_actor_id_index" on "audit_event" ("actor_id")');
    this.addSql('create index "audit_event_subject_id_index" on "audit_event" ("subject_id")');
    this.addSql('create index "audit_event_subject_type_subject_id_index" on "audit_event" ("subject_type", "subject_id")');
    this.addSql(
      'create table "organisation" ("id" uuid not null, "name" varchar(255) not null, "kind" text not null, "nip" varchar(10) null, "regon" varchar(14) null, "krs" varchar(10) null, "address_street" varchar(255) null, "address_postal_code" varchar(6) null, "address_city" varchar(255) null, "address_teryt" varchar(7) null, "contact_email" varchar(255) null, "contact_phone" varchar(255) null, "contact_website" varchar(255) null, "search_name" varchar(255) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"))',
    );
    this.addSql('create index "organisation_kind_index" on "organisation" ("kind")');
    this.addSql('alter table "organisation" add constraint "organisation_nip_unique" unique ("nip")');
    this.addSql('create index "organisation_search_name_index" on "organisation" ("search_name")');
    this.addSql('create table "seed_run" ("name" varchar(255) not null, "applied_at" timestamptz not null, primary key ("name"))');
    this.addSql(
      'create table "welfare_unit" ("id" uuid not null, "code" varchar(255) not null, "name" varchar(255) not null, "kind" text not null, "organisation_id" uuid not null, "parent_id" uuid null, "address_street" varchar(255) null, "address_postal_code" varchar(6) null, "address_city" varchar(255) null, "address_teryt" varchar(7) null, primary key ("id"))',
    );
    this.addSql('alter table "welfare_unit" add constraint "welfare_unit_code_unique" unique ("code")');
    this.addSql(
      'create table "district" ("id" uuid not null, "code" varchar(255) not null, "number" int not null, "name" varchar(255) not null, "branch_id" uuid not null, primary key ("id"))',
    );
    this.addSql('alter table "district" add constraint "district_code_unique" unique ("code")');
    this.addSql(
      'create table "facility" ("id" uuid not null, "name" varchar(255) not null, "search_name" varchar(255) not null, "search_text" text not null, "type" text not null, "subtype" text null, "operator_id" uuid not null, "unit_id" uuid not null, "district_id" uuid not null, "address_street" varchar(255) not null, "address_postal_code" varchar(6) not null, "address_city" varchar(255) not null, "address_teryt" varchar(7) null, "contact_email" varchar(255) null, "contact_phone" varchar(255) null, "contact_website" varchar(255) null, "management" text not null, "agreement_number" varchar(255) null, "agreement_valid_from" date null, "agreement_valid_to" date null, "declared_capacity" int null, "status" text not null, "opened_on" date null, "closed_on" date null, "register_name" varchar(255) null, "register_number" varchar(255) null, "register_entry_date" date null, "occupied_places" int null, "occupancy_date" date null, "occupancy_reported_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"))',
    );
    this.addSql('create index "facility_type_index" on "facility" ("type")');
    this.addSql('create index "facility_operator_id_index" on "facility" ("operator_id")');
    this.addSql('create index "facility_unit_id_index" on "facility" ("unit_id")');
    this.addSql('create index "facility_district_id_index" on "facility" ("district_id")');
    this.addSql('create index "facility_status_index" on "facility" ("status")');
    this.addSql('create index "facility_search_name_id_index" on "facility" ("search_name", "id")');
    this.addSql(
      'create table "occupancy_report" ("id" uuid not null, "facility_id" uuid not null, "date" date not null, "occupied_places" int not null, "over_capacity_reason" varchar(255) null, "reported_by" varchar(255) not null, "reported_by_organisation" uuid null, "reported_at" timestamptz not null, primary key ("id"))',
    );
    this.addSql('create index "occupancy_report_facility_id_date_reported_at_index" on "occupancy_report" ("facility_id", "date", "reported_at")');
    this.addSql('alter table "audit_event" add constraint "audit_event_action_check" check ("action" in (\'READ\', \'WRITE\'))');
    this.addSql(
      "alter table \"organisation\" add constraint \"organisation_kind_check\" check (\"kind\" in ('WELFARE_CENTRE', 'PUBLIC_UNIT', 'FOUNDATION', 'ASSOCIATION', 'SOCIAL_COOPERATIVE', 'CHURCH_BODY', 'BUSINESS', 'LABOUR_OFFICE'))",
    );
    this.addSql(
      'alter table "welfare_unit" add constraint "welfare_unit_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id")',
    );
    this.addSql(
      'alter table "welfare_unit" add constraint "welfare_unit_parent_id_foreign" foreign key ("parent_id") references "welfare_unit" ("id") on delete set null',
    );
    this.addSql('alter table "welfare_unit" add constraint "welfare_unit_kind_check" check ("kind" in (\'CENTRE\', \'BRANCH\'))');
    this.addSql('alter table "district" add constraint "district_branch_id_foreign" foreign key ("branch_id") references "welfare_unit" ("id")');
    this.addSql('alter table "facility" add constraint "facility_operator_id_foreign" foreign key ("operator_id") references "organisation" ("id")');
    this.addSql('alter table "facility" add constraint "facility_unit_id_foreign" foreign key ("unit_id") references "welfare_unit" ("id")');
    this.addSql('alter table "facility" add constraint "facility_district_id_foreign" foreign key ("district_id") references "district" ("id")');
    this.addSql(
      "alter table \"facility\" add constraint \"facility_type_check\" check (\"type\" in ('NURSING_HOME', 'FAMILY_CARE_HOME', 'COMMUNITY_SELF_HELP_HOME', 'DAY_CARE_HOME', 'SELF_HELP_CLUB', 'MOTHERS_AND_CHILDREN_HOME', 'TRAINING_FLAT', 'SUPPORTED_FLAT', 'CRISIS_INTERVENTION_CENTRE', 'DOMESTIC_VIOLENCE_CENTRE', 'SPECIALIST_COUNSELLING', 'NIGHT_SHELTER', 'HOMELESS_SHELTER', 'HOMELESS_SHELTER_WITH_CARE', 'WARMING_CENTRE', 'DAY_SUPPORT', 'CARE_EDUCATION_FACILITY', 'REGIONAL_CARE_THERAPY_FACILITY', 'PRE_ADOPTION_INTERVENTION_CENTRE', 'SOCIAL_INTEGRATION_CLUB', 'SOCIAL_INTEGRATION_CENTRE', 'OCCUPATIONAL_THERAPY_WORKSHOP', 'VOCATIONAL_ACTIVITY_ENTERPRISE'))",
    );
    this.addSql(
      "alter table \"facility\" add constraint \"facility_subtype_check\" check (\"subtype\" in ('SOCIALISATION', 'INTERVENTION', 'SPECIALIST_THERAPEUTIC', 'FAMILY_TYPE', 'DAY_SUPPORT_CARE', 'DAY_SUPPORT_SPECIALIST', 'DAY_SUPPORT_STREET_WORK', 'DPS_ELDERLY', 'DPS_CHRONICALLY_SOMATICALLY_ILL', 'DPS_CHRONICALLY_MENTALLY_ILL', 'DPS_INTELLECTUALLY_DISABLED_ADULTS', 'DPS_INTELLECTUALLY_DISABLED_CHILDREN', 'DPS_PHYSICALLY_DISABLED', 'DPS_ALCOHOL_ADDICTED'))",
    );
    this.addSql('alter table "facility" add constraint "facility_management_check" check ("management" in (\'OWN_UNIT\', \'COMMISSIONED\'))');
    this.addSql('alter table "facility" add constraint "facility_status_check" check ("status" in (\'ACTIVE\', \'SUSPENDED\', \'CLOSED\'))');
    this.addSql(
      'alter table "occupancy_report" add constraint "occupancy_report_facility_id_foreign" foreign key ("facility_id") references "facility" ("id")',
    );
  }

  override async down(): Promise<void> {
    this.addSql('alter table "welfare_unit" drop constraint "welfare_unit_organisation_id_foreign"');
    this.addSql('alter table "facility" drop constraint "facility_operator_id_foreign"');
    this.addSql('alter table "welfare_unit" drop constraint "welfare_unit_parent_id_foreign"');
    this.addSql('alter table "district" drop constraint "district_branch_id_foreign"');
    this.addSql('alter table "facility" drop constraint "facility_unit_id_foreign"');
    this.addSql('alter table "facility" drop constraint "facility_district_id_foreign"');
    this.addSql('alter table "occupancy_report" drop constraint "occupancy_report_facility_id_foreign"');
    this.addSql('drop table if exists "audit_event" cascade');
    this.addSql('drop table if exists "organisation" cascade');
    this.addSql('drop table if exists "seed_run" cascade');
    this.addSql('drop table if exists "welfare_unit" cascade');
    this.addSql('drop table if exists "district" cascade');
    this.addSql('drop table if exists "facility" cascade');
    this.addSql('drop table if exists "occupancy_report" cascade');
  }
}
