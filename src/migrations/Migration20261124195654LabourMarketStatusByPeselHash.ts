import { Migration } from '@mikro-orm/migrations';

export class Migration20261124195654LabourMarketStatusByPeselHash extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "labour_market_status" drop constraint "labour_market_status_person_id_foreign"');
    this.addSql('alter table "labour_market_status" drop constraint "labour_market_status_person_id_labour_office_id_unique"');
    // Statuses are re-keyed from the person to the PESEL's hash, which every person row carries.
    this.addSql('alter table "labour_market_status" add "pesel_hash" varchar(64) null');
    this.addSql('update "labour_market_status" s set "pesel_hash" = p."pesel_hash" from "person" p where p."id" = s."person_id"');
    this.addSql('alter table "labour_market_status" alter column "pesel_hash" set not null');
    this.addSql('alter table "labour_market_status" drop column "person_id"');
    this.addSql(
      'alter table "labour_market_status" add constraint "labour_market_status_pesel_hash_labour_office_id_unique" unique ("pesel_hash", "labour_office_id")',
    );
  }

  override async down(): Promise<void> {
    this.addSql('alter table "labour_market_status" drop constraint "labour_market_status_pesel_hash_labour_office_id_unique"');
    this.addSql('alter table "labour_market_status" drop column "pesel_hash"');
    this.addSql('alter table "labour_market_status" add "person_id" uuid not null');
    this.addSql(
      'alter table "labour_market_status" add constraint "labour_market_status_person_id_foreign" foreign key ("person_id") references "person" ("id") on update no action on delete no action',
    );
    this.addSql(
      'alter table "labour_market_status" add constraint "labour_market_status_person_id_labour_office_id_unique" unique ("person_id", "labour_office_id")',
    );
  }
}
