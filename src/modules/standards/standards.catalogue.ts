import type { Comparison, RequirementKind, StandardSourceKind } from './standards.entities.js';

/**
 * The catalogue every hub starts with (DOMAIN.md, "Service standards"): the 2018 minimum standards
 * for homeless services and standards of the national project "Tworzenie i rozwijanie standardów
 * usług pomocy i integracji społecznej" (2009–2014). Numbers marked (check) are our best reading of
 * the sources; ADMIN can publish a corrected version with `defineServiceStandard`.
 */
export interface CatalogueRequirement {
  code: string;
  description: string;
  kind: RequirementKind;
  unit?: string;
  comparison?: Comparison;
  threshold?: number;
}

export interface CatalogueStandard {
  code: string;
  title: string;
  titleEn: string;
  source: string;
  sourceKind: StandardSourceKind;
  appliesTo: string[];
  description?: string;
  requirements: CatalogueRequirement[];
}

const HOMELESS_REGULATION_2018 =
  'Rozporządzenie Ministra Rodziny, Pracy i Polityki Społecznej z dnia 27 kwietnia 2018 r. w sprawie minimalnych standardów noclegowni, schronisk dla osób bezdomnych, schronisk dla osób bezdomnych z usługami opiekuńczymi i ogrzewalni (Dz.U. 2018 poz. 896)';
const PROJECT = 'Projekt „Tworzenie i rozwijanie standardów usług pomocy i integracji społecznej” (2009–2014), publikacje standardów';

const sanitary: CatalogueRequirement[] = [
  { code: 'WASHBASINS', description: 'Persons per washbasin (check)', kind: 'NUMBER', unit: 'persons per washbasin', comparison: 'AT_MOST', threshold: 10 },
  { code: 'TOILETS', description: 'Persons per toilet (check)', kind: 'NUMBER', unit: 'persons per toilet', comparison: 'AT_MOST', threshold: 15 },
  { code: 'DISINFECTION', description: 'Regular disinfection and pest control', kind: 'YES_NO' },
];

