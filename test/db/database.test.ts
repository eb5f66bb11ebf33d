// The database suite: runs on embedded PGlite by default and, with DATABASE_URL, on a real
// PostgreSQL server (CI does both), so the same schema and queries are proven on each.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMigrations, migrate } from '../../server/db/migrate.js';
import { applyDataset } from '../../server/ingest/apply.js';
import { readDataset } from '../../server/ingest/dataset.js';
import { listFigures } from '../../server/queries/figures.js';
import { createTestDb, onPostgres, type TestDb } from '../helpers/db.js';
import { DATA_DIR } from '../helpers/dataset.js';

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => testDb.cleanup());

describe(`database (${onPostgres ? 'PostgreSQL server' : 'embedded PGlite'})`, () => {
  it('has applied every migration once, and migrating again applies nothing', async () => {
    const versions = (await testDb.db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).map((r) => Number(r.version));
    expect(versions).toEqual(listMigrations().map((m) => m.version));
    expect(await migrate(testDb.db)).toEqual([]);
  });

  it('rolls back the whole transaction when any statement fails', async () => {
    await expect(
      testDb.db.transaction(async (tx) => {
        await tx.query(`INSERT INTO dataset_meta (key, value) VALUES ('probe', 'x')`);
        await tx.query('INSERT INTO no_such_table VALUES (1)');
      }),
    ).rejects.toThrow();
    expect(await testDb.db.query(`SELECT * FROM dataset_meta WHERE key = 'probe'`)).toEqual([]);
  });

  it('refuses values the model forbids', async () => {
    await applyDataset(testDb.db, readDataset(DATA_DIR));
    const insert = (value: number | null, status: string | null, unit = 'usd_cents', metric = 'contributions') =>
      testDb.db.query(
        `INSERT INTO figures (id, fund_id, year, metric, value, unit, status, precision, period) VALUES ('t-1', 'vftc', 2020, $1, $2, $3, $4, 'exact', 'calendar_year')`,
        [metric, value, unit, status],
      );
    await expect(insert(-1, 'received')).rejects.toThrow(); // negative money
    await expect(insert(100, null)).rejects.toThrow(); // contributions without a status
    await expect(insert(100, 'paid')).rejects.toThrow(); // unknown status
    await expect(insert(3, 'received', 'count', 'delegates')).rejects.toThrow(); // a count with a money status
    await expect(
      testDb.db.query(`INSERT INTO sources (id, kind, status, title) VALUES ('s-1', 'official_report', 'cited', 'A report')`),
    ).rejects.toThrow(); // a cited source without a URL
  });

  it('keeps money exact beyond 2^31 cents and reads it back as a number', async () => {
    const [vftc2020] = await listFigures(testDb.db, { fund: 'vftc', year: 2020, metric: 'contributions' });
    expect(vftc2020?.value).toBe(2_326_610_100);
    expect(typeof vftc2020?.value).toBe('number');
  });

  it.runIf(onPostgres)('two connections see the same data: a write through one is read through the other', async () => {
    const other = await testDb.reopen();
    try {
      await testDb.db.query(`INSERT INTO dataset_meta (key, value) VALUES ('written-by', 'first') ON CONFLICT (key) DO UPDATE SET value = 'first'`);
      expect(await other.query(`SELECT value FROM dataset_meta WHERE key = 'written-by'`)).toEqual([{ value: 'first' }]);
      // Two instances migrating at once: the advisory lock lets exactly one apply anything.
      const [a, b] = await Promise.all([migrate(testDb.db), migrate(other)]);
      expect([...a, ...b]).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
