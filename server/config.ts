// Configuration from the environment, read in one place.

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
}

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
  };
}
