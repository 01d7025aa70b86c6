import { Migration } from '@mikro-orm/migrations';

/**
 * The parts of a KIS's or CIS's yearly report its operator enters (actions and effects, the grant
 * settlement, a CIS's services and financial plan), and how its staff is employed.
 */
export class Migration20261207100000YearlyReportSections extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "yearly_report_section" ("facility_id" uuid not null references "facility" ("id"), "year" int not null, "section" text not null,
      "content" text not null, "amount_grosze" bigint null, "reported_by" varchar(255) not null, primary key ("facility_id", "year", "section"))`);
    this.addSql('alter table "centre_staff" add column "by_basis" jsonb null');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "yearly_report_section"');
    this.addSql('alter table "centre_staff" drop column if exists "by_basis"');
  }
}
