// Reading a report PDF off the main thread: a worker thread with a memory ceiling and a time limit,
// terminated when either is hit, so a hostile or huge file never stalls the server.

import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { MAX_PDF_BYTES } from '../../contract/imports.js';
import { PdfReadError, type PdfErrorCode } from './errors.js';
import type { PdfReading } from './readPdf.js';

export { PdfReadError } from './errors.js';
export type { PdfReading } from './readPdf.js';
export type { Table, CellError } from './tables.js';

export const PDF_TIME_LIMIT_MS = 30_000;
export const PDF_MEMORY_LIMIT_MB = 384;
/** PDFs read at once; more wait for a free slot rather than pile up (2 cores here). */
const MAX_PARALLEL = 2;
const MAX_WAITING = 8;

let running = 0;
const waiting: (() => void)[] = [];

/** The worker entry: the compiled .js when running compiled, else the .ts loaded through tsx. */
function startWorker(bytes: Uint8Array, memoryMb: number): Worker {
  const entry = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);
  const options = {
    workerData: { bytes },
    transferList: [bytes.buffer as ArrayBuffer],
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
  };
  if (!import.meta.url.endsWith('.ts')) return new Worker(entry, options);
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { ...options, eval: true });
}

function parse(bytes: Uint8Array, timeoutMs: number, memoryMb: number): Promise<PdfReading> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(bytes, memoryMb);
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      action();
    };
    const fail = (code: PdfErrorCode, message: string) => settle(() => reject(new PdfReadError(code, message)));
    const timer = setTimeout(
      () => fail('too_complex', `Reading the PDF took longer than ${timeoutMs / 1000} s and was stopped.`),
      timeoutMs,
    );
    worker.on('message', (message: { ok: true; reading: PdfReading } | { ok: false; code: PdfErrorCode; message: string }) =>
      message.ok ? settle(() => resolve(message.reading)) : fail(message.code, message.message),
    );
    worker.on('error', (error: Error & { code?: string }) =>
      error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? fail('too_complex', `Reading the PDF needed more than ${memoryMb} MB of memory and was stopped.`)
        : fail('invalid_pdf', `The PDF cannot be read: ${error.message}`),
    );
    worker.on('exit', (code) => fail('invalid_pdf', `The PDF reader stopped unexpectedly (exit code ${code}).`));
  });
}

/** Reads a PDF's document facts and tables in a worker thread, within the limits. */
export async function readPdf(
  bytes: Uint8Array,
  { timeoutMs = PDF_TIME_LIMIT_MS, memoryMb = PDF_MEMORY_LIMIT_MB } = {},
): Promise<PdfReading> {
  if (bytes.byteLength > MAX_PDF_BYTES) {
    throw new PdfReadError('too_large', `The PDF is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; at most ${MAX_PDF_BYTES / 1024 / 1024} MB are read.`);
  }
  // Checked here too so that a file that is plainly no PDF costs no worker.
  if (!Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-')) {
    throw new PdfReadError('not_pdf', 'The file is not a PDF: it does not start with "%PDF-".');
  }
  if (running >= MAX_PARALLEL) {
    if (waiting.length >= MAX_WAITING) throw new PdfReadError('busy', 'Too many PDFs are being read right now; try again in a minute.');
    await new Promise<void>((resume) => waiting.push(resume));
  }
  running++;
  try {
    // The worker takes the bytes (transferred, not copied), so it gets its own copy to take.
    return await parse(new Uint8Array(bytes), timeoutMs, memoryMb);
  } finally {
    running--;
    waiting.shift()?.();
  }
}
