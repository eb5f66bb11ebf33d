// Sessions: a random token in an HttpOnly, SameSite=Strict cookie; the database keeps its hash.

import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/connection.js';
import type { Role, User } from './users.js';

export const SESSION_COOKIE = 'hrtf_session';
export const SESSION_HOURS = 12;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(db: Queryable, userId: number): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  await db.query('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [hashToken(token), userId, expiresAt]);
  // Expired sessions are cleared as new ones are made, so the table does not grow without end.
  await db.query('DELETE FROM sessions WHERE expires_at < now()');
  return { token, expiresAt };
}

export async function userForSession(db: Queryable, token: string): Promise<Pick<User, 'id' | 'email' | 'role'> | null> {
  const [row] = await db.query<{ id: number; email: string; role: Role }>(
    `SELECT u.id, u.email, u.role FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.expires_at > now() AND NOT u.disabled`,
    [hashToken(token)],
  );
  return row ? { id: Number(row.id), email: row.email, role: row.role } : null;
}

export async function deleteSession(db: Queryable, token: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [hashToken(token)]);
}
