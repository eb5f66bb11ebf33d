// One query interface over the embedded database (PGlite, the default) and a PostgreSQL server
// (node-postgres, when DATABASE_URL is set). Queries are plain SQL with $1 parameters, so the same
// text runs on both; nothing is ever built by concatenating values into SQL.

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Pool, PoolClient } from 'pg';
import { DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_POOL_SIZE } from '../config.js';
import { sharedFreshRead } from './sharedRead.js';

export type DbKind = 'pglite' | 'postgres';

export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: DbKind;
  /** Runs fn in one transaction: all of it is written, or none of it. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** The data version (migration 0003), bumped by every write: see server/cache.ts. */
  dataVersion(): Promise<string>;
}

const DATA_VERSION_SQL = 'SELECT version FROM data_version';
async function readDataVersionRow(q: Queryable): Promise<string> {
  const rows = await q.query<{ version: string | number }>(DATA_VERSION_SQL);
  return String(rows[0]?.version ?? '0');
}

export interface DbOptions {
  /** postgres://… — use a PostgreSQL server. */
  databaseUrl?: string | undefined;
  /** Folder of the embedded database; `memory://` keeps it in memory (tests). */
  dbDir?: string | undefined;
  /** PostgreSQL only: the schema to work in (tests isolate themselves this way). */
  searchPath?: string | undefined;
  /** PostgreSQL only: connections in the pool (config.ts; 10 when not given). */
  poolSize?: number | undefined;
  /** PostgreSQL only: how long to wait for a connection (config.ts; 1 s when not given). */
  connectTimeoutMs?: number | undefined;
}

export async function openDatabase(options: DbOptions): Promise<Db> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options);
  return openPglite(options.dbDir ?? '.data/db');
}

async function openPglite(dbDir: string): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  let dataDir: string | undefined;
  if (dbDir !== 'memory://') {
    dataDir = resolve(dbDir);
    mkdirSync(dataDir, { recursive: true });
  }
  const pg = new PGlite(dataDir);
  await pg.waitReady;

  // The data version, remembered between requests. Safe only here: an embedded database belongs to
  // this one process (PGlite cannot be opened twice), so every write goes through this handle. Any
  // other operation, read or write, forgets the remembered version when it starts and when it ends
  // (`operations` counts both), and a version read while anything else ran is not remembered; so a
  // version is never remembered across a write. A cached answer then costs no query at all.
  let operations = 0;
  let inFlight = 0;
  let rememberedVersion: string | null = null;
  const tracked = async <T>(work: () => Promise<T>): Promise<T> => {
    operations++;
    inFlight++;
    rememberedVersion = null;
    try {
      return await work();
    } finally {
      operations++;
      inFlight--;
      rememberedVersion = null;
    }
  };
  const wrap = (q: { query: typeof pg.query; exec: typeof pg.exec }): Queryable => ({
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      return (await q.query<Row>(sql, params as unknown[])).rows;
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  const direct = wrap(pg);
  return {
    kind: 'pglite',
    query: (sql, params) => tracked(() => direct.query(sql, params)),
    exec: (sql) => tracked(() => direct.exec(sql)),
    transaction: (fn) => tracked(() => pg.transaction((tx) => fn(wrap(tx)))),
    async dataVersion() {
      if (rememberedVersion !== null) return rememberedVersion;
      const before = operations;
      const quiet = inFlight === 0;
      const version = await readDataVersionRow(direct);
      if (quiet && inFlight === 0 && operations === before) rememberedVersion = version;
      return version;
    },
    close: () => pg.close(),
  };
}

async function openPostgres(databaseUrl: string, { searchPath, poolSize, connectTimeoutMs }: DbOptions): Promise<Db> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: poolSize ?? DEFAULT_POOL_SIZE,
    // A database that does not answer must not hold requests: give up connecting after 1 s (the API then
    // answers 503), and drop idle connections so a restarted server is reconnected to cleanly.
    connectionTimeoutMillis: connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 10_000,
    ...(searchPath ? { options: `-c search_path=${searchPath}` } : {}),
  });
  // A dropped idle connection must not crash the process; the next query gets a fresh one.
  pool.on('error', () => {});
  const wrap = (q: Pool | PoolClient): Queryable => ({
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      return (await q.query(sql, params as unknown[])).rows as Row[];
    },
    async exec(sql: string) {
      await q.query(sql);
    },
  });
  const direct = wrap(pool);
  return {
    kind: 'postgres',
    ...direct,
    // Read for every request (other instances, and psql, write to the same server), one read shared by
    // the requests that arrive while it runs (sharedRead.ts).
    dataVersion: sharedFreshRead(() => readDataVersionRow(direct)),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
