// The donors', Boards' and gap views: /gaps, /donors, and a fund's donor base and review under /funds.

import { createRoute } from '@hono/zod-openapi';
import { ErrorSchema, FundIdParamSchema } from '../contract/schemas.js';
import {
  DonorBaseSchema,
  DonorIdParamSchema,
  DonorMatrixSchema,
  DonorSchema,
  GapsSchema,
  ReviewPeriodSchema,
  ReviewSchema,
} from '../contract/views.js';
import { donorBaseView, donorMatrixView, donorView, gapsView, reviewView } from '../queries/analysis.js';
import { createRouter, fundNotFound, jsonContent, type Deps } from './router.js';

const gaps = createRoute({
  method: 'get',
  path: '/',
  summary:
    'Per fund and year: requirement, received, outstanding, gap and coverage, funds ranked by gap where the requirement is known',
  tags: ['views'],
  responses: {
    200: jsonContent(GapsSchema, 'Requirement, received, outstanding, gap and coverage per fund and year'),
  },
});

const donors = createRoute({
  method: 'get',
  path: '/',
  summary: 'Donor × fund matrix of recorded payments and pledges',
  tags: ['views'],
  responses: { 200: jsonContent(DonorMatrixSchema, 'Donor × fund matrix') },
});

const donor = createRoute({
  method: 'get',
  path: '/{id}',
  summary: 'One donor: pledges and payments by fund and year, rank and share, pledges not yet paid',
  tags: ['views'],
  request: { params: DonorIdParamSchema },
  responses: {
    200: jsonContent(
      DonorSchema,
      'What the donor pledged and paid to each fund by year, its rank and share, pledges not yet paid',
    ),
    404: jsonContent(ErrorSchema, 'No such donor'),
  },
});

const donorBase = createRoute({
  method: 'get',
  path: '/{id}/donor-base',
  summary:
    'A fund’s donor base by year: donors, new, returning, lapsed, top-five share, States with no recorded contribution',
  tags: ['views'],
  request: { params: FundIdParamSchema },
  responses: {
    200: jsonContent(
      DonorBaseSchema,
      'Donors per year, first recorded, returning, lapsed, share of the top five; States with no recorded contribution',
    ),
    404: jsonContent(ErrorSchema, 'No fund with that id'),
  },
});

const review = createRoute({
  method: 'get',
  path: '/{id}/review',
  summary:
    'Board review pack for a fund and period: sources and uses, year-on-year changes, donor base, outputs, completeness',
  tags: ['views'],
  request: { params: FundIdParamSchema, query: ReviewPeriodSchema },
  responses: {
    200: jsonContent(ReviewSchema, 'The Board review pack for a fund and period'),
    400: jsonContent(ErrorSchema, 'Invalid period'),
    404: jsonContent(ErrorSchema, 'No fund with that id'),
  },
});

/** Mounted at /gaps. */
export const gapRoutes = ({ db }: Deps) =>
  createRouter().openapi(gaps, async (c) => c.json(await gapsView(db), 200));

/** Mounted at /donors. */
export const donorRoutes = ({ db }: Deps) =>
  createRouter()
    .openapi(donors, async (c) => c.json(await donorMatrixView(db), 200))
    .openapi(donor, async (c) => {
      const { id } = c.req.valid('param');
      const view = await donorView(db, id);
      if (!view) return c.json({ error: { code: 'not_found', message: `No donor with id "${id}".` } }, 404);
      return c.json(view, 200);
    });

/** Mounted at /funds, after fundRoutes: the views of one fund. */
export const fundViewRoutes = ({ db }: Deps) =>
  createRouter()
    .openapi(donorBase, async (c) => {
      const { id } = c.req.valid('param');
      const view = await donorBaseView(db, id);
      if (!view) return c.json(fundNotFound(id), 404);
      return c.json(view, 200);
    })
    .openapi(review, async (c) => {
      const { id } = c.req.valid('param');
      const { from, to } = c.req.valid('query');
      const view = await reviewView(db, id, from, to);
      if (!view) return c.json(fundNotFound(id), 404);
      return c.json(view, 200);
    });
