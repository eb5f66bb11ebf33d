// Sign-in throttling: password guessing is slowed down, and cannot be turned into a way of locking a
// real editor out.
//
// - Failures are counted per account *and client address* ('account:<email>|<address>'): 5 failures
//   within 15 minutes lock that pair for 1 minute, doubling with each further failure, never more than
//   15 minutes. An attacker elsewhere locks only themselves out; the editor at their own address
//   signs in as usual, and any lock ends by itself.
// - Failures are also counted per client address over all accounts ('client:<address>'): 50 within
//   15 minutes lock the address the same way, against guessing across many accounts.
// - A locked attempt is refused (429, Retry-After) before the password is checked, whether or not the
//   account exists, so a lock reveals nothing. A successful sign-in clears its account/address count.
// Counts live in the database, so every instance applies the same limits.

import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Db } from '../db/connection.js';

export const THROTTLE = {
  windowSeconds: 15 * 60,
  accountFailures: 5,
  clientFailures: 50,
  firstLockSeconds: 60,
  maxLockSeconds: 15 * 60,
} as const;

const accountKey = (email: string, client: string) => `account:${email.trim().toLowerCase()}|${client}`;
const clientKey = (client: string) => `client:${client}`;

/** How long a key with this many failures is locked: doubling from the first lock, capped. */
export function lockSeconds(failures: number, limit: number): number {
  if (failures < limit) return 0;
  return Math.min(THROTTLE.firstLockSeconds * 2 ** (failures - limit), THROTTLE.maxLockSeconds);
}

/** Seconds until this account may be tried again from this address; 0 when it may be now. */
export async function signInWait(db: Db, email: string, client: string): Promise<number> {
  const rows = await db.query<{ wait: number | string | null }>(
    `SELECT max(ceil(extract(epoch FROM locked_until - now())))::int AS wait
       FROM sign_in_failures WHERE key = ANY($1::text[]) AND locked_until > now()`,
    [[accountKey(email, client), clientKey(client)]],
  );
  return Number(rows[0]?.wait ?? 0);
}

/** Counts a failed sign-in against the account/address pair and the address, locking them at their limits. */
export async function recordSignInFailure(db: Db, email: string, client: string): Promise<void> {
  await db.transaction(async (tx) => {
    for (const [key, limit] of [
      [accountKey(email, client), THROTTLE.accountFailures],
      [clientKey(client), THROTTLE.clientFailures],
    ] as const) {
      const [row] = await tx.query<{ failures: number }>(
        `INSERT INTO sign_in_failures (key, failures, first_at) VALUES ($1, 1, now())
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN sign_in_failures.first_at < now() - make_interval(secs => $2) THEN 1 ELSE sign_in_failures.failures + 1 END,
           first_at = CASE WHEN sign_in_failures.first_at < now() - make_interval(secs => $2) THEN now() ELSE sign_in_failures.first_at END
         RETURNING failures`,
        [key, THROTTLE.windowSeconds],
      );
      const seconds = lockSeconds(row?.failures ?? 0, limit);
      if (seconds > 0) await tx.query(`UPDATE sign_in_failures SET locked_until = now() + make_interval(secs => $2) WHERE key = $1`, [key, seconds]);
    }
  });
}

/** A successful sign-in clears the count of its account/address pair. */
export async function clearSignInFailures(db: Db, email: string, client: string): Promise<void> {
  await db.query('DELETE FROM sign_in_failures WHERE key = $1', [accountKey(email, client)]);
}

/**
 * The client's address: the connection's, or — behind a reverse proxy the operator trusts
 * (TRUST_PROXY=1) — the last address in X-Forwarded-For, the one that proxy added.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for');
    const last = forwarded?.split(',').map((a) => a.trim()).filter(Boolean).at(-1);
    if (last) return last;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // no socket (e.g. app.request in tests)
  }
}
