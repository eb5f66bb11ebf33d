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
function startWorker(job: ParseJob): Worker {
  const compiled = !import.meta.url.endsWith('.ts');
  const entry = new URL(compiled ? './parseWorker.js' : './parseWorker.ts', import.meta.url);
  const options = {
    workerData: { job },
    resourceLimits: { maxOldGenerationSizeMb: job.limits.memoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
  };
  if (compiled) return new Worker(entry, options);
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { ...options, eval: true });
}

function parse(job: ParseJob): Promise<PastedTable | TableReading> {
  const { timeMs, memoryMb } = job.limits;
  return new Promise((resolve, reject) => {
    const worker = startWorker(job);
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      action();
    };
    const stop = (code: ImportLimitCode, message: string) => settle(() => reject(new ImportLimitError(code, message)));
    const timer = setTimeout(() => stop('too_complex', `Parsing the file took longer than ${timeMs / 1000} s and was stopped.`), timeMs);
    worker.on('message', (outcome: ParseOutcome) => {
      if (outcome.ok) return settle(() => resolve(outcome.result));
      if ('input' in outcome) {
        const { file, line, column, field, reason } = outcome.input;
        return settle(() => reject(new InputError(file, line, column, field, reason)));
      }
      stop(outcome.limit.code, outcome.limit.message);
    });
    worker.on('error', (error: Error & { code?: string }) =>
      error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? stop('too_complex', `Parsing the file needed more than ${memoryMb} MB of memory and was stopped.`)
        : stop('too_complex', `The file cannot be parsed: ${error.message}`),
    );
    worker.on('exit', (code) => stop('too_complex', `The parser stopped unexpectedly (exit code ${code}).`));
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
