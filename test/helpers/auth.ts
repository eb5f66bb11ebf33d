import { COMMAND_LINE } from '../../server/audit.js';
import { createUser, type Role } from '../../server/auth/users.js';
import type { Db } from '../../server/db/connection.js';
import type { createApp } from '../../server/app.js';

export const ORIGIN = 'http://localhost';
export const PASSWORD = 'a long enough password';

type App = ReturnType<typeof createApp>;

/** Creates a user of that role and signs in; returns the Cookie header to send. */
export async function signInAs(app: App, db: Db, role: Role, email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.org`): Promise<string> {
  await db.transaction((tx) => createUser(tx, COMMAND_LINE, { email, password: PASSWORD, role }));
  const res = await app.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
  const cookie = res.headers.get('set-cookie') ?? '';
  return cookie.split(';')[0] as string;
}

/** A same-site JSON request as the web app sends it. */
export function send(app: App, method: string, path: string, options: { cookie?: string; body?: unknown; origin?: string | null } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.origin !== null) headers.origin = options.origin ?? ORIGIN;
  if (options.cookie) headers.cookie = options.cookie;
  return app.request(path, { method, headers, ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }) });
}
