import { allow } from 'graphql-shield';
import { hasRole } from './access/rules.js';
import { AuditEvent } from './audit/audit.entities.js';
import { AuditLogResolver } from './audit/audit.resolvers.js';
import { AuditEventConnection } from './audit/audit.types.js';
import { PrincipalResolver } from './auth/principal.types.js';
import { SeedRun } from './db/seed-history.entities.js';
import type { HubModule } from './module.js';

/** What every hub serves whatever modules it carries: `me`, the audit log, and their tables. */
export const coreModule: HubModule = {
  name: 'core',
  entities: [AuditEvent, SeedRun],
  resolvers: [PrincipalResolver, AuditLogResolver],
  permissions: {
    Query: { me: allow, today: allow, auditLog: hasRole('ADMIN') },
    // Refused inside the resolver unless the hub runs on the development secret outside production.
    Mutation: { developmentSignIn: allow },
    Principal: { '*': allow },
    PageInfo: { '*': allow },
    AuditEvent: { '*': hasRole('ADMIN') },
    [AuditEventConnection.names[0]!]: { '*': hasRole('ADMIN') },
    [AuditEventConnection.names[1]!]: { '*': hasRole('ADMIN') },
  },
};
