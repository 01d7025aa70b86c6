import { addDays, periodEnd } from '../src/core/calendar.js';
import type { EntityManager } from '../src/core/db/database.js';
import type { PeselProtection } from '../src/core/personal-data/pesel-protection.js';
import { foldForSearch } from '../src/core/text-search.js';
import { Carer, FosterChild, Placement } from '../src/modules/fostercare/index.js';
import { carerLimitFor, INSTITUTIONAL_KIND_OF, stayLimitAtStart, type CarerKind } from '../src/modules/fostercare/fostercare.rules.js';
import { Person } from '../src/modules/persons/index.js';
import { District, Facility, Organisation } from '../src/modules/registry/index.js';
import { DEMO_ORGANISATIONS } from './demo-ids.js';
import { seededRandom, stableId, type Random } from './random.js';
import { freshSyntheticPesel } from './synthetic-pesel.js';

/**
 * Family foster care as the Kraków figures of seed 002 give it: families of each form with their
 * children today. An emergency family's children came within the last months (a few past the
 * statutory four); 41 institutions of the registry filled to about 85%.
 */
const FAMILIES: { kind: CarerKind; label: string; count: number; children: number; places: (i: number) => number }[] = [
  { kind: 'KINSHIP_FAMILY', label: 'Rodzina zastępcza spokrewniona', count: 316, children: 392, places: () => 3 },
  { kind: 'NON_PROFESSIONAL_FAMILY', label: 'Rodzina zastępcza niezawodowa', count: 115, children: 137, places: () => 3 },
  { kind: 'EMERGENCY_FAMILY', label: 'Pogotowie rodzinne', count: 28, children: 40, places: (i) => (i < 20 ? 2 : 1) },
  { kind: 'PROFESSIONAL_SPECIALIST_FAMILY', label: 'Zawodowa specjalistyczna rodzina zastępcza', count: 9, children: 12, places: () => 2 },
  { kind: 'FAMILY_CHILDRENS_HOME', label: 'Rodzinny dom dziecka', count: 2, children: 12, places: () => 8 },
];

const FIRST = {
  FEMALE: ['Zuzanna', 'Julia', 'Lena', 'Maja', 'Hanna', 'Oliwia', 'Amelia', 'Laura'],
  MALE: ['Antoni', 'Jan', 'Aleksander', 'Franciszek', 'Nikodem', 'Szymon', 'Filip', 'Jakub'],
};
const LAST = {
  FEMALE: ['Nowak', 'Kowalska', 'Mazur', 'Krawczyk', 'Piotrowska', 'Grabowska'],
  MALE: ['Nowak', 'Kowalski', 'Mazur', 'Krawczyk', 'Piotrowski', 'Grabowski'],
};

