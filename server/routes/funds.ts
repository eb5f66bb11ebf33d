// /funds: the four funds, and one fund with its yearly funding and every figure about it.

import { createRoute, z } from '@hono/zod-openapi';
import { ErrorSchema, FundDetailSchema, FundIdParamSchema, FundSchema } from '../contract/schemas.js';
import { getFundDetail, listFunds } from '../queries/funds.js';
import { createRouter, fundNotFound, jsonContent, type Deps } from './router.js';

const listFundsRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'The four funds, with their names and establishment',
  tags: ['funds'],
  responses: { 200: jsonContent(z.object({ funds: z.array(FundSchema) }), 'The four trust funds') },
});

const getFundRoute = createRoute({
  method: 'get',
  path: '/{id}',
  summary:
    'One fund: its figures, yearly funding values (received, expenditure, requirement, outstanding, gap, coverage) and missing-document list',
  tags: ['funds'],
  request: { params: FundIdParamSchema },
  responses: {
    200: jsonContent(FundDetailSchema, 'The fund, its per-year funding and every figure about it'),
    404: jsonContent(ErrorSchema, 'No fund with that id'),
  },
});

export const fundRoutes = ({ db }: Deps) =>
  createRouter()
    .openapi(listFundsRoute, async (c) => c.json({ funds: await listFunds(db) }, 200))
    .openapi(getFundRoute, async (c) => {
      const { id } = c.req.valid('param');
      const detail = await getFundDetail(db, id);
      if (!detail) return c.json(fundNotFound(id), 404);
      return c.json(detail, 200);
    });
