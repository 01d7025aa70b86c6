import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/graphql/context.js';
import { Facility, provideComplianceCondition, type ComplianceStatus, type FacilityComplianceFilter, type FacilityView } from '../registry/index.js';
import { latestStandards } from './catalogue.service.js';
import type { AssessmentResult } from './standards.entities.js';
import { isOverdue } from './standards.rules.js';
import { placeholders, runSql } from '../../core/db/sql.js';

export interface AssessmentView {
  id: string;
  facilityId: string;
  standardId: string;
  standardCode: string;
  assessedOn: string;
  assessorName: string;
  result: AssessmentResult;
  findings: string | null;
  remediationDeadline: string | null;
  overdue: boolean;
}

export interface ComplianceEntryView {
  facilityId: string;
  standardCode: string;
  status: ComplianceStatus;
  overdue: boolean;
  assessedOn: string | null;
  latestAssessment: AssessmentView | null;
}

const isoDate = (v: unknown): string => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

function assessmentFromRow(row: Record<string, any>, today: string): AssessmentView {
  const remediationDeadline = row.remediation_deadline === null ? null : isoDate(row.remediation_deadline);
  return {
    id: row.id,
    facilityId: row.facility_id,
    standardId: row.standard_id,
    standardCode: row.code,
    assessedOn: isoDate(row.assessed_on),
    assessorName: row.assessor_name,
    result: row.result,
    findings: row.findings ?? null,
    remediationDeadline,
    overdue: isOverdue(row.result, remediationDeadline, today),
  };
}

/** The columns `assessmentFromRow` reads, from `assessment a join service_standard s`. */
const ASSESSMENT_COLUMNS = 'a.id, a.facility_id, a.standard_id, s.code, a.assessed_on, a.assessor_name, a.result, a.findings, a.remediation_deadline';

