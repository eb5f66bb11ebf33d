// npm run data:synthetic: fictional donors and sources, flagged synthetic, never written over real data.

import { afterEach, describe, expect, it } from 'vitest';
import { applyDataset } from '../../server/ingest/apply.js';
import { readDataset } from '../../server/ingest/dataset.js';
import { generateSynthetic } from '../../server/synthetic/generate.js';
import { isSyntheticDataset } from '../../server/synthetic/flag.js';
import { createApp } from '../../server/app.js';
import { DATA_DIR } from '../helpers/dataset.js';
import { createTestDb, type TestDb } from '../helpers/db.js';

let testDb: TestDb | undefined;
afterEach(async () => {
  await testDb?.cleanup();
  testDb = undefined;
});

const count = async (sql: string) => Number((await testDb!.db.query<{ n: number }>(sql))[0]?.n);

describe('synthetic data', () => {
  it('fills an empty database with N fictional figures, each sourced, flagged synthetic', async () => {
    testDb = await createTestDb();
    const summary = await generateSynthetic(testDb.db, { figures: 3000, dataDir: DATA_DIR });
    expect(await count('SELECT count(*)::int AS n FROM figures')).toBe(3000);
    expect(await count('SELECT count(*)::int AS n FROM figures f WHERE NOT EXISTS (SELECT 1 FROM figure_sources s WHERE s.figure_id = f.id)')).toBe(0);
    expect(await isSyntheticDataset(testDb.db)).toBe(true);
    // Every donor is fictional and says so in its name; every source is on example.org.
    expect(await count(`SELECT count(*)::int AS n FROM figures f JOIN entities e ON e.id = f.donor_id WHERE e.name_en NOT LIKE 'Synthetic donor %'`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM sources WHERE url NOT LIKE 'https://example.org/synthetic/%'`)).toBe(0);
    expect(summary.donors).toBeGreaterThanOrEqual(50);
    // The app reads it like any dataset, and says it is synthetic.
    const res = await createApp({ db: testDb.db }).request('/api/funds/vftc');
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Synthetic-Data')).toBe('true');
  });

  it('refuses a database that holds real data, and writes nothing', async () => {
    testDb = await createTestDb();
    await applyDataset(testDb.db, readDataset(DATA_DIR));
    const before = await count('SELECT count(*)::int AS n FROM figures');
    await expect(generateSynthetic(testDb.db, { figures: 100, dataDir: DATA_DIR })).rejects.toThrow(/holds real data/);
    expect(await count('SELECT count(*)::int AS n FROM figures')).toBe(before);
    expect(await isSyntheticDataset(testDb.db)).toBe(false);
  });

  it('refuses a nonsensical size', async () => {
    testDb = await createTestDb();
    await expect(generateSynthetic(testDb.db, { figures: 0, dataDir: DATA_DIR })).rejects.toThrow(/--figures/);
  });
});
