import { invalidInput, InputProblems } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { CELL_PROBLEMS, dateOf, enumCell, integerCell, yesNo, type ImportRegister, type ImportRow } from '../../core/import/register.js';
import { plainImportColumn } from './facility-columns.js';
import { normaliseNip } from '../../core/nip.js';
import { normaliseRegon } from '../../core/regon.js';
import { foldForSearch } from '../../core/text-search.js';
import { FACILITY_SUBTYPES, FACILITY_TYPES, type FacilitySubtype, type FacilityType } from './facility-types.js';
import { upsertDistrictByCode, upsertWelfareUnitByCode } from './city-setup.service.js';
import { closeFacilitiesNotListed, upsertFacilitiesByRegisterNumber } from './facilities.service.js';
import { PUBLIC_OPERATORS } from './facility.validation.js';
import { ORGANISATION_KIND_NAMES, TARGET_POPULATION_LABELS } from './registry.labels.js';
import { upsertOrganisationByKey } from './organisations.service.js';
import type { CreateFacilityInput } from './registry.types.js';
import {
  District,
  Organisation,
  WelfareUnit,
  type FacilityStatus,
  type TargetPopulation,
  type Management,
  type OrganisationKind,
  type WelfareUnitKind,
} from './registry.entities.js';
import { REGISTRY } from './registry.messages.js';
import type { Message } from '../../core/messages/reasons.js';

/**
 * The registry's registers as a city keeps them in spreadsheets: its organisations (operators, the
 * welfare centre, the labour office) and the voivode's register of facilities. Headers in Polish as
 * the registers print them, or the API's field names.
 */

/** How registers name each kind of organisation (its legal form), besides the code and the hub's own label. */
const ORGANISATION_KIND_ALIASES: Record<OrganisationKind, readonly string[]> = {
  WELFARE_CENTRE: [
    'ośrodek pomocy społecznej',
    'miejski ośrodek pomocy społecznej',
    'gminny ośrodek pomocy społecznej',
    'miejski ośrodek pomocy rodzinie',
    'MOPS',
    'MOPR',
    'OPS',
    'GOPS',
    'MGOPS',
  ],
  PUBLIC_UNIT: [
    'jednostka samorządu terytorialnego',
    'jednostka organizacyjna gminy',
    'jednostka publiczna',
    'jednostka samorządowa',
    'samorząd',
    'powiatowe centrum pomocy rodzinie',
    'PCPR',
  ],
  FOUNDATION: ['fundacja'],
  ASSOCIATION: ['stowarzyszenie', 'stowarzyszenie zwykłe', 'związek stowarzyszeń'],
  SOCIAL_COOPERATIVE: ['spółdzielnia socjalna'],
  CHURCH_BODY: ['kościelna osoba prawna', 'kościół', 'związek wyznaniowy', 'parafia', 'zgromadzenie zakonne', 'zakon', 'caritas'],
  BUSINESS: ['przedsiębiorca', 'przedsiębiorstwo', 'spółka', 'spółka z o.o.', 'firma', 'jednoosobowa działalność gospodarcza'],
  LABOUR_OFFICE: ['urząd pracy', 'powiatowy urząd pracy', 'grodzki urząd pracy', 'miejski urząd pracy', 'PUP', 'GUP', 'MUP'],
};

/** Every name of a kind, the hub's label first, so that a file the hub exported reads back in. */
const ORGANISATION_KIND_LABELS: Record<OrganisationKind, readonly string[]> = { ...ORGANISATION_KIND_ALIASES };
for (const kind of Object.keys(ORGANISATION_KIND_ALIASES) as OrganisationKind[])
  ORGANISATION_KIND_LABELS[kind] = [ORGANISATION_KIND_NAMES[kind], ...ORGANISATION_KIND_ALIASES[kind]];

