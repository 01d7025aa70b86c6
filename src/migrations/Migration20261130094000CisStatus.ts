import { Migration } from '@mikro-orm/migrations';

/** The voivode's decisions granting or extending a CIS's status (art. 5 of the social employment act). */
export class Migration20261130094000CisStatus extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "cis_status_decision" ("id" uuid not null, "facility_id" uuid not null, "decided_on" date not null, "decision_reference" varchar(255) not null, "extension" boolean not null, "valid_from" date not null, "valid_until" date not null, "recorded_by" varchar(255) not null, primary key ("id"))',
    );
    this.addSql('create index "cis_status_decision_facility_id_index" on "cis_status_decision" ("facility_id")');
    this.addSql(
      'alter table "cis_status_decision" add constraint "cis_status_decision_facility_id_foreign" foreign key ("facility_id") references "facility" ("id")',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "cis_status_decision" cascade');
  }
}
