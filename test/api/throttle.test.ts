// Sign-in throttling: guessing is stopped however many guesses arrive at once (on PostgreSQL, through
// two app instances over one database), but cannot keep a real user out for long, and every lock ends.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { COMMAND_LINE } from '../../server/audit.js';
import { decide, lockedSeconds, lockSeconds, pairKey, THROTTLE } from '../../server/auth/throttle.js';
import { createUser } from '../../server/auth/users.js';
import type { Db } from '../../server/db/connection.js';
import { ORIGIN, PASSWORD } from '../helpers/auth.js';
import { createTestDb, onPostgres, type TestDb } from '../helpers/db.js';

let testDb: TestDb;
let secondDb: Db;
let app: ReturnType<typeof createApp>;
let other: ReturnType<typeof createApp>;
const EDITOR = 'editor-throttle@example.org';

beforeAll(async () => {
  testDb = await createTestDb();
  // Two instances, as behind a load balancer: on PostgreSQL each has its own connection pool.
  secondDb = onPostgres ? await testDb.reopen() : testDb.db;
  app = createApp({ db: testDb.db, trustProxy: true });
  other = createApp({ db: secondDb, trustProxy: true });
  await testDb.db.transaction((tx) => createUser(tx, COMMAND_LINE, { email: EDITOR, password: PASSWORD, role: 'editor' }));
});
afterAll(async () => {
  if (secondDb !== testDb.db) await secondDb.close();
  await testDb.cleanup();
});

const signIn = async (email: string, password: string, from: string, through = app): Promise<Response> =>
  through.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN, 'x-forwarded-for': from },
    body: JSON.stringify({ email, password }),
  });

/** Ends every lock held by keys matching the pattern, as time passing would. */
const endLocks = (pattern: string) => testDb.db.query(`UPDATE sign_in_attempts SET locked_until = now() - interval '1 second' WHERE key LIKE $1`, [pattern]);

const statusCounts = (statuses: number[]) => statuses.reduce<Record<number, number>>((n, s) => ({ ...n, [s]: (n[s] ?? 0) + 1 }), {});

