// Sign-in throttling: password guessing is slowed down, however many guesses arrive at once, and
// cannot be turned into a way of keeping a real user out for long.
//
// Three counts, each of password checks not followed by a success:
// - one account from one address ('pair:'): 5 checks, then the pair is locked for 1 minute, doubling
//   with each further check up to 15 minutes;
// - one account from every address ('account:'): 20 checks, then locked the same way (a guesser
//   spreading over many addresses);
// - one address over every account ('address:'): 50 checks, then locked the same way (a guesser
//   trying many accounts).
// The account and address counts do not apply to an account signing in from an address it signed in
// from successfully in the last 90 days ("known"): a distributed attack on an account, or a noisy
// neighbour behind the same NAT, does not keep a user out from where they usually sign in. Every lock
// ends by itself, after at most 15 minutes.
//
// A check is counted *before* the password is compared, in one transaction that holds the counts'
// rows locked (FOR UPDATE) while it decides, so simultaneous guesses are decided one after the other:
// however many arrive at once, at most 5 are compared. The check that reaches a limit locks the key
// at once, as if it failed; a success then gives that check back. If the check cannot be recorded the
// sign-in is refused (fails closed). Counts are forgotten after an hour without a check; stale rows are
// purged as new checks are recorded. Counts live in the database: every instance applies the same limits.

import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Db, Queryable } from '../db/connection.js';

export const THROTTLE = {
  pairLimit: 5,
  accountLimit: 20,
  addressLimit: 50,
  firstLockSeconds: 60,
  maxLockSeconds: 15 * 60,
  /** A count with no check for this long starts again from zero. Longer than the longest lock, so waiting one out does not reset it. */
  forgetSeconds: 60 * 60,
  /** An address where the account signed in successfully stays known this long after the last success. */
  knownDays: 90,
} as const;

const normalEmail = (email: string) => email.trim().toLowerCase();
export const pairKey = (email: string, address: string) => `pair:${normalEmail(email)}|${address}`;
const accountKey = (email: string) => `account:${normalEmail(email)}`;
const addressKey = (address: string) => `address:${address}`;

/** How long a key is locked once it has this many checks: nothing below the limit, then doubling from the first lock, capped. */
export function lockSeconds(attempts: number, limit: number): number {
  if (attempts < limit) return 0;
  return Math.min(THROTTLE.firstLockSeconds * 2 ** Math.min(attempts - limit, 30), THROTTLE.maxLockSeconds);
}

export interface KeyState {
  attempts: number;
  lastAt: Date;
  lockedUntil: Date | null;
}

export type Decision = { allowed: true; next: KeyState } | { allowed: false; waitSeconds: number };

/** The decision for one key: refused while locked; otherwise counted, and locked at once if this check reaches the limit. */
export function decide(state: KeyState | null, limit: number, now: Date): Decision {
  if (state?.lockedUntil && state.lockedUntil > now) {
    return { allowed: false, waitSeconds: Math.max(1, Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000)) };
  }
  const forgotten = !state || now.getTime() - state.lastAt.getTime() > THROTTLE.forgetSeconds * 1000;
  const attempts = (forgotten ? 0 : state.attempts) + 1;
  const lock = lockSeconds(attempts, limit);
  return { allowed: true, next: { attempts, lastAt: now, lockedUntil: lock > 0 ? new Date(now.getTime() + lock * 1000) : (state?.lockedUntil ?? null) } };
}

/** A check that may go ahead: what to give back if the password turns out right. */
export interface Reservation {
  email: string;
  address: string;
  /** The account and address keys counted (none for a known pair), each with the lock it had before and the lock this check left. */
  counted: { key: string; lockBefore: Date | null; lockSet: Date | null }[];
}

export type ReserveResult = { allowed: true; reservation: Reservation } | { allowed: false; waitSeconds: number };

/** Thrown when the check could not be recorded: the sign-in is refused (fails closed). */
export class ThrottleUnavailableError extends Error {}

/**
 * Counts one password check for this account from this address, or refuses it while a limit is
 * reached. Runs in one transaction with the rows locked in a fixed order (pair, account, address), so
 * simultaneous checks are decided one after the other and cannot deadlock; a refusal changes no count.
 */
