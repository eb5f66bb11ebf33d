import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, jsonContent, type Deps } from './router.js';
import { ErrorSchema } from './schemas.js';

// Placeholder until the statement brief is built: answers 404 for every State.
const getStatement = createRoute({
  method: 'get',
  path: '/statements/{iso3}',
  tags: ['statements'],
  request: { params: z.object({ iso3: z.string().openapi({ param: { name: 'iso3', in: 'path' }, example: 'MDV' }) }) },
  responses: { 404: jsonContent(ErrorSchema, 'Unknown State') },
});

export const statementRoutes = (_deps: Deps) =>
  createRouter().openapi(getStatement, (c) => c.json({ error: { code: 'not_found', message: 'not built yet' } }, 404));
