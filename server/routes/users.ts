import { createRoute, z } from '@hono/zod-openapi';
import { requireRole } from '../auth/middleware.js';
import { createUser, listUsers, updateUser } from '../auth/users.js';
import { NewUserSchema, UserChangeSchema, UserIdParamSchema, UserSchema } from '../contract/accounts.js';
import { ErrorSchema } from '../contract/schemas.js';
import { EditError } from '../editing/errors.js';
import { actorOf, createRouter, jsonContent, type Deps } from './router.js';

const admin = requireRole('admin');

const list = createRoute({
  method: 'get',
  path: '/',
  summary: 'List accounts (administrators)',
  tags: ['accounts'],
  middleware: [admin] as const,
  responses: {
    200: jsonContent(z.object({ users: z.array(UserSchema) }), 'Every account'),
    401: jsonContent(ErrorSchema, 'Not signed in'),
    403: jsonContent(ErrorSchema, 'Not an admin'),
  },
});
const create = createRoute({
  method: 'post',
  path: '/',
  summary: 'Create an account (administrators)',
  tags: ['accounts'],
  middleware: [admin] as const,
  request: { body: { content: { 'application/json': { schema: NewUserSchema } }, required: true } },
  responses: { 201: jsonContent(z.object({ user: UserSchema }), 'Created'), 400: jsonContent(ErrorSchema, 'Invalid'), 401: jsonContent(ErrorSchema, 'Not signed in'), 403: jsonContent(ErrorSchema, 'Not an admin'), 409: jsonContent(ErrorSchema, 'Email taken') },
});
const update = createRoute({
  method: 'patch',
  path: '/{id}',
  summary: 'Change an account’s role or disable it (administrators)',
  tags: ['accounts'],
  middleware: [admin] as const,
  request: { params: UserIdParamSchema, body: { content: { 'application/json': { schema: UserChangeSchema } }, required: true } },
  responses: { 200: jsonContent(z.object({ user: UserSchema }), 'Updated'), 400: jsonContent(ErrorSchema, 'Invalid'), 401: jsonContent(ErrorSchema, 'Not signed in'), 403: jsonContent(ErrorSchema, 'Not an admin'), 404: jsonContent(ErrorSchema, 'No such user') },
});

export const userRoutes = ({ db }: Deps) =>
  createRouter()
    .openapi(list, async (c) => c.json({ users: await listUsers(db) }, 200))
    .openapi(create, async (c) => {
      const body = c.req.valid('json');
      const user = await db.transaction((tx) => createUser(tx, actorOf(c), body));
      return c.json({ user }, 201);
    })
    .openapi(update, async (c) => {
      const { id } = c.req.valid('param');
      const changes = c.req.valid('json');
      if (id === c.get('user')?.id && (changes.disabled || (changes.role && changes.role !== 'admin'))) {
        throw new EditError(409, 'own_account', 'an admin cannot disable or demote their own account (ask another admin)');
      }
      const user = await db.transaction((tx) => updateUser(tx, actorOf(c), id, changes));
      if (!user) return c.json({ error: { code: 'not_found', message: `No user with id ${id}.` } }, 404);
      return c.json({ user }, 200);
    });
