import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, jsonContent, type Deps } from './router.js';

const HealthSchema = z.object({ ok: z.boolean(), db: z.enum(['pglite', 'postgres']) }).openapi('Health');

const getHealth = createRoute({
  method: 'get',
  path: '/health',
  summary: 'Whether the server and its database answer',
  tags: ['operations'],
  responses: { 200: jsonContent(HealthSchema, 'The server and its database answer') },
});

export const healthRoutes = ({ db }: Deps) =>
  createRouter().openapi(getHealth, async (c) => {
    await db.query('SELECT 1');
    return c.json({ ok: true, db: db.kind }, 200);
  });
