import { createRoute } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { decoyPasswordHash, verifyPassword } from '../auth/passwords.js';
import { createSession, deleteSession, SESSION_COOKIE, SESSION_HOURS } from '../auth/sessions.js';
import { clientAddress, reserveSignInCheck, signInSucceeded, ThrottleUnavailableError } from '../auth/throttle.js';
import { findUserForSignIn } from '../auth/users.js';
import { SessionSchema, SignInSchema } from '../contract/accounts.js';
import { ErrorSchema } from '../contract/schemas.js';
import { isDatabaseUnavailable } from '../db/errors.js';
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
    429: jsonContent(ErrorSchema, 'Too many failed sign-ins for this account (from this address or from any) or from this address: wait Retry-After seconds'),
    503: jsonContent(ErrorSchema, 'The sign-in could not be recorded (the database is not answering or refuses writes): nobody is signed in; try again shortly'),
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
      // Counted before the password is compared, so simultaneous guesses cannot all pass the limit
      // (auth/throttle.ts); refused the same whether the account exists or not. If the count cannot be
      // recorded, nobody is signed in: the limit fails closed.
      let reserved;
      try {
        reserved = await reserveSignInCheck(db, email, client);
      } catch (error) {
        if (!(error instanceof ThrottleUnavailableError)) throw error;
        if (isDatabaseUnavailable(error.cause)) throw error.cause; // answered 503 database_unavailable, like every route
        console.error(`sign-in refused: ${(error.cause as Error | undefined)?.message ?? error.message}`);
        c.header('Retry-After', '5');
        return c.json({ error: { code: 'sign_in_unavailable', message: 'Sign-in is not possible right now (the attempt could not be recorded). Try again in a few seconds.' } }, 503);
      }
      if (!reserved.allowed) {
        const wait = reserved.waitSeconds;
        c.header('Retry-After', String(wait));
        const message = `Too many failed sign-ins. Try again in ${Math.ceil(wait / 60)} minute${wait > 60 ? 's' : ''}.`;
        return c.json({ error: { code: 'too_many_attempts', message, details: { retryAfterSeconds: wait } } }, 429);
      }
      const user = await findUserForSignIn(db, email);
      // Unknown email and wrong password take the same time and get the same answer.
      const ok = await verifyPassword(password, user?.passwordHash ?? (await decoyPasswordHash()));
      if (!user || !ok || user.disabled) return c.json({ error: { code: 'invalid_credentials', message: 'Email or password is wrong.' } }, 401);
      await signInSucceeded(db, reserved.reservation);
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
