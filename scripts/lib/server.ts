// The real server (server/main.ts, what `npm start` runs) as a child process on a free loopback port: the
// one way the browser tests, `npm run bench` and `npm run soak` start it and know it is ready.

import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOOPBACK, freePort } from './ports.js';
import { alive, spawnTracked, stopProcess } from './processes.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface ServerStartOptions {
  /** Set on top of this process's environment: DB_DIR, DATABASE_URL, WEB_DIR… (HOST and PORT are set here). */
  env?: Record<string, string>;
  /** Also append the server's output to this file. */
  logFile?: string;
  /** How long it may take to answer /api/health (it migrates and loads the database first). */
  readyTimeoutMs?: number;
}

export interface ServerProcess {
  url: string;
  port: number;
  /** The server's own pid (main.ts runs in this process), whose memory is the server's. */
  pid: number;
  child: ChildProcess;
  /** From spawning it to its first 200 from /api/health. */
  startupMs: number;
  /** Everything it has written so far. */
  log(): string;
  alive(): boolean;
  /** SIGTERM (it finishes the requests in flight), SIGKILL after graceMs; resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
}

/** The status of one GET on a fresh connection (no keep-alive socket left open to the server). */
function statusOf(url: string, timeoutMs: number): Promise<number> {
  return new Promise((done, fail) => {
    const req = http.get(url, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => done(res.statusCode ?? 0));
      res.on('error', fail);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', fail);
  });
}

/** The last lines of a process's output, for an error message. */
export const lastLines = (text: string, lines = 25) => text.split('\n').slice(-lines).join('\n');

/** Waits until url answers 200; fails as soon as the child exits, with its output. Returns the time waited. */
export async function waitUntilAnswering(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<number> {
  const t0 = performance.now();
  for (;;) {
    if (!alive(child)) throw new Error(`the process exited (${child.signalCode ?? `code ${child.exitCode}`}) before answering ${url}:\n${lastLines(output())}`);
    try {
      if ((await statusOf(url, 5000)) === 200) return performance.now() - t0;
    } catch {
      /* not listening yet */
    }
    if (performance.now() - t0 > timeoutMs) throw new Error(`no 200 from ${url} within ${timeoutMs / 1000} s:\n${lastLines(output())}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function startServer(options: ServerStartOptions = {}): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://${LOOPBACK}:${port}`;
  // node --import tsx runs main.ts in this very process (tsx's CLI would add a parent), so its pid is the
  // server's: the one whose memory is read and which gets the signals.
  const { child, output } = spawnTracked(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...options.env, HOST: LOOPBACK, PORT: String(port) },
    ...(options.logFile ? { logFile: options.logFile } : {}),
  });
  try {
    const startupMs = await waitUntilAnswering(`${url}/api/health`, child, output, options.readyTimeoutMs ?? 120_000);
    return { url, port, pid: child.pid!, child, startupMs, log: output, alive: () => alive(child), stop: (graceMs) => stopProcess(child, graceMs) };
  } catch (error) {
    await stopProcess(child, 5000);
    throw new Error(`The server did not start: ${(error as Error).message}`, { cause: error });
  }
}
