// A process killed in the middle of an import leaves nothing behind: the import is one transaction,
// so after a SIGKILL between its writes the database holds exactly what it held before — on the
// embedded database (reopened after the crash) and on PostgreSQL (CI).

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../server/db/connection.js';
import { migrate } from '../../server/db/migrate.js';
import { applyDataset } from '../../server/ingest/apply.js';
import { readDataset } from '../../server/ingest/dataset.js';
import { DATA_DIR } from '../helpers/dataset.js';
import { createTestDb, onPostgres } from '../helpers/db.js';

const snapshot = async (db: Db) =>
  (
    await db.query<Record<string, string>>(
      `SELECT (SELECT count(*) FROM figures)::text AS figures, (SELECT count(*) FROM figure_sources)::text AS figure_sources,
              (SELECT count(*) FROM sources)::text AS sources, (SELECT count(*) FROM audit_log)::text AS audit,
              (SELECT version FROM data_version)::text AS version,
              (SELECT count(*) FROM figures WHERE fund_id = 'vftc' AND year = 2024)::text AS vftc_2024`,
    )
  )[0];

/** Runs the import child, waits until it has written inside the transaction, and kills it (SIGKILL). */
function killMidImport(env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/faults/importChild.ts'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the import never reached its first write:\n${out}\n${err}`));
    }, 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('WROTE')) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (out.includes('COMMITTED')) reject(new Error('the import committed before it could be killed'));
      else if (signal !== 'SIGKILL') reject(new Error(`the import ended by itself:\n${out}\n${err}`));
      else resolve(out);
    });
  });
}

describe('an import killed half-way', () => {
  it.skipIf(onPostgres)('leaves the embedded database as it was, once reopened', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hrtf-kill-'));
    try {
      let db = await openDatabase({ dbDir: dir });
      await migrate(db);
      await applyDataset(db, readDataset(DATA_DIR));
      const before = await snapshot(db);
      await db.close();
      expect(await killMidImport({ DB_DIR: dir, DATABASE_URL: '' })).toContain('WROTE');
      db = await openDatabase({ dbDir: dir });
      try {
        expect(await snapshot(db)).toEqual(before);
      } finally {
        await db.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!onPostgres)('leaves PostgreSQL as it was, with no lock left behind', async () => {
    const testDb = await createTestDb();
    try {
      await applyDataset(testDb.db, readDataset(DATA_DIR));
      const before = await snapshot(testDb.db);
      expect(await killMidImport({ DATABASE_URL: process.env.DATABASE_URL!, SEARCH_PATH: testDb.schema! })).toContain('WROTE');
      expect(await snapshot(testDb.db)).toEqual(before);
      // The dead session's locks go with it: the same rows can be written now (within the test's timeout).
      await testDb.db.transaction(async (tx) => {
        await tx.query(`UPDATE figures SET note = note WHERE fund_id = 'vftc'`);
      });
    } finally {
      await testDb.cleanup();
    }
  });
});
