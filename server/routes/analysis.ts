// The donors', Boards' and gap views: thin handlers over queries/analysis.ts.

import { createRoute, z } from '@hono/zod-openapi';
import { FUND_IDS, METRICS } from '../domain/vocabulary.js';
import { donorBaseView, donorMatrix, donorView, gapsView, reviewView } from '../queries/analysis.js';
import { createRouter, jsonContent, type Deps } from './router.js';
import {
  BacklogEntrySchema,
  EntityRefSchema,
  ErrorSchema,
  FigureSchema,
  FigureSourceSchema,
  FundSchema,
  FundYearFundingSchema,
  QuantitySchema,
  RatioSchema,
  YearValueSchema,
} from './schemas.js';

const DonorYearSchema = z.object({
  year: z.number().int(),
  donorId: z.string(),
  pledged: YearValueSchema,
  received: YearValueSchema,
  contributions: YearValueSchema.openapi({ description: 'contributions as their source qualifies them (received, or not stated whether paid); never a bare pledge' }),
  outstanding: QuantitySchema,
});
const DonorFundSummarySchema = z
  .object({
    donorId: z.string(),
    fund: z.string(),
    years: z.array(DonorYearSchema),
    totalReceived: QuantitySchema,
    totalContributions: QuantitySchema,
    contributionsAllReceived: z.boolean(),
    totalPledged: QuantitySchema.openapi({ description: 'every pledge, dated or not' }),
    totalOutstanding: QuantitySchema,
    pledgedPaymentNotRecorded: QuantitySchema.openapi({ description: 'the amount of the pledges for which no payment is recorded' }),
    otherFigureIds: z.array(z.string()),
  })
  .openapi('DonorFundSummary');
const DonorBaseYearSchema = z
  .object({
    year: z.number().int(),
    statedDonors: YearValueSchema,
    statedNewDonors: YearValueSchema,
    recordedDonors: z.array(z.string()),
    firstRecorded: z.array(z.string()),
    returning: z.array(z.string()),
    lapsed: z.array(z.string()),
    topFiveShare: RatioSchema,
  })
  .openapi('DonorBaseYear');

const fundParam = z.object({ id: z.enum(FUND_IDS).openapi({ param: { name: 'id', in: 'path' }, example: 'vftc' }) });

const gaps = createRoute({
  method: 'get',
  path: '/gaps',
  summary: 'Per fund and year: requirement, received, outstanding, gap and coverage, funds ranked by gap where the requirement is known',
  tags: ['views'],
  responses: {
    200: jsonContent(
      z.object({
        funds: z.array(z.object({ fund: FundSchema, years: z.array(FundYearFundingSchema), latestWithRequirement: FundYearFundingSchema.nullable(), requirementDocuments: z.array(BacklogEntrySchema) })),
        ranking: z.array(z.enum(FUND_IDS)).openapi({ description: 'funds with a known gap, largest latest gap first' }),
      }),
      'Requirement, received, outstanding, gap and coverage per fund and year',
    ),
  },
});

const donors = createRoute({
  method: 'get',
  path: '/donors',
  summary: 'Donor × fund matrix of recorded payments and pledges',
  tags: ['views'],
  responses: {
    200: jsonContent(
      z.object({ donors: z.array(z.object({ donor: EntityRefSchema, funds: z.record(z.string(), DonorFundSummarySchema.nullable()) })) }),
      'Donor × fund matrix',
    ),
  },
});

const donor = createRoute({
  method: 'get',
  path: '/donors/{id}',
  summary: 'One donor: pledges and payments by fund and year, rank and share, pledges not yet paid',
  tags: ['views'],
  request: { params: z.object({ id: z.string().max(80).openapi({ param: { name: 'id', in: 'path' }, example: 'DNK' }) }) },
  responses: {
    200: jsonContent(
      z.object({
        donor: EntityRefSchema,
        funds: z.array(
          z.object({
            fund: z.enum(FUND_IDS),
            summary: DonorFundSummarySchema,
            rankings: z.array(
              z.object({
                year: z.number().int(),
                rank: z.number().int().nullable(),
                notRankedReason: z.enum(['pledge_only', 'amount_not_stated', 'amount_not_exact']).nullable(),
                share: RatioSchema.nullable(),
                fundTotalKnown: z.boolean(),
                donorsRecorded: z.number().int(),
                complete: z.boolean(),
              }),
            ),
          }),
        ),
        figures: z.array(FigureSchema),
      }),
      'What the donor pledged and paid to each fund by year, its rank and share, pledges not yet paid',
    ),
    404: jsonContent(ErrorSchema, 'No such donor'),
  },
});