/** A facility type by its code, its legal name with or without the bracketed part, or the abbreviation in brackets (DPS, ŚDS, KIS …). */
const FACILITY_TYPE_LABELS = Object.fromEntries(
  Object.entries(FACILITY_TYPES).map(([code, info]) => {
    const name = info.legalName;
    const bare = name.replace(/\s*\([^)]*\)/g, '').trim();
    const abbreviations = [...name.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!).filter((a) => !/art\.|incl\.|prawn/.test(a));
    return [code, [name, bare, ...bare.split(' / '), ...abbreviations]];
  }),
) as unknown as Record<FacilityType, readonly string[]>;

/** A subtype by its legal name, without its bracketed examples, or without "placówka" ("socjalizacyjna"). */
const SUBTYPE_LABELS = Object.fromEntries(
  Object.entries(FACILITY_SUBTYPES).map(([code, info]) => {
    const name = info.legalName;
    const bare = name.replace(/\s*\([^)]*\)/g, '').trim();
    return [code, [name, bare, bare.replace(/^placówka\s+/, '')]];
  }),
) as unknown as Record<FacilitySubtype, readonly string[]>;

const MANAGEMENT_LABELS: Record<Management, readonly string[]> = {
  OWN_UNIT: ['własna', 'jednostka własna', 'prowadzona przez gminę', 'publiczna', 'own'],
  COMMISSIONED: ['zlecona', 'zlecenie', 'zadanie zlecone', 'powierzona', 'commissioned'],
};

const STATUS_LABELS: Record<FacilityStatus, readonly string[]> = {
  ACTIVE: ['czynna', 'działająca', 'aktywna', 'active'],
  SUSPENDED: ['zawieszona', 'suspended'],
  CLOSED: ['zamknięta', 'wykreślona', 'zlikwidowana', 'closed'],
};

/** The words a city's register uses for whom the places are for; the labels of the hub come first. */
const TARGET_POPULATION_WORDS: Record<TargetPopulation, readonly string[]> = {
  ANY: [TARGET_POPULATION_LABELS.ANY, 'wszyscy', 'wszystkie', 'bez ograniczeń', 'any'],
  MEN: [TARGET_POPULATION_LABELS.MEN, 'mężczyźni', 'męska', 'men'],
  WOMEN: [TARGET_POPULATION_LABELS.WOMEN, 'kobiety', 'żeńska', 'women'],
  MOTHERS_WITH_CHILDREN: [TARGET_POPULATION_LABELS.MOTHERS_WITH_CHILDREN, 'matki z dziećmi', 'kobiety z dziećmi', 'matki z małoletnimi dziećmi'],
  FAMILIES: [TARGET_POPULATION_LABELS.FAMILIES, 'rodziny', 'rodziny z dziećmi', 'families'],
  YOUTH: [TARGET_POPULATION_LABELS.YOUTH, 'młodzież', 'młodzi', 'youth'],
};

/** A cell that must hold one of a closed list, or a problem at its column. */
function required<T>(value: T | null, problems: InputProblems, column: string, message: Message): T {
  if (value === null) problems.add(column, message);
  return value as T;
}

const POSTAL = /\b(\d{2}-\d{3})\b/;

/** The address cells; one "Adres" cell with "ul. Długa 5, 30-001 Kraków" is split at its postal code. */
function addressOf(row: ImportRow) {
  let street = row.get('street');
  let postalCode = row.get('postalCode');
  let city = row.get('city');
  const found = !postalCode ? POSTAL.exec(street) : null;
  if (found) {
    postalCode = found[1]!;
    city ||= street
      .slice(found.index + found[0].length)
      .replace(/^[\s,]+/, '')
      .trim();
    street = street
      .slice(0, found.index)
      .replace(/[\s,]+$/, '')
      .trim();
  }
  return { street, postalCode, city, teryt: row.optional('teryt') };
}

const ADDRESS_COLUMNS = [
  {
    key: 'street',
    headers: ['Adres', 'Ulica', 'Ulica i numer', 'Adres siedziby'],
    description: 'street and number, or the whole address with its postal code',
  },
  { key: 'postalCode', headers: ['Kod pocztowy', 'Kod'], description: 'NN-NNN' },
  { key: 'city', headers: ['Miejscowość', 'Miasto', 'Poczta'], description: 'city or village' },
  { key: 'teryt', headers: ['TERYT', 'Kod TERYT'], description: 'TERYT code of the gmina, 7 digits' },
] as const;

