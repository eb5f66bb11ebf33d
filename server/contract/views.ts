// The donors', Boards' and gap views: their requests and answers.

import { z } from '@hono/zod-openapi';
import {
  BacklogEntrySchema,
  EntityRefSchema,
  FigureSchema,
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
  outstanding: QuantitySchema,
});
export const DonorFundSummarySchema = z
  .object({
    donorId: z.string(),
    fund: z.string(),
    years: z.array(DonorYearSchema),
    totalReceived: QuantitySchema,
    totalPledged: QuantitySchema,
    totalOutstanding: QuantitySchema,
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
          share: RatioSchema.nullable(),
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
  withoutRecordedContribution: z.array(z.string()),
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
  completeness: z.array(CompletenessSchema),
  undatedDocuments: z.array(BacklogEntrySchema),
});

export type Gaps = z.infer<typeof GapsSchema>;
export type DonorMatrix = z.infer<typeof DonorMatrixSchema>;
export type Donor = z.infer<typeof DonorSchema>;
export type DonorBase = z.infer<typeof DonorBaseSchema>;
export type DonorBaseYear = z.infer<typeof DonorBaseYearSchema>;
export type Review = z.infer<typeof ReviewSchema>;
export type Completeness = z.infer<typeof CompletenessSchema>;
