import { createRoute } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { decoyPasswordHash, verifyPassword } from '../auth/passwords.js';
import { createSession, deleteSession, SESSION_COOKIE, SESSION_HOURS } from '../auth/sessions.js';
import { clearSignInFailures, clientAddress, recordSignInFailure, signInWait } from '../auth/throttle.js';
import { findUserForSignIn } from '../auth/users.js';
import { SessionSchema, SignInSchema } from '../contract/accounts.js';
import { ErrorSchema } from '../contract/schemas.js';
import { createRouter, jsonContent, type Deps } from './router.js';

const signIn = createRoute({
  method: 'post',
  path: '/',
  summary: 'Sign in (sets a session cookie)',
  tags: ['accounts'],
  request: { body: { content: { 'application/json': { schema: SignInSchema } }, required: true } },
  responses: {
    200: jsonContent(SessionSchema, 'Signed in; the session cookie is set'),
    401: jsonContent(ErrorSchema, 'Wrong email or password (the same answer for both)'),
    429: jsonContent(ErrorSchema, 'Too many failed sign-ins for this account from this address (or from this address): wait Retry-After seconds'),
  },
});
const whoAmI = createRoute({
  method: 'get',
  path: '/',
  summary: 'Who is signed in',
  tags: ['accounts'],
  responses: { 200: jsonContent(SessionSchema, 'Who is signed in, or null') },
});
const signOut = createRoute({
  method: 'delete',
  path: '/',
  summary: 'Sign out',
  tags: ['accounts'],
  responses: { 200: jsonContent(SessionSchema, 'Signed out') },
});

export const sessionRoutes = ({ db, trustProxy = false }: Deps & { trustProxy?: boolean }) =>
  createRouter()
    .openapi(signIn, async (c) => {
      const { email, password } = c.req.valid('json');
      const client = clientAddress(c, trustProxy);
      // Locked: refused before the password is checked (auth/throttle.ts), the same whether the account exists or not.
      const wait = await signInWait(db, email, client);
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        const message = `Too many failed sign-ins. Try again in ${Math.ceil(wait / 60)} minute${wait > 60 ? 's' : ''}.`;
        return c.json({ error: { code: 'too_many_attempts', message, details: { retryAfterSeconds: wait } } }, 429);
      }
      const user = await findUserForSignIn(db, email);
      // Unknown email and wrong password take the same time and get the same answer.
      const ok = await verifyPassword(password, user?.passwordHash ?? (await decoyPasswordHash()));
      if (!user || !ok || user.disabled) {
        await recordSignInFailure(db, email, client);
        return c.json({ error: { code: 'invalid_credentials', message: 'Email or password is wrong.' } }, 401);
      }
      await clearSignInFailures(db, email, client);
      const { token } = await createSession(db, user.id);
      const secure = new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
      setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Strict', secure, path: '/', maxAge: SESSION_HOURS * 3600 });
      return c.json({ user: { id: user.id, email: user.email, role: user.role } }, 200);
    })
    .openapi(whoAmI, (c) => c.json({ user: c.get('user') }, 200))
    .openapi(signOut, async (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      if (token) await deleteSession(db, token);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.json({ user: null }, 200);
    });