const ADDRESS_PATHS = { 'address.street': 'street', 'address.postalCode': 'postalCode', 'address.city': 'city', 'address.teryt': 'teryt' };

export const organisationsRegister: ImportRegister = {
  name: 'organisations',
  roles: ['ADMIN'],
  columns: [
    { key: 'name', headers: ['Nazwa', 'Nazwa organizacji', 'Nazwa podmiotu'], required: true, description: 'full name' },
    {
      key: 'kind',
      headers: ['Rodzaj', 'Forma prawna', 'Typ'],
      required: true,
      description: 'legal form: fundacja, stowarzyszenie, spółdzielnia socjalna, kościelna osoba prawna, ośrodek pomocy społecznej, urząd pracy …',
    },
    { key: 'nip', headers: ['NIP'], description: 'NIP, with or without dashes' },
    { key: 'regon', headers: ['REGON'], description: 'REGON, 9 or 14 digits' },
    { key: 'krs', headers: ['KRS', 'Numer KRS'], description: 'KRS number, 10 digits' },
    ...ADDRESS_COLUMNS,
    { key: 'email', headers: ['E-mail', 'Email', 'Adres e-mail'], description: 'e-mail address' },
    { key: 'phone', headers: ['Telefon', 'Tel.'], description: 'telephone' },
    { key: 'website', headers: ['Strona internetowa', 'WWW', 'Strona www'], description: 'website' },
  ],
  pathColumns: ADDRESS_PATHS,
  keyOf(row) {
    const regon = row.get('regon').replace(/\D/g, '');
    const nip = row.get('nip').replace(/\D/g, '');
    return regon ? `regon:${normaliseRegon(regon)}` : nip ? `nip:${normaliseNip(nip)}` : null;
  },
  async importRow(ctx, row) {
    const problems = new InputProblems();
    const kind = required(
      enumCell(row.get('kind'), ORGANISATION_KIND_LABELS),
      problems,
      'kind',
      CELL_PROBLEMS.notOneOf(row.get('kind'), 'fundacja, stowarzyszenie, spółdzielnia socjalna, kościelna osoba prawna, OPS, urząd pracy'),
    );
    const address = addressOf(row);
    const hasAddress = Boolean(address.street || address.postalCode || address.city);
    problems.throwIfAny();
    const contact =
      row.optional('email') || row.optional('phone') || row.optional('website')
        ? { email: row.optional('email'), phone: row.optional('phone'), website: row.optional('website') }
        : null;
    return upsertOrganisationByKey(ctx, {
      name: row.get('name'),
      kind,
      nip: row.optional('nip'),
      regon: row.optional('regon'),
      krs: row.optional('krs'),
      address: hasAddress ? address : null,
      contact,
    });
  },
};

/** Which of `candidates` a cell names by NIP, REGON or its exact name (case and diacritics aside). */
function organisationAmong(candidates: readonly Organisation[], text: string): Organisation | null | 'ambiguous' {
  const digits = text.replace(/[\s-]/g, '');
  const byNip = /^\d{10}$/.test(digits) ? candidates.find((o) => o.nip === digits) : undefined;
  if (byNip) return byNip;
  const byRegon = /^(\d{9}|\d{14})$/.test(digits) ? candidates.find((o) => o.regon === normaliseRegon(digits)) : undefined;
  if (byRegon) return byRegon;
  const named = candidates.filter((o) => o.searchName === foldForSearch(text));
  return named.length > 1 ? 'ambiguous' : (named[0] ?? null);
}

/** An organisation named in a cell by NIP, REGON or its exact name: for every register that names an operator or a centre. */
export async function organisationNamed(ctx: RequestContext, text: string): Promise<Organisation | null | 'ambiguous'> {
  const digits = text.replace(/[\s-]/g, '');
  const candidates = await ctx.em.find(Organisation, {
    $or: [
      { searchName: foldForSearch(text) },
      ...(/^\d{10}$/.test(digits) ? [{ nip: digits }] : []),
      ...(/^(\d{9}|\d{14})$/.test(digits) ? [{ regon: normaliseRegon(digits) }] : []),
    ],
  });
  return organisationAmong(candidates, text);
}

