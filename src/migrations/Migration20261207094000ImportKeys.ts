import { Migration } from '@mikro-orm/migrations';

/** The natural keys a register's import finds records by: a facility's register number, a family's label and kind. */
export class Migration20261207094000ImportKeys extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index "facility_register_number_index" on "facility" ("register_number")');
    this.addSql('create index "carer_kind_name_index" on "carer" ("kind", "name")');
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists "facility_register_number_index"');
    this.addSql('drop index if exists "carer_kind_name_index"');
  }
}
