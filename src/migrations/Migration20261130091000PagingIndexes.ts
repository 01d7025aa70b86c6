import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes in the order of each connection's pages, so that the row comparison of a keyset page
 * (`(search_name, id) > (…)`, `(occurred_at, id) < (…)`) is one index range.
 */
export class Migration20261130091000PagingIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index "audit_event_occurred_at_id_index" on "audit_event" ("occurred_at", "id")');
    this.addSql('drop index "organisation_search_name_index"');
    this.addSql('create index "organisation_search_name_id_index" on "organisation" ("search_name", "id")');
    this.addSql('create index "placement_start_date_id_index" on "placement" ("start_date", "id")');
  }

  override async down(): Promise<void> {
    this.addSql('drop index "audit_event_occurred_at_id_index"');
    this.addSql('drop index "placement_start_date_id_index"');
    this.addSql('drop index "organisation_search_name_id_index"');
    this.addSql('create index "organisation_search_name_index" on "organisation" ("search_name")');
  }
}
