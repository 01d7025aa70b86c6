import type { EntityManager } from '../src/core/db/database.js';
import { withNipCheckDigit } from '../src/core/nip.js';
import { withRegonCheckDigit } from '../src/core/regon.js';
import { foldForSearch } from '../src/core/text-search.js';
import type { FacilitySubtype, FacilityType } from '../src/modules/registry/facility-types.js';
import {
  CisStatusDecision,
  District,
  DistrictPopulation,
  Facility,
  OccupancyReport,
  Organisation,
  WelfareUnit,
  type OrganisationKind,
  type TargetPopulation,
} from '../src/modules/registry/registry.entities.js';
import { capacityLimitFor, facilitySearchText } from '../src/modules/registry/registry.rules.js';
import { DEMO_ORGANISATIONS } from './demo-ids.js';
import { seededRandom, stableId, type Random } from './random.js';
import { addDays, periodEnd } from '../src/core/calendar.js';

/**
 * The demo city follows Kraków as the seed documents describe it (MOPS Kraków, 2017): 9 branches over
 * 18 districts; 43 public and 143 non-public facilities; 41 care-and-education facilities with 455
 * places (3 intervention, 23 socialisation, 6 family-type, 9 specialist-therapeutic; 27 run by NGOs on
 * commission, 14 public); KIS and CIS; night shelters, shelters and warming centres.
 */
export const DISTRICTS: { code: string; name: string; branch: string; streets: string[]; postal: string }[] = [
  { code: 'I', name: 'Stare Miasto', branch: 'F6', streets: ['ul. Floriańska', 'ul. Grodzka', 'ul. Dietla'], postal: '31-0' },
  { code: 'II', name: 'Grzegórzki', branch: 'F6', streets: ['ul. Grzegórzecka', 'al. Pokoju', 'ul. Lubomirskiego'], postal: '31-5' },
  { code: 'III', name: 'Prądnik Czerwony', branch: 'F1', streets: ['ul. Dobrego Pasterza', 'ul. Rakowicka', 'ul. Strzelców'], postal: '31-4' },
  { code: 'IV', name: 'Prądnik Biały', branch: 'F2', streets: ['ul. Opolska', 'ul. Pachońskiego', 'ul. Józefa Wybickiego'], postal: '31-2' },
  { code: 'V', name: 'Krowodrza', branch: 'F7', streets: ['ul. Królewska', 'ul. Mazowiecka', 'ul. Kazimierza Wielkiego'], postal: '30-0' },
  { code: 'VI', name: 'Bronowice', branch: 'F7', streets: ['ul. Armii Krajowej', 'ul. Balicka', 'ul. Rydla'], postal: '30-1' },
  { code: 'VII', name: 'Zwierzyniec', branch: 'F7', streets: ['ul. Królowej Jadwigi', 'ul. Księcia Józefa', 'al. Waszyngtona'], postal: '30-2' },
  { code: 'VIII', name: 'Dębniki', branch: 'F5', streets: ['ul. Tyniecka', 'ul. Praska', 'ul. Zielińskiego'], postal: '30-3' },
  { code: 'IX', name: 'Łagiewniki-Borek Fałęcki', branch: 'F3', streets: ['ul. Zakopiańska', 'ul. Siostry Faustyny', 'ul. Żywiecka'], postal: '30-4' },
  { code: 'X', name: 'Swoszowice', branch: 'F3', streets: ['ul. Myślenicka', 'ul. Kąpielowa', 'ul. Przy Kopalni'], postal: '30-6' },
  { code: 'XI', name: 'Podgórze Duchackie', branch: 'F8', streets: ['ul. Wysłouchów', 'ul. Malborska', 'ul. Kurczaba'], postal: '30-8' },
  { code: 'XII', name: 'Bieżanów-Prokocim', branch: 'F8', streets: ['ul. Teligi', 'ul. Wielicka', 'ul. Mała Góra'], postal: '30-7' },
  { code: 'XIII', name: 'Podgórze', branch: 'F3', streets: ['ul. Kalwaryjska', 'ul. Limanowskiego', 'ul. Józefińska'], postal: '30-5' },
  { code: 'XIV', name: 'Czyżyny', branch: 'F1', streets: ['ul. Centralna', 'ul. Markowskiego', 'al. Jana Pawła II'], postal: '31-8' },
  { code: 'XV', name: 'Mistrzejowice', branch: 'F1', streets: ['os. Oświecenia', 'os. Złotego Wieku', 'ul. Miśnieńska'], postal: '31-6' },
  { code: 'XVI', name: 'Bieńczyce', branch: 'F9', streets: ['os. Kalinowe', 'os. Przy Arce', 'ul. Kocmyrzowska'], postal: '31-9' },
  { code: 'XVII', name: 'Wzgórza Krzesławickie', branch: 'F9', streets: ['os. Na Stoku', 'ul. Kantorowicka', 'ul. Łowińskiego'], postal: '31-7' },
  { code: 'XVIII', name: 'Nowa Huta', branch: 'F4', streets: ['os. Górali', 'ul. Bulwarowa', 'os. Centrum E'], postal: '31-9' },
];