const donorBase = createRoute({
  method: 'get',
  path: '/funds/{id}/donor-base',
  summary: 'A fund’s donor base by year: donors, new, returning, lapsed, top-five share, States with no recorded contribution',
  tags: ['views'],
  request: { params: fundParam },
  responses: {
    200: jsonContent(
      z.object({
        fund: z.string(),
        years: z.array(DonorBaseYearSchema),
        donors: z.record(z.string(), EntityRefSchema),
        withoutRecordedContribution: z.array(z.string()).openapi({ description: 'Member States of the United Nations with no contribution recorded for the fund' }),
        memberStates: z.number().int().openapi({ description: 'the number of Member States the list is taken from (193)' }),
      }),
      'Donors per year, first recorded, returning, lapsed, share of the top five; States with no recorded contribution',
    ),
    400: jsonContent(ErrorSchema, 'Unknown fund'),
  },
});

const review = createRoute({
  method: 'get',
  path: '/funds/{id}/review',
  summary: 'Board review pack for a fund and period: sources and uses, year-on-year changes, donor base, outputs, completeness',
  tags: ['views'],
  request: {
    params: fundParam,
    query: z
      .object({
        from: z.coerce.number().int().min(1980).max(2100).openapi({ example: 2019 }),
        to: z.coerce.number().int().min(1980).max(2100).openapi({ example: 2020 }),
      })
      .refine((q) => q.to >= q.from && q.to - q.from <= 40, { message: 'to must be from or later, and the period at most 40 years', path: ['to'] }),
  },
  responses: {
    200: jsonContent(
      z.object({
        fund: z.string(),
        from: z.number().int(),
        to: z.number().int(),
        sourcesAndUses: z.array(z.object({ year: z.number().int(), values: z.record(z.string(), YearValueSchema) })),
        yearOnYear: z.array(z.object({ metric: z.enum(METRICS), year: z.number().int(), change: QuantitySchema, relative: RatioSchema })),
        donorBase: z.array(DonorBaseYearSchema),
        activities: z.array(FigureSchema),
        figures: z.array(FigureSchema),
        completeness: z.array(z.object({ year: z.number().int(), metric: z.enum(METRICS), recorded: z.boolean(), documents: z.array(BacklogEntrySchema) })),
        undatedDocuments: z.array(BacklogEntrySchema),
        citations: z.record(z.string(), z.array(FigureSourceSchema)).openapi({ description: 'the sources of every figure an amount in the pack rests on, by figure id' }),
      }),
      'The Board review pack for a fund and period',
    ),
    400: jsonContent(ErrorSchema, 'Invalid fund or period'),
  },
});

export const analysisRoutes = ({ db }: Deps) =>
  createRouter()
    .openapi(gaps, async (c) => c.json(await gapsView(db), 200))
    .openapi(donors, async (c) => c.json(await donorMatrix(db), 200))
    .openapi(donor, async (c) => {
      const { id } = c.req.valid('param');
      const view = await donorView(db, id);
      if (!view) return c.json({ error: { code: 'not_found', message: `No donor with id "${id}".` } }, 404);
      return c.json(view, 200);
    })
    .openapi(donorBase, async (c) => c.json(await donorBaseView(db, c.req.valid('param').id), 200))
    .openapi(review, async (c) => {
      const { id } = c.req.valid('param');
      const { from, to } = c.req.valid('query');
      return c.json(await reviewView(db, id, from, to), 200);
    });
