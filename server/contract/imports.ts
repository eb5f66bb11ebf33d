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
  STATEMENT_ROLES,
  type StatementRole,
} from './vocabulary.js';

export const MAX_IMPORT_CHARS = 10 * 1024 * 1024;

/** A report PDF is read up to this size (its base64 is a third larger). */
export const MAX_PDF_BYTES = 7 * 1024 * 1024;
const MAX_PDF_BASE64 = Math.ceil(MAX_PDF_BYTES / 3) * 4;
/** Donor choices one request may carry: more than a report's donor table has rows. */
export const MAX_DONOR_CHOICES = 1000;

const pdfContent = z
  .string()
  .min(1, 'is empty: send the PDF in base64')
  .max(MAX_PDF_BASE64, 'is too large (a PDF of 7 MB at most)')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'is not base64: send the PDF file base64-encoded')
  .openapi({ description: 'the PDF file, base64-encoded' });

/** The source figures cite. For a PDF it may be left out: the document itself is cited (see ImportRequest). */
export const ImportSourceSchema = z.object({
  kind: z.enum(SOURCE_KINDS),
  title: z.string().trim().min(1, 'is required').max(1000),
  symbol: z.string().trim().min(1).max(120).nullable().default(null),
  locator: z.string().trim().min(1).max(500).nullable().default(null),
  url: httpUrl,
  date: partialDate.nullable().default(null),
});
export type ImportSource = z.infer<typeof ImportSourceSchema>;

/**
 * The editor's choice of donor for a name that matched none or several (from the row's candidates, or
 * any donor): applied on the next dry run and on commit to rows showing exactly that name. Names that
 * matched one donor keep it; no other name is ever matched by resemblance.
 */
export const DonorChoiceSchema = z.object({
  name: z.string().trim().min(1).max(300).openapi({ description: "the row's donorName, as the preview showed it" }),
  donor: z.string().trim().min(1).max(80).openapi({ description: 'the chosen entity id' }),
});
export type DonorChoice = z.infer<typeof DonorChoiceSchema>;

const donorChoices = z
  .array(DonorChoiceSchema)
  .max(MAX_DONOR_CHOICES, `has too many choices (${MAX_DONOR_CHOICES} at most)`)
  .refine((choices) => new Set(choices.map((c) => c.name)).size === choices.length, 'names a donor name twice')
  .optional();

const tableId = z
  .string()
  .regex(/^p\d{1,4}-t\d{1,3}$/, 'is not a table id: use an id from POST /imports/documents ("p33-t1")')
  .openapi({ description: 'a table id from POST /imports/documents ("p33-t1"); the same PDF must be sent' });
const columnIndex = z.number().int().min(0).max(50);

/**
 * One request for every format. `text`, `csv`, `xlsx`: `content` is the pasted text, the CSV, or the
 * XLSX in base64, and `source` is required. `pdf`: `content` is the report PDF in base64 (7 MB at most),
 * `table` names one of its tables, `nameColumn` and `amountColumn` its donor-name and amount columns
 * (0-based; 0 is the row labels); the table's unit ("thousands of United States dollars") applies, its
 * Total row is only reconciled; `source` defaults to the document: kind official_report, its symbol,
 * title and date, url https://undocs.org/<lang>/<symbol>, each figure's locator "page N, <caption>"
 * (a 400 naming `source` when the PDF has no symbol and none is given).
 */
export const ImportRequestSchema = z
  .object({
    fund: z.enum(FUND_IDS),
    year: z.number().int().min(1980).max(2100),
    metric: z.enum(MONEY_METRICS),
    status: z.enum(CONTRIBUTION_STATUSES).nullable(),
    asOf: partialDate.nullable(),
    period: z.enum(PERIODS).default('calendar_year'),
    precision: z.enum(PRECISIONS).default('exact'),
    source: ImportSourceSchema.optional(),
    format: z.enum(['text', 'csv', 'xlsx', 'pdf']),
    content: z
      .string()
      .max(MAX_IMPORT_CHARS, 'is too large (10 MB at most)')
      .openapi({ description: 'the pasted text or CSV, the XLSX file in base64, or the report PDF in base64' }),
    table: tableId.optional(),
    nameColumn: columnIndex.optional(),
    amountColumn: columnIndex.optional(),
    donorChoices,
  })
  .superRefine((request, ctx) => {
    const missing = (path: string, message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });
    if (request.format !== 'pdf') {
      if (!request.source) missing('source', `is required for format "${request.format}" (only a PDF can be cited by itself)`);
      for (const field of ['table', 'nameColumn', 'amountColumn'] as const) {
        if (request[field] !== undefined) missing(field, 'is only for format "pdf"');
      }
      return;
    }
    if (request.content.length > MAX_PDF_BASE64) missing('content', 'is too large (a PDF of 7 MB at most)');
    else if (!/^[A-Za-z0-9+/]*={0,2}$/.test(request.content)) missing('content', 'is not base64: send the PDF file base64-encoded');
    if (request.table === undefined) missing('table', 'is required for format "pdf": a table id from POST /imports/documents');
    if (request.nameColumn === undefined) missing('nameColumn', 'is required for format "pdf": the column holding donor names');
    if (request.amountColumn === undefined) missing('amountColumn', 'is required for format "pdf": the column holding amounts');
    if (request.nameColumn !== undefined && request.nameColumn === request.amountColumn) {
      missing('amountColumn', 'must differ from nameColumn');
    }
  })
  .openapi('ImportRequest');
export type ImportRequest = z.infer<typeof ImportRequestSchema>;

