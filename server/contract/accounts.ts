// Accounts: signing in, the accounts themselves, and the audit log of every change.

import { z } from '@hono/zod-openapi';
import { ROLES } from './vocabulary.js';

export const SessionUserSchema = z
  .object({ id: z.number().int(), email: z.string(), role: z.enum(ROLES) })
  .openapi('SessionUser');
export const SessionSchema = z.object({ user: SessionUserSchema.nullable() }).openapi('Session');
export type SessionUser = z.infer<typeof SessionUserSchema>;

export const SignInSchema = z.object({ email: z.string().max(254), password: z.string().max(1024) });

export const UserSchema = z
  .object({
    id: z.number().int(),
    email: z.string(),
    role: z.enum(ROLES),
    disabled: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('User');
export type User = z.infer<typeof UserSchema>;

export const UserIdParamSchema = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'id', in: 'path' } }),
});

export const NewUserSchema = z.object({
  email: z.string().max(254),
  password: z.string().max(1024),
  role: z.enum(ROLES),
});

export const UserChangeSchema = z
  .strictObject({
    role: z.enum(ROLES).optional(),
    disabled: z.boolean().optional(),
    password: z.string().max(1024).optional(),
  })
  .refine((change) => Object.keys(change).length > 0, 'give at least one of role, disabled, password');

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'import', 'restore'] as const;
export const AUDIT_ENTITIES = ['figure', 'source', 'user', 'import', 'backup'] as const;

export const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    userEmail: z.string(),
    action: z.enum(AUDIT_ACTIONS),
    entity: z.enum(AUDIT_ENTITIES),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .openapi('AuditEntry');

export const AuditFilterSchema = z.object({
  entity: z.enum(AUDIT_ENTITIES).optional(),
  entityId: z.string().max(120).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  user: z.string().max(254).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .openapi({ description: 'entries older than this id (next page)' }),
});
