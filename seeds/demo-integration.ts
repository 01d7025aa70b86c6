import { addDays, addMonths, firstDayOf, isWorkingDay, monthOf, periodEnd } from '../src/core/calendar.js';
import type { EntityManager } from '../src/core/db/database.js';
import type { PeselProtection } from '../src/core/personal-data/pesel-protection.js';
import { foldForSearch } from '../src/core/text-search.js';
import { AttendanceEntry, AttendanceMonthClosure, Participation } from '../src/modules/integration/integration.entities.js';
import { ELIGIBILITY_CATEGORIES, type EligibilityCategory } from '../src/modules/integration/integration.rules.js';
import { LabourMarketStatus, Person } from '../src/modules/persons/index.js';
import { Facility } from '../src/modules/registry/index.js';
import { DEMO_ORGANISATIONS } from './demo-ids.js';
import { seededRandom, stableId, type Random } from './random.js';
import { freshSyntheticPesel } from './synthetic-pesel.js';

const FIRST_NAMES = {
  FEMALE: ['Anna', 'Maria', 'Katarzyna', 'Małgorzata', 'Agnieszka', 'Barbara', 'Ewa', 'Krystyna', 'Elżbieta', 'Zofia'],
  MALE: ['Jan', 'Piotr', 'Krzysztof', 'Andrzej', 'Tomasz', 'Paweł', 'Marek', 'Michał', 'Stanisław', 'Józef'],
};
const LAST_NAMES = {
  FEMALE: ['Nowak', 'Kowalska', 'Wiśniewska', 'Wójcik', 'Kowalczyk', 'Kamińska', 'Lewandowska', 'Zielińska', 'Szymańska', 'Woźniak'],
  MALE: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak'],
};

/** Participations in the past year, by facility: Kraków 2017 (DOMAIN.md, seed 002). */
const PARTICIPANTS_IN_THE_YEAR: Record<string, number> = {
  'Klub Integracji Społecznej MOPS': 904,
  'KIS Leonardo': 115,
  'Klub Integracji Społecznej dla Osób z Niepełnosprawnościami': 60,
  'Centrum Integracji Społecznej': 163,
  'Centrum Integracji Społecznej dla Osób Bezdomnych': 33,
};

/** Participants per KIS/CIS of the demo city, about a third of the places (DOMAIN.md: Kraków 2017 had far more; the demo stays small). */
const SHARE_OF_PLACES = 0.6;