describe('sign-in throttling', () => {
  // Each test starts from no counts and no known addresses.
  beforeEach(() => testDb.db.exec('DELETE FROM sign_in_attempts; DELETE FROM sign_in_known;'));

  it('locks an account from one address after 5 failures, refusing even the right password there, but not the editor elsewhere', async () => {
    const attacker = '203.0.113.7';
    for (let i = 0; i < THROTTLE.pairLimit; i++) expect((await signIn(EDITOR, `wrong ${i}`, attacker)).status).toBe(401);
    const locked = await signIn(EDITOR, PASSWORD, attacker);
    expect(locked.status).toBe(429);
    const retryAfter = Number(locked.headers.get('Retry-After'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(THROTTLE.firstLockSeconds);
    const body = (await locked.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('too_many_attempts');
    expect(body.error.message).toMatch(/Try again in 1 minute/);
    expect((await signIn(EDITOR, PASSWORD, '198.51.100.20')).status).toBe(200);
  });

  it('answers a locked unknown account exactly like a locked real one (a lock reveals nothing)', async () => {
    const from = '203.0.113.8';
    for (let i = 0; i < THROTTLE.pairLimit; i++) expect((await signIn('nobody@example.org', 'x', from)).status).toBe(401);
    const res = await signIn('nobody@example.org', 'x', from);
    expect(res.status).toBe(429);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('too_many_attempts');
  });

  it(`checks at most 5 of 50 simultaneous wrong guesses${onPostgres ? ' sent through two instances' : ''}, then refuses the right password until the lock ends`, async () => {
    const attacker = '203.0.113.50';
    const statuses = await Promise.all(Array.from({ length: 50 }, (_, i) => signIn(EDITOR, `guess ${i}`, attacker, i % 2 ? other : app).then((r) => r.status)));
    const counts = statusCounts(statuses);
    // 401 means the password was compared; 429 that it was refused before.
    expect(Object.keys(counts).sort()).toEqual(['401', '429']);
    expect(counts[401]).toBe(THROTTLE.pairLimit);
    expect(counts[429]).toBe(50 - THROTTLE.pairLimit);
    expect((await signIn(EDITOR, PASSWORD, attacker)).status).toBe(429);
    expect((await signIn(EDITOR, PASSWORD, attacker, other)).status).toBe(429);
    // When the lock ends, one more check goes through at a time: 10 at once, one compared, and it locks again for longer.
    await endLocks(`pair:${EDITOR}|${attacker}`);
    const again = statusCounts(await Promise.all(Array.from({ length: 10 }, (_, i) => signIn(EDITOR, `more ${i}`, attacker, i % 2 ? other : app).then((r) => r.status))));
    expect(again).toEqual({ 401: 1, 429: 9 });
    expect(await lockedSeconds(testDb.db, pairKey(EDITOR, attacker))).toBeGreaterThan(THROTTLE.firstLockSeconds);
    await endLocks(`pair:${EDITOR}|${attacker}`);
    expect((await signIn(EDITOR, PASSWORD, attacker, other)).status).toBe(200);
  });

  it('ends every lock by itself: doubling from 1 minute, never more than 15 minutes', async () => {
    expect(lockSeconds(THROTTLE.pairLimit - 1, THROTTLE.pairLimit)).toBe(0);
    expect(lockSeconds(THROTTLE.pairLimit, THROTTLE.pairLimit)).toBe(60);
    expect(lockSeconds(THROTTLE.pairLimit + 1, THROTTLE.pairLimit)).toBe(120);
    expect(lockSeconds(THROTTLE.pairLimit + 10_000, THROTTLE.pairLimit)).toBe(15 * 60);
    // An attacker who keeps failing as each lock ends still leaves a lock of at most 15 minutes.
    const attacker = '203.0.113.9';
    for (let i = 0; i < 12; i++) {
      await signIn(EDITOR, 'wrong', attacker);
      await endLocks(`%|${attacker}`);
    }
    await signIn(EDITOR, 'wrong', attacker);
    const seconds = await lockedSeconds(testDb.db, pairKey(EDITOR, attacker));
    expect(seconds).toBeGreaterThan(14 * 60);
    expect(seconds).toBeLessThanOrEqual(15 * 60);
    // Once the lock has run out, the right password works again from there.
    await endLocks(`%|${attacker}`);
    expect((await signIn(EDITOR, PASSWORD, attacker)).status).toBe(200);
  });

  it('forgets a count after an hour without a check, but not while waiting out a lock', () => {
    const t0 = new Date('2026-01-01T00:00:00Z');
    const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
    const state = { attempts: 9, lastAt: t0, lockedUntil: at(THROTTLE.maxLockSeconds) };
    expect(decide(state, THROTTLE.pairLimit, at(60))).toEqual({ allowed: false, waitSeconds: THROTTLE.maxLockSeconds - 60 });
    const afterLock = decide(state, THROTTLE.pairLimit, at(THROTTLE.maxLockSeconds + 1));
    expect(afterLock.allowed && afterLock.next.attempts).toBe(10); // still counting: locked again at once
    const afterHour = decide(state, THROTTLE.pairLimit, at(THROTTLE.forgetSeconds + 1));
    expect(afterHour.allowed && afterHour.next).toEqual({ attempts: 1, lastAt: at(THROTTLE.forgetSeconds + 1), lockedUntil: state.lockedUntil });
  });

  it('limits guesses at one account spread over many addresses, without locking the user out where they signed in before', async () => {
    const victim = 'spread-victim@example.org';
    await testDb.db.transaction((tx) => createUser(tx, COMMAND_LINE, { email: victim, password: PASSWORD, role: 'editor' }));
    const home = '198.51.100.77';
    expect((await signIn(victim, PASSWORD, home)).status).toBe(200); // the user's usual address is now known
    const statuses = await Promise.all(Array.from({ length: 50 }, (_, i) => signIn(victim, `spread ${i}`, `192.0.2.${i + 1}`, i % 2 ? other : app).then((r) => r.status)));
    expect(statusCounts(statuses)).toEqual({ 401: THROTTLE.accountLimit, 429: 50 - THROTTLE.accountLimit });
    // A new address is held by the account's lock, even with the right password; the usual one is not.
    expect((await signIn(victim, PASSWORD, '192.0.2.200')).status).toBe(429);
    expect((await signIn(victim, PASSWORD, home, other)).status).toBe(200);
    expect(await lockedSeconds(testDb.db, `account:${victim}`)).toBeLessThanOrEqual(THROTTLE.maxLockSeconds);
  });

  it('locks an address guessing across many accounts, but not the users who signed in from it before (one noisy neighbour behind a NAT)', async () => {
    const office = '203.0.113.10';
    const colleague = 'colleague@example.org';
    await testDb.db.transaction((tx) => createUser(tx, COMMAND_LINE, { email: colleague, password: PASSWORD, role: 'viewer' }));
    expect((await signIn(colleague, PASSWORD, office)).status).toBe(200);
    for (let i = 0; i < THROTTLE.addressLimit; i++) expect((await signIn(`user${i}@example.org`, 'x', office)).status).toBe(401);
    expect((await signIn(EDITOR, PASSWORD, office)).status).toBe(429); // never signed in from there
    expect((await signIn(colleague, PASSWORD, office)).status).toBe(200);
    expect((await signIn(EDITOR, PASSWORD, '198.51.100.21')).status).toBe(200);
  });

  it('clears the count on success, so an editor who mistypes now and then is never locked', async () => {
    const from = '198.51.100.22';
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < THROTTLE.pairLimit - 1; i++) expect((await signIn(EDITOR, 'typo', from)).status).toBe(401);
      expect((await signIn(EDITOR, PASSWORD, from)).status).toBe(200);
    }
  });

  it('purges counts forgotten and addresses no longer known as new checks come', async () => {
    await testDb.db.query(
      `INSERT INTO sign_in_attempts (key, attempts, last_at, locked_until) VALUES
         ('pair:stale@example.org|192.0.2.1', 3, now() - interval '2 hours', NULL),
         ('pair:locked@example.org|192.0.2.1', 9, now() - interval '2 hours', now() + interval '5 minutes')`,
    );
    await testDb.db.query(`INSERT INTO sign_in_known (email, address, last_success) VALUES ('old@example.org', '192.0.2.1', now() - interval '100 days')`);
    await signIn('someone@example.org', 'x', '198.51.100.99');
    const keys = (await testDb.db.query<{ key: string }>(`SELECT key FROM sign_in_attempts WHERE key LIKE '%192.0.2.1'`)).map((r) => r.key);
    expect(keys).toEqual(['pair:locked@example.org|192.0.2.1']); // a lock still running is kept
    expect(await testDb.db.query(`SELECT 1 FROM sign_in_known WHERE email = 'old@example.org'`)).toEqual([]);
  });

  it('fails closed: when the check cannot be recorded, even the right password signs nobody in', async () => {
    await testDb.db.exec(`
      CREATE FUNCTION refuse_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'could not extend file: No space left on device'; END $$;
      CREATE TRIGGER refuse_write BEFORE INSERT OR UPDATE ON sign_in_attempts FOR EACH ROW EXECUTE FUNCTION refuse_write();`);
    try {
      const res = await signIn(EDITOR, PASSWORD, '198.51.100.30');
      expect(res.status).toBe(503);
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('sign_in_unavailable');
    } finally {
      await testDb.db.exec('DROP TRIGGER refuse_write ON sign_in_attempts; DROP FUNCTION refuse_write();');
    }
    expect((await signIn(EDITOR, PASSWORD, '198.51.100.30')).status).toBe(200);
  });
});