/** Which of a city's districts or units a cell names by its code or name; the only one when the city has one and the cell is empty. */
function referenceAmong<T extends { code: string; name: string }>(all: readonly T[], text: string): T | null {
  if (!text) return all.length === 1 ? all[0]! : null;
  const folded = foldForSearch(text);
  return all.find((r) => foldForSearch(r.code) === folded) ?? all.find((r) => foldForSearch(r.name) === folded) ?? null;
}

/** A district named in a cell by its code or name (the city's only one for an empty cell): for every register that places a record in one. */
export async function districtNamed(ctx: RequestContext, text: string): Promise<District | null> {
  return referenceAmong(await ctx.em.find(District, {}), text);
}

/** The registry's records a facility's row may name, read once for a whole file. */
interface FacilityReferences {
  organisations: Organisation[];
  districts: District[];
  units: WelfareUnit[];
}

/** A facility's row as the input `createFacility` takes, its operator, district and unit found by what the cells name; refused with the problems of its cells. */
function facilityInputOf(ctx: RequestContext, row: ImportRow, refs: FacilityReferences): { input: CreateFacilityInput; operatorKind: OrganisationKind } {
  const problems = new InputProblems();
  const type = required(
    enumCell(row.get('type'), FACILITY_TYPE_LABELS),
    problems,
    'type',
    CELL_PROBLEMS.notOneOf(row.get('type'), 'noclegownia, schronisko dla osób bezdomnych, DPS, ŚDS, KIS, CIS'),
  );
  const subtype = row.get('subtype')
    ? required(
        enumCell(row.get('subtype'), SUBTYPE_LABELS),
        problems,
        'subtype',
        CELL_PROBLEMS.notOneOf(row.get('subtype'), 'socjalizacyjna, interwencyjna, specjalistyczno-terapeutyczna, rodzinna'),
      )
    : null;
  const registerEntryDate = dateOf(row, 'registerEntryDate', problems);
  const openedOn = dateOf(row, 'openedOn', problems);
  const stepFreeAccess = yesNo(row.get('stepFreeAccess'));
  if (stepFreeAccess === undefined) problems.add('stepFreeAccess', CELL_PROBLEMS.notYesNo(row.get('stepFreeAccess')));
  const agreementValidFrom = dateOf(row, 'agreementValidFrom', problems);
  const agreementValidTo = dateOf(row, 'agreementValidTo', problems);
  let declaredCapacity: number | null = null;
  if (row.get('declaredCapacity')) {
    declaredCapacity = integerCell(row.get('declaredCapacity'));
    if (declaredCapacity === null) problems.add('declaredCapacity', CELL_PROBLEMS.notAWholeNumber(row.get('declaredCapacity')));
  }
  const status = row.get('status')
    ? required(enumCell(row.get('status'), STATUS_LABELS), problems, 'status', CELL_PROBLEMS.notOneOf(row.get('status'), 'czynna, zawieszona, zamknięta'))
    : null;
  const targetPopulation = row.get('targetPopulation')
    ? required(
        enumCell(row.get('targetPopulation'), TARGET_POPULATION_WORDS),
        problems,
        'targetPopulation',
        CELL_PROBLEMS.notOneOf(row.get('targetPopulation'), 'wszyscy, mężczyźni, kobiety, matki z dziećmi, rodziny, młodzież'),
      )
    : null;
  const operator = organisationAmong(refs.organisations, row.get('operator'));
  if (operator === 'ambiguous') problems.add('operator', CELL_PROBLEMS.twoOrganisations(row.get('operator')));
  else if (!operator) problems.add('operator', CELL_PROBLEMS.noOrganisation(row.get('operator')));
  const district = referenceAmong(refs.districts, row.get('district'));
  if (!district) problems.add('district', CELL_PROBLEMS.noDistrict(row.get('district')));
  const unit = row.get('unit') ? referenceAmong(refs.units, row.get('unit')) : district ? (refs.units.find((u) => u.id === district.branch.id) ?? null) : null;
  if (!unit && row.get('unit')) problems.add('unit', CELL_PROBLEMS.noUnit(row.get('unit')));
  let management = row.get('management')
    ? required(enumCell(row.get('management'), MANAGEMENT_LABELS), problems, 'management', CELL_PROBLEMS.notOneOf(row.get('management'), 'własna, zlecona'))
    : null;
  // Unsaid, a facility with an agreement, or run by anyone but a public operator, is commissioned.
  if (!management && operator && operator !== 'ambiguous')
    management = row.get('agreementNumber') || !PUBLIC_OPERATORS.includes(operator.kind) ? 'COMMISSIONED' : 'OWN_UNIT';
  problems.throwIfAny();
  if (!unit) throw invalidInput('unit', CELL_PROBLEMS.giveUnit());
  const contact = row.optional('email') || row.optional('phone') ? { email: row.optional('email'), phone: row.optional('phone'), website: null } : null;
  const input = {
    name: row.get('name'),
    type,
    subtype,
    operatorId: (operator as Organisation).id,
    unitId: unit.id,
    districtId: district!.id,
    address: addressOf(row),
    contact,
    management: management!,
    agreement: row.get('agreementNumber') ? { number: row.get('agreementNumber'), validFrom: agreementValidFrom ?? '', validTo: agreementValidTo } : null,
    declaredCapacity,
    targetPopulation,
    status,
    openedOn,
    stepFreeAccess: stepFreeAccess ?? null,
    registerEntry: { register: row.get('registerName') || 'rejestr wojewody', number: row.get('registerNumber'), entryDate: registerEntryDate },
  } as CreateFacilityInput;
  return { input, operatorKind: (operator as Organisation).kind };
}

