import { Migration } from '@mikro-orm/migrations';

/** Whether a facility can be entered and used without steps (facility-columns.ts `stepFreeAccess`); not known for those already registered. */
export class Migration20261207140000FacilityStepFreeAccess extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "facility" add column "step_free_access" boolean null');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "facility" drop column "step_free_access"');
  }
}
