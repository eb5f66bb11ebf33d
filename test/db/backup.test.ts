// Backup and restore lose nothing: every table (figures, sources, accounts with their password
// hashes, sessions, the audit log) comes back identical, the API answers the same, the restored
// accounts sign in, new ids continue after the restored ones — on PGlite, and on PostgreSQL in CI,
// through the library and through `npm run db:backup` / `npm run db:restore`.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { COMMAND_LINE } from '../../server/audit.js';
import { createSession } from '../../server/auth/sessions.js';
import { createUser } from '../../server/auth/users.js';
import { checkBackup, createBackup, restoreBackup, type Backup } from '../../server/backup/backup.js';
import { openDatabase } from '../../server/db/connection.js';
import { migrate } from '../../server/db/migrate.js';
import { applyDataset } from '../../server/ingest/apply.js';
import { readDataset } from '../../server/ingest/dataset.js';
import { ORIGIN, PASSWORD, send, signInAs } from '../helpers/auth.js';
import { DATA_DIR } from '../helpers/dataset.js';
import { createTestDb, onPostgres, type TestDb } from '../helpers/db.js';

let original: TestDb;
let backup: Backup;
const EDITOR = 'backup-editor@example.org';

const tablesOf = (b: Backup) => Object.fromEntries(b.tables.map((t) => [t.name, t.rows]));

beforeAll(async () => {
  original = await createTestDb();
  await applyDataset(original.db, readDataset(DATA_DIR));
  const app = createApp({ db: original.db });
  // Accounts, a session, and edits that leave audit entries with before/after JSON.
  await original.db.transaction((tx) => createUser(tx, COMMAND_LINE, { email: EDITOR, password: PASSWORD, role: 'editor' }));
  const cookie = await signInAs(app, original.db, 'admin');
  const figure = ((await (await app.request('/api/figures?id=vftc-001')).json()) as { figures: Record<string, any>[] }).figures[0]!;
  const res = await send(app, 'PUT', '/api/figures/vftc-001', {
    cookie,
    body: {
      fund: figure.fund, year: figure.year, metric: figure.metric, value: figure.value, status: figure.status, precision: figure.precision, period: figure.period,
      periodStart: figure.periodStart, asOf: figure.asOf, donor: figure.donor?.id ?? null, countries: figure.countries.map((c: { id: string }) => c.id), scope: figure.scope,
      session: figure.session, note: 'Edited before the backup', attribution: figure.attribution, sources: figure.sources.map((s: { id: string; locator: string | null }) => ({ id: s.id, locator: s.locator })),
    },
  });
  expect(res.status).toBe(200);
  // Through a file, as the CLI does.
  backup = checkBackup(JSON.parse(JSON.stringify(await createBackup(original.db))) as unknown);
});
afterAll(() => original.cleanup());

describe('backup and restore', () => {
  it('holds every table, with the accounts, sessions and audit log', () => {
    const tables = tablesOf(backup);
    for (const name of ['funds', 'entities', 'sources', 'figures', 'figure_sources', 'users', 'sessions', 'audit_log']) expect(tables[name]?.length, name).toBeGreaterThan(0);
    expect(JSON.stringify(tables.audit_log)).toContain('Edited before the backup');
    expect(tables.users!.some((u) => u.email === EDITOR && typeof u.password_hash === 'string')).toBe(true);
  });

  it('restores into an empty database with nothing lost: every row of every table, the same API answers, working accounts', async () => {
    const copy = await createTestDb();
    try {
      const restored = await restoreBackup(copy.db, backup);
      expect(restored.figures).toBe(tablesOf(backup).figures!.length);
      const again = await createBackup(copy.db);
      expect(tablesOf(again)).toEqual(tablesOf(backup));

      const before = createApp({ db: original.db });
      const after = createApp({ db: copy.db });
      for (const path of ['/api/funds', '/api/funds/vftc', '/api/figures?fund=ldc-sids', '/api/sources', '/api/statements/MDV?lang=fr']) {
        expect(await (await after.request(path)).text(), path).toBe(await (await before.request(path)).text());
      }
      // The restored editor signs in with the old password; new ids continue after the restored ones.
      const signIn = await after.request('/api/session', { method: 'POST', headers: { 'content-type': 'application/json', origin: ORIGIN }, body: JSON.stringify({ email: EDITOR, password: PASSWORD }) });
      expect(signIn.status).toBe(200);
      const maxUser = Math.max(...tablesOf(backup).users!.map((u) => Number(u.id)));
      const created = await copy.db.transaction((tx) => createUser(tx, COMMAND_LINE, { email: 'after-restore@example.org', password: PASSWORD, role: 'viewer' }));
      expect(created.id).toBe(maxUser + 1);
      await createSession(copy.db, created.id);
      // A data version no earlier ETag can match.
      expect(BigInt((await copy.db.dataVersion()))).toBeGreaterThan(BigInt(backup.dataVersion));
    } finally {
      await copy.cleanup();
    }
  });

  it('refuses a database that holds data, writing nothing, unless told to replace it', async () => {
    const other = await createTestDb();
    try {
      await applyDataset(other.db, readDataset(DATA_DIR));
      await other.db.query(`UPDATE figures SET note = 'only in the other database' WHERE id = 'vftc-001'`);
      const beforeRefusal = tablesOf(await createBackup(other.db));
      await expect(restoreBackup(other.db, backup)).rejects.toThrow(/already holds data.*--replace/);
      expect(tablesOf(await createBackup(other.db))).toEqual(beforeRefusal);
      await restoreBackup(other.db, backup, { replace: true });
      expect(tablesOf(await createBackup(other.db))).toEqual(tablesOf(backup));
    } finally {
      await other.cleanup();
    }
  });

  it('refuses what is not a backup, or one made at another schema, saying why', async () => {
    expect(() => checkBackup({ hello: 1 })).toThrow(/Not a dashboard backup/);
    expect(() => checkBackup({ ...backup, formatVersion: 99 })).toThrow(/format version 99/);
    const copy = await createTestDb();
    try {
      await expect(restoreBackup(copy.db, { ...backup, migrations: [1, 2] })).rejects.toThrow(/made at migrations \[1, 2\]/);
      expect(Number((await copy.db.query<{ n: string }>('SELECT count(*)::text AS n FROM figures'))[0]!.n)).toBe(0);
    } finally {
      await copy.cleanup();
    }
  });
});

