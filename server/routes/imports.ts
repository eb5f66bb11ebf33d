// POST /imports: a table of donors and amounts, previewed or committed (editors).
// POST /imports/documents: a report PDF read into its document facts and tables (editors).
// POST /imports/statements: a report PDF's statement of income and expenditure, rows mapped to metrics (editors).

import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requireRole } from '../auth/middleware.js';
import {
  DocumentImportRequestSchema,
  DocumentReadingSchema,
  ImportQuerySchema,
  ImportRequestSchema,
  ImportResultSchema,
  MAX_IMPORT_CHARS,
  MAX_PDF_BYTES,
  StatementImportRequestSchema,
} from '../contract/imports.js';
import { ErrorSchema } from '../contract/schemas.js';
import { ImportFieldError } from '../ingest/importReading.js';
import { runStatementImport } from '../ingest/importStatement.js';
import { runImport } from '../ingest/importTable.js';
import { refuseBadBody } from '../security/input.js';
import { PdfReadError, readPdf } from '../ingest/pdf/index.js';
import { actorOf, createRouter, jsonContent, type Deps } from './router.js';

const importLimit = bodyLimit({
  maxSize: Math.ceil(MAX_IMPORT_CHARS * 1.4),
  onError: (c) => c.json({ error: { code: 'too_large', message: 'The import is larger than 10 MB.' } }, 413),
});

// A report PDF's base64, and the rest of the JSON around it.
const documentLimit = bodyLimit({
  maxSize: Math.ceil(MAX_PDF_BYTES / 3) * 4 + 4096,
  onError: (c) => c.json({ error: { code: 'too_large', message: `The PDF is larger than ${MAX_PDF_BYTES / 1024 / 1024} MB.` } }, 413),
});

// A statement's PDF with its source and up to 100 row mappings around it.
const statementLimit = bodyLimit({
  maxSize: Math.ceil(MAX_PDF_BYTES / 3) * 4 + 64 * 1024,
  onError: (c) => c.json({ error: { code: 'too_large', message: `The PDF is larger than ${MAX_PDF_BYTES / 1024 / 1024} MB.` } }, 413),
});

const importRoute = createRoute({
  method: 'post',
  path: '/',
  summary: 'Import a table of donors and amounts: dry run, or commit with ?commit=true (editors)',
  tags: ['editing'],
  description:
    'Dry run unless ?commit=true. A commit writes all rows in one transaction, only when there is no error.',
  // The body is checked for bytes no field may hold only once its size is within the import's limit.
  middleware: [requireRole('editor'), importLimit, refuseBadBody()] as const,
  request: {
    query: ImportQuerySchema,
    body: { content: { 'application/json': { schema: ImportRequestSchema } }, required: true },
  },
  responses: {
    200: jsonContent(
      ImportResultSchema,
      'The preview (or the commit): each row with its donor match, the errors, the reconciliation',
    ),
    400: jsonContent(ErrorSchema, 'The request is not valid'),
    401: jsonContent(ErrorSchema, 'Not signed in'),
    403: jsonContent(ErrorSchema, 'Not an editor'),
    413: jsonContent(ErrorSchema, 'Too large'),
    422: jsonContent(
      z.union([ImportResultSchema, ErrorSchema]),
      'A commit refused because of errors: nothing was written; the preview names each error (line, column, why). ' +
        'Or (format pdf) a PDF that cannot be read, as for POST /imports/documents',
    ),
    503: jsonContent(ErrorSchema, 'Too many PDFs being read at once'),
  },
});

