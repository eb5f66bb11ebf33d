import type { MiddlewareHandler } from 'hono';
import type { Queryable } from '../db/connection.js';
import { isSyntheticDataset } from './flag.js';

/**
 * Marks every API answer from a synthetic database with `X-Synthetic-Data: true`, so no client can
 * take its figures for real ones. Whether the database is synthetic is fixed when it is filled, so it
 * is read once per app instance.
 */
export function syntheticDataHeader(db: Queryable): MiddlewareHandler {
  let synthetic: Promise<boolean> | null = null;
  return async (c, next) => {
    synthetic ??= isSyntheticDataset(db).catch(() => {
      synthetic = null; // the database was not reachable: ask again next time
      return false;
    });
    // Set before the answer is made, so it joins the answer's headers rather than re-making it.
    if (await synthetic) c.header('X-Synthetic-Data', 'true');
    await next();
  };
}
