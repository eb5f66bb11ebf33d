// The API's shared response shapes: documented in /api/openapi.json, checked by the route handlers,
// returned by the query layer and read by the web, so the document, the handlers and the typed web
// client cannot drift apart. The shapes of one area (views, statements, imports, accounts) are in
// the files beside this one; like them, this file imports nothing from the rest of the server.

import { z } from '@hono/zod-openapi';
import {
  ATTRIBUTIONS,
  BASES,
  CALL_BODIES,
  CALL_KINDS,
  CALL_REFERENCES,
  ESTABLISHING_BODIES,
  INSTRUMENT_KINDS,
  TITLE_KINDS,
  CONTRIBUTION_STATUSES,
  ENTITY_KINDS,
  FUND_IDS,
  METRICS,
  MONEY_METRICS,
  PERIODS,
  PRECISIONS,
  SOURCE_KINDS,
  SOURCE_STATUSES,
  UNITS,
} from './vocabulary.js';

export const ErrorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) })
  .openapi('Error');

export const BilingualSchema = z.object({ en: z.string(), fr: z.string() }).openapi('Bilingual');

export const EntityRefSchema = z
  .object({ id: z.string(), iso3: z.string().nullable(), kind: z.enum(ENTITY_KINDS), name: BilingualSchema })
  .openapi('EntityRef');

export const FigureSourceSchema = z
  .object({
    id: z.string(),
    kind: z.enum(SOURCE_KINDS),
    title: z.string(),
    titleIs: z.enum(TITLE_KINDS).openapi({ description: 'published: the title as the document prints it (quote it); description: our description of the document (never quote it as a title)' }),
    symbol: z.string().nullable(),
    locator: z.string().nullable(),
    url: z.string().openapi({ description: 'the official address (ohchr.org, undocs.org or the publisher), or the copy read when no official address is known' }),
    date: z.string().nullable(),
    language: z.string().nullable(),
    copyRead: z.string().nullable().openapi({ description: 'the copy actually read when it is not `url`: a staging mirror of ohchr.org or an aggregator' }),
  })
  .openapi('FigureSource');

export const FigureSchema = z
  .object({
    id: z.string(),
    fund: z.enum(FUND_IDS),
    year: z.number().int().nullable(),
    metric: z.enum(METRICS),
    value: z.number().int().nullable().openapi({ description: 'US cents when unit is usd_cents, a count otherwise; null when the source gives no number' }),
    unit: z.enum(UNITS),
    status: z.enum(CONTRIBUTION_STATUSES).nullable(),
    precision: z.enum(PRECISIONS),
    period: z.enum(PERIODS),
    periodStart: z.number().int().nullable(),
    asOf: z.string().nullable(),
    donor: EntityRefSchema.nullable(),
    country: z.string().nullable().openapi({ description: 'ISO3 of the beneficiary State when the figure is about exactly one' }),
    countries: z.array(EntityRefSchema),
    scope: z.string().nullable(),
    session: z.string().nullable(),
    attribution: z.enum(ATTRIBUTIONS).openapi({ description: 'unconfirmed: the source names it in connection with the fund without saying the fund paid for it' }),
    basis: z.enum(BASES).openapi({ description: 'planned: a count announced before the session ("will support 16 delegates"); reported: stated after the fact' }),
    note: z.string().nullable(),
    secondary: z.boolean().openapi({ description: 'every source of the figure is a secondary source' }),
    sources: z.array(FigureSourceSchema).min(1),
    conflictsWith: z.array(z.string()),
  })
  .openapi('Figure');

export const InstrumentSchema = z
  .object({ kind: z.enum(INSTRUMENT_KINDS), number: z.string().openapi({ example: '6/17' }) })
  .openapi('Instrument');

export const EstablishmentEventSchema = z
  .object({
    id: z.string(),
    date: z.string().nullable().openapi({ description: 'YYYY, YYYY-MM or YYYY-MM-DD as the source gives it; null when it gives none' }),
    body: z.enum(ESTABLISHING_BODIES).nullable(),
    instruments: z.array(InstrumentSchema),
    source: FigureSourceSchema,
    note: z.string().nullable(),
  })
  .openapi('EstablishmentEvent');

