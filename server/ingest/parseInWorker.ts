// Parsing an uploaded table off the main thread: a worker thread with a memory ceiling and a time
// limit, terminated when either is hit, and at most a few at once (more wait, and past that are
// answered 503), so that no file an editor sends stalls the server for the other requests. The same
// pattern as the PDF reader (pdf/index.ts).

import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from './csv.js';
import type { RecordContext } from './importRecords.js';
import type { TableReading } from './importReading.js';
import { ImportLimitError, PARSE_LIMITS, type ImportLimitCode, type ParseLimits } from './parseLimits.js';
import type { PastedTable } from './pastedTable.js';

export type ParseJob = { limits: ParseLimits; content: string } & (
  | { format: 'text' }
  | { format: 'csv' | 'xlsx'; context: RecordContext }
);

export type ParseOutcome =
  | { ok: true; result: PastedTable | TableReading }
  | { ok: false; input: { file: string; line: number; column: number; field: string | null; reason: string } }
  | { ok: false; limit: { code: ImportLimitCode; message: string } };

/** Parses at once; more wait for a free slot rather than pile up (2 cores here). */
const MAX_PARALLEL = 2;
const MAX_WAITING = 8;

let running = 0;
const waiting: (() => void)[] = [];

/** Parses running now (workers started and not yet finished): lets a test see that a request was answered during one. */
export const parsesInFlight = () => running;

/** The worker entry: the compiled .js when running compiled, else the .ts loaded through tsx. */
function startWorker(memoryMb: number): Worker {
  const compiled = !import.meta.url.endsWith('.ts');
  const entry = new URL(compiled ? './parseWorker.js' : './parseWorker.ts', import.meta.url);
  const options = { resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 } };
  if (compiled) return new Worker(entry, options);
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { ...options, eval: true });
}

// Workers that finished a parse cleanly are kept for the next one (starting one costs more than a
// small parse); one that was stopped, failed or ran out of memory is terminated, never reused.
const idle: Worker[] = [];

function acquire(memoryMb: number): Worker {
  const worker = (memoryMb === PARSE_LIMITS.memoryMb && idle.pop()) || startWorker(memoryMb);
  worker.ref();
  return worker;
}

function release(worker: Worker, memoryMb: number): void {
  if (memoryMb !== PARSE_LIMITS.memoryMb || idle.length >= MAX_PARALLEL) {
    void worker.terminate();
    return;
  }
  worker.unref(); // an idle worker does not keep the process alive
  idle.push(worker);
}

function parse(job: ParseJob): Promise<PastedTable | TableReading> {
  const { timeMs, memoryMb } = job.limits;
  return new Promise((resolve, reject) => {
    const worker = acquire(memoryMb);
    let settled = false;
    const settle = (keep: boolean, action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (keep) release(worker, memoryMb);
      else void worker.terminate();
      action();
    };
    const stop = (code: ImportLimitCode, message: string) => settle(false, () => reject(new ImportLimitError(code, message)));
    const timer = setTimeout(() => stop('too_complex', `Parsing the file took longer than ${timeMs / 1000} s and was stopped.`), timeMs);
    const onMessage = (outcome: ParseOutcome) => {
      if (outcome.ok) return settle(true, () => resolve(outcome.result));
      if ('input' in outcome) {
        const { file, line, column, field, reason } = outcome.input;
        return settle(true, () => reject(new InputError(file, line, column, field, reason)));
      }
      stop(outcome.limit.code, outcome.limit.message);
    };
    const onError = (error: Error & { code?: string }) =>
      error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? stop('too_complex', `Parsing the file needed more than ${memoryMb} MB of memory and was stopped.`)
        : stop('too_complex', `The file cannot be parsed: ${error.message}`);
    const onExit = (code: number) => stop('too_complex', `The parser stopped unexpectedly (exit code ${code}).`);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(job);
  });
}

type JobWithoutLimits = ParseJob extends infer J ? (J extends ParseJob ? Omit<J, 'limits'> : never) : never;

/** Parses pasted text (into its table) or a CSV/XLSX file (into its checked rows) in a worker, within the limits. */
export async function parseInWorker(job: JobWithoutLimits, limits: Partial<ParseLimits> = {}): Promise<PastedTable | TableReading> {
  if (running >= MAX_PARALLEL) {
    if (waiting.length >= MAX_WAITING) throw new ImportLimitError('busy', 'Too many files are being read right now; try again in a minute.');
    await new Promise<void>((resume) => waiting.push(resume));
  }
  running++;
  try {
    return await parse({ ...job, limits: { ...PARSE_LIMITS, ...limits } } as ParseJob);
  } finally {
    running--;
    waiting.shift()?.();
  }
}