const statementRoute = createRoute({
  method: 'post',
  path: '/statements',
  summary: "Import a report PDF's statement of income and expenditure: dry run, or commit with ?commit=true (editors)",
  tags: ['editing'],
  description:
    'Each mapped row becomes a fund-level figure for the year (rows mapped to one metric are added up); ' +
    'the statement\'s own totals are checked (`checks`), and a failed check is an error. Dry run unless ?commit=true.',
  middleware: [requireRole('editor'), statementLimit, refuseBadBody()] as const,
  request: {
    query: ImportQuerySchema,
    body: { content: { 'application/json': { schema: StatementImportRequestSchema } }, required: true },
  },
  responses: {
    200: jsonContent(ImportResultSchema, 'The preview (or the commit): each mapped row, the checks, the errors'),
    400: jsonContent(ErrorSchema, 'The request is not valid, or names a table, column or row the PDF lacks'),
    401: jsonContent(ErrorSchema, 'Not signed in'),
    403: jsonContent(ErrorSchema, 'Not an editor'),
    413: jsonContent(ErrorSchema, 'Too large'),
    422: jsonContent(z.union([ImportResultSchema, ErrorSchema]), 'A commit refused because of errors (nothing written), or a PDF that cannot be read'),
    503: jsonContent(ErrorSchema, 'Too many PDFs being read at once'),
  },
});

const documentRoute = createRoute({
  method: 'post',
  path: '/documents',
  summary: 'Read a report PDF: its symbol, title, date, language and tables (editors)',
  tags: ['editing'],
  description:
    'Reads the text layer (no OCR) in a worker thread with time and memory limits. Writes nothing. ' +
    'Cells in amount columns whose number holds letters are listed in each table\'s errors.',
  middleware: [requireRole('editor'), documentLimit, refuseBadBody()] as const,
  request: { body: { content: { 'application/json': { schema: DocumentImportRequestSchema } }, required: true } },
  responses: {
    200: jsonContent(DocumentReadingSchema, 'The document found on page 1 and every table'),
    400: jsonContent(ErrorSchema, 'The request is not valid'),
    401: jsonContent(ErrorSchema, 'Not signed in'),
    403: jsonContent(ErrorSchema, 'Not an editor'),
    413: jsonContent(ErrorSchema, 'Too large'),
    422: jsonContent(ErrorSchema, 'Not a readable PDF: not a PDF, encrypted, no text layer, too many pages, or too long to read'),
    503: jsonContent(ErrorSchema, 'Too many PDFs being read at once'),
  },
});

const PDF_ERROR_STATUS = { too_large: 413, busy: 503 } as const;

/** A PDF that cannot be read, or a request naming what its PDF lacks: the 4xx saying so; anything else is thrown on. */
function refusal(c: Context, error: unknown) {
  if (error instanceof ImportFieldError) {
    const details = [{ path: error.field.split('.'), message: error.reason }];
    return c.json({ error: { code: 'invalid_request', message: error.message, details } }, 400);
  }
  if (error instanceof PdfReadError) {
    const status = error.code === 'too_large' || error.code === 'busy' ? PDF_ERROR_STATUS[error.code] : 422;
    return c.json({ error: { code: `pdf_${error.code}`, message: error.message } }, status);
  }
  throw error;
}

export const importRoutes = ({ db }: Deps) =>
  createRouter()
    .openapi(documentRoute, async (c) => {
      try {
        const reading = await readPdf(Buffer.from(c.req.valid('json').content, 'base64'));
        return c.json(reading, 200);
      } catch (error) {
        return refusal(c, error);
      }
    })
    .openapi(statementRoute, async (c) => {
      const { commit } = c.req.valid('query');
      try {
        const result = await runStatementImport(db, actorOf(c), c.req.valid('json'), { commit: commit === 'true' });
        if (commit === 'true' && !result.committed && result.errors.length > 0) return c.json(result, 422);
        return c.json(result, 200);
      } catch (error) {
        return refusal(c, error);
      }
    })
    .openapi(importRoute, async (c) => {
      const { commit } = c.req.valid('query');
      try {
        const result = await runImport(db, actorOf(c), c.req.valid('json'), { commit: commit === 'true' });
        // A commit with errors writes nothing and says so with a 4xx; a dry run is a preview (200) either way.
        if (commit === 'true' && !result.committed && result.errors.length > 0) return c.json(result, 422);
        return c.json(result, 200);
      } catch (error) {
        return refusal(c, error);
      }
    });
