// Users and their roles. Anonymous visitors read; viewers are signed in but write nothing;
// editors change figures, sources and imports; admins also manage users.

import { z } from 'zod';
import type { Queryable } from '../db/connection.js';
import { recordAudit, type Actor } from '../audit.js';
import { hashPassword } from './passwords.js';
import { PASSWORD_PROBLEMS, passwordProblem } from '../contract/passwordPolicy.js';

import type { Role } from '../contract/vocabulary.js';

export { hasRole, ROLES, type Role } from '../contract/vocabulary.js';

export interface User {
  id: number;
  email: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
}

export const EmailSchema = z.string().trim().toLowerCase().email('must be an email address').max(254);
/** The shared password rule (contract/passwordPolicy.ts), as the command line and the API apply it. */
export const PasswordSchema = z.string().superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem) ctx.addIssue({ code: 'custom', message: PASSWORD_PROBLEMS[problem] });
});

interface UserRowDb {
  id: number;
  email: string;
  role: Role;
  disabled: boolean;
  created_at: Date | string;
}

const toUser = (r: UserRowDb): User => ({
  id: Number(r.id),
  email: r.email,
  role: r.role,
  disabled: r.disabled,
  createdAt: new Date(r.created_at).toISOString(),
});

export async function listUsers(db: Queryable): Promise<User[]> {
  return (await db.query<UserRowDb>('SELECT id, email, role, disabled, created_at FROM users ORDER BY email')).map(toUser);
}

export async function findUserForSignIn(db: Queryable, email: string): Promise<(User & { passwordHash: string }) | null> {
  const [row] = await db.query<UserRowDb & { password_hash: string }>(
    'SELECT id, email, role, disabled, created_at, password_hash FROM users WHERE email = $1',
    [email.trim().toLowerCase()],
  );
  return row ? { ...toUser(row), passwordHash: row.password_hash } : null;
}

export class UserExistsError extends Error {}

/** Creates a user, with its audit entry in the same transaction as the write. */
export async function createUser(tx: Queryable, actor: Actor, input: { email: string; password: string; role: Role }): Promise<User> {
  const { email, password } = z.object({ email: EmailSchema, password: PasswordSchema }).parse({ email: input.email, password: input.password });
  const existing = await tx.query('SELECT 1 FROM users WHERE email = $1', [email]);
  if (existing.length > 0) throw new UserExistsError(`a user with email ${email} already exists`);
  const [row] = await tx.query<UserRowDb>(
    'INSERT INTO users (email, password_hash, role) VALUES ($1, $2, $3) RETURNING id, email, role, disabled, created_at',
    [email, await hashPassword(password), input.role],
  );
  const user = toUser(row!);
  await recordAudit(tx, actor, { action: 'create', entity: 'user', entityId: String(user.id), before: null, after: user });
  return user;
}

/** Changes a user's role, disabled flag or password; signs a disabled user out everywhere. */
export async function updateUser(
  tx: Queryable,
  actor: Actor,
  id: number,
  changes: { role?: Role | undefined; disabled?: boolean | undefined; password?: string | undefined },
): Promise<User | null> {
  const [before] = await tx.query<UserRowDb>('SELECT id, email, role, disabled, created_at FROM users WHERE id = $1 FOR UPDATE', [id]);
  if (!before) return null;
  const passwordHash = changes.password === undefined ? null : await hashPassword(z.object({ password: PasswordSchema }).parse({ password: changes.password }).password);
  const [after] = await tx.query<UserRowDb>(
    `UPDATE users SET role = coalesce($2, role), disabled = coalesce($3, disabled), password_hash = coalesce($4, password_hash)
      WHERE id = $1 RETURNING id, email, role, disabled, created_at`,
    [id, changes.role ?? null, changes.disabled ?? null, passwordHash],
  );
  if (changes.disabled || passwordHash) await tx.query('DELETE FROM sessions WHERE user_id = $1', [id]);
  const result = toUser(after!);
  await recordAudit(tx, actor, {
    action: 'update',
    entity: 'user',
    entityId: String(id),
    before: toUser(before),
    after: { ...result, ...(passwordHash ? { passwordChanged: true } : {}) },
  });
  return result;
}
