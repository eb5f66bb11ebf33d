// GET /figures: figures filtered by fund, year, metric, donor or country.

import { createRoute, z } from '@hono/zod-openapi';
import { FigureFilterSchema } from '../contract/figures.js';
import { ErrorSchema, FigureSchema } from '../contract/schemas.js';
import { listFigures } from '../queries/figures.js';
import { createRouter, jsonContent, type Deps } from './router.js';

const listFiguresRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'Figures, filtered by fund, year, metric, donor or country, each with its qualifiers and sources',
  tags: ['figures'],
  request: { query: FigureFilterSchema },
  responses: {
    200: jsonContent(
      z.object({ figures: z.array(FigureSchema) }),
      'Figures matching every filter given, each with its sources',
    ),
    400: jsonContent(ErrorSchema, 'A filter is not valid'),
  },
});

export const figureRoutes = ({ db }: Deps) =>
  createRouter().openapi(listFiguresRoute, async (c) =>
    c.json({ figures: await listFigures(db, c.req.valid('query')) }, 200),
  );
