import type { EntityManager } from '../src/core/db/database.js';
import { Partnership, PartnershipMember, Programme, ProgrammeYear, Stakeholder } from '../src/modules/cooperation/cooperation.entities.js';
import { Organisation } from '../src/modules/registry/index.js';
import { DEMO_ORGANISATIONS } from './demo-ids.js';
import { stableId } from './random.js';

/**
 * Wrocław's published local cooperation (seed 004), carried by the demo city: the local activity
 * programmes (PAL) with their yearly budgets, planned and used, 2013's use not yet known; and the
 * neighbourhood partnerships with the dates they were formed, the informal one without a date, and
 * the four planned for 2013.
 */
/** The MOPS staff working in the PAL, where the seed gives them (2012: 56, 2013: 73); 0 in the years it does not. */
const PAL_YEARS: { year: number; programmes: number; planned: string; used: string | null; socialWorkers: number; specialists: number }[] = [
  { year: 2009, programmes: 1, planned: '18000.00', used: '17701.65', socialWorkers: 0, specialists: 0 },
  { year: 2010, programmes: 4, planned: '64047.60', used: '62923.00', socialWorkers: 0, specialists: 0 },
  { year: 2011, programmes: 6, planned: '141237.19', used: '135776.75', socialWorkers: 0, specialists: 0 },
  { year: 2012, programmes: 6, planned: '152746.52', used: '140563.87', socialWorkers: 19, specialists: 37 },
  { year: 2013, programmes: 10, planned: '190023.30', used: null, socialWorkers: 47, specialists: 26 },
];

const PARTNERSHIPS: { name: string; concludedOn: string | null; formal: boolean; status: 'ACTIVE' | 'PLANNED'; neighbourhood: string }[] = [
  { name: 'Partnerstwo Polanka', concludedOn: '2008-03-27', formal: true, status: 'ACTIVE', neighbourhood: 'Polanka' },
  { name: 'Razem dla Nadodrza', concludedOn: '2010-04-26', formal: true, status: 'ACTIVE', neighbourhood: 'Nadodrze' },
  { name: 'Partnerstwo Gądów i Kosmonautów', concludedOn: '2010-06-10', formal: true, status: 'ACTIVE', neighbourhood: 'Gądów Mały i Kosmonautów' },
  { name: 'Partnerstwo dla Leśnicy', concludedOn: '2010-10-27', formal: true, status: 'ACTIVE', neighbourhood: 'Leśnica' },
  { name: 'Partnerstwo 8 Scen', concludedOn: '2011-03-16', formal: true, status: 'ACTIVE', neighbourhood: 'Przedmieście Oławskie' },
  { name: 'Razem zdziałamy więcej', concludedOn: null, formal: false, status: 'ACTIVE', neighbourhood: 'Huby' },
  ...[
    ['Aktywne Huby', 'Huby'],
    ['Aktywny Szczepin', 'Szczepin'],
    ['Aktywne Gajowice', 'Gajowice'],
    ['Aktywny Ołbin', 'Ołbin'],
  ].map(([name, neighbourhood]) => ({ name: name!, concludedOn: null, formal: true, status: 'PLANNED' as const, neighbourhood: neighbourhood! })),
];

/** Grosze of a decimal amount, exactly. */
const grosze = (amount: string) => BigInt(amount.replace('.', ''));
const zloty = (g: bigint) => `${g / 100n}.${String(g % 100n).padStart(2, '0')}`;

/** A total in grosze split over n programmes: equal shares, the first taking the remainder. */
function split(total: string, n: number): string[] {
  const g = grosze(total);
  const share = g / BigInt(n);
  return Array.from({ length: n }, (_, i) => zloty(i === 0 ? g - share * BigInt(n - 1) : share));
}

/** A head count split over n programmes the same way: equal shares, the first taking the remainder. */
function splitCount(total: number, n: number): number[] {
  const share = Math.floor(total / n);
  return Array.from({ length: n }, (_, i) => (i === 0 ? total - share * (n - 1) : share));
}