export const CATALOGUE: CatalogueStandard[] = [
  {
    code: 'NIGHT_SHELTER_2018',
    title: 'Minimalne standardy noclegowni',
    titleEn: 'Minimum standards of a night shelter',
    source: `${HOMELESS_REGULATION_2018}, § 2`,
    sourceKind: 'REGULATION',
    appliesTo: ['NIGHT_SHELTER'],
    requirements: [
      {
        code: 'FLOOR_AREA',
        description: 'Floor area of sleeping rooms per person (check)',
        kind: 'NUMBER',
        unit: 'm² per person',
        comparison: 'AT_LEAST',
        threshold: 2,
      },
      ...sanitary,
      { code: 'STAFF_ON_DUTY', description: 'A staff member on duty whenever residents are present', kind: 'YES_NO' },
      { code: 'HOT_DRINK', description: 'A hot drink available', kind: 'YES_NO' },
    ],
  },
  {
    code: 'HOMELESS_SHELTER_2018',
    title: 'Minimalne standardy schroniska dla osób bezdomnych',
    titleEn: 'Minimum standards of a homeless shelter',
    source: `${HOMELESS_REGULATION_2018}, § 3`,
    sourceKind: 'REGULATION',
    appliesTo: ['HOMELESS_SHELTER'],
    requirements: [
      {
        code: 'FLOOR_AREA',
        description: 'Floor area of sleeping rooms per person (check)',
        kind: 'NUMBER',
        unit: 'm² per person',
        comparison: 'AT_LEAST',
        threshold: 3,
      },
      ...sanitary,
      { code: 'HOT_MEAL', description: 'At least one hot meal a day', kind: 'YES_NO' },
      { code: 'SOCIAL_WORK', description: 'Social work and an individual programme for leaving homelessness offered', kind: 'YES_NO' },
    ],
  },
  {
    code: 'HOMELESS_SHELTER_WITH_CARE_2018',
    title: 'Minimalne standardy schroniska dla osób bezdomnych z usługami opiekuńczymi',
    titleEn: 'Minimum standards of a homeless shelter with care services',
    source: `${HOMELESS_REGULATION_2018}, § 4`,
    sourceKind: 'REGULATION',
    appliesTo: ['HOMELESS_SHELTER_WITH_CARE'],
    requirements: [
      {
        code: 'FLOOR_AREA',
        description: 'Floor area of sleeping rooms per person (check)',
        kind: 'NUMBER',
        unit: 'm² per person',
        comparison: 'AT_LEAST',
        threshold: 5,
      },
      ...sanitary,
      { code: 'CARERS', description: 'Residents per carer on duty (check)', kind: 'NUMBER', unit: 'residents per carer', comparison: 'AT_MOST', threshold: 15 },
      { code: 'HOT_MEALS', description: 'Three meals a day, at least one hot', kind: 'YES_NO' },
    ],
  },
  {
    code: 'WARMING_CENTRE_2018',
    title: 'Minimalne standardy ogrzewalni',
    titleEn: 'Minimum standards of a warming centre',
    source: `${HOMELESS_REGULATION_2018}, § 5`,
    sourceKind: 'REGULATION',
    appliesTo: ['WARMING_CENTRE'],
    requirements: [
      { code: 'FLOOR_AREA', description: 'Floor area per person (check)', kind: 'NUMBER', unit: 'm² per person', comparison: 'AT_LEAST', threshold: 2 },
      { code: 'SEATS', description: 'A seat for every person admitted', kind: 'YES_NO' },
      { code: 'HOT_DRINK', description: 'A hot drink available', kind: 'YES_NO' },
      { code: 'STAFF_ON_DUTY', description: 'A staff member on duty during opening hours', kind: 'YES_NO' },
    ],
  },
  {
    code: 'GSWB',
    title: 'Gminny Standard Wychodzenia z Bezdomności',
    titleEn: 'Municipal standard for leaving homelessness',
    source: PROJECT,
    sourceKind: 'PROJECT_PUBLICATION',
    appliesTo: ['NIGHT_SHELTER', 'HOMELESS_SHELTER', 'HOMELESS_SHELTER_WITH_CARE', 'WARMING_CENTRE'],
    description: 'Service areas: local partnership, social work, housing and emergency help, health, employment and education, street work.',
    requirements: [
      { code: 'LOCAL_PARTNERSHIP', description: 'Takes part in the local partnership for leaving homelessness', kind: 'YES_NO' },
      { code: 'SOCIAL_WORK', description: 'A social worker assigned to residents', kind: 'YES_NO' },
      { code: 'HEALTH', description: 'Access to health care and addiction therapy arranged', kind: 'YES_NO' },
      { code: 'EMPLOYMENT', description: 'Referral to employment and education (KIS/CIS, labour office)', kind: 'YES_NO' },
      { code: 'STREET_WORK', description: 'Street work (streetworking) coordinated with the facility', kind: 'YES_NO' },
    ],
  },
  {
    code: 'CRISIS_INTERVENTION',
    title: 'Standard usługi interwencji kryzysowej',
    titleEn: 'Crisis intervention service standard',
    source: PROJECT,
    sourceKind: 'PROJECT_PUBLICATION',
    appliesTo: ['CRISIS_INTERVENTION_CENTRE', 'DOMESTIC_VIOLENCE_CENTRE'],
    requirements: [
      { code: 'AVAILABILITY_24H', description: 'Help available 24 hours a day', kind: 'YES_NO' },
      { code: 'PSYCHOLOGIST', description: 'A psychologist on the team', kind: 'YES_NO' },
      { code: 'SHELTER_PLACES', description: 'Places for immediate shelter', kind: 'NUMBER', unit: 'places', comparison: 'AT_LEAST', threshold: 1 },
    ],
  },
  {
    code: 'SPECIALIST_COUNSELLING',
    title: 'Standard usługi specjalistycznego poradnictwa',
    titleEn: 'Specialist counselling service standard',
    source: PROJECT,
    sourceKind: 'PROJECT_PUBLICATION',
    appliesTo: ['SPECIALIST_COUNSELLING'],
    description: 'Legal, psychological and family counselling, including for persons with disabilities and their families.',
    requirements: [
      { code: 'QUALIFIED_STAFF', description: 'Counsellors with the required qualifications', kind: 'YES_NO' },
      { code: 'WAITING_DAYS', description: 'Days to a first appointment (check)', kind: 'NUMBER', unit: 'days', comparison: 'AT_MOST', threshold: 14 },
      { code: 'ACCESSIBLE', description: 'Premises accessible to persons with disabilities', kind: 'YES_NO' },
    ],
  },
  {
    code: 'CIS_MODEL',
    title: 'Model instytucji: centrum integracji społecznej',
    titleEn: 'Institution model: social integration centre',
    source: `${PROJECT}; ustawa z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym`,
    sourceKind: 'PROJECT_PUBLICATION',
    appliesTo: ['SOCIAL_INTEGRATION_CENTRE'],
    requirements: [
      { code: 'IPZS', description: 'Every participant follows an individual social-employment programme (IPZS)', kind: 'YES_NO' },
      { code: 'DAILY_HOURS', description: 'Hours of classes a day (check)', kind: 'NUMBER', unit: 'hours a day', comparison: 'AT_LEAST', threshold: 6 },
      { code: 'VOCATIONAL_WORKSHOPS', description: 'Vocational workshops run', kind: 'YES_NO' },
    ],
  },
  {
    code: 'DAY_SUPPORT_RATIO',
    title: 'Liczba dzieci pod opieką jednego wychowawcy w placówce wsparcia dziennego',
    titleEn: 'Children per educator in a day-support facility',
    source: 'ustawa z dnia 9 czerwca 2011 r. o wspieraniu rodziny i systemie pieczy zastępczej, art. 28',
    sourceKind: 'STATUTE',
    appliesTo: ['DAY_SUPPORT'],
    requirements: [
      {
        code: 'CHILDREN_PER_EDUCATOR',
        description: 'Children in the care of one educator at a time',
        kind: 'NUMBER',
        unit: 'children per educator',
        comparison: 'AT_MOST',
        threshold: 15,
      },
    ],
  },
];
