import type { EntityManager } from '../src/core/db/database.js';
import { todayInWarsaw } from '../src/core/graphql/scalars.js';
import { seedDemoRegistry } from './demo-registry.js';
import { seedDemoAssessments } from './demo-standards.js';
import { seedDemoIntegration } from './demo-integration.js';
import { seedDemoFosterCare } from './demo-fostercare.js';
import type { PeselProtection } from '../src/core/personal-data/pesel-protection.js';

/** The whole demo city, module by module; run once per database (see `seedOnce`). */
export async function seedDemoCity(em: EntityManager, pesel: PeselProtection): Promise<void> {
  const today = todayInWarsaw();
  await seedDemoRegistry(em, today);
  await seedDemoAssessments(em, today);
  await seedDemoIntegration(em, pesel, today);
  await seedDemoFosterCare(em, pesel, today);
}
