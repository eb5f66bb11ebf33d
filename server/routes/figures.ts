import { createRoute, z } from '@hono/zod-openapi';
import { FUND_IDS, METRICS } from '../domain/vocabulary.js';
import { listFigures } from '../queries/figures.js';
import { createRouter, jsonContent, type Deps } from './router.js';
import { ErrorSchema, FigureSchema } from './schemas.js';

const FigureQuerySchema = z.object({
  id: z.string().max(80).optional().openapi({ param: { name: 'id', in: 'query' }, example: 'vftc-001' }),
  fund: z.enum(FUND_IDS).optional().openapi({ param: { name: 'fund', in: 'query' } }),
  year: z.coerce.number().int().min(1980).max(2100).optional().openapi({ param: { name: 'year', in: 'query' }, example: 2020 }),
  metric: z.enum(METRICS).optional().openapi({ param: { name: 'metric', in: 'query' } }),
  donor: z
    .string()
    .regex(/^[A-Za-z0-9-]{2,80}$/, 'must be an ISO3 code or a donor id')
    .optional()
    .openapi({ param: { name: 'donor', in: 'query' }, example: 'DNK' }),
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'must be an ISO3 code')
    .optional()
    .openapi({ param: { name: 'country', in: 'query' }, example: 'MDV' }),
});

const listFiguresRoute = createRoute({
  method: 'get',
  path: '/figures',
  summary: 'Figures, filtered by fund, year, metric, donor or country, each with its qualifiers and sources',
  tags: ['figures'],
  request: { query: FigureQuerySchema },
  responses: {
    200: jsonContent(z.object({ figures: z.array(FigureSchema) }), 'Figures matching every filter given, each with its sources'),
    400: jsonContent(ErrorSchema, 'A filter is not valid'),
  },
});

export const figureRoutes = ({ db }: Deps) =>
  createRouter().openapi(listFiguresRoute, async (c) => c.json({ figures: await listFigures(db, c.req.valid('query')) }, 200));
