import type { AuditAction } from '../audit/audit.entities.js';
import type { Role } from '../auth/principal.js';
import type { EnumLabels } from './enum-labels.js';

/** The labels of the enums the hub's core declares (roles, audit actions). */
export const coreEnumLabels: EnumLabels = {
  Role: {
    PUBLIC: 'Bez logowania',
    ANALYST: 'Analityk miasta',
    MOPS_WORKER: 'Pracownik MOPS',
    NGO_STAFF: 'Pracownik organizacji',
    LABOUR_OFFICE: 'Urzędnik urzędu pracy',
    ADMIN: 'Administrator',
  } satisfies Record<Role, string>,
  AuditAction: { READ: 'Odczyt danych osobowych', WRITE: 'Zmiana' } satisfies Record<keyof typeof AuditAction, string>,
};
