import { Migration } from '@mikro-orm/migrations';
import { foldForSearch } from '../core/text-search.js';
import type { FacilityType } from '../modules/registry/facility-types.js';
import { facilitySearchText } from '../modules/registry/registry.rules.js';

/**
 * The facility search matched the street of every facility, including shelters whose street is
 * withheld, so a search could confirm a hidden address. Recomputes each facility's
 * search text from the fields every caller may read.
 */
export class Migration20261130090000SearchOnlyPublicFields extends Migration {
  override async up(): Promise<void> {
    const rows = (await this.execute('select "id", "name", "type", "address_street", "address_postal_code", "address_city" from "facility"')) as {
      id: string;
      name: string;
      type: FacilityType;
      address_street: string;
      address_postal_code: string;
      address_city: string;
    }[];
    for (const row of rows) {
      const text = foldForSearch(
        facilitySearchText({
          name: row.name,
          type: row.type,
          address: { street: row.address_street, postalCode: row.address_postal_code, city: row.address_city },
        }),
      );
      await this.execute('update "facility" set "search_text" = ? where "id" = ?', [text, row.id]);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`update "facility" set "search_text" = lower("name" || ' ' || "address_city" || ' ' || "address_street")`);
  }
}
