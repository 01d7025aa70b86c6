import { Migration } from '@mikro-orm/migrations';

/**
 * Foster care in its true scope: the age exception's kind, the admission route of an
 * intervention facility, the voivode's consent and the coordinator's opinion, and the stay limit
 * kept on each placement. Existing stays get the limit the rules then in force gave them, counted as
 * Kodeks cywilny art. 112 counts a period in months (no day subtracted); an extended one keeps the
 * fixed term it was given.
 */
export class Migration20261130053514FosterCareInTrueScope extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'alter table "placement" add "age_exception_kind" text null, add "admission_route" text null, add "voivode_consent" text null, add "coordinator_opinion" text null, add "stay_limit" date null, add "extension_kind" text null, add "proceedings_reference" varchar(255) null, add "proceedings_ended_on" date null',
    );
    this.addSql(
      "alter table \"placement\" add constraint \"placement_age_exception_kind_check\" check (\"age_exception_kind\" in ('PARENT_PLACED', 'HEALTH', 'SIBLINGS', 'OTHER'))",
    );
    this.addSql(
      "alter table \"placement\" add constraint \"placement_admission_route_check\" check (\"admission_route\" in ('ORDINARY', 'POLICE_OR_BORDER_GUARD', 'CHILDS_OWN_REQUEST', 'EMERGENCY'))",
    );
    this.addSql(
      'alter table "placement" add constraint "placement_extension_kind_check" check ("extension_kind" in (\'FIXED_TERM\', \'UNTIL_PROCEEDINGS_END\'))',
    );
    this.addSql(`update placement pl set
        stay_limit = case c.kind
          when 'EMERGENCY_FAMILY' then (pl.start_date + make_interval(months => case when pl.extension_reason is null then 4 else 8 end))::date
          when 'INTERVENTION_FACILITY' then (pl.start_date + make_interval(months => case when pl.extension_reason is null then 3 else 6 end))::date
          when 'PRE_ADOPTION_INTERVENTION_CENTRE' then (pe.birth_date + interval '12 months')::date
        end,
        extension_kind = case when pl.extension_reason is not null then 'FIXED_TERM' end
      from carer c, person pe where c.id = pl.carer_id and pe.id = pl.child_id`);
  }

  override async down(): Promise<void> {
    this.addSql('alter table "placement" drop constraint "placement_age_exception_kind_check"');
    this.addSql('alter table "placement" drop constraint "placement_admission_route_check"');
    this.addSql('alter table "placement" drop constraint "placement_extension_kind_check"');
    this.addSql(
      'alter table "placement" drop column "age_exception_kind", drop column "admission_route", drop column "voivode_consent", drop column "coordinator_opinion", drop column "stay_limit", drop column "extension_kind", drop column "proceedings_reference", drop column "proceedings_ended_on"',
    );
  }
}
