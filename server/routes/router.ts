// Every route module starts from here, so invalid input is answered the same way everywhere.

import { OpenAPIHono } from '@hono/zod-openapi';
import type { AuthEnv } from '../auth/middleware.js';
import { FUND_IDS } from '../contract/vocabulary.js';
import type { Db } from '../db/connection.js';

export interface Deps {
  db: Db;
}

export function createRouter() {
  return new OpenAPIHono<AuthEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
        return c.json(
          { error: { code: 'invalid_request', message: `${where}${issue?.message ?? 'invalid request'}`, details: result.error.issues } },
          400,
        );
      }
    },
  });
}

export const jsonContent = <T>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

/** Who did it, for the audit log: the signed-in user (the auth middleware has checked there is one). */
export const actorOf = (c: { get(key: 'user'): AuthEnv['Variables']['user'] }) => {
  const user = c.get('user');
  if (!user) throw new Error('actorOf called on an anonymous request');
  return { id: user.id, email: user.email };
};

/** The one answer for a fund that does not exist, whichever /funds/{id} route is asked. */
export const fundNotFound = (id: string) => ({
  error: { code: 'fund_not_found', message: `No fund with id "${id}". Known: ${FUND_IDS.join(', ')}.` },
});
