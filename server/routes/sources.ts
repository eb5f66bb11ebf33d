// GET /sources: every document cited, and every document known to hold figures not yet transcribed.

import { createRoute, z } from '@hono/zod-openapi';
import { SourceSchema } from '../contract/schemas.js';
import { listSources } from '../queries/sources.js';
import { createRouter, jsonContent, type Deps } from './router.js';

const listSourcesRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'Every source document, cited or holding figures not yet transcribed',
  tags: ['sources'],
  responses: {
    200: jsonContent(
      z.object({ sources: z.array(SourceSchema) }),
      'Every cited document, and every document known to hold figures not yet transcribed (status not_transcribed) with what it would fill',
    ),
  },
});

export const sourceRoutes = ({ db }: Deps) =>
  createRouter().openapi(listSourcesRoute, async (c) => c.json({ sources: await listSources(db) }, 200));
