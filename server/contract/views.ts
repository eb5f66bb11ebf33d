// The donors', Boards' and gap views: their requests and answers.

import { z } from '@hono/zod-openapi';
import {
  BacklogEntrySchema,
  EntityRefSchema,
  FigureSchema,
  FigureSourceSchema,
  FundSchema,
  FundYearFundingSchema,
  QuantitySchema,
  RatioSchema,
  YearValueSchema,
} from './schemas.js';
import { FUND_IDS, METRICS } from './vocabulary.js';

export const DonorYearSchema = z.object({
  year: z.number().int(),
  donorId: z.string(),
  pledged: YearValueSchema,
  received: YearValueSchema,
  contributions: YearValueSchema.openapi({
    description: 'contributions as their source qualifies them (received, or not stated whether paid); never a bare pledge',
  }),
  outstanding: QuantitySchema,
  pledgedPaymentNotRecorded: QuantitySchema.openapi({
    description: "the year's pledge when no payment or contribution is recorded for the year; unknown (no figure) otherwise",
  }),
});
export const DonorFundSummarySchema = z
  .object({
    donorId: z.string(),
    fund: z.string(),
    years: z.array(DonorYearSchema),
    totalReceived: QuantitySchema,
    totalContributions: QuantitySchema,
    contributionsAllReceived: z.boolean(),
    totalPledged: QuantitySchema.openapi({ description: 'every pledge, dated or not' }),
    totalOutstanding: QuantitySchema,
    pledgedPaymentNotRecorded: QuantitySchema.openapi({
      description: 'the amount of the pledges for which no payment is recorded',
    }),
    otherFigureIds: z.array(z.string()),
  })
  .openapi('DonorFundSummary');
export const DonorBaseYearSchema = z
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

export const GapsSchema = z.object({
  funds: z.array(
    z.object({
      fund: FundSchema,
      years: z.array(FundYearFundingSchema),
      latestWithRequirement: FundYearFundingSchema.nullable(),
      requirementDocuments: z.array(BacklogEntrySchema),
    }),
  ),
  ranking: z
    .array(z.enum(FUND_IDS))
    .openapi({ description: 'funds with a known gap, largest latest gap first' }),
});

export const DonorMatrixSchema = z.object({
  donors: z.array(
    z.object({ donor: EntityRefSchema, funds: z.record(z.string(), DonorFundSummarySchema.nullable()) }),
  ),
});

export const DonorIdParamSchema = z.object({
  id: z
    .string()
    .max(80)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'DNK' }),
});

export const DonorSchema = z.object({
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
});

export const DonorBaseSchema = z.object({
  fund: z.string(),
  years: z.array(DonorBaseYearSchema),
  donors: z.record(z.string(), EntityRefSchema),
  withoutRecordedContribution: z
    .array(z.string())
    .openapi({ description: 'Member States of the United Nations with no contribution recorded for the fund' }),
  memberStates: z.number().int().openapi({ description: 'the number of Member States the list is taken from (193)' }),
  rankings: z
    .array(
      z.object({
        year: z.number().int(),
        withheldReason: z.enum(['fund_total_unknown', 'no_exact_amounts']).nullable().openapi({
          description: 'why no ranking is given for the year; null when it is (exact amounts and a known fund total)',
        }),
        fundReceived: YearValueSchema,
        standings: z.array(z.object({ donorId: z.string(), received: YearValueSchema, rank: z.number().int().nullable(), share: RatioSchema })),
        complete: z.boolean().openapi({ description: 'every donor recorded for the year has an exact amount' }),
        notRanked: z.array(z.object({ donorId: z.string(), reason: z.enum(['pledge_only', 'amount_not_stated', 'amount_not_exact']) })),
      }),
    )
    .openapi({ description: 'per year with a donor recorded, newest first: donors ranked by what they paid, or why not' }),
});

export const ReviewPeriodSchema = z
  .object({
    from: z.coerce.number().int().min(1980).max(2100).openapi({ example: 2019 }),
    to: z.coerce.number().int().min(1980).max(2100).openapi({ example: 2020 }),
  })
  .refine((q) => q.to >= q.from && q.to - q.from <= 40, {
    message: 'to must be from or later, and the period at most 40 years',
    path: ['to'],
  });

export const CompletenessSchema = z.object({
  year: z.number().int(),
  metric: z.enum(METRICS),
  recorded: z.boolean(),
  documents: z.array(BacklogEntrySchema),
});

export const ReviewSchema = z.object({
  fund: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  sourcesAndUses: z.array(
    z.object({ year: z.number().int(), values: z.record(z.string(), YearValueSchema) }),
  ),
  yearOnYear: z.array(
    z.object({
      metric: z.enum(METRICS),
      year: z.number().int(),
      change: QuantitySchema,
      relative: RatioSchema,
    }),
  ),
  donorBase: z.array(DonorBaseYearSchema),
  activities: z.array(FigureSchema),
  figures: z.array(FigureSchema),
  results: z
    .array(z.object({ year: z.number().int(), contributionsLessExpenditure: QuantitySchema, impliedClosingBalance: QuantitySchema }))
    .openapi({
      description:
        'Per year, computed from the recorded lines only: contributions less expenditure, and opening balance + contributions + other income − expenditure − programme support costs; unknown when any line it needs is unknown',
    }),
  summary: z
    .object({
      linesRecorded: z.number().int(),
      linesTotal: z.number().int(),
      latestResult: z
        .object({ year: z.number().int(), contributions: YearValueSchema, expenditure: YearValueSchema, difference: QuantitySchema })
        .nullable()
        .openapi({ description: 'the latest year of the period whose contributions less expenditure is known; null when none is' }),
      latestContributions: z
        .object({ year: z.number().int(), value: YearValueSchema })
        .nullable()
        .openapi({ description: 'the latest year of the period with contributions recorded; null when none is' }),
      balancesRecorded: z.number().int(),
      documentsToRead: z.number().int().openapi({ description: 'documents known to hold a missing figure of the period, or undated ones' }),
    })
    .openapi({ description: 'what the pack’s opening paragraph says' }),
  completeness: z.array(CompletenessSchema),
  undatedDocuments: z.array(BacklogEntrySchema),
  citations: z.record(z.string(), z.array(FigureSourceSchema)).openapi({
    description: 'the sources of every figure an amount in the pack rests on, by figure id',
  }),
});

export type Gaps = z.infer<typeof GapsSchema>;
export type DonorMatrix = z.infer<typeof DonorMatrixSchema>;
export type Donor = z.infer<typeof DonorSchema>;
export type DonorBase = z.infer<typeof DonorBaseSchema>;
export type DonorBaseYear = z.infer<typeof DonorBaseYearSchema>;
export type Review = z.infer<typeof ReviewSchema>;
export type Completeness = z.infer<typeof CompletenessSchema>;
