// POST /figures, PUT and DELETE /figures/{id}: single figures, for editors.

import { createRoute, z } from '@hono/zod-openapi';
import { requireRole } from '../auth/middleware.js';
import { FigureIdParamSchema, FigureInputSchema } from '../contract/figures.js';
import { ErrorSchema, FigureSchema } from '../contract/schemas.js';
import { createFigure, deleteFigure, updateFigure } from '../editing/figures.js';
import { actorOf, createRouter, jsonContent, type Deps } from './router.js';

const editor = requireRole('editor');
const refusals = {
  400: jsonContent(ErrorSchema, 'The figure breaks a rule; the message names the field'),
  401: jsonContent(ErrorSchema, 'Not signed in'),
  403: jsonContent(ErrorSchema, 'Not an editor, or a cross-site request'),
};
const noSuchFigure = jsonContent(ErrorSchema, 'No such figure');
const body = { content: { 'application/json': { schema: FigureInputSchema } }, required: true };

const create = createRoute({
  method: 'post',
  path: '/',
  summary: 'Add a figure (editors)',
  tags: ['editing'],
  middleware: [editor] as const,
  request: { body },
  responses: {
    201: jsonContent(z.object({ figure: FigureSchema }), 'Created, with its new id'),
    ...refusals,
  },
});
const replace = createRoute({
  method: 'put',
  path: '/{id}',
  summary: 'Change a figure (editors)',
  tags: ['editing'],
  middleware: [editor] as const,
  request: { params: FigureIdParamSchema, body },
  responses: {
    200: jsonContent(z.object({ figure: FigureSchema }), 'Changed'),
    ...refusals,
    404: noSuchFigure,
  },
});
const remove = createRoute({
  method: 'delete',
  path: '/{id}',
  summary: 'Delete a figure (editors)',
  tags: ['editing'],
  middleware: [editor] as const,
  request: { params: FigureIdParamSchema },
  responses: {
    200: jsonContent(z.object({ deleted: z.string() }), 'Deleted'),
    ...refusals,
    404: noSuchFigure,
  },
});

export const editFigureRoutes = ({ db }: Deps) =>
  createRouter()
    .openapi(create, async (c) => {
      const input = c.req.valid('json');
      return c.json({ figure: await db.transaction((tx) => createFigure(tx, actorOf(c), input)) }, 201);
    })
    .openapi(replace, async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      return c.json({ figure: await db.transaction((tx) => updateFigure(tx, actorOf(c), id, input)) }, 200);
    })
    .openapi(remove, async (c) => {
      const { id } = c.req.valid('param');
      await db.transaction((tx) => deleteFigure(tx, actorOf(c), id));
      return c.json({ deleted: id }, 200);
    });
