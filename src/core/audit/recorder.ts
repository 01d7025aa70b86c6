import type { Principal } from '../auth/principal.js';
import type { EntityManager } from '../db/database.js';
import { AuditEvent, AuditAction } from './audit.entities.js';

const READS_PER_STATEMENT = 2000;

export interface AuditEntry {
  operation: string;
  subjectType: string;
  subjectId: string | null;
  field?: string | null;
  details?: Record<string, unknown> | null;
}

/**
 * The audit trail of one request. Writes are recorded inside the mutation's own transaction, so a
 * rolled-back write leaves no trace and a committed one always has its line. Reads are buffered
 * while the response resolves and written in one INSERT before the response leaves the server.
 */
export class AuditRecorder {
  private readonly pendingReads: AuditEntry[] = [];

  constructor(private readonly principal: Principal) {}

  /** Records a write in the caller's transaction (`em` is the transactional manager). */
  recordWrite(em: EntityManager, entry: AuditEntry): void {
    em.create(AuditEvent, this.toRow(AuditAction.WRITE, entry));
  }

  /** Notes a read of a person-level sensitive field; flushed once per request. */
  recordRead(entry: AuditEntry): void {
    this.pendingReads.push(entry);
  }

  get pendingReadCount(): number {
    return this.pendingReads.length;
  }

  /**
   * Writes the buffered reads: one statement per 2,000 events (a cross-check of 10,000 PESELs has
   * 10,000), which keeps each under the protocol's 65,535 parameters.
   */
  async flushReads(em: EntityManager): Promise<void> {
    if (this.pendingReads.length === 0) return;
    const rows = this.pendingReads.splice(0).map((entry) => this.toRow(AuditAction.READ, entry));
    for (let i = 0; i < rows.length; i += READS_PER_STATEMENT) await em.insertMany(AuditEvent, rows.slice(i, i + READS_PER_STATEMENT));
  }

  private toRow(action: AuditAction, entry: AuditEntry) {
    return {
      id: crypto.randomUUID(),
      occurredAt: new Date(),
      action,
      actorId: this.principal.userId,
      actorRole: this.principal.role,
      actorOrganisationId: this.principal.organisationId,
      operation: entry.operation,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      field: entry.field ?? null,
      details: entry.details ?? null,
    };
  }
}
