// Backup and restore: nothing lost, nothing trusted. Every data table comes back identical and the API
// answers the same; accounts come back only when asked, sessions only when asked; every row is checked
// first and a tampered file is refused naming what is wrong, with nothing written; an accepted restore
// leaves one audit entry; backup files are readable by their owner only — on PGlite, and on PostgreSQL
// in CI, through the library and through `npm run db:backup` / `npm run db:restore`.

import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { COMMAND_LINE } from '../../server/audit.js';
import { createSession } from '../../server/auth/sessions.js';
import { createUser } from '../../server/auth/users.js';
import { BackupError, checkBackup, createBackup, restoreBackup, type Backup } from '../../server/backup/backup.js';
import { checksumOf } from '../../server/backup/format.js';
import { openDatabase, type Db } from '../../server/db/connection.js';
import { migrate } from '../../server/db/migrate.js';
import { applyDataset } from '../../server/ingest/apply.js';
import { readDataset } from '../../server/ingest/dataset.js';
import { ORIGIN, PASSWORD, send, signInAs } from '../helpers/auth.js';
import { DATA_DIR } from '../helpers/dataset.js';
import { createTestDb, onPostgres, type TestDb } from '../helpers/db.js';

let original: TestDb;
let backup: Backup;
const EDITOR = 'backup-editor@example.org';

type Row = Record<string, unknown>;
const tablesOf = (b: Backup) => Object.fromEntries(b.tables.map((t) => [t.name, t.rows]));
const ACCOUNT_AND_AUDIT = new Set(['users', 'sessions', 'audit_log']);
/** The data tables, which a restore brings back exactly. */
const dataOf = (b: Backup) => Object.fromEntries(b.tables.filter((t) => !ACCOUNT_AND_AUDIT.has(t.name)).map((t) => [t.name, t.rows]));
/** Audit entries as restored: renumbered, so compared without ids, in their order, without restore entries. */
const auditOf = (b: Backup, keepUsers: boolean) =>
  (tablesOf(b).audit_log ?? [])
    .filter((e) => e.action !== 'restore')
    .sort((a, c) => Date.parse(String(a.at)) - Date.parse(String(c.at)) || Number(a.id) - Number(c.id))
    .map(({ id: _id, user_id, ...rest }) => ({ ...rest, user_id: keepUsers ? user_id : null }));
