// POST /imports: a table of donors and amounts, previewed or committed (editors).

import { createRoute } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { requireRole } from '../auth/middleware.js';
import {
  ImportQuerySchema,
  ImportRequestSchema,
  ImportResultSchema,
  MAX_IMPORT_CHARS,
} from '../contract/imports.js';
import { ErrorSchema } from '../contract/schemas.js';
import { runImport } from '../ingest/importTable.js';
import { refuseBadBody } from '../security/input.js';
import { actorOf, createRouter, jsonContent, type Deps } from './router.js';

const importLimit = bodyLimit({
  maxSize: Math.ceil(MAX_IMPORT_CHARS * 1.4),
  onError: (c) => c.json({ error: { code: 'too_large', message: 'The import is larger than 10 MB.' } }, 413),
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
      ImportResultSchema,
      'A commit refused because of errors: nothing was written; the preview names each error (line, column, why)',
    ),
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
