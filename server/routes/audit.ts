import { createRoute, z } from '@hono/zod-openapi';
import { listAudit } from '../audit.js';
import { requireRole } from '../auth/middleware.js';
import { createRouter, jsonContent, type Deps } from './router.js';
import { ErrorSchema } from './schemas.js';

const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    userEmail: z.string(),
    action: z.enum(['create', 'update', 'delete', 'import', 'restore']),
    entity: z.enum(['figure', 'source', 'user', 'import', 'backup']),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .openapi('AuditEntry');

const list = createRoute({
  method: 'get',
  path: '/audit',
  summary: 'The audit log of every change (editors)',
  tags: ['editing'],
  middleware: [requireRole('editor')] as const,
  request: {
    query: z.object({
      entity: z.enum(['figure', 'source', 'user', 'import', 'backup']).optional(),
      entityId: z.string().max(120).optional(),
      action: z.enum(['create', 'update', 'delete', 'import', 'restore']).optional(),
      user: z.string().max(254).optional(),
      limit: z.coerce.number().int().min(1).max(500).default(100),
      before: z.coerce.number().int().positive().optional().openapi({ description: 'entries older than this id (next page)' }),
    }),
  },
  responses: {
    200: jsonContent(z.object({ entries: z.array(AuditEntrySchema) }), 'Newest first'),
    400: jsonContent(ErrorSchema, 'A filter is not valid'),
    401: jsonContent(ErrorSchema, 'Not signed in'),
    403: jsonContent(ErrorSchema, 'Not an editor'),
  },
});

export const auditRoutes = ({ db }: Deps) => createRouter().openapi(list, async (c) => c.json({ entries: await listAudit(db, c.req.valid('query')) }, 200));
