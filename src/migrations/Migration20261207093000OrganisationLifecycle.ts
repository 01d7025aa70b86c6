import { Migration } from '@mikro-orm/migrations';

/**
 * An organisation ends rather than disappears: it closes on a day with a reason, or, entered twice,
 * is merged into the record that stays (every reference moved there, the duplicate kept, closed and
 * pointing to it), so that past answers and the audit trail still name it.
 */
export class Migration20261207093000OrganisationLifecycle extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'alter table "organisation" add column "closed_on" date null, add column "closed_reason" varchar(255) null, add column "merged_into_id" uuid null',
    );
    this.addSql(
      'alter table "organisation" add constraint "organisation_merged_into_id_foreign" foreign key ("merged_into_id") references "organisation" ("id")',
    );
  }

  override async down(): Promise<void> {
    this.addSql('alter table "organisation" drop constraint "organisation_merged_into_id_foreign"');
    this.addSql('alter table "organisation" drop column "closed_on", drop column "closed_reason", drop column "merged_into_id"');
  }
}
