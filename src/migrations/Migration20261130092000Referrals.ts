import { Migration } from '@mikro-orm/migrations';

/** Referrals between institutions, linked both ways to the participation or placement that took the person in. */
export class Migration20261130092000Referrals extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "referral" ("id" uuid not null, "idempotency_key" varchar(255) not null, "person_id" uuid not null, "sender_id" uuid not null, "sender_kind" text not null, "facility_id" uuid not null, "programme" text null, "legal_basis" varchar(255) not null, "sent_on" date not null, "respond_by" date not null, "status" text not null, "rejection_reason" text null, "rejection_text" text null, "answered_on" date null, "answered_by" varchar(255) null, "sent_by" varchar(255) not null, "participation_id" uuid null, "placement_id" uuid null, "content_hash" varchar(255) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"))',
    );
    this.addSql('create index "referral_person_id_index" on "referral" ("person_id")');
    this.addSql('create index "referral_facility_id_index" on "referral" ("facility_id")');
    this.addSql('create index "referral_sent_on_id_index" on "referral" ("sent_on", "id")');
    this.addSql('alter table "referral" add constraint "referral_sender_id_idempotency_key_unique" unique ("sender_id", "idempotency_key")');
    this.addSql('alter table "participation" add "referral_id" uuid null');
    this.addSql(
      'alter table "participation" add constraint "participation_referral_id_foreign" foreign key ("referral_id") references "referral" ("id") on delete set null',
    );
    this.addSql('alter table "placement" add "referral_id" uuid null');
    this.addSql(
      'alter table "placement" add constraint "placement_referral_id_foreign" foreign key ("referral_id") references "referral" ("id") on delete set null',
    );
    this.addSql('alter table "referral" add constraint "referral_person_id_foreign" foreign key ("person_id") references "person" ("id")');
    this.addSql('alter table "referral" add constraint "referral_sender_id_foreign" foreign key ("sender_id") references "organisation" ("id")');
    this.addSql('alter table "referral" add constraint "referral_facility_id_foreign" foreign key ("facility_id") references "facility" ("id")');
    this.addSql('alter table "referral" add constraint "referral_sender_kind_check" check ("sender_kind" in (\'LABOUR_OFFICE\', \'WELFARE_CENTRE\'))');
    this.addSql(
      'alter table "referral" add constraint "referral_programme_check" check ("programme" in (\'ACTIVATION_AND_INTEGRATION\', \'SOCIALLY_USEFUL_WORK\'))',
    );
    this.addSql("alter table \"referral\" add constraint \"referral_status_check\" check (\"status\" in ('SENT', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'))");
    this.addSql(
      "alter table \"referral\" add constraint \"referral_rejection_reason_check\" check (\"rejection_reason\" in ('NO_FREE_PLACE', 'NOT_ELIGIBLE_BENEFIT_ENTITLED', 'DID_NOT_REPORT', 'CLIENT_REFUSED', 'OTHER'))",
    );
  }

  override async down(): Promise<void> {
    this.addSql('alter table "participation" drop constraint "participation_referral_id_foreign"');
    this.addSql('alter table "placement" drop constraint "placement_referral_id_foreign"');
    this.addSql('drop table if exists "referral" cascade');
    this.addSql('alter table "participation" drop column "referral_id"');
    this.addSql('alter table "placement" drop column "referral_id"');
  }
}
