// Figures: the filter of GET /figures and the body of POST/PUT /figures (the answers are in schemas.ts).

import { z } from '@hono/zod-openapi';
import { partialDate } from './dates.js';
import { FIGURE_PAGE_DEFAULT, FIGURE_PAGE_MAX } from './paging.js';
import { ATTRIBUTIONS,
  BASES, CONTRIBUTION_STATUSES, FUND_IDS, METRICS, PERIODS, PRECISIONS } from './vocabulary.js';

export const FigureFilterSchema = z.object({
  id: z
    .string()
    .max(80)
    .optional()
    .openapi({ param: { name: 'id', in: 'query' }, example: 'vftc-001' }),
  fund: z
    .enum(FUND_IDS)
    .optional()
    .openapi({ param: { name: 'fund', in: 'query' } }),
  year: z.coerce
    .number()
    .int()
    .min(1980)
    .max(2100)
    .optional()
    .openapi({ param: { name: 'year', in: 'query' }, example: 2020 }),
  metric: z
    .enum(METRICS)
    .optional()
    .openapi({ param: { name: 'metric', in: 'query' } }),
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

/** GET /figures: the filter, and which page (keyset: the `next` of the previous answer). */
export const FigureListQuerySchema = FigureFilterSchema.extend({
  cursor: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/, 'must be the `next` of a previous answer')
    .optional()
    .openapi({ param: { name: 'cursor', in: 'query' }, description: 'where the page starts: the `next` of the previous page' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(FIGURE_PAGE_MAX)
    .optional()
    .openapi({ param: { name: 'limit', in: 'query' }, example: 100, description: `figures per page, at most ${FIGURE_PAGE_MAX} (default ${FIGURE_PAGE_DEFAULT})` }),
});

export const FigureIdParamSchema = z.object({
  id: z
    .string()
    .max(80)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'vftc-001' }),
});

const text = (max: number) => z.string().trim().min(1).max(max);

export const FigureInputSchema = z
  .object({
    fund: z.enum(FUND_IDS),
    year: z.number().int().min(1980).max(2100).nullable(),
    metric: z.enum(METRICS),
    value: z
      .number()
      .int()
      .min(0)
      .max(Number.MAX_SAFE_INTEGER)
      .nullable()
      .openapi({
        description: 'US cents for money metrics, a count otherwise; null when the source gives no number',
      }),
    status: z.enum(CONTRIBUTION_STATUSES).nullable(),
    precision: z.enum(PRECISIONS),
    period: z.enum(PERIODS),
    periodStart: z.number().int().min(1980).max(2100).nullable(),
    asOf: partialDate.nullable(),
    donor: z.string().max(80).nullable(),
    countries: z.array(z.string().regex(/^[A-Z]{3}$/, 'must be ISO3 codes')).max(300),
    scope: text(500).nullable(),
    session: text(120).nullable(),
    note: text(4000).nullable(),
    attribution: z
      .enum(ATTRIBUTIONS)
      .default('direct')
      .openapi({ description: 'unconfirmed when the source does not say the fund paid for it' }),
    basis: z.enum(BASES).default('reported').openapi({ description: 'planned when the count was announced before the session' }),
    sources: z
      .array(z.object({ id: z.string().max(120), locator: text(500).nullable() }))
      .min(1, 'every figure needs a source')
      .max(5),
  })
  .openapi('FigureInput');
export type FigureInput = z.infer<typeof FigureInputSchema>;
