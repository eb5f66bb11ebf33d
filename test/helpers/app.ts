import { createApp } from '../../server/app.js';
import { applyDataset } from '../../server/ingest/apply.js';
import { readDataset } from '../../server/ingest/dataset.js';
import { createTestDb, type TestDb } from './db.js';
import { DATA_DIR } from './dataset.js';

/** A test database loaded with the shipped data/, and the app over it. */
export async function createLoadedApp(): Promise<{ testDb: TestDb; app: ReturnType<typeof createApp> }> {
  const testDb = await createTestDb();
  await applyDataset(testDb.db, readDataset(DATA_DIR));
  return { testDb, app: createApp({ db: testDb.db }) };
}
