import type { EntityManager } from '../src/core/db/database.js';
import { seedDemoCisStatus, seedDemoRegistry } from './demo-registry.js';
import { seedDemoAssessments } from './demo-standards.js';
import { seedDemoIntegration } from './demo-integration.js';
import { seedDemoFosterCare } from './demo-fostercare.js';
import { seedDemoReferrals } from './demo-referrals.js';
import { seedDemoCooperation } from './demo-cooperation.js';
import { seedDemoSociallyUsefulWork } from './demo-socially-useful-work.js';
import { seedDemoWinter } from './demo-winter.js';
import { seedDemoHomelessCount } from './demo-homeless-count.js';
import type { PeselProtection } from '../src/core/personal-data/pesel-protection.js';

/**
 * The whole demo city, module by module; run once per database (see `seedOnce`). Its recent history
 * (occupancy reports, attendance, placements) ends on `today`, the hub's clock.
 */
export async function seedDemoCity(em: EntityManager, pesel: PeselProtection, today: string): Promise<void> {
  await seedDemoRegistry(em, today);
  await seedDemoCisStatus(em, today);
  await seedDemoWinter(em, today);
  await seedDemoAssessments(em, today);
  // One set of the PESELs handed out, so that no two made-up persons share one.
  const usedPesels = new Set<string>();
  await seedDemoIntegration(em, pesel, today, usedPesels);
  await seedDemoFosterCare(em, pesel, today, usedPesels);
  await seedDemoReferrals(em, pesel, today, usedPesels);
  await seedDemoCooperation(em);
  await seedDemoSociallyUsefulWork(em, today);
  await seedDemoHomelessCount(em, today);
}
