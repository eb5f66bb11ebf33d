import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { requireRole } from '../auth/middleware.js';
import { refuseBadBody } from '../security/input.js';
import { ImportRequestSchema, MAX_IMPORT_CHARS, runImport } from '../ingest/importTable.js';
import { actorOf, createRouter, jsonContent, type Deps } from './router.js';
import { ErrorSchema } from './schemas.js';

const ImportResultSchema = z
  .object({
    rows: z.array(
      z.object({
        line: z.number().int(),
        donorName: z.string(),
        donor: z.object({ id: z.string(), iso3: z.string().nullable(), name: z.object({ en: z.string(), fr: z.string() }) }).nullable(),
        valueCents: z.number().int().nullable(),
        state: z.enum(['new', 'existing']).nullable(),
        figureId: z.string().nullable(),
      }),
    ),
    errors: z.array(z.object({ line: z.number().int(), column: z.number().int(), message: z.string() })),
    reconciliation: z.object({ statedTotalCents: z.number().int(), computedTotalCents: z.number().int(), ok: z.boolean() }).nullable(),
    committed: z.boolean(),
    created: z.number().int(),
    existing: z.number().int(),
    sourceId: z.string().nullable(),
  })
  .openapi('ImportResult');

const importRoute = createRoute({
  method: 'post',
  path: '/imports',
  summary: 'Import a table of donors and amounts: dry run, or commit with ?commit=true (editors)',
  tags: ['editing'],
  description: 'Dry run unless ?commit=true. A commit writes all rows in one transaction, only when there is no error.',
  // The body is checked for bytes no field may hold only once its size is within the import's limit.
  middleware: [requireRole('editor'), bodyLimit({ maxSize: Math.ceil(MAX_IMPORT_CHARS * 1.4), onError: (c) => c.json({ error: { code: 'too_large', message: 'The import is larger than 10 MB.' } }, 413) }), refuseBadBody()] as const,
  request: {
    query: z.object({ commit: z.enum(['true', 'false']).default('false') }),
    body: { content: { 'application/json': { schema: ImportRequestSchema } }, required: true },
  },
  responses: {
    200: jsonContent(ImportResultSchema, 'The preview (or the commit): each row with its donor match, the errors, the reconciliation'),
    400: jsonContent(ErrorSchema, 'The request is not valid'),
    401: jsonContent(ErrorSchema, 'Not signed in'),
    403: jsonContent(ErrorSchema, 'Not an editor'),
    413: jsonContent(ErrorSchema, 'Too large'),
    422: jsonContent(ImportResultSchema, 'A commit refused because of errors: nothing was written; the preview names each error (line, column, why)'),
  },
});

export const importRoutes = ({ db }: Deps) =>
  createRouter().openapi(importRoute, async (c) => {
    const { commit } = c.req.valid('query');
    const result = await runImport(db, actorOf(c), c.req.valid('json'), { commit: commit === 'true' });
    // A commit with errors writes nothing and says so with a 4xx; a dry run is a preview (200) either way.
    if (commit === 'true' && !result.committed && result.errors.length > 0) return c.json(result, 422);
    return c.json(result, 200);
  });