export async function seedDemoCooperation(em: EntityManager): Promise<void> {
  const mops = em.create(Stakeholder, {
    id: stableId('stakeholder:mops'),
    category: 'LOCAL_GOVERNMENT_UNIT',
    organisation: em.getReference(Organisation, DEMO_ORGANISATIONS.mops),
    leaderName: null,
    leaderConsentOn: null,
    contactEmail: 'pal@mops.example.pl',
    contactPhone: null,
    note: null,
  });
  const ngo = em.create(Stakeholder, {
    id: stableId('stakeholder:ngo'),
    category: 'NGO',
    organisation: em.getReference(Organisation, DEMO_ORGANISATIONS.ngo),
    leaderName: null,
    leaderConsentOn: null,
    contactEmail: null,
    contactPhone: null,
    note: null,
  });
  const leader = em.create(Stakeholder, {
    id: stableId('stakeholder:leader'),
    category: 'LOCAL_LEADER',
    organisation: null,
    leaderName: 'Halina Przykładowa',
    leaderConsentOn: '2010-03-01',
    contactEmail: null,
    contactPhone: '+48 71 000 00 00',
    note: 'Rada osiedla',
  });
  PARTNERSHIPS.forEach((p, i) => {
    const partnership = em.create(Partnership, {
      id: stableId(`partnership:${i}`),
      name: p.name,
      formal: p.formal,
      status: p.status,
      concludedOn: p.concludedOn,
      dissolvedOn: null,
      districtIds: [],
      neighbourhood: p.neighbourhood,
      goal: 'Program aktywności lokalnej osiedla',
      lead: mops,
    });
    if (p.status === 'ACTIVE') {
      em.create(PartnershipMember, {
        partnership,
        stakeholder: mops,
        role: 'lider',
        onBehalfOf: 'Zespół terenowy pracy socjalnej',
        joinedOn: p.concludedOn,
        leftOn: null,
      });
      em.create(PartnershipMember, {
        partnership,
        stakeholder: i % 2 ? ngo : leader,
        role: 'partner',
        onBehalfOf: null,
        joinedOn: p.concludedOn,
        leftOn: null,
      });
    }
  });
  const running = PARTNERSHIPS.filter((p) => p.status === 'ACTIVE');
  const programmes = Array.from({ length: 10 }, (_, i) => {
    const firstYear = PAL_YEARS.find((y) => y.programmes > i)!.year;
    return em.create(Programme, {
      id: stableId(`programme:pal:${i}`),
      name: `Program aktywności lokalnej ${running[i % running.length]!.neighbourhood}${i >= running.length ? ` ${Math.floor(i / running.length) + 1}` : ''}`,
      kind: 'LOCAL_ACTIVITY_PROGRAMME',
      districtIds: [],
      neighbourhood: running[i % running.length]!.neighbourhood,
      startsOn: `${firstYear}-01-01`,
      endsOn: '2013-12-31',
      targetGroup: 'mieszkańcy osiedla zagrożeni wykluczeniem społecznym',
      targetNumber: 60,
      lead: mops,
      partnerIds: [ngo.id],
    });
  });
  for (const y of PAL_YEARS) {
    const planned = split(y.planned, y.programmes);
    const used = y.used ? split(y.used, y.programmes) : null;
    const workers = splitCount(y.socialWorkers, y.programmes);
    const specialists = splitCount(y.specialists, y.programmes);
    for (let i = 0; i < y.programmes; i++) {
      em.create(ProgrammeYear, {
        programme: programmes[i]!,
        year: y.year,
        plannedBudget: planned[i]!,
        usedBudget: used?.[i] ?? null,
        socialWorkers: workers[i]!,
        specialists: specialists[i]!,
      });
    }
  }
  await em.flush();
}