/** Residents of the eighteen districts, in the order of DISTRICTS (rounded to hundreds). */
const DISTRICT_RESIDENTS = [
  30_400, 29_100, 47_800, 72_300, 33_200, 23_500, 20_700, 64_900, 16_100, 28_600, 53_400, 63_200, 38_700, 30_100, 51_300, 40_600, 20_200, 51_800,
];

const BRANCHES = ['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9'];

const NGO_NAMES: { name: string; kind: OrganisationKind }[] = [
  { name: 'Fundacja Nowy Start', kind: 'FOUNDATION' },
  { name: 'Towarzystwo Pomocy im. św. Brata Alberta, Koło Krakowskie', kind: 'ASSOCIATION' },
  { name: 'Caritas Archidiecezji Krakowskiej', kind: 'CHURCH_BODY' },
  { name: 'Fundacja Leonardo', kind: 'FOUNDATION' },
  { name: 'Stowarzyszenie Po Pierwsze Rodzina', kind: 'ASSOCIATION' },
  { name: 'Zgromadzenie Sióstr Albertynek', kind: 'CHURCH_BODY' },
  { name: 'Fundacja Dom Dziecka Dzieciom', kind: 'FOUNDATION' },
  { name: 'Stowarzyszenie Siemacha', kind: 'ASSOCIATION' },
  { name: 'Spółdzielnia Socjalna Pod Wawelem', kind: 'SOCIAL_COOPERATIVE' },
  { name: 'Fundacja Wiosna Życia', kind: 'FOUNDATION' },
  { name: 'Polskie Stowarzyszenie na rzecz Osób z Niepełnosprawnością Intelektualną, Koło w Krakowie', kind: 'ASSOCIATION' },
  { name: 'Stowarzyszenie Opieki Hospicyjnej Ziemi Krakowskiej', kind: 'ASSOCIATION' },
  { name: 'Fundacja Anny Dymnej Mimo Wszystko', kind: 'FOUNDATION' },
  { name: 'Zgromadzenie Sióstr Prezentek', kind: 'CHURCH_BODY' },
  { name: 'Fundacja Po Drugie', kind: 'FOUNDATION' },
  { name: 'Stowarzyszenie Lekarze Nadziei', kind: 'ASSOCIATION' },
  { name: 'Fundacja Sławek', kind: 'FOUNDATION' },
  { name: 'Stowarzyszenie Przyjaciół Dzieci Ulicy', kind: 'ASSOCIATION' },
  { name: 'Fundacja Wzajemnej Pomocy Nadzieja', kind: 'FOUNDATION' },
  { name: 'Spółdzielnia Socjalna Razem w Śremie', kind: 'SOCIAL_COOPERATIVE' },
  { name: 'Stowarzyszenie Dobrej Nadziei', kind: 'ASSOCIATION' },
  { name: 'Fundacja Klucz do Samodzielności', kind: 'FOUNDATION' },
  { name: 'Zgromadzenie Księży Salezjanów, Inspektoria Krakowska', kind: 'CHURCH_BODY' },
  { name: 'Fundacja Radość Seniora', kind: 'FOUNDATION' },
  { name: 'Stowarzyszenie Ognisko Wychowawcze im. K. Lisieckiego', kind: 'ASSOCIATION' },
  { name: 'Fundacja Okno na Świat', kind: 'FOUNDATION' },
  { name: 'Stowarzyszenie Centrum Wolontariatu', kind: 'ASSOCIATION' },
  { name: 'Fundacja Bezpieczny Dom', kind: 'FOUNDATION' },
  { name: 'Stowarzyszenie Kolpinga', kind: 'ASSOCIATION' },
  { name: 'Fundacja Integracja Małopolska', kind: 'FOUNDATION' },
];

