// Cross-cutting request checks: who is signed in, what their role allows, and that a
// state-changing request comes from this site.

import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { Db } from '../db/connection.js';
import { userForSession, SESSION_COOKIE } from './sessions.js';
import { hasRole, type Role, type User } from './users.js';

export type SignedInUser = Pick<User, 'id' | 'email' | 'role'>;
export interface AuthEnv {
  Variables: { user: SignedInUser | null };
}

/** Reads the session cookie (if any) and makes the user available as c.get('user'). */
export const loadUser = (db: Db) =>
  createMiddleware<AuthEnv>(async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    c.set('user', token ? await userForSession(db, token) : null);
    await next();
  });

/** 401 without a session, 403 without the role. Runs before input validation, so nobody learns more. */
export const requireRole = (role: Role) =>
  createMiddleware<AuthEnv>(async (c, next) => {
    const user = c.get('user');
    if (!user) return c.json({ error: { code: 'unauthenticated', message: 'Sign in to do this.' } }, 401);
    if (!hasRole(user.role, role)) {
      return c.json({ error: { code: 'forbidden', message: `This needs the ${role} role; you are signed in as ${user.role}.` } }, 403);
    }
    await next();
  });

const UNSAFE = /^(POST|PUT|PATCH|DELETE)$/;

/**
 * Refuses cross-site state-changing requests. Hono's csrf middleware only checks form-like
 * content types; here every POST/PUT/PATCH/DELETE must come from the same site: a browser's
 * Sec-Fetch-Site of same-origin, or an Origin header that is this server's origin (or one listed
 * in TRUSTED_ORIGINS, e.g. the public https address behind a proxy). Non-browser clients send Origin.
 */
export const sameSiteWrites = (trustedOrigins: readonly string[] = []) =>
  createMiddleware(async (c, next) => {
    if (UNSAFE.test(c.req.method)) {
      const origin = c.req.header('origin');
      const fetchSite = c.req.header('sec-fetch-site');
      const own = new URL(c.req.url).origin;
      const allowed = fetchSite === 'same-origin' || (origin !== undefined && (origin === own || trustedOrigins.includes(origin)));
      if (!allowed) {
        return c.json(
          { error: { code: 'cross_site_request', message: 'State-changing requests must come from this site (send an Origin header equal to the server’s origin).' } },
          403,
        );
      }
    }
    await next();
  });
