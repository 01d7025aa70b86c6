import { Migration } from '@mikro-orm/migrations';

/**
 * A city sets itself up: welfare-centre teams beside branches (Wrocław's territorial and homeless
 * teams), a district's TERYT code, and its population by year, for rates per 1,000 residents and the
 * assessment of social-assistance resources.
 */
export class Migration20261207092000CitySetUp extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "welfare_unit" drop constraint "welfare_unit_kind_check"');
    this.addSql('alter table "welfare_unit" add constraint "welfare_unit_kind_check" check ("kind" in (\'CENTRE\', \'BRANCH\', \'TEAM\'))');
    this.addSql('alter table "district" add column "teryt" varchar(7) null');
    this.addSql(
      'create table "district_population" ("district_id" uuid not null, "year" int not null, "population" int not null, "source" varchar(255) null, primary key ("district_id", "year"))',
    );
    this.addSql(
      'alter table "district_population" add constraint "district_population_district_id_foreign" foreign key ("district_id") references "district" ("id") on delete cascade',
    );
    this.addSql(
      'create trigger "district_population_bumps_data_revision" after insert or update or delete on "district_population" for each statement execute function "bump_data_revision"()',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "district_population" cascade');
    this.addSql('alter table "district" drop column "teryt"');
    this.addSql('alter table "welfare_unit" drop constraint "welfare_unit_kind_check"');
    this.addSql('alter table "welfare_unit" add constraint "welfare_unit_kind_check" check ("kind" in (\'CENTRE\', \'BRANCH\'))');
  }
}
