import { Migration } from '@mikro-orm/migrations';

/** The night of the count of homeless persons, and the counts entered for it (aggregates only). */
export class Migration20261207130000HomelessCount extends Migration {
  override async up(): Promise<void> {
    // The places as this migration knows them (count.rules.ts); a later edition's place is a migration of its own.
    const places =
      "'NIGHT_SHELTER', 'HOMELESS_SHELTER', 'HOMELESS_SHELTER_WITH_CARE', 'WARMING_CENTRE', 'MOTHERS_AND_CHILDREN_HOME', 'CRISIS_INTERVENTION_CENTRE', 'DOMESTIC_VIOLENCE_CENTRE', 'TRAINING_FLAT', 'SUPPORTED_FLAT', 'HOSPITAL', 'HOSPICE', 'CARE_AND_TREATMENT_FACILITY', 'SOBERING_UP_STATION', 'REFUGEE_CENTRE', 'STATION', 'ALLOTMENT', 'EMPTY_BUILDING', 'STAIRWELL', 'STREET', 'OTHER_OUTSIDE'";
    this.addSql(
      `create table "homeless_count" ("id" uuid not null, "night" date not null, "gmina_name" varchar(255) not null, "gmina_teryt" varchar(7) null, "status" text not null, "opened_by" varchar(255) not null, "opened_at" timestamptz not null, "closed_at" timestamptz null, primary key ("id"))`,
    );
    this.addSql(`alter table "homeless_count" add constraint "homeless_count_night_unique" unique ("night")`);
    this.addSql(`alter table "homeless_count" add constraint "homeless_count_status_check" check ("status" in ('OPEN', 'CLOSED'))`);
    this.addSql(
      `create table "homeless_count_entry" ("id" uuid not null, "count_id" uuid not null, "place" text not null, "district_id" uuid null, "facility_id" uuid null, "sex" text not null, "age_band" text not null, "persons" int not null, "entered_by" varchar(255) not null, "entered_by_organisation" uuid null, "entered_at" timestamptz not null, primary key ("id"))`,
    );
    this.addSql(`create index "homeless_count_entry_count_id_index" on "homeless_count_entry" ("count_id")`);
    this.addSql(`alter table "homeless_count_entry" add constraint "homeless_count_entry_place_check" check ("place" in (${places}))`);
    this.addSql(`alter table "homeless_count_entry" add constraint "homeless_count_entry_sex_check" check ("sex" in ('MALE', 'FEMALE'))`);
    this.addSql(
      `alter table "homeless_count_entry" add constraint "homeless_count_entry_age_band_check" check ("age_band" in ('AGE_0_17', 'AGE_18_40', 'AGE_41_60', 'AGE_61_PLUS'))`,
    );
    this.addSql(`alter table "homeless_count_entry" add constraint "homeless_count_entry_persons_check" check ("persons" > 0)`);
    this.addSql(
      `alter table "homeless_count_entry" add constraint "homeless_count_entry_count_id_foreign" foreign key ("count_id") references "homeless_count" ("id") on delete cascade`,
    );
    this.addSql(
      `alter table "homeless_count_entry" add constraint "homeless_count_entry_district_id_foreign" foreign key ("district_id") references "district" ("id")`,
    );
    this.addSql(
      `alter table "homeless_count_entry" add constraint "homeless_count_entry_facility_id_foreign" foreign key ("facility_id") references "facility" ("id")`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "homeless_count_entry" cascade');
    this.addSql('drop table if exists "homeless_count" cascade');
  }
}
