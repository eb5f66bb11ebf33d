import type { MiddlewareHandler } from 'hono';
import type { Queryable } from '../db/connection.js';
import { syntheticFlag } from './flag.js';

/**
 * Marks every API answer from a synthetic database with `X-Synthetic-Data: true`, so no client can
 * take its figures for real ones (the flag is read once per database: syntheticFlag).
 */
export function syntheticDataHeader(db: Queryable): MiddlewareHandler {
  return async (c, next) => {
    // Unreadable (database down): no header; the request then fails on its own query, with a 503.
    const synthetic = await syntheticFlag(db).catch(() => false);
    // Set before the answer is made, so it joins the answer's headers rather than re-making it.
    if (synthetic) c.header('X-Synthetic-Data', 'true');
    await next();
  };
}
