// Configuration from the environment, read in one place: no other server file reads process.env
// (the linter holds it so, see eslint.config.js).

export interface Config {
  port: number;
  /** The address to listen on; unset: every interface (Node's default). */
  host: string | undefined;
  dbDir: string;
  databaseUrl: string | undefined;
  dataDir: string;
  webDir: string;
  trustedOrigins: string[];
  trustProxy: boolean;
  /** PostgreSQL only: connections in the pool. */
  poolSize: number;
  /** PostgreSQL only: how long to wait for a connection before the API answers 503. */
  connectTimeoutMs: number;
  /** After SIGTERM, how long requests in flight may take before the process exits anyway. */
  shutdownGraceMs: number;
}

export const DEFAULT_POOL_SIZE = 10;
export const DEFAULT_CONNECT_TIMEOUT_MS = 1000;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST || undefined,
    dbDir: env.DB_DIR ?? '.data/db',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR ?? 'data',
    webDir: env.WEB_DIR ?? 'dist/web',
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    trustedOrigins: (env.TRUSTED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    poolSize: Number(env.DATABASE_POOL_SIZE ?? DEFAULT_POOL_SIZE),
    connectTimeoutMs: Number(env.DATABASE_CONNECT_TIMEOUT_MS ?? DEFAULT_CONNECT_TIMEOUT_MS),
    shutdownGraceMs: Number(env.SHUTDOWN_GRACE_MS ?? 10_000),
  };
}
