import { Migration } from '@mikro-orm/migrations';

/** Local cooperation: stakeholders, partnerships, pacts, bodies, the Śrem model's steps, programmes with exact budgets. */
export class Migration20261130093000Cooperation extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "stakeholder" ("id" uuid not null, "category" text not null, "organisation_id" uuid null, "leader_name" varchar(255) null, "leader_consent_on" date null, "contact_email" varchar(255) null, "contact_phone" varchar(255) null, "note" text null, "created_at" timestamptz not null, primary key ("id"))',
    );
    this.addSql('create index "stakeholder_category_index" on "stakeholder" ("category")');
    this.addSql(
      'create table "programme" ("id" uuid not null, "name" varchar(255) not null, "kind" text not null, "district_ids" text[] not null default \'{}\', "neighbourhood" varchar(255) null, "starts_on" date not null, "ends_on" date null, "target_group" varchar(255) null, "target_number" int null, "lead_id" uuid null, "partner_ids" text[] not null default \'{}\', "created_at" timestamptz not null, primary key ("id"))',
    );
    this.addSql(
      'create table "programme_year" ("programme_id" uuid not null, "year" int not null, "planned_budget" numeric(14,2) not null, "used_budget" numeric(14,2) null, "social_workers" int not null default 0, "specialists" int not null default 0, primary key ("programme_id", "year"))',
    );
    this.addSql(
      'create table "community_action" ("id" uuid not null, "programme_id" uuid not null, "held_on" date not null, "kind" varchar(255) not null, "participants" int not null, primary key ("id"))',
    );
    this.addSql('create index "community_action_programme_id_index" on "community_action" ("programme_id")');
    this.addSql(
      'create table "partnership" ("id" uuid not null, "name" varchar(255) not null, "formal" boolean not null, "status" text not null, "concluded_on" date null, "dissolved_on" date null, "district_ids" text[] not null default \'{}\', "neighbourhood" varchar(255) null, "goal" text null, "lead_id" uuid null, "created_at" timestamptz not null, primary key ("id"))',
    );
    this.addSql(
      'create table "partnership_member" ("id" uuid not null, "partnership_id" uuid not null, "stakeholder_id" uuid not null, "role" varchar(255) null, "on_behalf_of" varchar(255) null, "joined_on" date null, "left_on" date null, primary key ("id"))',
    );
    this.addSql('create index "partnership_member_partnership_id_index" on "partnership_member" ("partnership_id")');
    this.addSql(
      'create table "partnership_meetings" ("partnership_id" uuid not null, "year" int not null, "meetings" int not null, primary key ("partnership_id", "year"))',
    );
    this.addSql(
      'create table "pact" ("id" uuid not null, "title" varchar(255) not null, "signed_on" date not null, "document_reference" varchar(255) null, "partnership_id" uuid null, "signatory_ids" text[] not null default \'{}\', "created_at" timestamptz not null, primary key ("id"))',
    );
    this.addSql(
      'create table "cooperation_body" ("id" uuid not null, "name" varchar(255) not null, "kind" text not null, "area" varchar(255) not null, "established_on" date not null, "dissolved_on" date null, "partnership_id" uuid null, primary key ("id"))',
    );
    this.addSql(
      'create table "body_member" ("id" uuid not null, "body_id" uuid not null, "stakeholder_id" uuid not null, "role" varchar(255) null, "from_date" date not null, "to_date" date null, primary key ("id"))',
    );
    this.addSql('create index "body_member_body_id_index" on "body_member" ("body_id")');
    this.addSql(
      'create table "model_step" ("area" varchar(255) not null, "step" int not null, "completed_on" date not null, "facility_id" uuid null, "note" text null, primary key ("area", "step"))',
    );
    this.addSql(
      'alter table "stakeholder" add constraint "stakeholder_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete set null',
    );
    this.addSql(
      "alter table \"stakeholder\" add constraint \"stakeholder_category_check\" check (\"category\" in ('GOVERNMENT_ADMINISTRATION', 'LOCAL_GOVERNMENT', 'LOCAL_GOVERNMENT_UNIT', 'NGO', 'CHURCH_ORGANISATION', 'EDUCATION', 'CULTURE', 'HEALTH_CARE', 'FINANCE_AND_BANKING', 'BUSINESS', 'LOCAL_LEADER'))",
    );
    this.addSql(
      'alter table "programme" add constraint "programme_lead_id_foreign" foreign key ("lead_id") references "stakeholder" ("id") on delete set null',
    );
    this.addSql('alter table "programme" add constraint "programme_kind_check" check ("kind" in (\'LOCAL_ACTIVITY_PROGRAMME\', \'EU_PROJECT\', \'OTHER\'))');
    this.addSql('alter table "programme_year" add constraint "programme_year_programme_id_foreign" foreign key ("programme_id") references "programme" ("id")');
    this.addSql(
      'alter table "community_action" add constraint "community_action_programme_id_foreign" foreign key ("programme_id") references "programme" ("id")',
    );
    this.addSql(
      'alter table "partnership" add constraint "partnership_lead_id_foreign" foreign key ("lead_id") references "stakeholder" ("id") on delete set null',
    );
    this.addSql('alter table "partnership" add constraint "partnership_status_check" check ("status" in (\'PLANNED\', \'ACTIVE\', \'DISSOLVED\'))');
    this.addSql(
      'alter table "partnership_member" add constraint "partnership_member_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id")',
    );
    this.addSql(
      'alter table "partnership_member" add constraint "partnership_member_stakeholder_id_foreign" foreign key ("stakeholder_id") references "stakeholder" ("id")',
    );
    this.addSql(
      'alter table "partnership_meetings" add constraint "partnership_meetings_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id")',
    );
    this.addSql(
      'alter table "pact" add constraint "pact_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on delete set null',
    );
    this.addSql(
      'alter table "cooperation_body" add constraint "cooperation_body_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on delete set null',
    );
    this.addSql(
      'alter table "cooperation_body" add constraint "cooperation_body_kind_check" check ("kind" in (\'LOCAL_SYNERGY_TEAM\', \'STEERING_GROUP\', \'WORKING_GROUP\'))',
    );
    this.addSql('alter table "body_member" add constraint "body_member_body_id_foreign" foreign key ("body_id") references "cooperation_body" ("id")');
    this.addSql('alter table "body_member" add constraint "body_member_stakeholder_id_foreign" foreign key ("stakeholder_id") references "stakeholder" ("id")');
    this.addSql(
      'alter table "model_step" add constraint "model_step_facility_id_foreign" foreign key ("facility_id") references "facility" ("id") on delete set null',
    );
  }

  override async down(): Promise<void> {
    this.addSql('alter table "programme" drop constraint "programme_lead_id_foreign"');
    this.addSql('alter table "partnership" drop constraint "partnership_lead_id_foreign"');
    this.addSql('alter table "partnership_member" drop constraint "partnership_member_stakeholder_id_foreign"');
    this.addSql('alter table "body_member" drop constraint "body_member_stakeholder_id_foreign"');
    this.addSql('alter table "programme_year" drop constraint "programme_year_programme_id_foreign"');
    this.addSql('alter table "community_action" drop constraint "community_action_programme_id_foreign"');
    this.addSql('alter table "partnership_member" drop constraint "partnership_member_partnership_id_foreign"');
    this.addSql('alter table "partnership_meetings" drop constraint "partnership_meetings_partnership_id_foreign"');
    this.addSql('alter table "pact" drop constraint "pact_partnership_id_foreign"');
    this.addSql('alter table "cooperation_body" drop constraint "cooperation_body_partnership_id_foreign"');
    this.addSql('alter table "body_member" drop constraint "body_member_body_id_foreign"');
    this.addSql('drop table if exists "stakeholder" cascade');
    this.addSql('drop table if exists "programme" cascade');
    this.addSql('drop table if exists "programme_year" cascade');
    this.addSql('drop table if exists "community_action" cascade');
    this.addSql('drop table if exists "partnership" cascade');
    this.addSql('drop table if exists "partnership_member" cascade');
    this.addSql('drop table if exists "partnership_meetings" cascade');
    this.addSql('drop table if exists "pact" cascade');
    this.addSql('drop table if exists "cooperation_body" cascade');
    this.addSql('drop table if exists "body_member" cascade');
    this.addSql('drop table if exists "model_step" cascade');
  }
}