export async function reserveSignInCheck(db: Db, email: string, address: string): Promise<ReserveResult> {
  try {
    return await db.transaction(async (tx) => {
      const [known] = await tx.query<{ known: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM sign_in_known WHERE email = $1 AND address = $2 AND last_success > now() - make_interval(days => $3)) AS known`,
        [normalEmail(email), address, THROTTLE.knownDays],
      );
      const keys: [string, number][] = [[pairKey(email, address), THROTTLE.pairLimit]];
      if (!known?.known) keys.push([accountKey(email), THROTTLE.accountLimit], [addressKey(address), THROTTLE.addressLimit]);
      const [clock] = await tx.query<{ now: Date | string }>('SELECT now() AS now');
      const at = new Date(clock?.now ?? Date.now());
      const decided: { key: string; before: KeyState | null; next: KeyState }[] = [];
      for (const [key, limit] of keys) {
        // Makes sure the row exists, then locks it: a second check of the same key waits here until this one is decided.
        await tx.query('INSERT INTO sign_in_attempts (key, attempts, last_at) VALUES ($1, 0, now()) ON CONFLICT (key) DO NOTHING', [key]);
        const [row] = await tx.query<{ attempts: number; last_at: Date | string; locked_until: Date | string | null }>(
          'SELECT attempts, last_at, locked_until FROM sign_in_attempts WHERE key = $1 FOR UPDATE',
          [key],
        );
        const before: KeyState | null = row ? { attempts: Number(row.attempts), lastAt: new Date(row.last_at), lockedUntil: row.locked_until ? new Date(row.locked_until) : null } : null;
        const decision = decide(before, limit, at);
        if (!decision.allowed) return decision; // refused: no count is changed
        decided.push({ key, before, next: decision.next });
      }
      for (const { key, next } of decided) {
        await tx.query('UPDATE sign_in_attempts SET attempts = $2, last_at = $3, locked_until = $4 WHERE key = $1', [key, next.attempts, next.lastAt, next.lockedUntil]);
      }
      // Stale rows go as new ones come: counts forgotten and unlocked, addresses no longer known.
      await tx.query('DELETE FROM sign_in_attempts WHERE last_at < now() - make_interval(secs => $1) AND (locked_until IS NULL OR locked_until < now())', [THROTTLE.forgetSeconds]);
      await tx.query('DELETE FROM sign_in_known WHERE last_success < now() - make_interval(days => $1)', [THROTTLE.knownDays]);
      const counted = decided.slice(1).map(({ key, before, next }) => ({ key, lockBefore: before?.lockedUntil ?? null, lockSet: next.lockedUntil }));
      return { allowed: true as const, reservation: { email: normalEmail(email), address, counted } };
    });
  } catch (error) {
    throw new ThrottleUnavailableError('the sign-in check could not be recorded', { cause: error });
  }
}

/**
 * The password was right: the pair's count is cleared, the check is given back to the account and
 * address counts (with the lock it set, if it set one), and the pair becomes known.
 */
export async function signInSucceeded(db: Db, reservation: Reservation): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('DELETE FROM sign_in_attempts WHERE key = $1', [pairKey(reservation.email, reservation.address)]);
    for (const { key, lockBefore, lockSet } of reservation.counted) {
      await tx.query(
        `UPDATE sign_in_attempts SET attempts = greatest(attempts - 1, 0),
                locked_until = CASE WHEN locked_until IS NOT DISTINCT FROM $2 THEN $3 ELSE locked_until END
          WHERE key = $1`,
        [key, lockSet, lockBefore],
      );
    }
    await tx.query(
      `INSERT INTO sign_in_known (email, address, last_success) VALUES ($1, $2, now())
       ON CONFLICT (email, address) DO UPDATE SET last_success = EXCLUDED.last_success`,
      [reservation.email, reservation.address],
    );
  });
}

/** Seconds a key is still locked (0 when it is not): for tests and operators. */
export async function lockedSeconds(db: Queryable, key: string): Promise<number> {
  const [row] = await db.query<{ seconds: number | null }>(
    'SELECT ceil(extract(epoch FROM locked_until - now()))::int AS seconds FROM sign_in_attempts WHERE key = $1 AND locked_until > now()',
    [key],
  );
  return Number(row?.seconds ?? 0);
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
