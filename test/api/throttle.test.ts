// Sign-in throttling: guessing is stopped, but cannot lock a real editor out, and every lock ends.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { COMMAND_LINE } from '../../server/audit.js';
import { lockSeconds, THROTTLE } from '../../server/auth/throttle.js';
import { createUser } from '../../server/auth/users.js';
import { ORIGIN, PASSWORD } from '../helpers/auth.js';
import { createTestDb, type TestDb } from '../helpers/db.js';

let testDb: TestDb;
let app: ReturnType<typeof createApp>;
const EDITOR = 'editor-throttle@example.org';

beforeAll(async () => {
  testDb = await createTestDb();
  app = createApp({ db: testDb.db, trustProxy: true });
  await testDb.db.transaction((tx) => createUser(tx, COMMAND_LINE, { email: EDITOR, password: PASSWORD, role: 'editor' }));
});
afterAll(() => testDb.cleanup());

const signIn = (email: string, password: string, from: string) =>
  app.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN, 'x-forwarded-for': from },
    body: JSON.stringify({ email, password }),
  });

describe('sign-in throttling', () => {
  it('locks an account from one address after 5 failures, refusing even the right password there', async () => {
    const attacker = '203.0.113.7';
    for (let i = 0; i < THROTTLE.accountFailures; i++) expect((await signIn(EDITOR, `wrong ${i}`, attacker)).status).toBe(401);
    const locked = await signIn(EDITOR, PASSWORD, attacker);
    expect(locked.status).toBe(429);
    const retryAfter = Number(locked.headers.get('Retry-After'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(THROTTLE.firstLockSeconds);
    const body = (await locked.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('too_many_attempts');
    expect(body.error.message).toMatch(/Try again in 1 minute/);
  });

  it('does not lock the real editor out from their own address', async () => {
    expect((await signIn(EDITOR, PASSWORD, '198.51.100.20')).status).toBe(200);
  });

  it('answers a locked unknown account exactly like a locked real one (a lock reveals nothing)', async () => {
    const from = '203.0.113.8';
    for (let i = 0; i < THROTTLE.accountFailures; i++) expect((await signIn('nobody@example.org', 'x', from)).status).toBe(401);
    const res = await signIn('nobody@example.org', 'x', from);
    expect(res.status).toBe(429);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('too_many_attempts');
  });

  it('ends every lock by itself: doubling from 1 minute, never more than 15 minutes', async () => {
    expect(lockSeconds(THROTTLE.accountFailures - 1, THROTTLE.accountFailures)).toBe(0);
    expect(lockSeconds(THROTTLE.accountFailures, THROTTLE.accountFailures)).toBe(60);
    expect(lockSeconds(THROTTLE.accountFailures + 1, THROTTLE.accountFailures)).toBe(120);
    expect(lockSeconds(THROTTLE.accountFailures + 100, THROTTLE.accountFailures)).toBe(15 * 60);
    // An attacker who keeps failing still leaves a lock of at most 15 minutes in the database.
    const attacker = '203.0.113.9';
    for (let i = 0; i < 20; i++) await signIn(EDITOR, 'wrong', attacker);
    const [row] = await testDb.db.query<{ seconds: number }>(
      `SELECT ceil(extract(epoch FROM locked_until - now()))::int AS seconds FROM sign_in_failures WHERE key = $1`,
      [`account:${EDITOR}|${attacker}`],
    );
    expect(row!.seconds).toBeGreaterThan(0);
    expect(row!.seconds).toBeLessThanOrEqual(15 * 60);
    // Once the lock has run out, the right password works again from there.
    await testDb.db.query(`UPDATE sign_in_failures SET locked_until = now() - interval '1 second' WHERE key LIKE $1`, [`%${attacker}`]);
    expect((await signIn(EDITOR, PASSWORD, attacker)).status).toBe(200);
  });

  it('locks an address guessing across many accounts', async () => {
    const sprayer = '203.0.113.10';
    for (let i = 0; i < THROTTLE.clientFailures; i++) expect((await signIn(`user${i}@example.org`, 'x', sprayer)).status).toBe(401);
    expect((await signIn(EDITOR, PASSWORD, sprayer)).status).toBe(429);
    expect((await signIn(EDITOR, PASSWORD, '198.51.100.21')).status).toBe(200);
  });

  it('clears the count on success, so an editor who mistypes now and then is never locked', async () => {
    const from = '198.51.100.22';
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < THROTTLE.accountFailures - 1; i++) expect((await signIn(EDITOR, 'typo', from)).status).toBe(401);
      expect((await signIn(EDITOR, PASSWORD, from)).status).toBe(200);
    }
  });
});
