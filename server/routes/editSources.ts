// POST /sources, PUT and DELETE /sources/{id}: sources, for editors.

import { createRoute, z } from '@hono/zod-openapi';
import { requireRole } from '../auth/middleware.js';
import { ErrorSchema, SourceSchema } from '../contract/schemas.js';
import { SourceIdParamSchema, SourceInputSchema } from '../contract/sources.js';
import { createSource, deleteSource, updateSource } from '../editing/sources.js';
import { actorOf, createRouter, jsonContent, type Deps } from './router.js';

const editor = requireRole('editor');
const refusals = {
  400: jsonContent(ErrorSchema, 'The source breaks a rule; the message names the field'),
  401: jsonContent(ErrorSchema, 'Not signed in'),
  403: jsonContent(ErrorSchema, 'Not an editor, or a cross-site request'),
  409: jsonContent(ErrorSchema, 'The source is still in use'),
};
const noSuchSource = jsonContent(ErrorSchema, 'No such source');
const body = { content: { 'application/json': { schema: SourceInputSchema } }, required: true };

const create = createRoute({
  method: 'post',
  path: '/',
  summary: 'Add a source (editors)',
  tags: ['editing'],
  middleware: [editor] as const,
  request: { body },
  responses: { 201: jsonContent(z.object({ source: SourceSchema }), 'Created'), ...refusals },
});
const replace = createRoute({
  method: 'put',
  path: '/{id}',
  summary: 'Change a source (editors)',
  tags: ['editing'],
  middleware: [editor] as const,
  request: { params: SourceIdParamSchema, body },
  responses: {
    200: jsonContent(z.object({ source: SourceSchema }), 'Changed'),
    ...refusals,
    404: noSuchSource,
  },
});
const remove = createRoute({
  method: 'delete',
  path: '/{id}',
  summary: 'Delete a source (editors)',
  tags: ['editing'],
  middleware: [editor] as const,
  request: { params: SourceIdParamSchema },
  responses: {
    200: jsonContent(z.object({ deleted: z.string() }), 'Deleted'),
    ...refusals,
    404: noSuchSource,
  },
});

export const editSourceRoutes = ({ db }: Deps) =>
  createRouter()
    .openapi(create, async (c) => {
      const input = c.req.valid('json');
      return c.json({ source: await db.transaction((tx) => createSource(tx, actorOf(c), input)) }, 201);
    })
    .openapi(replace, async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      return c.json({ source: await db.transaction((tx) => updateSource(tx, actorOf(c), id, input)) }, 200);
    })
    .openapi(remove, async (c) => {
      const { id } = c.req.valid('param');
      await db.transaction((tx) => deleteSource(tx, actorOf(c), id));
      return c.json({ deleted: id }, 200);
    });