export function makePerson(em: EntityManager, pesel: PeselProtection, r: Random, key: string, used: Set<string>): Person {
  const sex = r.next() < 0.45 ? 'FEMALE' : 'MALE';
  const birthDate = `${r.int(1960, 2000)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  const number = freshSyntheticPesel(r, birthDate, sex, used);
  const { lookupHash, ciphertext } = pesel.protect(number);
  const firstName = r.pick(FIRST_NAMES[sex]);
  const lastName = r.pick(LAST_NAMES[sex]);
  return em.create(Person, {
    id: stableId(key),
    firstName,
    lastName,
    searchName: foldForSearch(`${lastName} ${firstName}`),
    peselHash: lookupHash,
    peselCiphertext: ciphertext,
    birthDate,
    sex,
  });
}

/**
 * Participants of the demo KIS and CIS with their attendance since the start of the previous month,
 * the month before that closed, a few ended participations, and one person a labour office reports
 * as entitled to unemployment benefit (enrolling them at a CIS is refused).
 */
export async function seedDemoIntegration(em: EntityManager, pesel: PeselProtection, today: string, usedPesels: Set<string>): Promise<void> {
  const r = seededRandom(4);
  const facilities = await em.find(Facility, { type: { $in: ['SOCIAL_INTEGRATION_CENTRE', 'SOCIAL_INTEGRATION_CLUB'] } }, { orderBy: { name: 'asc' } });
  const categories = Object.keys(ELIGIBILITY_CATEGORIES) as EligibilityCategory[];
  const previousMonth = monthOf(addMonths(firstDayOf(monthOf(today)), -1));
  const closedMonth = monthOf(addMonths(firstDayOf(monthOf(today)), -2));
  const attendanceFrom = firstDayOf(previousMonth);

  for (const facility of facilities) {
    const cis = facility.type === 'SOCIAL_INTEGRATION_CENTRE';
    const count = Math.floor((facility.declaredCapacity ?? 10) * SHARE_OF_PLACES);
    let created = 0;
    for (let i = 0; i < count; i++) {
      const person = makePerson(em, pesel, r, `person:${facility.id}:${i}`, usedPesels);
      const startDate = addDays(today, -r.int(20, 300));
      const ended = i % 9 === 8;
      const plannedEndDate = periodEnd(startDate, 12);
      const endDate = ended ? addDays(startDate, r.int(15, 120)) : null;
      if (endDate && endDate >= today) continue;
      const participation = em.create(Participation, {
        id: stableId(`participation:${facility.id}:${i}`),
        person,
        facility,
        programme: cis ? 'CIS' : 'KIS',
        eligibilityCategory: r.pick(categories),
        referralSource: r.pick(['WELFARE_CENTRE', 'WELFARE_CENTRE', 'LABOUR_OFFICE', 'OWN_APPLICATION'] as const),
        referringOrganisation: null,
        programmeDocumentKind: cis ? 'IPZS' : 'SOCIAL_CONTRACT',
        programmeDocumentNumber: `${cis ? 'IPZS' : 'KS'}/${i + 1}/${startDate.slice(0, 4)}`,
        programmeSignedOn: startDate,
        startDate,
        trialEndDate: cis ? periodEnd(startDate, 1) : null,
        plannedEndDate,
        extensionReason: null,
        endDate,
        endReason: endDate ? 'Podjęcie zatrudnienia' : null,
        outcome: endDate ? r.pick(['EMPLOYMENT', 'EMPLOYMENT', 'SOCIAL_COOPERATIVE', 'DROPPED_OUT'] as const) : null,
        enrolledBy: 'seed',
        enrolledByOrganisation: facility.operator.id,
        endedBy: endDate ? 'seed' : null,
      });
      created++;
      const last = endDate && endDate < today ? endDate : addDays(today, -1);
      for (let d = startDate > attendanceFrom ? startDate : attendanceFrom; d <= last; d = addDays(d, 1)) {
        if (!isWorkingDay(d)) continue;
        const roll = r.next();
        const [status, excusedKind, hours] =
          roll < 0.86
            ? (['PRESENT', null, r.pick([6, 6, 7, 6.5])] as const)
            : roll < 0.93
              ? (['EXCUSED_ABSENCE', 'SICK_LEAVE', null] as const)
              : roll < 0.96
                ? (['EXCUSED_ABSENCE', 'DAY_OFF', null] as const)
                : (['UNEXCUSED_ABSENCE', null, null] as const);
        em.create(AttendanceEntry, {
          participation,
          date: d,
          facility,
          status,
          excusedKind,
          hours,
          reportId: stableId(`report:${facility.id}:${monthOf(d)}`),
          reportedBy: 'seed',
          reportedAt: new Date(`${d}T16:00:00Z`),
          corrections: 0,
        });
      }
    }
    em.create(AttendanceMonthClosure, { facility, month: closedMonth, closedBy: 'seed', closedByRole: 'NGO_STAFF' });
    passedThrough(facility, cis, (PARTICIPANTS_IN_THE_YEAR[facility.name] ?? created) - created);
  }

  /**
   * Kraków 2017 (DOMAIN.md): 904 took part in the MOPS KIS in the year, 115 in KIS "Leonardo", 60 in
   * the KIS for people with disabilities, 163 in the CIS, 33 in the CIS for homeless persons. Beside
   * today's participants, the rest came and left within the past year, before the closed month (no
   * attendance of theirs is in the months the demo reports).
   */
  function passedThrough(facility: Facility, cis: boolean, extra: number) {
    const until = addDays(firstDayOf(closedMonth), -1);
    for (let i = 0; i < extra; i++) {
      const person = makePerson(em, pesel, r, `person:${facility.id}:past:${i}`, usedPesels);
      const startDate = addDays(today, -r.int(240, 364));
      const stay = addDays(startDate, r.int(14, 120));
      const endDate = stay < until ? stay : until;
      em.create(Participation, {
        id: stableId(`participation:${facility.id}:past:${i}`),
        person,
        facility,
        programme: cis ? 'CIS' : 'KIS',
        eligibilityCategory: r.pick(categories),
        referralSource: r.pick(['WELFARE_CENTRE', 'LABOUR_OFFICE', 'OWN_APPLICATION'] as const),
        referringOrganisation: null,
        programmeDocumentKind: cis ? 'IPZS' : 'SOCIAL_CONTRACT',
        programmeDocumentNumber: null,
        programmeSignedOn: startDate,
        startDate,
        trialEndDate: cis ? periodEnd(startDate, 1) : null,
        plannedEndDate: periodEnd(startDate, 12),
        extensionReason: null,
        endDate,
        endReason: 'Zakończenie udziału',
        outcome: r.pick(['EMPLOYMENT', 'DROPPED_OUT', 'OTHER', 'EMPLOYMENT', 'SOCIAL_COOPERATIVE'] as const),
        enrolledBy: 'seed',
        enrolledByOrganisation: facility.operator.id,
        endedBy: 'seed',
      });
    }
  }

  const entitled = makePerson(em, pesel, r, 'person:benefit-entitled', usedPesels);
  em.create(LabourMarketStatus, {
    peselHash: entitled.peselHash,
    labourOfficeId: DEMO_ORGANISATIONS.labourOffice,
    registeredSince: addDays(today, -90),
    benefitEntitled: true,
    deregisteredOn: null,
    reportedBy: 'seed',
  });
  await em.flush();
}
