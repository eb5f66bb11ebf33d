// Child processes of the scripts and the browser tests: spawned with their output kept (and appended to a
// log file when asked), remembered, and killed if this process exits while they still run, so that a
// failed run never leaves a server holding a port and a database.

import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';

export interface SpawnOptions {
  cwd?: string;
  /** The whole environment of the child. */
  env?: NodeJS.ProcessEnv;
  /** Also append the output (stdout and stderr) to this file. */
  logFile?: string;
  /**
   * Run it in a process group of its own and signal the whole group: for commands that start others
   * (npm → sh → node), which would otherwise outlive a kill. A terminal's Ctrl-C then no longer reaches
   * it, so a script using this calls stopChildrenOnSignals().
   */
  ownGroup?: boolean;
}

export interface Spawned {
  child: ChildProcess;
  /** Everything it has written so far, stdout and stderr interleaved. */
  output(): string;
}

/** Children still running, each with whether it leads its own process group. */
const running = new Map<ChildProcess, boolean>();

export const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

export const exited = (child: ChildProcess): Promise<void> =>
  alive(child) ? new Promise<void>((resolve) => child.once('exit', () => resolve())) : Promise.resolve();

export function spawnTracked(command: string, args: string[], options: SpawnOptions = {}): Spawned {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, detached: options.ownGroup ?? false, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const log = options.logFile ? createWriteStream(options.logFile, { flags: 'a' }) : null;
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      log?.write(chunk);
    });
  }
  child.once('exit', () => {
    running.delete(child);
    log?.end();
  });
  running.set(child, options.ownGroup ?? false);
  return { child, output: () => output };
}

export function signal(child: ChildProcess, name: NodeJS.Signals) {
  if (child.pid === undefined || !alive(child)) return;
  try {
    if (running.get(child)) process.kill(-child.pid, name); // the whole group
    else child.kill(name);
  } catch {
    try {
      child.kill(name);
    } catch {
      /* already gone */
    }
  }
}

/** SIGTERM, then SIGKILL if it has not exited after graceMs; resolves once it has exited. */
export async function stopProcess(child: ChildProcess, graceMs = 15_000) {
  if (!alive(child)) return;
  signal(child, 'SIGTERM');
  const timer = setTimeout(() => signal(child, 'SIGKILL'), graceMs);
  await exited(child);
  clearTimeout(timer);
}

export function killAllChildren() {
  for (const child of running.keys()) signal(child, 'SIGKILL');
  running.clear();
}
process.on('exit', killAllChildren);

/**
 * On SIGINT or SIGTERM: exit 130, which runs the 'exit' handlers (killAllChildren and the script's own
 * cleanup). For scripts only (a test runner handles its own signals): Node's default for these signals
 * exits without running 'exit' handlers, which would leave children in their own group running.
 */
export function stopChildrenOnSignals() {
  for (const name of ['SIGINT', 'SIGTERM'] as const) {
    process.on(name, () => {
      console.error(`\n${name}: stopping every child process`);
      process.exit(130);
    });
  }
}