describe.skipIf(!onPostgres)('between the two kinds of database', () => {
  it('restores a PostgreSQL backup into the embedded database and back, identical', async () => {
    const embedded = await openDatabase({ dbDir: 'memory://' });
    const back = await createTestDb();
    try {
      await migrate(embedded);
      await restoreBackup(embedded, backup);
      const fromEmbedded = checkBackup(JSON.parse(JSON.stringify(await createBackup(embedded))) as unknown);
      expect(tablesOf(fromEmbedded)).toEqual(tablesOf(backup));
      await restoreBackup(back.db, fromEmbedded);
      expect(tablesOf(await createBackup(back.db))).toEqual(tablesOf(backup));
    } finally {
      await embedded.close();
      await back.cleanup();
    }
  });
});

describe('npm run db:backup and db:restore', () => {
  /** Environment for the CLIs pointing at a fresh database: a PGlite folder, or a new PostgreSQL database. */
  async function freshTarget(dir: string, label: string): Promise<{ env: NodeJS.ProcessEnv; drop: () => Promise<void> }> {
    if (!onPostgres) return { env: { ...process.env, DATABASE_URL: '', DB_DIR: join(dir, label) }, drop: async () => {} };
    const name = `hrtf_backup_${randomBytes(4).toString('hex')}`;
    const admin = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
    await admin.exec(`CREATE DATABASE ${name}`);
    await admin.close();
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    return {
      env: { ...process.env, DATABASE_URL: url.toString() },
      drop: async () => {
        const dropper = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
        await dropper.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await dropper.close();
      },
    };
  }
  const cli = (script: string, args: string[], env: NodeJS.ProcessEnv) => spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { env, encoding: 'utf8' });

  it(`round-trips a database through a file on ${onPostgres ? 'PostgreSQL' : 'the embedded database'}`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hrtf-backup-'));
    const source = await freshTarget(dir, 'source');
    const target = await freshTarget(dir, 'target');
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'server/ingest/cli.ts'], { env: source.env, stdio: 'pipe' });
      execFileSync(process.execPath, ['--import', 'tsx', 'server/auth/cli.ts', '--email', 'cli-admin@example.org', '--password', PASSWORD, '--role', 'admin'], { env: source.env, stdio: 'pipe' });
      const file = join(dir, 'backup.json');
      const made = cli('server/backup/cli.ts', ['backup', '--out', file], source.env);
      expect(made.status, made.stderr).toBe(0);
      expect(made.stdout).toMatch(/Backed up .* tables/);
      const restored = cli('server/backup/cli.ts', ['restore', '--in', file], target.env);
      expect(restored.status, restored.stderr).toBe(0);
      // Backing up the restored database gives the same tables.
      const file2 = join(dir, 'backup2.json');
      expect(cli('server/backup/cli.ts', ['backup', '--out', file2], target.env).status).toBe(0);
      const [a, b] = [file, file2].map((f) => tablesOf(checkBackup(JSON.parse(readFileSync(f, 'utf8')))));
      expect(b).toEqual(a);
      expect(a!.users!.some((u) => u.email === 'cli-admin@example.org')).toBe(true);
      // A second restore into the now full database is refused and changes nothing.
      const refused = cli('server/backup/cli.ts', ['restore', '--in', file], target.env);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/already holds data[\s\S]*Nothing was written/);
      // A broken file is named and refused.
      writeFileSync(join(dir, 'broken.json'), '{"format":"something else"}');
      const broken = cli('server/backup/cli.ts', ['restore', '--in', join(dir, 'broken.json')], target.env);
      expect(broken.status).toBe(1);
      expect(broken.stderr).toMatch(/broken\.json: Not a dashboard backup/);
    } finally {
      await source.drop();
      await target.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