/** The standards module's DataLoaders for one request. */
export function complianceLoaders(ctx: RequestContext) {
  const today = ctx.clock.today();
  /** The latest assessment of each facility against each standard code, for a page of facilities in one statement. */
  const latestByFacility = new DataLoader<string, Map<string, AssessmentView>>(async (facilityIds) => {
    const rows = await runSql<Record<string, any>>(
      ctx.em,
      `select distinct on (a.facility_id, s.code) ${ASSESSMENT_COLUMNS}
       from assessment a join service_standard s on s.id = a.standard_id
       where a.facility_id in (${placeholders(facilityIds.length)})
       order by a.facility_id, s.code, a.assessed_on desc, a.recorded_at desc`,
      [...facilityIds],
    );
    const byFacility = new Map<string, Map<string, AssessmentView>>();
    for (const row of rows) {
      const view = assessmentFromRow(row, today);
      if (!byFacility.has(view.facilityId)) byFacility.set(view.facilityId, new Map());
      byFacility.get(view.facilityId)!.set(view.standardCode, view);
    }
    return facilityIds.map((id) => byFacility.get(id) ?? new Map());
  });
  return {
    /** Where a facility stands against every standard (latest version) that applies to its type. */
    async complianceOf(facility: FacilityView): Promise<ComplianceEntryView[]> {
      const [standards, latest] = await Promise.all([latestStandards(ctx), latestByFacility.load(facility.id)]);
      return standards
        .filter((s) => s.appliesTo.includes(facility.type))
        .map((s) => {
          const assessment = latest.get(s.code) ?? null;
          return {
            facilityId: facility.id,
            standardCode: s.code,
            status: assessment?.result ?? 'NOT_ASSESSED',
            overdue: assessment?.overdue ?? false,
            assessedOn: assessment?.assessedOn ?? null,
            latestAssessment: assessment,
          };
        });
    },
    /** Every assessment of a facility, newest first. */
    assessmentsOf: new DataLoader<string, AssessmentView[]>(async (facilityIds) => {
      const rows = await runSql<Record<string, any>>(
        ctx.em,
        `select ${ASSESSMENT_COLUMNS}
         from assessment a join service_standard s on s.id = a.standard_id
         where a.facility_id in (${placeholders(facilityIds.length)})
         order by a.assessed_on desc, a.recorded_at desc`,
        [...facilityIds],
      );
      const views = rows.map((r) => assessmentFromRow(r, today));
      return facilityIds.map((id) => views.filter((v) => v.facilityId === id));
    }),
    assessmentById: new DataLoader<string, AssessmentView | null>(async (ids) => {
      const rows = await runSql<Record<string, any>>(
        ctx.em,
        `select ${ASSESSMENT_COLUMNS}
         from assessment a join service_standard s on s.id = a.standard_id where a.id in (${placeholders(ids.length)})`,
        [...ids],
      );
      const byId = new Map(rows.map((r) => [r.id as string, assessmentFromRow(r, today)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Requirement outcomes of many assessments in one statement. */
    outcomesOf: new DataLoader<string, { requirementId: string; met: boolean | null; measuredValue: number | null; satisfied: boolean }[]>(
      async (assessmentIds) => {
        const rows = await runSql<Record<string, any>>(
          ctx.em,
          `select o.assessment_id, o.requirement_id, o.met, o.measured_value, o.satisfied
         from requirement_outcome o join standard_requirement r on r.id = o.requirement_id
         where o.assessment_id in (${placeholders(assessmentIds.length)}) order by r.position`,
          [...assessmentIds],
        );
        return assessmentIds.map((id) =>
          rows
            .filter((r) => r.assessment_id === id)
            .map((r) => ({
              requirementId: r.requirement_id,
              met: r.met ?? null,
              measuredValue: r.measured_value === null ? null : Number(r.measured_value),
              satisfied: r.satisfied,
            })),
        );
      },
    ),
  };
}

export interface CoverageRow {
  standardCode: string;
  facilities: number;
  compliant: number;
  partlyCompliant: number;
  nonCompliant: number;
  notAssessed: number;
  overdue: number;
}

/**
 * For each standard (latest version): how the facilities it applies to stand, in one statement.
 * Reads the registry's facility table through its entity, the registry's public face.
 */
export async function complianceCoverage(ctx: RequestContext): Promise<CoverageRow[]> {
  const facilityTable = ctx.em.getMetadata().get(Facility).tableName;
  const rows = await runSql<Record<string, any>>(
    ctx.em,
    `with latest_standard as (
       select distinct on (code) id, code, applies_to from service_standard order by code, version desc
     ), applicable as (
       select ls.code, f.id as facility_id from latest_standard ls join "${facilityTable}" f on ls.applies_to @> jsonb_build_array(f.type)
       where f.status <> 'CLOSED'
     ), latest_assessment as (
       select distinct on (a.facility_id, s.code) a.facility_id, s.code, a.result, a.remediation_deadline
       from assessment a join service_standard s on s.id = a.standard_id
       order by a.facility_id, s.code, a.assessed_on desc, a.recorded_at desc
     )
     select ls.code,
       count(ap.facility_id)::int as facilities,
       count(*) filter (where la.result = 'COMPLIANT')::int as compliant,
       count(*) filter (where la.result = 'PARTLY_COMPLIANT')::int as partly_compliant,
       count(*) filter (where la.result = 'NON_COMPLIANT')::int as non_compliant,
       count(ap.facility_id) filter (where la.result is null)::int as not_assessed,
       count(*) filter (where la.result <> 'COMPLIANT' and la.remediation_deadline < ?)::int as overdue
     from latest_standard ls
     left join applicable ap on ap.code = ls.code
     left join latest_assessment la on la.facility_id = ap.facility_id and la.code = ap.code
     group by ls.code order by ls.code`,
    [ctx.clock.today()],
  );
  return rows.map((r) => ({
    standardCode: r.code,
    facilities: r.facilities,
    compliant: r.compliant,
    partlyCompliant: r.partly_compliant,
    nonCompliant: r.non_compliant,
    notAssessed: r.not_assessed,
    overdue: r.overdue,
  }));
}

/** The SQL behind `facilities(filter: { compliance })`, supplied to the registry. */
export function registerComplianceFilter(): void {
  provideComplianceCondition((filter: FacilityComplianceFilter, today: string, alias: string) => {
    const latest = (column: string, alias: string) =>
      `(select a.${column} from assessment a join service_standard s on s.id = a.standard_id
        where a.facility_id = ${alias}.id and s.code = ? order by a.assessed_on desc, a.recorded_at desc limit 1)`;
    const parts: string[] = [];
    const params: unknown[] = [];
    parts.push(`exists (select 1 from service_standard s where s.code = ? and s.applies_to @> jsonb_build_array(%ALIAS%.type)
      and s.version = (select max(s2.version) from service_standard s2 where s2.code = s.code))`);
    params.push(filter.standardCode);
    if (filter.statuses?.length) {
      parts.push(`coalesce(${latest('result', '%ALIAS%')}, 'NOT_ASSESSED') in (${placeholders(filter.statuses.length)})`);
      params.push(filter.standardCode, ...filter.statuses);
    }
    if (filter.overdue !== null && filter.overdue !== undefined) {
      const overdue = `coalesce(${latest('result', '%ALIAS%')} <> 'COMPLIANT' and ${latest('remediation_deadline', '%ALIAS%')} < ?, false)`;
      parts.push(filter.overdue ? overdue : `not ${overdue}`);
      params.push(filter.standardCode, filter.standardCode, today);
    }
    return { sql: parts.map((p) => `(${p.replaceAll('%ALIAS%', alias)})`).join(' and '), params };
  });
}
