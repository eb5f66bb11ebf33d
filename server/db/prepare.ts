// Open and migrate, then let the caller fill an empty database: what `npm start`, the command-line
// tools and the tests do before serving. The filling is the caller's (ingest/ loads data/), so the
// database layer depends on nothing above it.

import { openDatabase, type Db, type DbOptions } from './connection.js';
import { migrate } from './migrate.js';

export interface PreparedDb<Loaded> {
  db: Db;
  loaded: Loaded;
}

/** Opens and migrates the database, then runs `fill` on it; on any failure the database is closed again. */
export async function prepareDatabase<Loaded>(
  options: DbOptions,
  fill: (db: Db) => Promise<Loaded>,
): Promise<PreparedDb<Loaded>> {
  const db = await openDatabase(options);
  try {
    await migrate(db);
    return { db, loaded: await fill(db) };
  } catch (error) {
    await db.close();
    throw error;
  }
}
