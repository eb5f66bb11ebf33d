import { createRoute, z } from '@hono/zod-openapi';
import { requireRole } from '../auth/middleware.js';
import { createUser, listUsers, ROLES, updateUser } from '../auth/users.js';
import { EditError } from '../editing/errors.js';
import { actorOf, createRouter, jsonContent, type Deps } from './router.js';
import { ErrorSchema } from './schemas.js';

const UserSchema = z.object({ id: z.number().int(), email: z.string(), role: z.enum(ROLES), disabled: z.boolean(), createdAt: z.string() }).openapi('User');
const admin = requireRole('admin');
const idParam = z.object({ id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' } }) });

const list = createRoute({ method: 'get', path: '/users', summary: 'List accounts (administrators)', tags: ['accounts'], middleware: [admin] as const, responses: { 200: jsonContent(z.object({ users: z.array(UserSchema) }), 'Every account'), 401: jsonContent(ErrorSchema, 'Not signed in'), 403: jsonContent(ErrorSchema, 'Not an admin') } });
const create = createRoute({
  method: 'post',
  path: '/users',
  summary: 'Create an account (administrators)',
  tags: ['accounts'],
  middleware: [admin] as const,
  request: { body: { content: { 'application/json': { schema: z.object({ email: z.string().max(254), password: z.string().max(1024), role: z.enum(ROLES) }) } }, required: true } },
  responses: { 201: jsonContent(z.object({ user: UserSchema }), 'Created'), 400: jsonContent(ErrorSchema, 'Invalid'), 401: jsonContent(ErrorSchema, 'Not signed in'), 403: jsonContent(ErrorSchema, 'Not an admin'), 409: jsonContent(ErrorSchema, 'Email taken') },
});
const update = createRoute({
  method: 'patch',
  path: '/users/{id}',
  summary: 'Change an account’s role or disable it (administrators)',
  tags: ['accounts'],
  middleware: [admin] as const,
  request: { params: idParam, body: { content: { 'application/json': { schema: z.strictObject({ role: z.enum(ROLES).optional(), disabled: z.boolean().optional(), password: z.string().max(1024).optional() }).refine((change) => Object.keys(change).length > 0, 'give at least one of role, disabled, password') } }, required: true } },
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