export const facilitiesRegister: ImportRegister = {
  name: 'facilities',
  roles: ['ADMIN', 'MOPS_WORKER'],
  columns: [
    { key: 'name', headers: ['Nazwa', 'Nazwa placówki', 'Nazwa jednostki'], required: true, description: 'name' },
    {
      key: 'type',
      headers: ['Typ placówki', 'Typ', 'Rodzaj placówki', 'Rodzaj'],
      required: true,
      description: 'type under Polish law: noclegownia, dom pomocy społecznej, ŚDS, KIS …',
    },
    plainImportColumn('subtype'),
    {
      key: 'operator',
      headers: ['Podmiot prowadzący', 'Prowadzący', 'Organ prowadzący', 'Operator'],
      required: true,
      description: 'the organisation that runs it: NIP, REGON or its name as in the organisations register',
    },
    ...ADDRESS_COLUMNS,
    plainImportColumn('declaredCapacity'),
    {
      key: 'registerNumber',
      headers: ['Numer w rejestrze', 'Nr wpisu', 'Numer wpisu', 'Nr rejestru'],
      required: true,
      description: 'the register number: the record\u2019s key',
    },
    { key: 'registerEntryDate', headers: ['Data wpisu', 'Data wpisu do rejestru'], description: 'date of entry' },
    { key: 'registerName', headers: ['Rejestr', 'Nazwa rejestru'], description: 'which register (the voivode\u2019s by default)' },
    { key: 'district', headers: ['Dzielnica', 'Obszar'], description: 'district: code or name (empty in a city with one)' },
    {
      key: 'unit',
      headers: ['Filia', 'Jednostka MOPS', 'Zespół', 'Jednostka nadzorująca'],
      description: 'supervising unit of the welfare centre: code or name (empty: the district\u2019s)',
    },
    { key: 'management', headers: ['Forma prowadzenia', 'Sposób prowadzenia'], description: 'własna (the city\u2019s own unit) or zlecona (commissioned)' },
    { key: 'agreementNumber', headers: ['Nr umowy', 'Numer umowy'], description: 'commission agreement number' },
    { key: 'agreementValidFrom', headers: ['Umowa od', 'Data umowy'], description: 'agreement in force from' },
    { key: 'agreementValidTo', headers: ['Umowa do'], description: 'agreement in force until' },
    plainImportColumn('openedOn'),
    plainImportColumn('stepFreeAccess'),
    plainImportColumn('status'),
    plainImportColumn('targetPopulation'),
    { key: 'email', headers: ['E-mail', 'Email'], description: 'e-mail address' },
    { key: 'phone', headers: ['Telefon', 'Tel.'], description: 'telephone' },
  ],
  pathColumns: {
    ...ADDRESS_PATHS,
    'operatorId': 'operator',
    'unitId': 'unit',
    'districtId': 'district',
    'registerEntry.number': 'registerNumber',
    'registerEntry.entryDate': 'registerEntryDate',
    'agreement': 'agreementNumber',
    'agreement.number': 'agreementNumber',
    'agreement.validFrom': 'agreementValidFrom',
    'agreement.validTo': 'agreementValidTo',
    'contact.email': 'email',
    'contact.phone': 'phone',
  },
  keyOf: (row) => row.get('registerNumber') || null,
  // Set-based: the registry's organisations, districts and units read once, the facilities written
  // a thousand at a time (a voivode's register of 10,000 in seconds, not minutes).
  async importRows(ctx, rows) {
    const refs: FacilityReferences = {
      organisations: await ctx.em.find(Organisation, {}),
      districts: await ctx.em.find(District, {}),
      units: await ctx.em.find(WelfareUnit, {}),
    };
    const prepared = rows.map((row) => {
      try {
        return facilityInputOf(ctx, row, refs);
      } catch (error) {
        return error as Error;
      }
    });
    const valid = prepared.filter((p): p is Exclude<typeof p, Error> => !(p instanceof Error));
    const outcomes = await upsertFacilitiesByRegisterNumber(ctx, valid);
    let next = 0;
    return prepared.map((p) => (p instanceof Error ? p : outcomes[next++]!));
  },
  closeMissing: closeFacilitiesNotListed,
};

