import { InputProblems } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { CELL_PROBLEMS, dateOf, enumCell, type ImportRegister, type ImportRow } from '../../core/import/register.js';
import { foldForSearch } from '../../core/text-search.js';
import { Facility } from '../registry/index.js';
import { ELIGIBILITY_CATEGORIES, type EligibilityCategory } from './integration.rules.js';
import { DOCUMENT_KINDS, enrolParticipants, type EnrolmentInput } from './participation.service.js';
import { INTEGRATION } from './integration.messages.js';

/**
 * A KIS's or CIS's list of participants, as the NGO that runs it keeps it: each row enrols a person
 * by `enrolParticipant`'s rules (the PESEL protected as always, places and limits checked). A person
 * already taking part at the facility from that day is left as they are.
 */

/** Short words a list writes for each group of art. 1 ust. 2. */
const SHORT_CATEGORY: Record<EligibilityCategory, readonly string[]> = {
  HOMELESS: ['bezdomna', 'bezdomny', 'osoba bezdomna', 'bezdomność'],
  ALCOHOL_ADDICTION: ['uzależniona od alkoholu', 'uzależnienie od alkoholu', 'alkohol'],
  DRUG_ADDICTION: ['uzależniona od narkotyków', 'uzależnienie od narkotyków', 'narkotyki'],
  MENTAL_ILLNESS: ['chora psychicznie', 'choroba psychiczna', 'zaburzenia psychiczne'],
  LONG_TERM_UNEMPLOYED: ['długotrwale bezrobotna', 'długotrwale bezrobotny', 'bezrobotna', 'bezrobocie'],
  LEAVING_PRISON: ['zwolniona z zakładu karnego', 'po odbyciu kary', 'zakład karny'],
  REFUGEE: ['uchodźca', 'uchodźczyni'],
  DISABILITY: ['niepełnosprawna', 'osoba niepełnosprawna', 'niepełnosprawność'],
};

/** The groups as a list writes them: the code, the statute's wording (with or without its article), or a short word. */
const CATEGORY_LABELS = Object.fromEntries(
  Object.entries(ELIGIBILITY_CATEGORIES).map(([code, wording]) => [
    code,
    [wording, wording.replace(/\s*\(art\. 1 ust\. 2\)$/, ''), ...SHORT_CATEGORY[code as EligibilityCategory]],
  ]),
) as unknown as Record<EligibilityCategory, readonly string[]>;

const REFERRAL_LABELS = {
  WELFARE_CENTRE: ['MOPS', 'OPS', 'GOPS', 'ośrodek pomocy społecznej', 'skierowanie z MOPS'],
  LABOUR_OFFICE: ['PUP', 'GUP', 'urząd pracy', 'skierowanie z PUP'],
  OWN_APPLICATION: ['własny wniosek', 'wniosek własny', 'na własny wniosek'],
} as const;

const DOCUMENT_LABELS = {
  IPZS: ['IPZS', 'indywidualny program zatrudnienia socjalnego'],
  SOCIAL_CONTRACT: ['kontrakt socjalny', 'kontrakt'],
  INDIVIDUAL_PROGRAMME: ['indywidualny program', 'program wychodzenia z bezdomności', 'indywidualny program integracji'],
} as const;

/** The KIS or CIS a row names (register number or name); the caller's only one when the column is empty. */
async function facilityNamed(ctx: RequestContext, text: string): Promise<Facility | null | 'ambiguous'> {
  const types = ['SOCIAL_INTEGRATION_CLUB', 'SOCIAL_INTEGRATION_CENTRE'];
  const own = ctx.principal.role === 'NGO_STAFF' ? { operator: ctx.principal.organisationId } : {};
  if (!text) {
    const candidates = await ctx.em.find(Facility, { type: { $in: types }, ...own } as never, { limit: 2 });
    return candidates.length === 1 ? candidates[0]! : candidates.length ? 'ambiguous' : null;
  }
  const byNumber = await ctx.em.findOne(Facility, { registerNumber: text, type: { $in: types } } as never);
  if (byNumber) return byNumber;
  const named = await ctx.em.find(Facility, { searchName: foldForSearch(text), type: { $in: types } } as never, { limit: 2 });
  return named.length > 1 ? 'ambiguous' : (named[0] ?? null);
}

