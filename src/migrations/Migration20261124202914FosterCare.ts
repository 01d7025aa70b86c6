import { Migration } from '@mikro-orm/migrations';

export class Migration20261124202914FosterCare extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table "foster_child" ("person_id" uuid not null, "sibling_group_id" uuid not null, primary key ("person_id"))');
    this.addSql('create index "foster_child_sibling_group_id_index" on "foster_child" ("sibling_group_id")');
    this.addSql(
      'create table "carer" ("id" uuid not null, "kind" text not null, "name" varchar(255) not null, "facility_id" uuid null, "district_id" uuid not null, "coordinator_organisation_id" uuid null, "declared_capacity" int null, "siblings_consent" boolean not null default false, "status" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"))',
    );
    this.addSql('create index "carer_kind_index" on "carer" ("kind")');
    this.addSql('alter table "carer" add constraint "carer_facility_id_unique" unique ("facility_id")');
    this.addSql('create index "carer_district_id_index" on "carer" ("district_id")');
    this.addSql(
      'create table "placement" ("id" uuid not null, "child_id" uuid not null, "carer_id" uuid not null, "start_date" date not null, "planned_end_date" date null, "end_date" date null, "end_reason" text null, "basis" text not null, "court_name" varchar(255) null, "court_reference" varchar(255) null, "decision_date" date null, "note" text null, "capacity_exception_reason" text null, "age_exception_reason" text null, "extension_reason" text null, "placed_by" varchar(255) not null, "ended_by" varchar(255) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"))',
    );
    this.addSql('create index "placement_child_id_index" on "placement" ("child_id")');
    this.addSql('create index "placement_carer_id_start_date_index" on "placement" ("carer_id", "start_date")');
    this.addSql('create unique index "placement_one_active_per_child" on "placement" ("child_id") where "end_date" is null');
    this.addSql(
      'alter table "foster_child" add constraint "foster_child_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade',
    );
    this.addSql('alter table "carer" add constraint "carer_facility_id_foreign" foreign key ("facility_id") references "facility" ("id") on delete set null');
    this.addSql('alter table "carer" add constraint "carer_district_id_foreign" foreign key ("district_id") references "district" ("id")');
    this.addSql(
      'alter table "carer" add constraint "carer_coordinator_organisation_id_foreign" foreign key ("coordinator_organisation_id") references "organisation" ("id") on delete set null',
    );
    this.addSql(
      "alter table \"carer\" add constraint \"carer_kind_check\" check (\"kind\" in ('KINSHIP_FAMILY', 'NON_PROFESSIONAL_FAMILY', 'PROFESSIONAL_FAMILY', 'EMERGENCY_FAMILY', 'PROFESSIONAL_SPECIALIST_FAMILY', 'FAMILY_CHILDRENS_HOME', 'SOCIALISATION_FACILITY', 'INTERVENTION_FACILITY', 'SPECIALIST_THERAPEUTIC_FACILITY', 'FAMILY_TYPE_FACILITY', 'REGIONAL_CARE_THERAPY_FACILITY', 'PRE_ADOPTION_INTERVENTION_CENTRE'))",
    );
    this.addSql('alter table "carer" add constraint "carer_status_check" check ("status" in (\'ACTIVE\', \'ON_BREAK\', \'CLOSED\'))');
    this.addSql('alter table "placement" add constraint "placement_child_id_foreign" foreign key ("child_id") references "person" ("id")');
    this.addSql('alter table "placement" add constraint "placement_carer_id_foreign" foreign key ("carer_id") references "carer" ("id")');
    this.addSql(
      "alter table \"placement\" add constraint \"placement_end_reason_check\" check (\"end_reason\" in ('RETURN_TO_FAMILY', 'ADOPTION', 'ANOTHER_PLACEMENT', 'LEAVING_CARE', 'OTHER'))",
    );
    this.addSql('alter table "placement" add constraint "placement_basis_check" check ("basis" in (\'COURT_DECISION\', \'EMERGENCY_PENDING_DECISION\'))');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "placement" drop constraint "placement_carer_id_foreign"');
    this.addSql('drop table if exists "foster_child" cascade');
    this.addSql('drop table if exists "carer" cascade');
    this.addSql('drop table if exists "placement" cascade');
  }
}
