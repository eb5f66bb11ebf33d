// One password rule everywhere: at least 12 characters, not only spaces, not one character repeated,
// not a common password (zxcvbn-ts's list) — in the rule itself, the API (create and change) and the
// command line. The users page imports the same function (web/pages/UsersPage.tsx).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { passwordProblem, type PasswordProblem } from '../../server/contract/passwordPolicy.js';
import { PASSWORD, send, signInAs } from '../helpers/auth.js';
import { createTestDb, type TestDb } from '../helpers/db.js';

const WEAK: [string, PasswordProblem][] = [
  ['short pass', 'too_short'],
  ['x'.repeat(1025), 'too_long'],
  [' '.repeat(12), 'blank'],
  ['\t \u00a0 '.repeat(4), 'blank'],
  ['a'.repeat(12), 'one_character'],
  ['😀'.repeat(12), 'one_character'],
  ['qwerty123456', 'common'],
  ['1qaz2wsx3edc', 'common'],
  ['Password2024!', 'common'],
  ['!!iloveyou!!1234', 'common'],
];

describe('the password rule', () => {
  it.each(WEAK)('refuses %j (%s)', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it('accepts long passwords that are not common, counting characters rather than UTF-16 units', () => {
    for (const password of [PASSWORD, 'correct horse battery staple', 'Ünïcödé pässwörd', 'كلمة مرور طويلة جدا', '长长的密码短语并不常见的']) expect(passwordProblem(password), password).toBeNull();
    expect(passwordProblem('😀😁😂🤣😃😄😅😆😉😊😋')).toBe('too_short'); // 11 characters, 22 UTF-16 units
  });
});

let testDb: TestDb;
let app: ReturnType<typeof createApp>;
let admin: string;
beforeAll(async () => {
  testDb = await createTestDb();
  app = createApp({ db: testDb.db });
  admin = await signInAs(app, testDb.db, 'admin');
});
afterAll(() => testDb.cleanup());

describe('the API', () => {
  it.each(WEAK)('refuses to create an account with %j (%s), naming the password, and writes nothing', async (password) => {
    const before = await testDb.db.query('SELECT count(*)::int AS n FROM users');
    const res = await send(app, 'POST', '/api/users', { cookie: admin, body: { email: 'weak@example.org', password, role: 'admin' } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/^password: /);
    expect(await testDb.db.query('SELECT count(*)::int AS n FROM users')).toEqual(before);
  });

  it('refuses a weak new password for an existing account', async () => {
    const created = await send(app, 'POST', '/api/users', { cookie: admin, body: { email: 'strong@example.org', password: PASSWORD, role: 'viewer' } });
    expect(created.status).toBe(201);
    const { user } = (await created.json()) as { user: { id: number } };
    const res = await send(app, 'PATCH', `/api/users/${user.id}`, { cookie: admin, body: { password: ' '.repeat(12) } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/password: must not be only spaces/);
  });
});

describe('npm run user:add', () => {
  it('refuses a weak password with the rule’s reason, and creates nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hrtf-user-cli-'));
    try {
      const run = (password: string) =>
        spawnSync(process.execPath, ['--import', 'tsx', 'server/auth/cli.ts', '--email', 'cli@example.org', '--password', password, '--role', 'admin'], {
          env: { ...process.env, DATABASE_URL: '', DB_DIR: join(dir, 'db') },
          encoding: 'utf8',
        });
      const spaces = run(' '.repeat(12));
      expect(spaces.status).toBe(1);
      expect(spaces.stderr).toMatch(/Not created: password must not be only spaces/);
      const common = run('qwerty123456');
      expect(common.status).toBe(1);
      expect(common.stderr).toMatch(/Not created: password is a commonly used password/);
      const ok = run(PASSWORD);
      expect(ok.status, ok.stderr).toBe(0); // the first account that passes is the first created: nothing was before
      expect(ok.stdout).toMatch(/Created admin cli@example.org \(id 1\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