function makeChild(
  em: EntityManager,
  pesel: PeselProtection,
  r: Random,
  used: Set<string>,
  key: string,
  birth: number | string,
  siblingGroupId: string = stableId(`${key}:siblings`),
): Person {
  const sex = r.next() < 0.5 ? 'FEMALE' : 'MALE';
  const birthDate = typeof birth === 'string' ? birth : `${birth}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  const { lookupHash, ciphertext } = pesel.protect(freshSyntheticPesel(r, birthDate, sex, used));
  const firstName = r.pick(FIRST[sex]);
  const lastName = r.pick(LAST[sex]);
  const person = em.create(Person, {
    id: stableId(key),
    firstName,
    lastName,
    searchName: foldForSearch(`${lastName} ${firstName}`),
    peselHash: lookupHash,
    peselCiphertext: ciphertext,
    birthDate,
    sex,
  });
  em.create(FosterChild, { person, siblingGroupId });
  return person;
}

/** A placement within the rules: no exception, no extension. */
const NO_EXCEPTIONS = {
  note: null,
  capacityExceptionReason: null,
  ageExceptionKind: null,
  ageExceptionReason: null,
  admissionRoute: null,
  voivodeConsent: null,
  coordinatorOpinion: null,
  extensionReason: null,
  extensionKind: null,
  proceedingsReference: null,
  proceedingsEndedOn: null,
} as const;

export async function seedDemoFosterCare(em: EntityManager, pesel: PeselProtection, today: string, usedPesels: Set<string>): Promise<void> {
  const r = seededRandom(6);
  const districts = await em.find(District, {}, { orderBy: { number: 'asc' } });
  const year = Number(today.slice(0, 4));
  const court = (start: string) => ({
    basis: 'COURT_DECISION' as const,
    courtName: 'Sąd Rejonowy dla Krakowa-Śródmieścia w Krakowie, III Wydział Rodzinny i Nieletnich',
    courtReference: `III Nsm ${r.int(100, 2999)}/${start.slice(2, 4)}`,
    decisionDate: addDays(start, -r.int(1, 20)),
  });
  let serial = 0;
  for (const plan of FAMILIES) {
    const carers = Array.from({ length: plan.count }, (_, i) =>
      em.create(Carer, {
        id: stableId(`carer:${plan.kind}:${i}`),
        kind: plan.kind,
        name: `${plan.label} nr ${i + 1}`,
        facility: null,
        district: districts[(i * 7 + serial) % districts.length]!,
        coordinatorOrganisation: em.getReference(Organisation, DEMO_ORGANISATIONS.mops),
        declaredCapacity: plan.places(i),
        siblingsConsent: r.next() < 0.4,
        status: 'ACTIVE',
        // Before any of its children came (placements start up to 2,500 days back).
        registeredOn: addDays(today, -(2600 + 7 * i)),
      }),
    );
    // Every family has a child; the rest go to families with room, as siblings of the first.
    const load = new Map<string, { count: number; group: string }>();
    for (let c = 0; c < plan.children; c++) {
      const carer = c < carers.length ? carers[c]! : carers.find((k) => (load.get(k.id)?.count ?? 0) < k.declaredCapacity!)!;
      if (!carer) break;
      const emergency = plan.kind === 'EMERGENCY_FAMILY';
      const start = emergency ? addDays(today, -r.int(5, c % 9 === 0 ? 160 : 110)) : addDays(today, -r.int(60, 2500));
      const state = load.get(carer.id) ?? { count: 0, group: stableId(`siblings:${carer.id}`) };
      const child = makeChild(em, pesel, r, usedPesels, `child:${plan.kind}:${c}`, emergency ? r.int(year - 9, year) : r.int(year - 17, year - 2), state.group);
      load.set(carer.id, { count: state.count + 1, group: state.group });
      em.create(Placement, {
        id: stableId(`placement:${plan.kind}:${c}`),
        child,
        carer,
        startDate: start,
        plannedEndDate: emergency ? periodEnd(start, 4) : null,
        endDate: null,
        endReason: null,
        ...(emergency ? { basis: 'EMERGENCY_PENDING_DECISION' as const, courtName: null, courtReference: null, decisionDate: null } : court(start)),
        ...NO_EXCEPTIONS,
        stayLimit: stayLimitAtStart(carerLimitFor(plan.kind, start)!, start, child.birthDate),
        placedBy: 'seed',
        endedBy: null,
      });
    }
    if (plan.kind === 'EMERGENCY_FAMILY') passedThrough(carers);
    serial++;
  }

  /**
   * Kraków 2017: 94 children passed through the 28 emergency families in the year. Beside the 40
   * placed today, 54 stayed in the past year and left: two stays a family (one for the last two),
   * each within the statutory four months and ended before today's child came.
   */
  function passedThrough(carers: Carer[]) {
    const reasons = ['RETURN_TO_FAMILY', 'ANOTHER_PLACEMENT', 'ADOPTION', 'RETURN_TO_FAMILY', 'OTHER'] as const;
    let n = 0;
    for (let slot = 0; slot < 2; slot++) {
      for (const carer of carers) {
        if (n === 54) return;
        const start = addDays(today, -(364 - slot * 100 - r.int(0, 5)));
        const end = addDays(start, r.int(20, 90));
        const child = makeChild(em, pesel, r, usedPesels, `child:emergency-past:${n}`, r.int(year - 9, year - 1));
        em.create(Placement, {
          id: stableId(`placement:emergency-past:${n}`),
          child,
          carer,
          startDate: start,
          plannedEndDate: periodEnd(start, 4),
          endDate: end,
          endReason: reasons[n % reasons.length]!,
          basis: 'EMERGENCY_PENDING_DECISION',
          courtName: null,
          courtReference: null,
          decisionDate: null,
          ...NO_EXCEPTIONS,
          stayLimit: stayLimitAtStart(carerLimitFor('EMERGENCY_FAMILY', start)!, start, child.birthDate),
          placedBy: 'seed',
          endedBy: 'seed',
        });
        n++;
      }
    }
  }

  const institutions = await em.find(
    Facility,
    { type: { $in: ['CARE_EDUCATION_FACILITY', 'REGIONAL_CARE_THERAPY_FACILITY', 'PRE_ADOPTION_INTERVENTION_CENTRE'] } },
    { orderBy: { name: 'asc' } },
  );
  let c = 0;
  for (const facility of institutions) {
    const kind = INSTITUTIONAL_KIND_OF[`${facility.type}|${facility.subtype ?? ''}`];
    if (!kind) continue;
    const carer = em.create(Carer, {
      id: stableId(`carer:facility:${facility.id}`),
      kind,
      name: facility.name,
      facility,
      district: facility.district,
      coordinatorOrganisation: null,
      declaredCapacity: null,
      siblingsConsent: false,
      status: 'ACTIVE',
      registeredOn: null,
    });
    const children = Math.floor((facility.declaredCapacity ?? 0) * 0.85);
    for (let i = 0; i < children; i++, c++) {
      const shortStay = kind === 'INTERVENTION_FACILITY' || kind === 'PRE_ADOPTION_INTERVENTION_CENTRE';
      const start = shortStay ? addDays(today, -r.int(3, 100)) : addDays(today, -r.int(60, 1800));
      // A pre-adoption centre takes infants: their stay ends by the first birthday.
      const birth = kind === 'PRE_ADOPTION_INTERVENTION_CENTRE' ? addDays(start, -r.int(5, 150)) : r.int(year - 17, year - 10);
      const child = makeChild(em, pesel, r, usedPesels, `child:institution:${c}`, birth);
      em.create(Placement, {
        id: stableId(`placement:institution:${c}`),
        child,
        carer,
        startDate: start,
        plannedEndDate: null,
        endDate: null,
        endReason: null,
        ...court(start),
        ...NO_EXCEPTIONS,
        stayLimit: stayLimitAtStart(carerLimitFor(kind, start)!, start, child.birthDate),
        placedBy: 'seed',
        endedBy: null,
      });
    }
  }
  await em.flush();
}
