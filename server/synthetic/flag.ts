// A database filled by `npm run data:synthetic` says so in dataset_meta; the server then marks every
// API answer (header X-Synthetic-Data) and the web app shows a banner on every page.

import type { Queryable } from '../db/connection.js';

export const SYNTHETIC_META_KEY = 'synthetic';

export async function isSyntheticDataset(db: Queryable): Promise<boolean> {
  const rows = await db.query<{ value: string }>('SELECT value FROM dataset_meta WHERE key = $1', [SYNTHETIC_META_KEY]);
  return rows[0]?.value === 'true';
}

const flags = new WeakMap<Queryable, Promise<boolean>>();

/**
 * The same, read once per database handle for a running server: whether a database is synthetic is
 * fixed when it is filled (data:synthetic refuses a database with real data). A failed read (the
 * database did not answer) is not remembered, and its error reaches the caller.
 */
export function syntheticFlag(db: Queryable): Promise<boolean> {
  let flag = flags.get(db);
  if (!flag) {
    flag = isSyntheticDataset(db);
    flags.set(db, flag);
    flag.catch(() => flags.delete(db));
  }
  return flag;
}
