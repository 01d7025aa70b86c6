import { ruleInForce, type DatedRule } from '../../core/dated-rules.js';
import { InputProblems } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { groszeOf } from '../../core/money.js';
import { socialEmploymentFacility } from './facility-access.js';
import type { Programme } from './integration.rules.js';
import { INTEGRATION } from './integration.messages.js';
import { CORE } from '../../core/messages/core.messages.js';
import { runSql } from '../../core/db/sql.js';

/**
 * The parts of the yearly report of a KIS or CIS the hub cannot know, entered by the operator
 * (ustawa o zatrudnieniu socjalnym art. 5 ust. 6 for a CIS, whose form is Dz.U. 2017 poz. 97;
 * art. 18a ust. 6 for a KIS). The report lists each section of its programme, entered or still to
 * be entered, never leaving one out.
 */
export const YEARLY_REPORT_SECTIONS = {
  ACTIONS: { programmes: ['KIS', 'CIS'], name: 'Działania podjęte w roku i ich efekty', amount: false },
  GRANTS: { programmes: ['KIS', 'CIS'], name: 'Rozliczenie dotacji za poprzedni rok', amount: true },
  SERVICES: { programmes: ['CIS'], name: 'Usługi realizowane w ramach reintegracji zawodowej (działalność wytwórcza, handlowa lub usługowa)', amount: false },
  FINANCIAL_PLAN: { programmes: ['CIS'], name: 'Plan finansowy na rok następny', amount: true },
} as const satisfies Record<string, { programmes: readonly Programme[]; name: string; amount: boolean }>;
export type YearlyReportSection = keyof typeof YEARLY_REPORT_SECTIONS;

/**
 * The legal basis of the yearly report, by programme and the year reported (a dated rules table: a
 * new form is a new row). The CIS's report follows the form of the regulation published in Dz.U.
 * 2017 poz. 97 (issued under art. 5 ust. 6 of the act); its first year here is 2016, the first
 * reported by 31 March 2017 (the day it took effect was not verified here: check). A KIS's report
 * has no regulated form: art. 18a ust. 6 names what it holds.
 */
export const YEARLY_REPORT_FORMS: readonly (DatedRule & { programme: Programme; basis: string; source: string })[] = [
  {
    programme: 'CIS',
    validFrom: '2016-01-01',
    validTo: null,
    basis: 'Sprawozdanie z działalności centrum integracji społecznej: ustawa o zatrudnieniu socjalnym, art. 5 ust. 4 pkt 2 i ust. 6; wzór: Dz.U. 2017 poz. 97',
    source: 'Dz.U. 2017 poz. 97 (the form of the CIS\u2019s yearly report); ustawa z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym, art. 5',
  },
  {
    programme: 'KIS',
    validFrom: '2004-01-01',
    validTo: null,
    basis: 'Sprawozdanie z działalności klubu integracji społecznej: ustawa o zatrudnieniu socjalnym, art. 18a ust. 6',
    source: 'Ustawa z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym, art. 18a ust. 6 (no regulated form)',
  },
];

/** The basis a programme's report for a year is filed under; null before the hub knows one. */
export function reportFormOf(programme: Programme, year: number): string | null {
  return ruleInForce(YEARLY_REPORT_FORMS, `${year}-12-31`, (f) => f.programme === programme)?.basis ?? null;
}

/** How the staff of a KIS or CIS is employed (podstawa zatrudnienia), as the report asks. */
export const EMPLOYMENT_BASES = {
  EMPLOYMENT_CONTRACT: 'umowa o pracę',
  CIVIL_LAW_CONTRACT: 'umowa cywilnoprawna (zlecenie, o dzieło)',
  VOLUNTEERING: 'wolontariat',
  OTHER: 'inna podstawa (oddelegowanie, staż)',
} as const;
export type EmploymentBasis = keyof typeof EMPLOYMENT_BASES;

/** The sections a programme's report has, in the form's order. */
export function sectionsOf(programme: Programme): YearlyReportSection[] {
  return (Object.keys(YEARLY_REPORT_SECTIONS) as YearlyReportSection[]).filter((s) =>
    (YEARLY_REPORT_SECTIONS[s].programmes as readonly string[]).includes(programme),
  );
}

/** The operator enters a section of its yearly report (text, and an amount where the section has one); entering it again replaces it. */
export async function recordYearlyReportSection(
  ctx: RequestContext,
  input: { facilityId: string; year: number; section: YearlyReportSection; content: string; amount?: string | null },
): Promise<void> {
  const { facility, programme } = await socialEmploymentFacility(ctx, input.facilityId, 'write');
  const problems = new InputProblems();
  const rule = YEARLY_REPORT_SECTIONS[input.section];
  if (!Number.isInteger(input.year) || input.year < 2004 || input.year > Number(ctx.clock.today().slice(0, 4)))
    problems.add('year', CORE.YEAR_TO_THIS_ONE({ from: 2004 }));
  if (!(rule.programmes as readonly string[]).includes(programme)) {
    problems.add('section', INTEGRATION.NO_SUCH_SECTION({ programme, section: input.section }));
  }
  if (!input.content.trim()) problems.add('content', INTEGRATION.SECTION_EMPTY());
  if (input.content.length > 20_000) problems.add('content', INTEGRATION.SECTION_TOO_LONG());
  const grosze = input.amount ? groszeOf(input.amount) : null;
  if (input.amount && grosze === null) problems.add('amount', CORE.AMOUNT_FORM({ example: '12500.00' }));
  if (input.amount && !rule.amount) problems.add('amount', INTEGRATION.SECTION_HAS_NO_AMOUNT());
  problems.throwIfAny();
  await ctx.em.transactional(async (em) => {
    await runSql(
      em,
      `insert into yearly_report_section (facility_id, year, section, content, amount_grosze, reported_by) values (?, ?, ?, ?, ?, ?)
       on conflict (facility_id, year, section) do update set content = excluded.content, amount_grosze = excluded.amount_grosze, reported_by = excluded.reported_by`,
      [facility.id, input.year, input.section, input.content.trim(), grosze, ctx.principal.userId ?? 'unknown'],
    );
    ctx.audit.recordWrite(em, {
      operation: 'recordYearlyReportSection',
      subjectType: 'Facility',
      subjectId: facility.id,
      details: { year: input.year, section: input.section },
    });
    await em.flush();
  });
}
