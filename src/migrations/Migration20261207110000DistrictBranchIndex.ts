import { Migration } from '@mikro-orm/migrations';

/**
 * A branch's districts are read by the branch (`WelfareUnit.districts`, the district filter of a
 * unit, the check that a unit is in use before it is removed): without an index each read scans
 * every district, and PostgreSQL checks the foreign key on a unit's removal by the same scan.
 */
export class Migration20261207110000DistrictBranchIndex extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index "district_branch_id_index" on "district" ("branch_id")');
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists "district_branch_id_index"');
  }
}
