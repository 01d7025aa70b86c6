import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../../src/core/audit/audit.entities.js';
import { AuditRecorder } from '../../../src/core/audit/recorder.js';
import { startTestHub, testToday, type TestHub } from '../../support/test-hub.js';

const today = testToday('2026-11-24');

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ today });
});
afterAll(() => t?.close());

describe('audit recorder', () => {
  it('writes the reads of one request in a single statement, with who read what', async () => {
    const recorder = new AuditRecorder({ role: 'MOPS_WORKER', userId: 'kasia', organisationId: '00000000-0000-4000-8000-00000000000a' });
    for (const id of ['p1', 'p2', 'p3']) recorder.recordRead({ operation: 'participants', subjectType: 'Person', subjectId: id, field: 'pesel' });
    const { count } = await t.countStatements(() => recorder.flushReads(t.em()));
    expect(count).toBe(1);
    const events = await t.em().find(AuditEvent, { operation: 'participants' }, { orderBy: { subjectId: 'asc' } });
    expect(events.map((e) => [e.action, e.actorId, e.actorRole, e.subjectId, e.field])).toEqual([
      ['READ', 'kasia', 'MOPS_WORKER', 'p1', 'pesel'],
      ['READ', 'kasia', 'MOPS_WORKER', 'p2', 'pesel'],
      ['READ', 'kasia', 'MOPS_WORKER', 'p3', 'pesel'],
    ]);
    expect(recorder.pendingReadCount).toBe(0);
  });

  it('writes nothing when nothing sensitive was read', async () => {
    const recorder = new AuditRecorder({ role: 'PUBLIC', userId: null, organisationId: null });
    const { count } = await t.countStatements(() => recorder.flushReads(t.em()));
    expect(count).toBe(0);
  });

  it('records a write only when its transaction commits', async () => {
    const recorder = new AuditRecorder({ role: 'ADMIN', userId: 'root', organisationId: null });
    await expect(
      t.em().transactional(async (em) => {
        recorder.recordWrite(em, { operation: 'doomedWrite', subjectType: 'Facility', subjectId: 'x' });
        await em.flush();
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await t.em().count(AuditEvent, { operation: 'doomedWrite' })).toBe(0);
  });
});
