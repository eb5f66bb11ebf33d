// Importing a table of figures from a report: the request (POST /imports) and its preview or result.

import { z } from '@hono/zod-openapi';
import { partialDate } from './dates.js';
import { httpUrl } from './sources.js';
import {
  CONTRIBUTION_STATUSES,
  ENTITY_KINDS,
  FUND_IDS,
  MONEY_METRICS,
  PERIODS,
  PRECISIONS,
  SOURCE_KINDS,
} from './vocabulary.js';

export const MAX_IMPORT_CHARS = 10 * 1024 * 1024;

export const ImportRequestSchema = z
  .object({
    fund: z.enum(FUND_IDS),
    year: z.number().int().min(1980).max(2100),
    metric: z.enum(MONEY_METRICS),
    status: z.enum(CONTRIBUTION_STATUSES).nullable(),
    asOf: partialDate.nullable(),
    period: z.enum(PERIODS).default('calendar_year'),
    precision: z.enum(PRECISIONS).default('exact'),
    source: z.object({
      kind: z.enum(SOURCE_KINDS),
      title: z.string().trim().min(1, 'is required').max(1000),
      symbol: z.string().trim().min(1).max(120).nullable().default(null),
      locator: z.string().trim().min(1).max(500).nullable().default(null),
      url: httpUrl,
      date: partialDate.nullable().default(null),
    }),
    format: z.enum(['text', 'csv', 'xlsx']),
    content: z
      .string()
      .max(MAX_IMPORT_CHARS, 'is too large (10 MB at most)')
      .openapi({ description: 'the pasted text or CSV, or the XLSX file in base64' }),
  })
  .openapi('ImportRequest');
export type ImportRequest = z.infer<typeof ImportRequestSchema>;

export const ImportQuerySchema = z.object({ commit: z.enum(['true', 'false']).default('false') });

const ImportDonorSchema = z.object({
  id: z.string(),
  iso3: z.string().nullable(),
  name: z.object({ en: z.string(), fr: z.string() }),
});

export const ImportRowSchema = z.object({
  line: z.number().int(),
  donorName: z.string(),
  donor: ImportDonorSchema.nullable(),
  /**
   * When the name matched no donor, or several: the closest donors (at most 5), or those it matched,
   * for the editor to choose from. Names are matched exactly (normalised), never by resemblance.
   */
  candidates: z.array(ImportDonorSchema.extend({ kind: z.enum(ENTITY_KINDS) })).optional(),
  valueCents: z.number().int().nullable(),
  /** After planning: a figure to create, or one that is already there. Null when the row has an error. */
  state: z.enum(['new', 'existing']).nullable(),
  figureId: z.string().nullable(),
});
export type ImportRow = z.infer<typeof ImportRowSchema>;

export const ImportResultSchema = z
  .object({
    rows: z.array(ImportRowSchema),
    errors: z.array(z.object({ line: z.number().int(), column: z.number().int(), message: z.string() })),
    reconciliation: z
      .object({ statedTotalCents: z.number().int(), computedTotalCents: z.number().int(), ok: z.boolean() })
      .nullable(),
    committed: z.boolean(),
    created: z.number().int(),
    existing: z.number().int(),
    /** Set on commit: the source the figures cite. */
    sourceId: z.string().nullable(),
  })
  .openapi('ImportResult');
export type ImportResult = z.infer<typeof ImportResultSchema>;

/** A report PDF is read up to this size (its base64 is a third larger). */
export const MAX_PDF_BYTES = 7 * 1024 * 1024;

export const DocumentImportRequestSchema = z
  .object({
    content: z
      .string()
      .min(1, 'is empty: send the PDF in base64')
      .max(Math.ceil(MAX_PDF_BYTES / 3) * 4, 'is too large (a PDF of 7 MB at most)')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'is not base64: send the PDF file base64-encoded')
      .openapi({ description: 'the PDF file, base64-encoded' }),
    fileName: z.string().trim().min(1).max(255).optional(),
  })
  .openapi('DocumentImportRequest');
export type DocumentImportRequest = z.infer<typeof DocumentImportRequestSchema>;

export const DocumentTableSchema = z.object({
  /** Stable for one file: page and order on the page ("p33-t1"); names the table to import. */
  id: z.string(),
  page: z.number().int(),
  caption: z.string().nullable(),
  /** The unit the caption states ("Thousands of United States dollars" → 1000), if any. */
  unit: z.object({ multiplier: z.number().int(), text: z.string() }).nullable(),
  /** Header text per column; the first column holds the row labels. */
  columns: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  /** The page each row sits on (a table can run over a page break). */
  rowPages: z.array(z.number().int()),
  /** Indexes of the columns that hold amounts. */
  numericColumns: z.array(z.number().int()),
  /** Indexes of the rows that are totals ("Total", "Subtotal"). */
  totalRows: z.array(z.number().int()),
  /** Cells in amount columns that are not numbers (OCR misreads such as "13 60O"), by page, row and column (from 1). */
  errors: z.array(
    z.object({ page: z.number().int(), row: z.number().int(), column: z.number().int(), text: z.string(), message: z.string() }),
  ),
});

export const DocumentReadingSchema = z
  .object({
    document: z.object({
      symbol: z.string().nullable(),
      title: z.string().nullable(),
      date: z.string().nullable().openapi({ description: 'YYYY-MM-DD, as page 1 states it' }),
      language: z.string().nullable(),
      pages: z.number().int(),
    }),
    tables: z.array(DocumentTableSchema),
  })
  .openapi('DocumentReading');
export type DocumentReading = z.infer<typeof DocumentReadingSchema>;
