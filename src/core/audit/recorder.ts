import type { Principal } from '../auth/principal.js';
import { systemClock, type Clock } from '../clock.js';
import type { EntityManager } from '../db/database.js';
import { runSql } from '../db/sql.js';
import { AuditEvent, AuditAction } from './audit.entities.js';

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

  constructor(
    private readonly principal: Principal,
    private readonly clock: Clock = systemClock(),
  ) {}

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
   * Writes the buffered reads in one statement, however many (a cross-check of 10,000 PESELs has
   * 10,000): the rows travel as one JSON parameter, so no batch meets the protocol's limit of
   * 65,535 parameters.
   */
  async flushReads(em: EntityManager): Promise<void> {
    if (this.pendingReads.length === 0) return;
    const rows = this.pendingReads.splice(0).map((entry) => this.toRow(AuditAction.READ, entry));
    await runSql(
      em,
      `insert into audit_event (id, occurred_at, action, actor_id, actor_role, actor_organisation_id, operation, subject_type, subject_id, field, details)
       select x.id, x.occurred_at, x.action, x.actor_id, x.actor_role, x.actor_organisation_id, x.operation, x.subject_type, x.subject_id, x.field, x.details
         from jsonb_to_recordset(?::jsonb) as x(id uuid, occurred_at timestamptz, action text, actor_id text, actor_role text, actor_organisation_id uuid,
           operation text, subject_type text, subject_id text, field text, details jsonb)`,
      [
        JSON.stringify(
          rows.map((r) => ({
            id: r.id,
            occurred_at: r.occurredAt.toISOString(),
            action: r.action,
            actor_id: r.actorId,
            actor_role: r.actorRole,
            actor_organisation_id: r.actorOrganisationId,
            operation: r.operation,
            subject_type: r.subjectType,
            subject_id: r.subjectId,
            field: r.field,
            details: r.details,
          })),
        ),
      ],
    );
  }

  private toRow(action: AuditAction, entry: AuditEntry) {
    return {
      id: crypto.randomUUID(),
      occurredAt: this.clock.now(),
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
