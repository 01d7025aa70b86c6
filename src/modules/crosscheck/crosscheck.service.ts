import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { forbidden, tooManyRequests, InputProblems } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { peselProblem } from '../../core/pesel.js';
import { participationsByPeselHashes, type ParticipationStatusRow } from '../integration/index.js';
import { recordLabourMarketStatuses, type LabourMarketStatusRow } from '../persons/index.js';
import { registryLoaders } from '../registry/index.js';
import { MAX_PESELS_PER_BATCH, type CrossCheckPurpose } from './crosscheck.rules.js';
import { CROSS_CHECK } from './crosscheck.messages.js';
import { CORE } from '../../core/messages/core.messages.js';

export type CrossCheckStatus = 'INVALID_PESEL' | 'NOT_FOUND' | 'ACTIVE' | 'ENDED';

export interface CrossCheckResultView {
  index: number;
  status: CrossCheckStatus;
  participation: ParticipationStatusRow | null;
}

/** One limiter per hub: PESELs per user per hour. */
const crossCheckLimiter = new WeakMap<object, RateLimiterMemory>();

async function consumeCrossCheckBudget(ctx: RequestContext, pesels: number): Promise<void> {
  const limits = ctx.limits;
  let limiter = crossCheckLimiter.get(limits);
  if (!limiter) {
    limiter = new RateLimiterMemory({ points: limits.crossCheckPeselsPerHour, duration: 3600 });
    crossCheckLimiter.set(limits, limiter);
  }
  const { role, organisationId, userId } = ctx.principal;
  try {
    await limiter.consume(`${role}|${organisationId}|${userId}`, Math.max(pesels, 1));
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const seconds = Math.ceil(rejection.msBeforeNext / 1000);
    throw tooManyRequests(seconds, CROSS_CHECK.RATE_LIMIT({ limit: limits.crossCheckPeselsPerHour, seconds }));
  }
}

/** The participation that answers the question: an ongoing one (a CIS before a KIS), else the latest ended. */
function mostRelevant(rows: ParticipationStatusRow[], today: string): ParticipationStatusRow {
  const ongoing = (r: ParticipationStatusRow) => r.endDate === null || r.endDate >= today;
  return [...rows].sort(
    (a, b) =>
      Number(ongoing(b)) - Number(ongoing(a)) || (a.programme === b.programme ? 0 : a.programme === 'CIS' ? -1 : 1) || b.startDate.localeCompare(a.startDate),
  )[0]!;
}

/**
 * Answers for each PESEL, in input order, only whether the person takes part in social employment
 * (LABOUR_OFFICE, ADMIN): programme, facility, dates and end reason, nothing else. An invalid
 * PESEL is answered as such and the batch goes on. The whole batch is one look-up by keyed hash;
 * every checked PESEL's hash and the purpose go into the audit trail, never the PESEL.
 */
export async function crossCheckPersons(ctx: RequestContext, pesels: string[], purpose: CrossCheckPurpose): Promise<CrossCheckResultView[]> {
  const problems = new InputProblems();
  if (pesels.length > MAX_PESELS_PER_BATCH) problems.add('pesels', CROSS_CHECK.PESELS_PER_BATCH({ max: MAX_PESELS_PER_BATCH }));
  problems.throwIfAny();
  await consumeCrossCheckBudget(ctx, pesels.length);

  const hashes = pesels.map((p) => (peselProblem(p.trim()) ? null : ctx.pesel.lookupHash(p.trim())));
  const valid = [...new Set(hashes.filter((h): h is string => h !== null))];
  const byHash = await participationsByPeselHashes(ctx.em, valid);
  const today = ctx.clock.today();
  const results = hashes.map((hash, index): CrossCheckResultView => {
    if (!hash) return { index, status: 'INVALID_PESEL', participation: null };
    const rows = byHash.get(hash);
    if (!rows?.length) return { index, status: 'NOT_FOUND', participation: null };
    const participation = mostRelevant(rows, today);
    return { index, status: participation.endDate === null || participation.endDate >= today ? 'ACTIVE' : 'ENDED', participation };
  });
  // One line per batch, listing every checked PESEL's keyed hash: ten thousand lines would cost more
  // than the look-up itself. Find the checks of one person with `details->'peselHashes' ? '<hash>'`.
  ctx.audit.recordRead({
    operation: ctx.operationName ?? 'crossCheckPersons',
    subjectType: 'CrossCheckBatch',
    subjectId: null,
    field: 'participationStatus',
    details: { purpose, checked: pesels.length, invalid: hashes.length - hashes.filter(Boolean).length, peselHashes: valid },
  });
  return results;
}

export interface UnemploymentStatusInput {
  pesel: string;
  registeredSince?: string | null;
  benefitEntitled: boolean;
  deregisteredOn?: string | null;
}

/**
 * Records what a labour office knows of its registered unemployed (LABOUR_OFFICE): one row per
 * PESEL and office, upserted, so that a repeated report changes nothing. All or nothing; every
 * invalid entry is listed with its path.
 */
export async function reportUnemploymentStatus(ctx: RequestContext, entries: UnemploymentStatusInput[]) {
  const office = ctx.principal.organisationId ? await ctx.loaders(registryLoaders).organisation.load(ctx.principal.organisationId) : null;
  if (!office || office.kind !== 'LABOUR_OFFICE') throw forbidden(CROSS_CHECK.REPORTER_NOT_A_LABOUR_OFFICE());
  const problems = new InputProblems();
  if (entries.length === 0) problems.add('entries', CORE.BATCH_EMPTY());
  if (entries.length > MAX_PESELS_PER_BATCH) problems.add('entries', CORE.BATCH_TOO_LARGE({ max: MAX_PESELS_PER_BATCH }));
  const today = ctx.clock.today();
  const seen = new Map<string, number>();
  const rows: LabourMarketStatusRow[] = [];
  entries.forEach((entry, i) => {
    const at = (field: string) => ['entries', i, field];
    const pesel = entry.pesel.trim();
    const problem = peselProblem(pesel);
    if (problem) return problems.add(at('pesel'), problem);
    const first = seen.get(pesel);
    if (first !== undefined) return problems.add(at('pesel'), CROSS_CHECK.SAME_PESEL({ other: `entries.${first}` }));
    seen.set(pesel, i);
    const since = entry.registeredSince ?? null;
    const until = entry.deregisteredOn ?? null;
    if (since && since > today) problems.add(at('registeredSince'), CROSS_CHECK.REGISTRATION_IN_FUTURE());
    if (until && since && until < since) problems.add(at('deregisteredOn'), CROSS_CHECK.DEREGISTERED_BEFORE_REGISTERED());
    if (until && !since) problems.add(at('registeredSince'), CROSS_CHECK.REGISTRATION_DATE_MISSING());
    if (entry.benefitEntitled && !since) problems.add(at('benefitEntitled'), CROSS_CHECK.BENEFIT_WITHOUT_REGISTRATION());
    rows.push({ peselHash: ctx.pesel.lookupHash(pesel), registeredSince: since, benefitEntitled: entry.benefitEntitled, deregisteredOn: until });
  });
  problems.throwIfAny();
  return ctx.em.transactional(async (em) => {
    const counts = await recordLabourMarketStatuses(em, office.id, ctx.principal.userId ?? 'unknown', rows);
    ctx.audit.recordWrite(em, {
      operation: 'reportUnemploymentStatus',
      subjectType: 'Organisation',
      subjectId: office.id,
      details: { entries: entries.length, ...counts },
    });
    await em.flush();
    return { received: entries.length, ...counts };
  });
}