const PUBLIC_UNITS = [
  'Zespół Placówek Opiekuńczo-Wychowawczych nr 1 w Krakowie',
  'Zespół Placówek Opiekuńczo-Wychowawczych nr 2 w Krakowie',
  'Krakowskie Centrum Seniora',
];

interface FacilityPlan {
  type: FacilityType;
  subtype?: FacilitySubtype;
  count: number;
  publicCount: number;
  name: (i: number) => string;
  capacity: (r: Random, i: number) => number | null;
  /** Whom the places are for, where the name says it; anyone otherwise. */
  population?: (i: number) => TargetPopulation;
}

/** 41 care-and-education facilities with exactly 455 places, within the legal limits of each subtype. */
function careEducationCapacity(subtype: FacilitySubtype, i: number): number {
  if (subtype === 'INTERVENTION') return 14;
  if (subtype === 'FAMILY_TYPE') return 8;
  // 32 socialisation and specialist-therapeutic facilities share 365 places: 13 with 12, 19 with 11.
  const index = subtype === 'SOCIALISATION' ? i : 23 + i;
  return index < 13 ? 12 : 11;
}

const PLANS: FacilityPlan[] = [
  {
    type: 'CARE_EDUCATION_FACILITY',
    subtype: 'INTERVENTION',
    count: 3,
    publicCount: 2,
    name: (i) => `Placówka Interwencyjna nr ${i + 1}`,
    capacity: (_r, i) => careEducationCapacity('INTERVENTION', i),
  },
  {
    type: 'CARE_EDUCATION_FACILITY',
    subtype: 'SOCIALISATION',
    count: 23,
    publicCount: 7,
    name: (i) => `Dom dla Dzieci nr ${i + 1}`,
    capacity: (_r, i) => careEducationCapacity('SOCIALISATION', i),
  },
  {
    type: 'CARE_EDUCATION_FACILITY',
    subtype: 'FAMILY_TYPE',
    count: 6,
    publicCount: 1,
    name: (i) => `Placówka Rodzinna nr ${i + 1}`,
    capacity: (_r, i) => careEducationCapacity('FAMILY_TYPE', i),
  },
  {
    type: 'CARE_EDUCATION_FACILITY',
    subtype: 'SPECIALIST_THERAPEUTIC',
    count: 9,
    publicCount: 4,
    name: (i) => `Placówka Specjalistyczno-Terapeutyczna nr ${i + 1}`,
    capacity: (_r, i) => careEducationCapacity('SPECIALIST_THERAPEUTIC', i),
  },
  {
    type: 'SOCIAL_INTEGRATION_CLUB',
    count: 3,
    publicCount: 1,
    name: (i) => ['Klub Integracji Społecznej MOPS', 'KIS Leonardo', 'Klub Integracji Społecznej dla Osób z Niepełnosprawnościami'][i]!,
    capacity: (_r, i) => [120, 40, 20][i]!,
  },
  {
    type: 'SOCIAL_INTEGRATION_CENTRE',
    count: 2,
    publicCount: 0,
    name: (i) => ['Centrum Integracji Społecznej', 'Centrum Integracji Społecznej dla Osób Bezdomnych'][i]!,
    capacity: (_r, i) => [60, 25][i]!,
  },
  {
    type: 'NIGHT_SHELTER',
    count: 3,
    publicCount: 0,
    name: (i) => `Noclegownia ${['dla Mężczyzn', 'dla Kobiet', 'przy Dworcu'][i]}`,
    capacity: (r) => r.int(30, 60),
    population: (i) => (['MEN', 'WOMEN', 'ANY'] as const)[i]!,
  },
  { type: 'HOMELESS_SHELTER', count: 5, publicCount: 0, name: (i) => `Schronisko dla Osób Bezdomnych nr ${i + 1}`, capacity: (r) => r.int(40, 120) },
  {
    type: 'HOMELESS_SHELTER_WITH_CARE',
    count: 2,
    publicCount: 0,
    name: (i) => `Schronisko z Usługami Opiekuńczymi nr ${i + 1}`,
    capacity: (r) => r.int(30, 60),
  },
  { type: 'WARMING_CENTRE', count: 2, publicCount: 0, name: (i) => `Ogrzewalnia ${['Na Dąbiu', 'Przy Rondzie'][i]}`, capacity: (r) => r.int(20, 40) },
  {
    type: 'NURSING_HOME',
    count: 9,
    publicCount: 9,
    name: (i) =>
      `Dom Pomocy Społecznej ${['im. L. i A. Helclów', 'przy ul. Krakowskiej', 'Kluzeka', 'Nowa Huta', 'Łanowa', 'Praska', 'Rozrywka', 'Świątniki', 'Nad Sudołem'][i]}`,
    capacity: (r) => r.int(60, 100),
  },
  { type: 'COMMUNITY_SELF_HELP_HOME', count: 6, publicCount: 3, name: (i) => `Środowiskowy Dom Samopomocy nr ${i + 1}`, capacity: (r) => r.int(25, 45) },
  {
    type: 'DAY_CARE_HOME',
    count: 9,
    publicCount: 4,
    name: (i) => `Dzienny Dom Pomocy ${i < 3 ? `Senior+ nr ${i + 1}` : `nr ${i - 2}`}`,
    capacity: (r) => r.int(20, 60),
  },
  { type: 'SELF_HELP_CLUB', count: 3, publicCount: 0, name: (i) => `Klub Samopomocy nr ${i + 1}`, capacity: (r) => r.int(15, 30) },
  {
    type: 'MOTHERS_AND_CHILDREN_HOME',
    count: 2,
    publicCount: 0,
    name: (i) => `Dom dla Matek z Małoletnimi Dziećmi nr ${i + 1}`,
    population: () => 'MOTHERS_WITH_CHILDREN',
    capacity: (r) => r.int(20, 40),
  },
  { type: 'TRAINING_FLAT', count: 4, publicCount: 2, name: (i) => `Mieszkanie Treningowe nr ${i + 1}`, capacity: (r) => r.int(3, 6) },
  { type: 'SUPPORTED_FLAT', count: 4, publicCount: 0, name: (i) => `Mieszkanie Wspierane nr ${i + 1}`, capacity: (r) => r.int(3, 6) },
  { type: 'CRISIS_INTERVENTION_CENTRE', count: 1, publicCount: 1, name: () => 'Ośrodek Interwencji Kryzysowej', capacity: () => 16 },
  {
    type: 'DOMESTIC_VIOLENCE_CENTRE',
    count: 1,
    publicCount: 0,
    name: () => 'Specjalistyczny Ośrodek Wsparcia dla Osób Doznających Przemocy Domowej',
    capacity: () => 20,
  },
  {
    type: 'SPECIALIST_COUNSELLING',
    count: 2,
    publicCount: 1,
    name: (i) => ['Punkt Poradnictwa Rodzinnego', 'Poradnia Psychologiczno-Prawna'][i]!,
    capacity: () => null,
  },
  {
    type: 'DAY_SUPPORT',
    subtype: 'DAY_SUPPORT_CARE',
    count: 75,
    publicCount: 8,
    name: (i) => `Świetlica ${['Promyk', 'Iskierka', 'Tęcza', 'Przystań', 'Słoneczko'][i % 5]} nr ${i + 1}`,
    capacity: (r) => r.int(15, 40),
  },
  { type: 'PRE_ADOPTION_INTERVENTION_CENTRE', count: 1, publicCount: 0, name: () => 'Interwencyjny Ośrodek Preadopcyjny', capacity: () => 20 },
  { type: 'REGIONAL_CARE_THERAPY_FACILITY', count: 1, publicCount: 0, name: () => 'Regionalna Placówka Opiekuńczo-Terapeutyczna', capacity: () => 30 },
  { type: 'OCCUPATIONAL_THERAPY_WORKSHOP', count: 6, publicCount: 0, name: (i) => `Warsztat Terapii Zajęciowej nr ${i + 1}`, capacity: (r) => r.int(25, 50) },
  { type: 'VOCATIONAL_ACTIVITY_ENTERPRISE', count: 2, publicCount: 0, name: (i) => `Zakład Aktywności Zawodowej nr ${i + 1}`, capacity: (r) => r.int(30, 60) },
  { type: 'FAMILY_CARE_HOME', count: 2, publicCount: 0, name: (i) => `Rodzinny Dom Pomocy nr ${i + 1}`, capacity: (r) => r.int(3, 8) },
];

