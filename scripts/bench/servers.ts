// The processes of a bench run: commands run to their end with their output in the run's log folder, and
// the real server (scripts/lib/server.ts) on one synthetic database, restarted when it dies.

import { join } from 'node:path';
import { alive, exited, spawnTracked, signal } from '../lib/processes.js';
import { lastLines, startServer, type ServerProcess } from '../lib/server.js';
import { ROOT } from './settings.js';
import type { DatabaseUnderTest } from './types.js';

/**
 * Runs a command to its end (in its own process group: npm → sh → node), its output in logDir/label.log;
 * returns how long it took, or throws with the end of its output.
 */
export async function run(logDir: string, label: string, command: string, args: string[], timeoutMs = 3 * 3600_000, env?: NodeJS.ProcessEnv): Promise<number> {
  const t0 = performance.now();
  const logFile = join(logDir, `${label}.log`);
  const { child, output } = spawnTracked(command, args, { cwd: ROOT, logFile, ownGroup: true, ...(env ? { env } : {}) });
  const timer = setTimeout(() => signal(child, 'SIGKILL'), timeoutMs);
  await exited(child);
  clearTimeout(timer);
  if (child.exitCode !== 0) throw new Error(`${label} failed (exit ${child.exitCode ?? child.signalCode}); see ${logFile}:\n${lastLines(output())}`);
  return performance.now() - t0;
}

const sleep = (msDelay: number) => new Promise((r) => setTimeout(r, msDelay));
let serverStarts = 0;

/** The server on one database, started when needed and again if it died; its deaths are recorded. */
export class ServerSlot {
  server: ServerProcess | null = null;
  readonly startupMs: number[] = [];
  readonly crashes: string[] = [];
  constructor(
    /** The database under test: DB_DIR (embedded) or DATABASE_URL (PostgreSQL). */
    private readonly database: DatabaseUnderTest,
    private readonly webDir: string,
    private readonly logDir: string,
  ) {}

  async ensure(): Promise<ServerProcess> {
    if (!this.server || !this.server.alive()) {
      this.server = await startServer({
        // Always the database under test, whatever the shell has.
        env: { DB_DIR: this.database.dbDir ?? '', DATABASE_URL: this.database.url ?? '', WEB_DIR: this.webDir, NODE_ENV: 'production' },
        logFile: join(this.logDir, `server-${++serverStarts}.log`),
        readyTimeoutMs: 600_000, // a million figures take minutes to open
      });
      this.startupMs.push(this.server.startupMs);
    }
    return this.server;
  }

  async stop() {
    if (this.server) await this.server.stop();
    this.server = null;
  }

  /** After a failed request: the message, saying so when the server itself died. */
  async diagnose(error: Error, during: string): Promise<string> {
    const server = this.server;
    if (!server) return error.message;
    await Promise.race([exited(server.child), sleep(1000)]);
    if (alive(server.child)) {
      // Still computing the abandoned answer (or stuck): restart it, so the next request is not queued behind it.
      await this.stop();
      return `${error.message} (the server was restarted)`;
    }
    const how = server.child.signalCode ?? `exit code ${server.child.exitCode}`;
    const log = lastLines(server.log(), 6).trim().replace(/\s*\n\s*/g, ' / ');
    const message = `the server died during ${during} (${how})${log ? `: ${log.slice(-600)}` : ''}`;
    this.crashes.push(message);
    this.server = null;
    return message;
  }
}
