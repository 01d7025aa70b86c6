import { Migration } from '@mikro-orm/migrations';

/**
 * A page of facilities filtered by type or by district is read in the registry's order (folded
 * name, then id). With an index of (type, name, id) and one of (district, name, id), the page and
 * its keyset condition are one range of an index whatever the size of the city; without them
 * PostgreSQL either sorts every facility of the type or walks the name index past every facility
 * of other types.
 */
export class Migration20261207150000FacilityFilteredPageIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index "facility_type_search_name_id_index" on "facility" ("type", "search_name", "id")');
    this.addSql('create index "facility_district_id_search_name_id_index" on "facility" ("district_id", "search_name", "id")');
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists "facility_type_search_name_id_index"');
    this.addSql('drop index if exists "facility_district_id_search_name_id_index"');
  }
}