export const participantsRegister: ImportRegister = {
  name: 'participants',
  roles: ['ADMIN', 'MOPS_WORKER', 'NGO_STAFF'],
  columns: [
    { key: 'pesel', headers: ['PESEL'], required: true, description: 'PESEL, 11 digits (with its leading zero)' },
    { key: 'firstName', headers: ['Imię', 'Imie'], required: true, description: 'first name' },
    { key: 'lastName', headers: ['Nazwisko'], required: true, description: 'last name' },
    {
      key: 'facility',
      headers: ['Placówka', 'KIS', 'CIS', 'KIS/CIS', 'Numer w rejestrze'],
      description: 'the KIS or CIS: register number or name (empty: your only one)',
    },
    {
      key: 'eligibilityCategory',
      headers: ['Kategoria', 'Grupa', 'Podstawa uczestnictwa'],
      required: true,
      description: 'the group of art. 1 ust. 2: bezdomna, uzależniona od alkoholu, długotrwale bezrobotna …',
    },
    { key: 'referralSource', headers: ['Skierowanie', 'Kto skierował'], description: 'MOPS, PUP or własny wniosek (MOPS when empty)' },
    { key: 'programmeKind', headers: ['Program', 'Rodzaj programu'], description: 'IPZS (a CIS), kontrakt socjalny or indywidualny program (a KIS)' },
    { key: 'programmeNumber', headers: ['Numer programu', 'Nr IPZS', 'Nr kontraktu'], description: 'its number' },
    { key: 'programmeSignedOn', headers: ['Data podpisania', 'Data zawarcia'], description: 'when it was signed (the start when empty)' },
    { key: 'startDate', headers: ['Data rozpoczęcia', 'Od', 'Data przyjęcia'], required: true, description: 'first day' },
    { key: 'trialEndDate', headers: ['Koniec okresu próbnego', 'Okres próbny do'], description: 'last day of a CIS trial period' },
    { key: 'plannedEndDate', headers: ['Planowane zakończenie', 'Do', 'Data zakończenia'], required: true, description: 'planned last day' },
  ],
  pathColumns: {
    'person.pesel': 'pesel',
    'person.firstName': 'firstName',
    'person.lastName': 'lastName',
    'facilityId': 'facility',
    'programmeDocument.kind': 'programmeKind',
    'programmeDocument.number': 'programmeNumber',
    'programmeDocument.signedOn': 'programmeSignedOn',
  },
  keyOf: (row) => `${row.get('pesel')}|${foldForSearch(row.get('facility'))}|${row.get('startDate')}`,
  // Set-based: a KIS's list of thousands enrolled in a few statements, its places counted in memory.
  async importRows(ctx, rows) {
    const named = new Map<string, Facility | null | 'ambiguous'>();
    for (const text of new Set(rows.map((row) => row.get('facility')))) named.set(text, await facilityNamed(ctx, text));
    const prepared = rows.map((row) => {
      try {
        return enrolmentOf(row, named.get(row.get('facility'))!);
      } catch (error) {
        return error as Error;
      }
    });
    const outcomes = await enrolParticipants(
      ctx,
      prepared.filter((p): p is EnrolmentInput => !(p instanceof Error)),
    );
    let next = 0;
    return prepared.map((p) => (p instanceof Error ? p : outcomes[next++]!));
  },
};

/** A row of a list as the enrolment `enrolParticipant` takes, at the facility its cell names; refused with the problems of its cells. */
function enrolmentOf(row: ImportRow, facility: Facility | null | 'ambiguous'): EnrolmentInput {
  const problems = new InputProblems();
  if (facility === 'ambiguous') {
    problems.add('facility', row.get('facility') ? INTEGRATION.IMPORT_TWO_FACILITIES({ name: row.get('facility') }) : INTEGRATION.IMPORT_FACILITY_REQUIRED());
  } else if (!facility)
    problems.add('facility', row.get('facility') ? INTEGRATION.IMPORT_NO_SUCH_FACILITY({ name: row.get('facility') }) : INTEGRATION.IMPORT_NO_FACILITY());
  const category = enumCell(row.get('eligibilityCategory'), CATEGORY_LABELS);
  if (!category)
    problems.add('eligibilityCategory', CELL_PROBLEMS.notOneOf(row.get('eligibilityCategory'), 'bezdomna, uzależniona od alkoholu, długotrwale bezrobotna'));
  const referralSource = row.get('referralSource') ? enumCell(row.get('referralSource'), REFERRAL_LABELS) : 'WELFARE_CENTRE';
  if (!referralSource) problems.add('referralSource', CELL_PROBLEMS.notOneOf(row.get('referralSource'), 'MOPS, PUP, własny wniosek'));
  const startDate = dateOf(row, 'startDate', problems);
  const plannedEndDate = dateOf(row, 'plannedEndDate', problems);
  const trialEndDate = dateOf(row, 'trialEndDate', problems);
  const signedOn = dateOf(row, 'programmeSignedOn', problems) ?? startDate;
  const programme = facility && facility !== 'ambiguous' && facility.type === 'SOCIAL_INTEGRATION_CENTRE' ? 'CIS' : 'KIS';
  const kind = row.get('programmeKind') ? enumCell(row.get('programmeKind'), DOCUMENT_LABELS) : DOCUMENT_KINDS[programme][0]!;
  if (!kind) problems.add('programmeKind', CELL_PROBLEMS.notOneOf(row.get('programmeKind'), 'IPZS, kontrakt socjalny, indywidualny program'));
  if (!row.get('startDate')) problems.add('startDate', CELL_PROBLEMS.empty());
  if (!row.get('plannedEndDate')) problems.add('plannedEndDate', CELL_PROBLEMS.empty());
  problems.throwIfAny();
  // A PESEL whose leading zero a spreadsheet dropped (a number cell) is written back with it.
  const pesel = /^\d{10}$/.test(row.get('pesel')) ? `0${row.get('pesel')}` : row.get('pesel');
  return {
    facilityId: (facility as Facility).id,
    person: { pesel, firstName: row.get('firstName'), lastName: row.get('lastName') },
    eligibilityCategory: category!,
    referralSource: referralSource!,
    programmeDocument: { kind: kind!, number: row.optional('programmeNumber'), signedOn: signedOn! },
    startDate: startDate!,
    trialEndDate,
    plannedEndDate: plannedEndDate!,
  };
}
