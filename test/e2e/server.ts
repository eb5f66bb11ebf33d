// Starts the real server (npm start's entry point) on a free loopback port with a fresh database:
// an empty embedded one by default, or a new database on the PostgreSQL server of DATABASE_URL.

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
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
  const port = 20000 + Math.floor(Math.random() * 20000);
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DB_DIR: join(mkdtempSync(join(tmpdir(), 'hrtf-e2e-')), 'db') };
  let drop = async () => {};
  if (process.env.DATABASE_URL) {
    const fresh = await freshPostgresUrl(process.env.DATABASE_URL);
    env.DATABASE_URL = fresh.url;
    drop = fresh.drop;
  }
  if (options.syntheticFigures) {
    execFileSync(process.execPath, ['--import', 'tsx', 'server/synthetic/cli.ts', '--figures', String(options.syntheticFigures), '--db-dir', env.DB_DIR as string], { env, stdio: 'pipe' });
  }
  for (const user of options.users ?? []) {
    execFileSync(process.execPath, ['--import', 'tsx', 'server/auth/cli.ts', '--email', user.email, '--password', user.password, '--role', user.role], { env, stdio: 'pipe' });
  }
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => (output += String(d)));
  child.stderr?.on('data', (d) => (output += String(d)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 120 s:\n${output}`)), 120_000);
    const check = setInterval(() => {
      if (output.includes(`http://localhost:${port}`)) {
        clearInterval(check);
        clearTimeout(timer);
        resolve();
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(check);
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    process: child,
    log: () => output,
    stop: async () => {
      child.removeAllListeners('exit');
      if (child.exitCode === null) {
        await new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        });
      }
      await drop();
    },
  };
}
