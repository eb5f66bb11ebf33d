// GET /health: for load balancers and monitors.

import { createRoute } from '@hono/zod-openapi';
import { HealthDownSchema, HealthSchema } from '../contract/health.js';
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from '../db/errors.js';
import { syntheticFlag } from '../synthetic/flag.js';
import { createRouter, jsonContent, type Deps } from './router.js';

const getHealth = createRoute({
  method: 'get',
  path: '/',
  summary: 'Whether the server and its database answer, the data version, and whether the data is synthetic',
  tags: ['operations'],
  responses: {
    200: jsonContent(HealthSchema, 'The server and its database answer'),
    503: jsonContent(HealthDownSchema, 'The server answers but its database does not'),
  },
});

export const healthRoutes = ({ db }: Deps) =>
  createRouter().openapi(getHealth, async (c) => {
    try {
      const [dataVersion, synthetic] = await Promise.all([db.dataVersion(), syntheticFlag(db)]);
      return c.json({ ok: true, db: db.kind, dataVersion, synthetic }, 200);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      c.header('Retry-After', '5');
      return c.json({ ok: false as const, db: db.kind, error: DATABASE_UNAVAILABLE }, 503);
    }
  });
