// GET /figures: figures filtered by fund, year, metric, donor or country, a page at a time, newest first.

import { createRoute, z } from '@hono/zod-openapi';
import { FigureListQuerySchema } from '../contract/figures.js';
import { FIGURE_PAGE_DEFAULT } from '../contract/paging.js';
import { ErrorSchema, FigureSchema } from '../contract/schemas.js';
import { decodeCursor, listFigurePage } from '../queries/figures.js';
import { createRouter, jsonContent, type Deps } from './router.js';

const listFiguresRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'Figures, filtered by fund, year, metric, donor or country, each with its qualifiers and sources; newest first, a page at a time',
  tags: ['figures'],
  request: { query: FigureListQuerySchema },
  responses: {
    200: jsonContent(
      z.object({
        figures: z.array(FigureSchema),
        next: z.string().nullable().openapi({ description: 'pass as `cursor` for the next page; null on the last page' }),
      }),
      'One page of the figures matching every filter given, each with its sources',
    ),
    400: jsonContent(ErrorSchema, 'A filter or the cursor is not valid'),
  },
});

export const figureRoutes = ({ db }: Deps) =>
  createRouter().openapi(listFiguresRoute, async (c) => {
    const { cursor: cursorText, limit, ...filter } = c.req.valid('query');
    const cursor = cursorText === undefined ? null : decodeCursor(cursorText);
    if (cursorText !== undefined && cursor === null) {
      return c.json({ error: { code: 'invalid_request', message: 'cursor: not a cursor this API gave (use the `next` of a previous answer)' } }, 400);
    }
    return c.json(await listFigurePage(db, filter, { cursor, limit: limit ?? FIGURE_PAGE_DEFAULT }), 200);
  });
