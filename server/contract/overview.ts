// The overview: exactly what its cards show, in one answer (GET /overview), so the first view asks
// once instead of once per fund, and never receives a fund's every figure.

import { z } from '@hono/zod-openapi';
import { CONTRIBUTION_STATUSES } from './vocabulary.js';
import { FigureSchema, FundSchema, QuantitySchema, RatioSchema } from './schemas.js';

/** A card's yearly value: the funding module's choice, with how many other statements it was chosen over. */
export const CardValueSchema = QuantitySchema.extend({
  sourcesDisagree: z.boolean(),
  status: z.enum(CONTRIBUTION_STATUSES).nullable(),
  alternativeCount: z.number().int().openapi({ description: 'other fund-level statements of the same value, not used (listed on the fund page)' }),
}).openapi('CardValue');

/** A computed card value (a sum, a gap): its qualifiers; the figures behind it are listed on the fund page. */
export const CardQuantitySchema = QuantitySchema.pick({ value: true, bound: true, approximate: true, partialYear: true }).extend({
  figureCount: z.number().int().openapi({ description: 'how many figures it is computed from' }),
}).openapi('CardQuantity');

export const CardYearSchema = z
  .object({
    year: z.number().int(),
    contributions: CardValueSchema,
    expenditure: CardValueSchema,
    requirement: CardValueSchema,
    outstanding: CardQuantitySchema,
    gap: CardQuantitySchema,
    coverage: RatioSchema.omit({ figureIds: true }),
  })
  .openapi('CardYear');

export const OverviewFundSchema = z
  .object({
    fund: FundSchema,
    latest: z.record(z.string(), FigureSchema).openapi({ description: 'per metric: the most recent fund-level statement, whatever its period (as on the fund page)' }),
    funding: z.array(CardYearSchema).openapi({ description: 'per year with a fund-level money figure: the card chart and its table' }),
    figures: z.array(FigureSchema).openapi({ description: 'the figures the card cites (its chart\'s values), each with its qualifiers and sources' }),
    documentsPending: z.number().int().openapi({ description: 'documents known to hold figures of this fund not yet transcribed' }),
  })
  .openapi('OverviewFund');

export const OverviewSchema = z.object({ funds: z.array(OverviewFundSchema) }).openapi('Overview');

export type CardValue = z.infer<typeof CardValueSchema>;
export type CardQuantity = z.infer<typeof CardQuantitySchema>;
export type CardYear = z.infer<typeof CardYearSchema>;
export type OverviewFund = z.infer<typeof OverviewFundSchema>;
export type Overview = z.infer<typeof OverviewSchema>;
