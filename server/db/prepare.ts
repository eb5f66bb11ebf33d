// Open, migrate and (when empty) load: what `npm start` and the tests do before serving.

import { applyDataset, isDatasetLoaded, type LoadSummary } from '../ingest/apply.js';
import { readDataset } from '../ingest/dataset.js';
import { openDatabase, type Db, type DbOptions } from './connection.js';
import { migrate } from './migrate.js';

export interface PreparedDb {
  db: Db;
  loaded: LoadSummary | null;
}

export async function prepareDatabase(options: DbOptions & { dataDir: string }): Promise<PreparedDb> {
  const db = await openDatabase(options);
  try {
    await migrate(db);
    // Validate the files before opening a write transaction: a bad row must leave nothing behind.
    const loaded = (await isDatasetLoaded(db)) ? null : await applyDataset(db, readDataset(options.dataDir));
    return { db, loaded };
  } catch (error) {
    await db.close();
    throw error;
  }
}
