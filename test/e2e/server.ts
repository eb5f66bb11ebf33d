// A server for one test file: the real server (scripts/lib/server.ts) on a free loopback port with a fresh
// database: an empty embedded one by default, or a new database on the PostgreSQL server of DATABASE_URL.

import { execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startServer as startRealServer } from '../../scripts/lib/server.js';
import { openDatabase } from '../../server/db/connection.js';

export interface RunningServer {
  url: string;
  /** The server process (main.ts itself: node --import tsx). */
  process: ChildProcess;
  log: () => string;
  stop(): Promise<void>;
}

async function freshPostgresUrl(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `hrtf_e2e_${randomBytes(4).toString('hex')}`;
  const admin = await openDatabase({ databaseUrl: baseUrl });
  await admin.exec(`CREATE DATABASE ${name}`);
  await admin.close();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const dropper = await openDatabase({ databaseUrl: baseUrl });
      await dropper.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.close();
    },
  };
}

export interface ServerOptions {
  /** Accounts to create (with npm run user:add's code) before the server starts. */
  users?: { email: string; password: string; role: 'viewer' | 'editor' | 'admin' }[];
  /** Fill the database with this many synthetic figures (npm run data:synthetic) instead of data/. */
  syntheticFigures?: number;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const tmp = mkdtempSync(join(tmpdir(), 'hrtf-e2e-'));
  const env: Record<string, string> = { DB_DIR: join(tmp, 'db') };
  let drop = async () => {};
  if (process.env.DATABASE_URL) {
    const fresh = await freshPostgresUrl(process.env.DATABASE_URL);
    env.DATABASE_URL = fresh.url;
    drop = fresh.drop;
  }
  const cleanUp = async () => {
    await drop();
    rmSync(tmp, { recursive: true, force: true });
  };
  let server;
  try {
    const cli = (args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'pipe' });
    if (options.syntheticFigures) cli(['server/synthetic/cli.ts', '--figures', String(options.syntheticFigures), '--db-dir', env.DB_DIR!]);
    for (const user of options.users ?? []) cli(['server/auth/cli.ts', '--email', user.email, '--password', user.password, '--role', user.role]);
    server = await startRealServer({ env });
  } catch (error) {
    await cleanUp();
    throw error;
  }
  return {
    url: server.url,
    process: server.child,
    log: server.log,
    stop: async () => {
      await server.stop();
      await cleanUp();
    },
  };
}
