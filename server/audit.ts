// The audit log: every write records who did what to which thing, and its state before and after,
// in the same transaction as the write (so there is no change without its entry, nor the reverse).

import type { Queryable } from './db/connection.js';

export interface Actor {
  id: number | null;
  email: string;
}

/** Changes made from the command line (npm run user:add) are recorded under this actor. */
export const COMMAND_LINE: Actor = { id: null, email: 'command line' };

export type AuditAction = 'create' | 'update' | 'delete' | 'import' | 'restore';
export type AuditEntity = 'figure' | 'source' | 'user' | 'import' | 'backup';

export interface AuditInput {
  action: AuditAction;
  entity: AuditEntity;
  entityId: string;
  before: unknown;
  after: unknown;
}

export async function recordAudit(tx: Queryable, actor: Actor, entry: AuditInput): Promise<void> {
  await tx.query(
    'INSERT INTO audit_log (user_id, user_email, action, entity, entity_id, before, after) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)',
    [actor.id, actor.email, entry.action, entry.entity, entry.entityId, json(entry.before), json(entry.after)],
  );
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

export interface AuditEntry {
  id: number;
  at: string;
  userEmail: string;
  action: AuditAction;
  entity: AuditEntity;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AuditFilter {
  entity?: AuditEntity | undefined;
  entityId?: string | undefined;
  action?: AuditAction | undefined;
  user?: string | undefined;
  limit?: number | undefined;
  before?: number | undefined;
}

export async function listAudit(db: Queryable, filter: AuditFilter = {}): Promise<AuditEntry[]> {
  const rows = await db.query<{
    id: unknown;
    at: Date | string;
    user_email: string;
    action: AuditAction;
    entity: AuditEntity;
    entity_id: string;
    before: unknown;
    after: unknown;
  }>(
    `SELECT id, at, user_email, action, entity, entity_id, before, after FROM audit_log
      WHERE ($1::text IS NULL OR entity = $1) AND ($2::text IS NULL OR entity_id = $2)
        AND ($3::text IS NULL OR action = $3) AND ($4::text IS NULL OR user_email = lower($4))
        AND ($5::bigint IS NULL OR id < $5)
      ORDER BY id DESC LIMIT $6`,
    [filter.entity ?? null, filter.entityId ?? null, filter.action ?? null, filter.user ?? null, filter.before ?? null, filter.limit ?? 100],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    at: new Date(r.at).toISOString(),
    userEmail: r.user_email,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before,
    after: r.after,
  }));
}