const UNIT_KIND_LABELS: Record<WelfareUnitKind, readonly string[]> = {
  CENTRE: ['ośrodek', 'centrala', 'siedziba', 'ośrodek pomocy społecznej', 'MOPS', 'OPS', 'GOPS'],
  BRANCH: ['filia', 'oddział', 'punkt'],
  TEAM: ['zespół', 'dział', 'sekcja', 'zespół terenowy', 'zespół pracy socjalnej'],
};

export const unitsRegister: ImportRegister = {
  name: 'units',
  roles: ['ADMIN'],
  columns: [
    { key: 'code', headers: ['Kod', 'Symbol', 'Skrót'], required: true, description: 'short code, the record\u2019s key: MOPS, F1, Z3' },
    { key: 'name', headers: ['Nazwa', 'Nazwa jednostki'], required: true, description: 'name' },
    { key: 'kind', headers: ['Rodzaj', 'Typ'], required: true, description: 'ośrodek (the centre), filia (a branch) or zespół (a team)' },
    { key: 'parent', headers: ['Jednostka nadrzędna', 'Nadrzędna', 'Należy do'], description: 'code of the unit it belongs to (empty: the centre)' },
    {
      key: 'organisation',
      headers: ['Ośrodek', 'Organizacja', 'NIP ośrodka'],
      description: 'the welfare centre: NIP, REGON or name (empty: the hub\u2019s only welfare centre)',
    },
  ],
  pathColumns: { organisationId: 'organisation', parentId: 'parent' },
  keyOf: (row) => row.get('code') || null,
  async importRow(ctx, row) {
    const problems = new InputProblems();
    const kind = required(enumCell(row.get('kind'), UNIT_KIND_LABELS), problems, 'kind', CELL_PROBLEMS.notOneOf(row.get('kind'), 'ośrodek, filia, zespół'));
    let organisation: Organisation | null | 'ambiguous';
    if (row.get('organisation')) organisation = await organisationNamed(ctx, row.get('organisation'));
    else {
      const centres = await ctx.em.find(Organisation, { kind: 'WELFARE_CENTRE' }, { limit: 2 });
      organisation = centres.length === 1 ? centres[0]! : centres.length > 1 ? 'ambiguous' : null;
    }
    if (organisation === 'ambiguous') problems.add('organisation', REGISTRY.IMPORT_TWO_WELFARE_CENTRES());
    else if (!organisation) problems.add('organisation', REGISTRY.IMPORT_NO_WELFARE_CENTRE());
    let parentId: string | null = null;
    if (kind !== 'CENTRE') {
      const parent = row.get('parent') ? await ctx.em.findOne(WelfareUnit, { code: row.get('parent') }) : await ctx.em.findOne(WelfareUnit, { kind: 'CENTRE' });
      if (row.get('parent') && !parent) problems.add('parent', REGISTRY.IMPORT_NO_PARENT_UNIT({ code: row.get('parent') }));
      parentId = parent?.id ?? null;
    }
    problems.throwIfAny();
    return upsertWelfareUnitByCode(ctx, { code: row.get('code'), name: row.get('name'), kind, organisationId: (organisation as Organisation).id, parentId });
  },
};