export const CouncilCallSchema = z
  .object({
    id: z.string(),
    body: z.enum(CALL_BODIES),
    call: z.enum(CALL_KINDS).openapi({ description: 'what the paragraph asks or reports; the wording shown is the dashboard\'s own' }),
    adopted: z.string().openapi({ description: 'date of adoption (resolutions) or of the document' }),
    funds: z.array(z.enum(FUND_IDS)),
    reference: z.enum(CALL_REFERENCES).openapi({ description: 'named: the paragraph names the fund; relevant_funds: it speaks of the relevant UN funds, and the same document names this fund' }),
    source: FigureSourceSchema,
    note: z.string().nullable(),
  })
  .openapi('CouncilCall');

export const FundSchema = z
  .object({
    id: z.enum(FUND_IDS),
    name: BilingualSchema,
    shortName: BilingualSchema,
    establishment: z.array(EstablishmentEventSchema).openapi({ description: 'what each source says of when and how the fund was created; several when sources differ' }),
    establishmentYearsDisagree: z.boolean().openapi({ description: 'the sources give different years' }),
    note: z.string().nullable(),
    figureCount: z.number().int(),
  })
  .openapi('Fund');

const BoundSchema = z.enum(['exact', 'at_least', 'at_most']);
/** A list of ids cut to its first ones (server/domain/citedFigures.ts): how many more there are. */
const OmittedSchema = z
  .number()
  .int()
  .positive()
  .optional()
  .openapi({ description: "how many more figures this value cites than the list holds (a total over many figures lists the first ones; the fund's figure list has them all)" });

export const QuantitySchema = z
  .object({
    value: z.number().int().nullable(),
    bound: BoundSchema,
    approximate: z.boolean(),
    partialYear: z.boolean(),
    figureIds: z.array(z.string()),
    figureIdsOmitted: OmittedSchema,
  })
  .openapi('Quantity');

export const YearValueSchema = QuantitySchema.extend({
  alternativeIds: z.array(z.string()),
  alternativeIdsOmitted: OmittedSchema,
  sourcesDisagree: z.boolean(),
  status: z.enum(CONTRIBUTION_STATUSES).nullable(),
}).openapi('YearValue');

export const RatioSchema = z
  .object({ value: z.number().nullable(), bound: BoundSchema, approximate: z.boolean(), figureIds: z.array(z.string()), figureIdsOmitted: OmittedSchema })
  .openapi('Ratio');

export const FundYearFundingSchema = z
  .object({
    year: z.number().int(),
    contributions: YearValueSchema,
    received: YearValueSchema,
    pledged: YearValueSchema,
    outstanding: QuantitySchema,
    expenditure: YearValueSchema,
    requirement: YearValueSchema,
    gap: QuantitySchema,
    surplus: QuantitySchema,
    coverage: RatioSchema,
  })
  .openapi('FundYearFunding');

export const MetricPointSchema = z.object({ year: z.number().int(), value: YearValueSchema }).openapi('MetricPoint');

export const BacklogEntrySchema = z
  .object({
    source: z.object({ id: z.string(), kind: z.enum(SOURCE_KINDS), symbol: z.string().nullable(), title: z.string(), titleIs: z.enum(TITLE_KINDS), url: z.string().nullable(), date: z.string().nullable() }),
    fund: z.enum(FUND_IDS),
    yearFrom: z.number().int().nullable(),
    yearTo: z.number().int().nullable(),
    metrics: z.array(z.enum(METRICS)),
    locator: z.string().nullable(),
    note: z.string().nullable(),
  })
  .openapi('BacklogEntry');

const MoneyMetricSchema = z.enum(MONEY_METRICS);

