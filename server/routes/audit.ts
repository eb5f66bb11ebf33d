// GET /audit: the audit log, for editors.

import { createRoute, z } from '@hono/zod-openapi';
import { listAudit } from '../audit.js';
import { requireRole } from '../auth/middleware.js';
import { AuditEntrySchema, AuditFilterSchema } from '../contract/accounts.js';
import { ErrorSchema } from '../contract/schemas.js';
import { createRouter, jsonContent, type Deps } from './router.js';

const list = createRoute({
  method: 'get',
  path: '/',
  summary: 'The audit log of every change (editors)',
  tags: ['editing'],
  middleware: [requireRole('editor')] as const,
  request: { query: AuditFilterSchema },
  responses: {
    200: jsonContent(z.object({ entries: z.array(AuditEntrySchema) }), 'Newest first'),
    400: jsonContent(ErrorSchema, 'A filter is not valid'),
    401: jsonContent(ErrorSchema, 'Not signed in'),
    403: jsonContent(ErrorSchema, 'Not an editor'),
  },
});

export const auditRoutes = ({ db }: Deps) =>
  createRouter().openapi(list, async (c) =>
    c.json({ entries: await listAudit(db, c.req.valid('query')) }, 200),
  );