/** The roles a statement's rows are mapped to (defined with the rest of the words, in vocabulary.ts). */
export { STATEMENT_ROLES, type StatementRole };
/** Roles that are only compared, never imported. */
export const CHECK_ONLY_ROLES: readonly StatementRole[] = ['total_income', 'total_expenditure', 'other_changes'];

/**
 * POST /imports/statements: a statement of income and expenditure from a report PDF, its rows mapped
 * to roles in one step. `amountColumn` is the year's column (0-based); `status` qualifies the
 * contributions row (what the statement recognises as contributions; `unspecified` unless it says).
 */
export const StatementImportRequestSchema = z
  .object({
    fund: z.enum(FUND_IDS),
    year: z.number().int().min(1980).max(2100),
    asOf: partialDate.nullable().openapi({ description: "the statement's date (e.g. 2023-12-31); the as-of of its balances" }),
    status: z.enum(CONTRIBUTION_STATUSES).default('unspecified'),
    precision: z.enum(PRECISIONS).optional().openapi({ description: 'default: rounded when the table is in thousands or millions, else exact' }),
    source: ImportSourceSchema.optional(),
    content: pdfContent,
    table: tableId,
    amountColumn: columnIndex.min(1),
    rowMetrics: z
      .array(z.object({ row: z.number().int().min(0).max(500).openapi({ description: "0-based index in the table's rows" }), metric: z.enum(STATEMENT_ROLES) }))
      .min(1, 'maps no row: map at least one row to a metric')
      .max(100)
      .refine((rows) => new Set(rows.map((r) => r.row)).size === rows.length, 'maps a row twice'),
  })
  .openapi('StatementImportRequest');
export type StatementImportRequest = z.infer<typeof StatementImportRequestSchema>;

export const ImportQuerySchema = z.object({ commit: z.enum(['true', 'false']).default('false') });

const ImportDonorSchema = z.object({
  id: z.string(),
  iso3: z.string().nullable(),
  name: z.object({ en: z.string(), fr: z.string() }),
});

export const ImportRowSchema = z.object({
  /** The line of the pasted text or file; for a PDF table, the row's number in the table (from 1). */
  line: z.number().int(),
  /** The PDF page the row sits on; null for the other formats. */
  page: z.number().int().nullable(),
  donorName: z.string(),
  donor: ImportDonorSchema.nullable(),
  /**
   * When the name matched no donor, or several: the closest donors (at most 5), or those it matched,
   * for the editor to choose from. Names are matched exactly (normalised), never by resemblance.
   */
  candidates: z.array(ImportDonorSchema.extend({ kind: z.enum(ENTITY_KINDS) })).optional(),
  valueCents: z.number().int().nullable(),
  /**
   * After planning: a figure to create, or one that is already there. Null when the row has an error,
   * when its amount is none ("–": nothing is imported), and for a statement's check-only rows.
   */
  state: z.enum(['new', 'existing']).nullable(),
  figureId: z.string().nullable(),
  /** A statement's row: what it is imported as or checked against (donorName then holds its label). */
  role: z.enum(STATEMENT_ROLES).optional(),
});
export type ImportRow = z.infer<typeof ImportRowSchema>;

/**
 * A statement's arithmetic, checked where its rows are mapped: `income` total_income = contributions +
 * other_income; `expenditure` total_expenditure = expenditure + programme_support_costs; `balance`
 * closing_balance = opening_balance + income − expenditure (+ other_changes), income and expenditure
 * taken from their totals when mapped, else from their parts. A check runs only when its stated side
 * and its first part are mapped (the other parts count as 0 when unmapped, and are named in `terms`).
 * ok when |stated − computed| ≤ toleranceCents (half the printed step per term: 0.1 thousand → US$50).
 * A failed check is also an error, so a commit is refused.
 */
export const StatementCheckSchema = z.object({
  name: z.enum(['income', 'expenditure', 'balance']),
  /** The rows (0-based) and roles added up, with their sign, and the roles counted as 0. */
  terms: z.array(z.object({ role: z.enum(STATEMENT_ROLES), sign: z.union([z.literal(1), z.literal(-1)]), rows: z.array(z.number().int()) })),
  statedCents: z.number().int(),
  computedCents: z.number().int(),
  toleranceCents: z.number().int(),
  ok: z.boolean(),
});
export type StatementCheck = z.infer<typeof StatementCheckSchema>;

export const ImportResultSchema = z
  .object({
    rows: z.array(ImportRowSchema),
    /** Line and column from 1 (for a PDF: the table's row and column, and the page). */
    errors: z.array(
      z.object({ line: z.number().int(), column: z.number().int(), page: z.number().int().optional(), message: z.string() }),
    ),
    /** The table's stated total against the sum of its rows; a mismatch is also an error. */
    reconciliation: z
      .object({
        statedTotalCents: z.number().int(),
        computedTotalCents: z.number().int(),
        ok: z.boolean(),
        /** Set when the amounts are printed rounded (thousands): the difference rounding alone can make. */
        toleranceCents: z.number().int().optional(),
      })
      .nullable(),
    /** A statement's checks of its own totals (see StatementCheckSchema); absent for other imports. */
    checks: z.array(StatementCheckSchema).optional(),
    committed: z.boolean(),
    created: z.number().int(),
    existing: z.number().int(),
    /** Set on commit: the source the figures cite. */
    sourceId: z.string().nullable(),
  })
  .openapi('ImportResult');
export type ImportResult = z.infer<typeof ImportResultSchema>;

export const DocumentImportRequestSchema = z
  .object({
    content: pdfContent,
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