export const FundGlanceSchema = z
  .object({
    latestMoney: z
      .array(z.object({ metric: MoneyMetricSchema, figureId: z.string(), year: z.number().int().nullable() }))
      .openapi({ description: 'per money metric: the most recent fund-level statement, whatever its period' }),
    receivedAndSpent: z
      .array(z.object({ year: z.number().int(), received: YearValueSchema, spent: YearValueSchema, difference: QuantitySchema }))
      .openapi({ description: 'each year with received or spending recorded, newest first; difference = received − spent, unknown unless both are known' }),
    latestBalancedYear: z.number().int().nullable(),
    contributionsTrend: z.object({
      points: z.array(MetricPointSchema),
      change: QuantitySchema.openapi({ description: 'last − first known year, with the qualifiers both carry' }),
      direction: z.enum(['up', 'down', 'flat', 'unclear']).nullable().openapi({ description: 'only where the qualifiers leave no doubt; null with fewer than two years' }),
    }),
    gap: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('known'), year: z.number().int(), requirement: YearValueSchema, received: YearValueSchema, gap: QuantitySchema, surplus: QuantitySchema, coverage: RatioSchema }),
      z.object({ kind: z.literal('requirement_only'), year: z.number().int(), requirement: YearValueSchema }),
      z.object({
        kind: z.literal('no_requirement'),
        knownInstead: z
          .array(z.object({ metric: z.enum(METRICS), figureId: z.string(), year: z.number().int().nullable() }))
          .openapi({ description: 'the latest statement of every other metric, money and counts: what is known where no gap can be' }),
      }),
    ]),
  })
  .openapi('FundGlance');

export const FundDetailSchema = z
  .object({
    fund: FundSchema,
    funding: z.array(FundYearFundingSchema).openapi({ description: 'per year: contributions, received, pledged, outstanding, expenditure, requirement, gap, surplus, coverage' }),
    series: z.record(z.string(), z.array(MetricPointSchema)).openapi({ description: 'per metric: its fund-level yearly values (never a cumulative or multi-year figure)' }),
    latest: z.record(z.string(), FigureSchema).openapi({ description: 'per metric: the most recent fund-level statement, whatever its period' }),
    figures: z.array(FigureSchema).openapi({ description: 'the figures the page cites beside its values (latest statements, the chosen yearly values); every figure of the fund: GET /figures?fund=…, a page at a time' }),
    backlog: z.array(BacklogEntrySchema),
    calls: z.array(CouncilCallSchema).openapi({ description: 'the Council\'s calls on States to contribute, and the Advisory Committee\'s findings, that bear on this fund; newest first' }),
    glance: FundGlanceSchema.openapi({ description: 'what the fund page answers first: latest money figures, received less spent, the trend, the gap or what is known instead' }),
  })
  .openapi('FundDetail');

export const SourceSchema = z
  .object({
    id: z.string(),
    kind: z.enum(SOURCE_KINDS),
    status: z.enum(SOURCE_STATUSES),
    symbol: z.string().nullable(),
    title: z.string(),
    titleIs: z.enum(TITLE_KINDS),
    language: z.string().nullable(),
    date: z.string().nullable(),
    url: z.string().nullable(),
    copyRead: z.string().nullable(),
    note: z.string().nullable(),
    figureCount: z.number().int(),
    backlog: z.array(BacklogEntrySchema.omit({ source: true })),
  })
  .openapi('Source');

export type Figure = z.infer<typeof FigureSchema>;
export type Fund = z.infer<typeof FundSchema>;
export type FundDetail = z.infer<typeof FundDetailSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type BacklogEntry = z.infer<typeof BacklogEntrySchema>;
export type EntityRef = z.infer<typeof EntityRefSchema>;
export type FigureSource = z.infer<typeof FigureSourceSchema>;
export type Quantity = z.infer<typeof QuantitySchema>;
export type YearValue = z.infer<typeof YearValueSchema>;
export type Ratio = z.infer<typeof RatioSchema>;
export type FundYearFunding = z.infer<typeof FundYearFundingSchema>;
export type FundGlance = z.infer<typeof FundGlanceSchema>;

/** A fund in the path (/funds/{id}): any text, so that an unknown fund gets the same 404 on every route. */
export const FundIdParamSchema = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'vftc' }) });
export type EstablishmentEvent = z.infer<typeof EstablishmentEventSchema>;
export type CouncilCall = z.infer<typeof CouncilCallSchema>;
