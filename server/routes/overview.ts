// GET /overview: what the overview's cards show, every fund in one answer.

import { createRoute } from '@hono/zod-openapi';
import { OverviewSchema } from '../contract/overview.js';
import { overviewView } from '../queries/overview.js';
import { createRouter, jsonContent, type Deps } from './router.js';

const overviewRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'Every fund as its overview card shows it: latest statements, yearly money values, and the figures cited',
  tags: ['funds'],
  responses: { 200: jsonContent(OverviewSchema, 'Per fund: latest figures, the card chart\'s yearly values, the figures they cite') },
});

export const overviewRoutes = ({ db }: Deps) => createRouter().openapi(overviewRoute, async (c) => c.json(await overviewView(db), 200));
