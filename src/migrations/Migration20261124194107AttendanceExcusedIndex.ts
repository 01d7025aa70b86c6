import { Migration } from '@mikro-orm/migrations';

export class Migration20261124194107AttendanceExcusedIndex extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index "attendance_entry_excused" on "attendance_entry" ("participation_id", "date") where "status" = \'EXCUSED_ABSENCE\'');
  }

  override async down(): Promise<void> {
    this.addSql('drop index "attendance_entry_excused"');
  }
}
