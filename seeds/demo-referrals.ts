import type { EntityManager } from '../src/core/db/database.js';
import { addDays } from '../src/core/calendar.js';
import type { PeselProtection } from '../src/core/personal-data/pesel-protection.js';
import { Referral } from '../src/modules/referrals/index.js';
import type { RejectionReason } from '../src/modules/referrals/referrals.rules.js';
import { Facility, Organisation } from '../src/modules/registry/index.js';
import { DEMO_ORGANISATIONS } from './demo-ids.js';
import { makePerson } from './demo-integration.js';
import { seededRandom, stableId } from './random.js';

const REASONS: RejectionReason[] = ['NO_FREE_PLACE', 'NO_FREE_PLACE', 'NO_FREE_PLACE', 'DID_NOT_REPORT', 'CLIENT_REFUSED', 'NOT_ELIGIBLE_BENEFIT_ENTITLED'];

/**
 * Half a year of referrals ending on `today`: the labour office to the KIS and CIS, the welfare
 * centre to shelters and the crisis-intervention centre, answered in a few days, refused mostly for
 * lack of places (more so in the winter months), some withdrawn, some left to expire, the latest
 * still waiting. Enough for the statistics and the dashboard to show unmet demand.
 */
export async function seedDemoReferrals(em: EntityManager, pesel: PeselProtection, today: string, usedPesels: Set<string>): Promise<void> {
  const r = seededRandom(17);
  const social = await em.find(
    Facility,
    { type: { $in: ['SOCIAL_INTEGRATION_CENTRE', 'SOCIAL_INTEGRATION_CLUB'] }, status: 'ACTIVE' },
    { orderBy: { name: 'asc' } },
  );
  const shelters = await em.find(
    Facility,
    { type: { $in: ['NIGHT_SHELTER', 'HOMELESS_SHELTER', 'CRISIS_INTERVENTION_CENTRE'] }, status: 'ACTIVE' },
    { orderBy: { name: 'asc' } },
  );
  for (let i = 0; i < 180; i++) {
    const fromOffice = r.next() < 0.6 || !shelters.length;
    const facility = fromOffice ? r.pick(social) : r.pick(shelters);
    if (!facility) continue;
    const sentOn = addDays(today, -r.int(0, 182));
    const respondBy = addDays(sentOn, 14);
    const person = makePerson(em, pesel, r, `person:referred:${i}`, usedPesels);
    const winter = ['11', '12', '01', '02'].includes(sentOn.slice(5, 7));
    const roll = r.next();
    const answeredOn = addDays(sentOn, r.int(1, 9));
    const answered = answeredOn <= today;
    let status: 'SENT' | 'ACCEPTED' | 'REJECTED' | 'WITHDRAWN' = 'SENT';
    let reason: RejectionReason | null = null;
    if (answered && roll < (winter && !fromOffice ? 0.35 : 0.55)) status = 'ACCEPTED';
    else if (answered && roll < 0.88) {
      status = 'REJECTED';
      reason = winter && !fromOffice ? 'NO_FREE_PLACE' : r.pick(REASONS);
    } else if (answered && roll < 0.92) status = 'WITHDRAWN';
    em.create(Referral, {
      id: stableId(`referral:${i}`),
      idempotencyKey: `demo-${i}`,
      person,
      sender: em.getReference(Organisation, fromOffice ? DEMO_ORGANISATIONS.labourOffice : DEMO_ORGANISATIONS.mops),
      senderKind: fromOffice ? 'LABOUR_OFFICE' : 'WELFARE_CENTRE',
      facility,
      programme: fromOffice && r.next() < 0.2 ? 'ACTIVATION_AND_INTEGRATION' : null,
      legalBasis: fromOffice ? 'art. 12 ust. 1 ustawy o zatrudnieniu socjalnym' : 'art. 48a ustawy o pomocy społecznej',
      sentOn,
      respondBy,
      status,
      rejectionReason: reason,
      rejectionText: null,
      answeredOn: status === 'SENT' ? null : answeredOn,
      answeredBy: status === 'SENT' ? null : 'seed',
      sentBy: 'seed',
      participationId: null,
      placementId: null,
      contentHash: `demo-${i}`,
    });
  }
  await em.flush();
}
