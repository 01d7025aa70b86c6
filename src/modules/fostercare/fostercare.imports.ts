import { InputProblems } from '../../core/errors.js';
import { CELL_PROBLEMS, dateOf, enumCell, integerCell, yesNo, type ImportRegister } from '../../core/import/register.js';
import { foldForSearch } from '../../core/text-search.js';
import { districtNamed, organisationNamed } from '../registry/index.js';
import { upsertFamilyCarer } from './carers.service.js';
import { FAMILY_KINDS, type CarerKind } from './fostercare.rules.js';

/**
 * The organiser's list of foster families and family children's homes (the PCPR's, or in a city
 * with county rights its MOPS's), each by its label and kind: never the foster parents' names.
 * Institutions are not listed here: they are facilities of the registry, registered by their id.
 */
const FAMILY_KIND_LABELS: Partial<Record<CarerKind, readonly string[]>> = {
  KINSHIP_FAMILY: ['rodzina spokrewniona', 'spokrewniona'],
  NON_PROFESSIONAL_FAMILY: ['rodzina zastępcza niezawodowa', 'niezawodowa'],
  PROFESSIONAL_FAMILY: ['rodzina zastępcza zawodowa', 'zawodowa'],
  EMERGENCY_FAMILY: ['rodzina zastępcza zawodowa pełniąca funkcję pogotowia rodzinnego', 'pogotowie rodzinne', 'pogotowie'],
  PROFESSIONAL_SPECIALIST_FAMILY: ['rodzina zastępcza zawodowa specjalistyczna', 'zawodowa specjalistyczna', 'specjalistyczna'],
  FAMILY_CHILDRENS_HOME: ['rodzinny dom dziecka', 'RDD'],
};

export const carersRegister: ImportRegister = {
  name: 'carers',
  roles: ['ADMIN', 'MOPS_WORKER'],
  columns: [
    {
      key: 'name',
      headers: ['Oznaczenie', 'Nazwa', 'Symbol rodziny'],
      required: true,
      description: 'the family\u2019s label (never the foster parents\u2019 names): the record\u2019s key with its kind',
    },
    {
      key: 'kind',
      headers: ['Forma pieczy', 'Rodzaj', 'Rodzaj rodziny'],
      required: true,
      description: 'rodzina spokrewniona, niezawodowa, zawodowa, pogotowie rodzinne, zawodowa specjalistyczna, rodzinny dom dziecka',
    },
    { key: 'district', headers: ['Dzielnica', 'Obszar'], description: 'district: code or name (empty in a city with one)' },
    { key: 'declaredCapacity', headers: ['Liczba miejsc', 'Miejsca'], required: true, description: 'places, within the limit of its kind' },
    {
      key: 'registeredOn',
      headers: ['Data utworzenia', 'Data umowy', 'Data powołania', 'Od'],
      description: 'the day it became a foster family (today when empty)',
    },
    { key: 'siblingsConsent', headers: ['Zgoda na rodzeństwo', 'Zgoda na przyjęcie rodzeństwa'], description: 'tak / nie' },
    { key: 'coordinator', headers: ['Koordynator', 'Organizacja koordynatora'], description: 'the organisation of its coordinator: NIP or name' },
  ],
  pathColumns: { districtId: 'district', coordinatorOrganisationId: 'coordinator' },
  keyOf: (row) => `${foldForSearch(row.get('kind'))}|${foldForSearch(row.get('name'))}`,
  async importRow(ctx, row) {
    const problems = new InputProblems();
    const kind = enumCell(row.get('kind'), FAMILY_KIND_LABELS as Record<CarerKind, readonly string[]>);
    if (!kind || !FAMILY_KINDS.includes(kind))
      problems.add('kind', CELL_PROBLEMS.notOneOf(row.get('kind'), 'zawodowa, niezawodowa, spokrewniona, rodzinny dom dziecka'));
    const district = await districtNamed(ctx, row.get('district'));
    if (!district) problems.add('district', CELL_PROBLEMS.noDistrict(row.get('district')));
    const places = integerCell(row.get('declaredCapacity'));
    if (places === null) problems.add('declaredCapacity', CELL_PROBLEMS.notAWholeNumber(row.get('declaredCapacity')));
    const registeredOn = dateOf(row, 'registeredOn', problems);
    const consent = yesNo(row.get('siblingsConsent'));
    if (consent === undefined) problems.add('siblingsConsent', CELL_PROBLEMS.notYesNo(row.get('siblingsConsent')));
    let coordinatorId: string | null = null;
    if (row.get('coordinator')) {
      const coordinator = await organisationNamed(ctx, row.get('coordinator'));
      if (coordinator === 'ambiguous') problems.add('coordinator', CELL_PROBLEMS.twoOrganisations(row.get('coordinator')));
      else if (!coordinator) problems.add('coordinator', CELL_PROBLEMS.noOrganisation(row.get('coordinator')));
      else coordinatorId = coordinator.id;
    }
    problems.throwIfAny();
    return upsertFamilyCarer(ctx, {
      kind: kind!,
      name: row.get('name'),
      districtId: district!.id,
      declaredCapacity: places!,
      registeredOn,
      siblingsConsent: consent ?? null,
      coordinatorOrganisationId: coordinatorId,
    });
  },
};