const count = async (db: Db, table: string) => Number((await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`))[0]!.n);
const restoreEntries = (db: Db) => db.query<{ user_email: string; entity_id: string; after: Row }>(`SELECT user_email, entity_id, after FROM audit_log WHERE action = 'restore'`);

/** A deep copy edited by `edit`, its checksum recomputed: a forger who knows the format. */
function forged(edit: (tables: Record<string, Row[]>, b: Backup) => void): Backup {
  const copy = JSON.parse(JSON.stringify(backup)) as Backup;
  edit(tablesOf(copy), copy);
  return { ...copy, checksum: checksumOf(copy) };
}

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

describe('a backup', () => {
  it('holds every table, with the accounts, sessions and audit log, its schema version and a checksum of its content', () => {
    const tables = tablesOf(backup);
    for (const name of ['funds', 'entities', 'sources', 'figures', 'figure_sources', 'users', 'sessions', 'audit_log']) expect(tables[name]?.length, name).toBeGreaterThan(0);
    expect(JSON.stringify(tables.audit_log)).toContain('Edited before the backup');
    expect(tables.users!.some((u) => u.email === EDITOR && typeof u.password_hash === 'string')).toBe(true);
    expect(backup.schemaVersion).toBe(backup.migrations.at(-1));
    expect(backup.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    // The checksum does not depend on how the file is laid out, only on what it says.
    expect(checkBackup(JSON.parse(JSON.stringify(backup, null, 2)) as unknown).checksum).toBe(backup.checksum);
  });
});

describe('restore', () => {
  it('restores the data into an empty database with nothing lost, but not the accounts unless asked, and records itself once', async () => {
    const copy = await createTestDb();
    try {
      const { restored, leftOut } = await restoreBackup(copy.db, backup, { file: 'nightly.json' });
      expect(restored.figures).toBe(tablesOf(backup).figures!.length);
      expect(leftOut.map((l) => l.table).sort()).toEqual(['sessions', 'users']);
      const again = await createBackup(copy.db);
      expect(dataOf(again)).toEqual(dataOf(backup));
      expect(await count(copy.db, 'users')).toBe(0);
      expect(await count(copy.db, 'sessions')).toBe(0);
      expect(auditOf(again, false)).toEqual(auditOf(backup, false));

      const before = createApp({ db: original.db });
      const after = createApp({ db: copy.db });
      for (const path of ['/api/funds', '/api/funds/vftc', '/api/figures?fund=ldc-sids', '/api/sources', '/api/statements/MDV?lang=fr']) {
        expect(await (await after.request(path)).text(), path).toBe(await (await before.request(path)).text());
      }
      // One audit entry: who, when, which file and checksum, what was restored and what was not.
      const [entry, ...more] = await restoreEntries(copy.db);
      expect(more).toEqual([]);
      expect(entry).toMatchObject({ user_email: 'command line', entity_id: backup.checksum });
      expect(entry!.after).toMatchObject({ file: 'nightly.json', checksum: backup.checksum, createdAt: backup.createdAt, schemaVersion: backup.schemaVersion, withAccounts: false });
      expect((entry!.after.restored as Record<string, number>).figures).toBe(tablesOf(backup).figures!.length);
      // A data version no earlier ETag can match.
      expect(BigInt(await copy.db.dataVersion())).toBeGreaterThan(BigInt(backup.dataVersion));
    } finally {
      await copy.cleanup();
    }
  });

  it('with the accounts: they sign in with their passwords, new ids continue after theirs, and every session is signed out unless asked', async () => {
    const copy = await createTestDb();
    const kept = await createTestDb();
    try {
      await restoreBackup(copy.db, backup, { withAccounts: true });
      const again = await createBackup(copy.db);
      expect(tablesOf(again).users).toEqual(tablesOf(backup).users);
      expect(auditOf(again, true)).toEqual(auditOf(backup, true));
      expect(await count(copy.db, 'sessions')).toBe(0);
      const after = createApp({ db: copy.db });
      const signIn = await after.request('/api/session', { method: 'POST', headers: { 'content-type': 'application/json', origin: ORIGIN }, body: JSON.stringify({ email: EDITOR, password: PASSWORD }) });
      expect(signIn.status).toBe(200);
      const maxUser = Math.max(...tablesOf(backup).users!.map((u) => Number(u.id)));
      const created = await copy.db.transaction((tx) => createUser(tx, COMMAND_LINE, { email: 'after-restore@example.org', password: PASSWORD, role: 'viewer' }));
      expect(created.id).toBe(maxUser + 1);
      await createSession(copy.db, created.id);

      await restoreBackup(kept.db, backup, { withAccounts: true, keepSessions: true });
      expect(tablesOf(await createBackup(kept.db)).sessions).toEqual(tablesOf(backup).sessions);
    } finally {
      await copy.cleanup();
      await kept.cleanup();
    }
  });

  it('refuses a database that holds data, writing nothing, unless told to replace it; its own audit entries stay', async () => {
    const other = await createTestDb();
    try {
      await applyDataset(other.db, readDataset(DATA_DIR));
      await other.db.query(`UPDATE figures SET note = 'only in the other database' WHERE id = 'vftc-001'`);
      await other.db.transaction((tx) => createUser(tx, COMMAND_LINE, { email: 'other-admin@example.org', password: PASSWORD, role: 'admin' }));
      const beforeRefusal = await createBackup(other.db);
      await expect(restoreBackup(other.db, backup)).rejects.toThrow(/already holds data \(.*figures \d+.*\).*--replace/);
      expect(tablesOf(await createBackup(other.db))).toEqual(tablesOf(beforeRefusal));
      await restoreBackup(other.db, backup, { replace: true });
      const after = await createBackup(other.db);
      expect(dataOf(after)).toEqual(dataOf(backup));
      // Without --with-accounts the database keeps its own accounts; its audit log is added to, never replaced.
      expect(tablesOf(after).users!.map((u) => u.email)).toEqual(['other-admin@example.org']);
      expect(await count(other.db, 'audit_log')).toBe(tablesOf(beforeRefusal).audit_log!.length + tablesOf(backup).audit_log!.length + 1);
      expect((await restoreEntries(other.db))[0]!.after).toMatchObject({ restored: { figures: tablesOf(backup).figures!.length } });
    } finally {
      await other.cleanup();
    }
  });
});

describe('a restore refuses what it cannot vouch for, naming it, and writes nothing', () => {
  const figureIndex = () => tablesOf(backup).figures!.findIndex((f) => f.id === 'vftc-001');
  const TAMPERED: [string, () => unknown, RegExp, { withAccounts?: boolean }?][] = [
    ['a figure multiplied by 100, checksum left as it was', () => {
      const copy = JSON.parse(JSON.stringify(backup)) as Backup;
      const figure = tablesOf(copy).figures![figureIndex()]!;
      figure.value = Number(figure.value) * 100;
      return copy;
    }, /checksum does not match: the file was changed after it was made/],
    ['no checksum', () => ({ ...backup, checksum: undefined }), /has no checksum/],
    ['a format without checksums', () => ({ ...backup, formatVersion: 1 }), /format version 1 is not supported/],
    ['a schema version that is not its last migration', () => forged((_, b) => (b.schemaVersion = 99)), /schema version \(99\) is not its last migration/],
    ['a hidden admin with a session valid until 2099', () => forged((t) => {
      t.users!.push({ ...t.users![0]!, id: 999, email: 'hidden@example.org', role: 'admin' });
      t.sessions!.push({ token_hash: 'a'.repeat(64), user_id: 999, created_at: new Date(Date.now() - 3600_000).toISOString(), expires_at: '2099-01-01T00:00:00+00:00' });
    }), /sessions, row \d+: expires_at: "2099-01-01T00:00:00\+00:00" is more than 12 hours after the session began/, { withAccounts: true }],
    ['an account with a role that does not exist', () => forged((t) => (t.users![0]!.role = 'root')), /users, row 1: role: /, { withAccounts: true }],
    ['an account with a password hash this app does not make', () => forged((t) => (t.users![0]!.password_hash = 'plain:hunter2')), /users, row 1: password_hash: is not a password hash this app makes/, { withAccounts: true }],
    ['an unknown column', () => forged((t) => (t.figures![0]!.evil = 1)), /figures, row 1: unknown column "evil"/],
    ['a missing column', () => forged((t) => delete t.sources![0]!.note), /sources, row 1: missing column "note"/],
    ['an unknown table', () => forged((t, b) => b.tables.push({ name: 'backdoor', rows: [] })), /a table this database does not: backdoor/],
    ['contributions without a status', () => forged((t) => {
      const f = t.figures!.find((x) => x.metric === 'contributions')!;
      f.status = null;
    }), /figures, row \d+: figure "[a-z-]+-\d+": status: contributions need a status/],
    ['a negative amount', () => forged((t) => (t.figures![figureIndex()]!.value = -5)), /figures, row \d+: figure "vftc-001": value: /],
    ['a figure in the wrong unit', () => forged((t) => (t.figures![figureIndex()]!.unit = 'count')), /figure "vftc-001": unit: metric "contributions" is not measured in count/],
    ['a cited source without its URL', () => forged((t) => {
      const s = t.sources!.find((x) => x.status === 'cited')!;
      s.url = null;
      s.copy_read = null;
    }), /sources, row \d+: source "[a-z0-9-]+": url: a cited source needs its official address/],
    ['a founding fact citing a document not read', () => forged((t) => {
      const unread = t.sources!.find((x) => x.status === 'not_transcribed')!;
      t.fund_establishment![0]!.source_id = unread.id;
    }), /fund_establishment, row 1: source_id: "[a-z0-9-]+" is not a cited source/],
    ['a donor alias that does not match its name', () => forged((t) => (t.entity_aliases![0]!.normalized = 'norway')), /entity_aliases, row 1: normalized: must be a form of the alias/],
    ['an audit entry dated after the backup', () => forged((t) => (t.audit_log![0]!.at = '2099-01-01T00:00:00+00:00')), /audit_log, row 1: at: "2099-01-01T00:00:00\+00:00" is not a time before the backup was made/],
    ['a NUL byte in a title', () => forged((t) => (t.sources![0]!.title = 'A\u0000B')), /sources: the rows could not be written/],
  ];

  // One empty database for all of them: each refusal must leave it empty.
  let empty: TestDb;
  beforeAll(async () => {
    empty = await createTestDb();
  });
  afterAll(() => empty.cleanup());

  it.each(TAMPERED)('%s', async (_what, make, message, options = {}) => {
    const error = await (async () => restoreBackup(empty.db, checkBackup(make()), options))().then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toMatch(message);
    for (const table of ['figures', 'sources', 'entities', 'users', 'sessions', 'audit_log']) expect(await count(empty.db, table), table).toBe(0);
  });

  it('refuses to keep sessions without the accounts, and a backup of another schema', async () => {
    await expect(restoreBackup(empty.db, backup, { keepSessions: true })).rejects.toThrow(/only when the accounts are restored/);
    await expect(restoreBackup(empty.db, { ...backup, migrations: [1, 2] })).rejects.toThrow(/made at migrations \[1, 2\]/);
    expect(await count(empty.db, 'figures')).toBe(0);
  });

  it('refuses what is not a backup', () => {
    expect(() => checkBackup({ hello: 1 })).toThrow(/Not a dashboard backup/);
    expect(() => checkBackup({ ...backup, formatVersion: 99 })).toThrow(/format version 99/);
  });
});

describe.skipIf(!onPostgres)('between the two kinds of database', () => {
  it('restores a PostgreSQL backup into the embedded database and back, identical', async () => {
    const embedded = await openDatabase({ dbDir: 'memory://' });
    const back = await createTestDb();
    try {
      await migrate(embedded);
      await restoreBackup(embedded, backup, { withAccounts: true, keepSessions: true });
      const fromEmbedded = checkBackup(JSON.parse(JSON.stringify(await createBackup(embedded))) as unknown);
      expect(dataOf(fromEmbedded)).toEqual(dataOf(backup));
      expect(tablesOf(fromEmbedded).users).toEqual(tablesOf(backup).users);
      await restoreBackup(back.db, fromEmbedded, { withAccounts: true });
      expect(dataOf(await createBackup(back.db))).toEqual(dataOf(backup));
      expect(auditOf(await createBackup(back.db), true)).toEqual(auditOf(backup, true));
    } finally {
      await embedded.close();
      await back.cleanup();
    }
  });
});

describe('npm run db:backup and db:restore', () => {
  /** Environment for the CLIs pointing at a fresh database: a PGlite folder, or a new PostgreSQL database. */
  async function freshTarget(dir: string, label: string): Promise<{ env: NodeJS.ProcessEnv; open: () => Promise<Db>; drop: () => Promise<void> }> {
    if (!onPostgres) {
      const dbDir = join(dir, label);
      return { env: { ...process.env, DATABASE_URL: '', DB_DIR: dbDir }, open: () => openDatabase({ dbDir }), drop: async () => {} };
    }
    const name = `hrtf_backup_${randomBytes(4).toString('hex')}`;
    const admin = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
    await admin.exec(`CREATE DATABASE ${name}`);
    await admin.close();
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    return {
      env: { ...process.env, DATABASE_URL: url.toString() },
      open: () => openDatabase({ databaseUrl: url.toString() }),
      drop: async () => {
        const dropper = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
        await dropper.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await dropper.close();
      },
    };
  }
  const cli = (script: string, args: string[], env: NodeJS.ProcessEnv) => spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { env, encoding: 'utf8' });

  it(`round-trips a database through a file readable by its owner only, on ${onPostgres ? 'PostgreSQL' : 'the embedded database'}`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hrtf-backup-'));
    const source = await freshTarget(dir, 'source');
    const target = await freshTarget(dir, 'target');
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'server/ingest/cli.ts'], { env: source.env, stdio: 'pipe' });
      execFileSync(process.execPath, ['--import', 'tsx', 'server/auth/cli.ts', '--email', 'cli-admin@example.org', '--password', PASSWORD, '--role', 'admin'], { env: source.env, stdio: 'pipe' });
      const file = join(dir, 'backup.json');
      // A leftover partial file readable by everyone must not make the backup readable by everyone.
      writeFileSync(`${file}.partial`, 'left over');
      chmodSync(`${file}.partial`, 0o644);
      const made = cli('server/backup/cli.ts', ['backup', '--out', file], source.env);
      expect(made.status, made.stderr).toBe(0);
      expect(made.stdout).toMatch(/Backed up .* tables/);
      expect(made.stdout).toMatch(/Checksum sha256:[0-9a-f]{64}/);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const restored = cli('server/backup/cli.ts', ['restore', '--in', file, '--with-accounts'], target.env);
      expect(restored.status, restored.stderr).toBe(0);
      expect(restored.stdout).toMatch(/The restore is recorded in the audit log/);
      // Backing up the restored database gives the same data and accounts.
      const file2 = join(dir, 'backup2.json');
      expect(cli('server/backup/cli.ts', ['backup', '--out', file2], target.env).status).toBe(0);
      const [a, b] = [file, file2].map((f) => checkBackup(JSON.parse(readFileSync(f, 'utf8'))));
      expect(dataOf(b!)).toEqual(dataOf(a!));
      expect(tablesOf(b!).users).toEqual(tablesOf(a!).users);
      // One audit entry, naming who (the command line and the system account), the file and its checksum.
      const restoredDb = await target.open();
      try {
        const entries = await restoreEntries(restoredDb);
        expect(entries).toHaveLength(1);
        expect(entries[0]!.user_email).toMatch(/^command line \(.+\)$/);
        expect(entries[0]!.after).toMatchObject({ file, checksum: a!.checksum, withAccounts: true });
      } finally {
        await restoredDb.close();
      }
      // A second restore into the now full database is refused and changes nothing.
      const refused = cli('server/backup/cli.ts', ['restore', '--in', file], target.env);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/already holds data[\s\S]*Nothing was written/);
      // A broken file, and one changed by hand, are named and refused.
      writeFileSync(join(dir, 'broken.json'), '{"format":"something else"}');
      const broken = cli('server/backup/cli.ts', ['restore', '--in', join(dir, 'broken.json')], target.env);
      expect(broken.status).toBe(1);
      expect(broken.stderr).toMatch(/broken\.json: Not a dashboard backup/);
      writeFileSync(join(dir, 'edited.json'), readFileSync(file, 'utf8').replace('"role":"admin"', '"role":"editor"'));
      const edited = cli('server/backup/cli.ts', ['restore', '--in', join(dir, 'edited.json'), '--replace', '--with-accounts'], target.env);
      expect(edited.status).toBe(1);
      expect(edited.stderr).toMatch(/edited\.json: The checksum does not match[\s\S]*Nothing was written/);
    } finally {
      await source.drop();
      await target.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000); // five command-line runs, each starting Node and a database: slow on a loaded machine
});