function nip(r: Random): string {
  for (;;) {
    const candidate = withNipCheckDigit(`${r.int(1, 9)}${r.digits(8)}`);
    if (candidate) return candidate;
  }
}

/** Seeds the registry of the demo city; deterministic but for the dates of occupancy reports, which end on `today`. */
export async function seedDemoRegistry(em: EntityManager, today: string): Promise<void> {
  const r = seededRandom(2017);
  // The year of weekly history draws from its own stream, so that it leaves the rest of the city as it was.
  const history = seededRandom(2018);
  const address = (district: (typeof DISTRICTS)[number]) => ({
    street: `${r.pick(district.streets)} ${r.int(1, 120)}`,
    postalCode: `${district.postal}${r.digits(2)}`,
    city: 'Kraków',
    teryt: '1261011',
  });

  const mops = em.create(Organisation, {
    id: DEMO_ORGANISATIONS.mops,
    name: 'Miejski Ośrodek Pomocy Społecznej w Krakowie',
    searchName: foldForSearch('Miejski Ośrodek Pomocy Społecznej w Krakowie'),
    kind: 'WELFARE_CENTRE',
    nip: '6762103421',
    regon: withRegonCheckDigit('35000104'),
    krs: null,
    address: { street: 'ul. Józefińska 14', postalCode: '30-529', city: 'Kraków', teryt: '1261011' },
    contact: { email: 'sekretariat@mops.krakow.example', phone: '+48 12 616 54 00', website: null },
  });
  const gupName = 'Grodzki Urząd Pracy w Krakowie';
  em.create(Organisation, {
    id: DEMO_ORGANISATIONS.labourOffice,
    name: gupName,
    searchName: foldForSearch(gupName),
    kind: 'LABOUR_OFFICE',
    nip: nip(r),
    regon: withRegonCheckDigit(r.digits(8)),
    krs: null,
    address: { street: 'ul. Józefińska 2', postalCode: '30-529', city: 'Kraków', teryt: '1261011' },
    contact: null,
  });
  const publicUnits = PUBLIC_UNITS.map((name, i) =>
    em.create(Organisation, {
      id: stableId(`org:public:${i}`),
      name,
      searchName: foldForSearch(name),
      kind: 'PUBLIC_UNIT',
      nip: nip(r),
      regon: withRegonCheckDigit(r.digits(8)),
      krs: null,
      address: address(DISTRICTS[i * 5]!),
      contact: null,
    }),
  );
  const ngos = NGO_NAMES.map(({ name, kind }, i) =>
    em.create(Organisation, {
      id: stableId(`org:ngo:${i}`),
      name,
      searchName: foldForSearch(name),
      kind,
      nip: nip(r),
      regon: withRegonCheckDigit(r.digits(8)),
      krs: kind === 'CHURCH_BODY' ? null : `0000${r.digits(6)}`,
      address: address(DISTRICTS[i % DISTRICTS.length]!),
      contact: {
        email: `biuro@${foldForSearch(name)
          .replace(/[^a-z]+/g, '')
          .slice(0, 16)}.example`,
        phone: `+48 12 ${r.int(200, 699)} ${r.int(10, 99)} ${r.int(10, 99)}`,
        website: null,
      },
    }),
  );

  const centre = em.create(WelfareUnit, {
    id: stableId('unit:MOPS'),
    code: 'MOPS',
    name: 'MOPS Kraków (centrala)',
    kind: 'CENTRE',
    organisation: mops,
    parent: null,
    address: mops.address,
  });
  const branches = new Map(
    BRANCHES.map((code, i) => [
      code,
      em.create(WelfareUnit, {
        id: stableId(`unit:${code}`),
        code,
        name: `Filia nr ${i + 1} MOPS Kraków`,
        kind: 'BRANCH',
        organisation: mops,
        parent: centre,
        address: null,
      }),
    ]),
  );
  const districts = DISTRICTS.map((d, i) =>
    em.create(District, { id: stableId(`district:${d.code}`), code: d.code, number: i + 1, name: d.name, branch: branches.get(d.branch)! }),
  );
  // Residents by district, rounded as the city's statistical yearbook gives them, for two years, so
  // that rates per 1,000 residents and the yearly assessment (art. 16a) have their denominator.
  districts.forEach((district, i) => {
    const residents = DISTRICT_RESIDENTS[i]!;
    for (const [year, population] of [
      [2024, residents],
      [2025, Math.round(residents * 1.004)],
    ] as const) {
      em.create(DistrictPopulation, { district, year, population, source: 'Rocznik statystyczny miasta (dane przybliżone, miasto demonstracyjne)' });
    }
  });

  let ngoIndex = 0;
  let serial = 0;
  for (const plan of PLANS) {
    for (let i = 0; i < plan.count; i++) {
      serial++;
      const isPublic = i < plan.publicCount;
      const districtIndex = (serial * 7) % districts.length;
      const district = districts[districtIndex]!;
      // The first NGO runs the social-integration services and a night shelter: the demo NGO token sees them.
      const ngo = ['SOCIAL_INTEGRATION_CENTRE', 'NIGHT_SHELTER'].includes(plan.type) && i === 0 ? ngos[0]! : ngos[ngoIndex++ % ngos.length]!;
      const operator = isPublic ? (plan.type === 'CARE_EDUCATION_FACILITY' ? publicUnits[i % 2]! : mops) : ngo;
      const name = plan.name(i);
      const addr = address(DISTRICTS[districtIndex]!);
      const capacity = plan.capacity(r, i);
      const limit = capacityLimitFor(plan.type, plan.subtype ?? null, today);
      if (capacity !== null && limit && capacity > limit.maxPlaces) throw new Error(`Seed plan exceeds the legal limit for ${plan.type}`);
      const openedOn = `${r.int(1995, 2016)}-${String(r.int(1, 12)).padStart(2, '0')}-01`;
      const facility = em.create(Facility, {
        id: stableId(`facility:${serial}`),
        name,
        searchName: foldForSearch(name),
        searchText: foldForSearch(facilitySearchText({ name, type: plan.type, address: addr })),
        type: plan.type,
        subtype: plan.subtype ?? null,
        operator,
        unit: r.next() < 0.2 ? centre : district.branch,
        district,
        address: addr,
        contact: { email: null, phone: `+48 12 ${r.int(200, 699)} ${r.int(10, 99)} ${r.int(10, 99)}`, website: null },
        management: isPublic ? 'OWN_UNIT' : 'COMMISSIONED',
        agreementNumber: isPublic ? null : `WSS-${r.int(1, 999)}/${r.int(2022, 2026)}`,
        agreementValidFrom: isPublic ? null : '2025-01-01',
        agreementValidTo: isPublic ? null : '2027-12-31',
        declaredCapacity: capacity,
        targetPopulation: plan.population?.(i) ?? 'ANY',
        status: 'ACTIVE',
        openedOn,
        closedOn: null,
        // Known for two facilities in three (without drawing from r: the rest of the demo stays as it was).
        stepFreeAccess: serial % 3 === 0 ? null : serial % 3 === 1,
        registerName: plan.type === 'NURSING_HOME' ? 'Rejestr domów pomocy społecznej Wojewody Małopolskiego' : null,
        registerNumber: plan.type === 'NURSING_HOME' ? `DPS-${r.int(1, 300)}` : null,
        registerEntryDate: plan.type === 'NURSING_HOME' ? openedOn : null,
        occupiedPlaces: null,
        occupancyDate: null,
        occupancyReportedAt: null,
      });
      if (capacity === null) continue;
      // A year of weekly reports, then two weeks of daily ones, so that the dashboard's twelve months
      // have their history; shelters fill up in winter and empty in summer.
      const shelter = ['NIGHT_SHELTER', 'WARMING_CENTRE', 'HOMELESS_SHELTER'].includes(plan.type);
      const base = shelter ? 0.85 : 0.75;
      for (let week = 52; week >= 2; week--) {
        const date = addDays(today, -7 * week);
        const winter = [11, 12, 1, 2, 3].includes(Number(date.slice(5, 7)));
        const level = shelter ? base + (winter ? 0.08 : -0.2) : base;
        const occupied = Math.min(capacity, Math.max(0, Math.round(capacity * (level + (history.next() - 0.5) * 0.3))));
        em.create(OccupancyReport, {
          id: stableId(`occupancy:${serial}:w${week}`),
          facility,
          date,
          occupiedPlaces: occupied,
          overCapacityReason: null,
          reportedBy: 'seed',
          reportedByOrganisation: operator.id,
          reportedAt: new Date(`${date}T20:00:00Z`),
        });
      }
      let latest: { date: string; occupied: number; at: Date } | null = null;
      for (let day = 13; day >= 0; day--) {
        const date = addDays(today, -day);
        const occupied = Math.min(capacity, Math.max(0, Math.round(capacity * (base + (r.next() - 0.5) * 0.3))));
        const at = new Date(`${date}T20:00:00Z`);
        em.create(OccupancyReport, {
          id: stableId(`occupancy:${serial}:${day}`),
          facility,
          date,
          occupiedPlaces: occupied,
          overCapacityReason: null,
          reportedBy: 'seed',
          reportedByOrganisation: operator.id,
          reportedAt: at,
        });
        latest = { date, occupied, at };
      }
      if (latest) {
        facility.occupiedPlaces = latest.occupied;
        facility.occupancyDate = latest.date;
        facility.occupancyReportedAt = latest.at;
      }
    }
  }
  await em.flush();
}

/**
 * The voivode's decisions for the demo CIS: each granted for 5 years, the first one's term ending
 * within two months (it shows in the "status lapsing" filter), one already extended once.
 */
export async function seedDemoCisStatus(em: EntityManager, today: string): Promise<void> {
  const centres = await em.find(Facility, { type: 'SOCIAL_INTEGRATION_CENTRE' }, { orderBy: { name: 'asc' } });
  centres.forEach((facility, i) => {
    const decidedOn = addDays(periodEnd(addDays(today, i === 0 ? 45 : 400 + i * 200), -60), 1);
    em.create(CisStatusDecision, {
      id: stableId(`cis-status:${facility.id}`),
      facility,
      decidedOn,
      decisionReference: `WPS-III.9421.${10 + i}.${decidedOn.slice(0, 4)}`,
      extension: false,
      validFrom: decidedOn,
      validUntil: periodEnd(decidedOn, 60),
      recordedBy: 'seed',
    });
  });
  await em.flush();
}