export const districtsRegister: ImportRegister = {
  name: 'districts',
  roles: ['ADMIN'],
  columns: [
    { key: 'name', headers: ['Nazwa', 'Dzielnica', 'Nazwa dzielnicy', 'Osiedle'], required: true, description: 'name' },
    { key: 'code', headers: ['Kod', 'Symbol', 'Numer dzielnicy'], description: 'code, the record\u2019s key (I … XVIII); the number or the name when empty' },
    { key: 'number', headers: ['Numer', 'Nr'], description: 'its number in the city\u2019s order' },
    {
      key: 'unit',
      headers: ['Filia', 'Zespół', 'Jednostka', 'Jednostka MOPS'],
      description: 'the branch or team covering it: code or name (empty: the only unit)',
    },
    { key: 'teryt', headers: ['TERYT', 'Kod TERYT'], description: 'TERYT code, 7 digits' },
    { key: 'population', headers: ['Ludność', 'Liczba mieszkańców', 'Mieszkańcy'], description: 'residents in the year' },
    { key: 'year', headers: ['Rok', 'Stan na rok'], description: 'the year of the population figure (last year when empty)' },
    { key: 'source', headers: ['Źródło', 'Źródło danych'], description: 'where the population figure comes from' },
  ],
  pathColumns: { unitId: 'unit' },
  keyOf: (row) => row.get('code') || row.get('number') || foldForSearch(row.get('name')) || null,
  async importRow(ctx, row) {
    const problems = new InputProblems();
    const number = row.get('number') ? integerCell(row.get('number')) : null;
    if (row.get('number') && number === null) problems.add('number', CELL_PROBLEMS.notAWholeNumber(row.get('number')));
    const units = await ctx.em.find(WelfareUnit, {});
    const folded = foldForSearch(row.get('unit'));
    const unit = row.get('unit')
      ? (units.find((u) => foldForSearch(u.code) === folded) ?? units.find((u) => foldForSearch(u.name) === folded))
      : units.length === 1
        ? units[0]
        : units.filter((u) => u.kind !== 'CENTRE').length === 0
          ? units.find((u) => u.kind === 'CENTRE')
          : undefined;
    if (!unit) problems.add('unit', row.get('unit') ? CELL_PROBLEMS.noUnit(row.get('unit')) : REGISTRY.IMPORT_DISTRICT_UNIT_MISSING());
    let population: { year: number; population: number; source: string | null } | null = null;
    if (row.get('population')) {
      const residents = integerCell(row.get('population'));
      const year = row.get('year') ? integerCell(row.get('year')) : Number(ctx.clock.today().slice(0, 4)) - 1;
      if (residents === null) problems.add('population', CELL_PROBLEMS.notAWholeNumber(row.get('population')));
      if (year === null) problems.add('year', CELL_PROBLEMS.notAYear(row.get('year')));
      if (residents !== null && year !== null) population = { year, population: residents, source: row.optional('source') };
    }
    problems.throwIfAny();
    const code = row.get('code') || row.get('number') || row.get('name');
    return upsertDistrictByCode(ctx, { code, name: row.get('name'), number, unitId: unit!.id, teryt: row.optional('teryt') }, population);
  },
};
