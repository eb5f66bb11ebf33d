// The parse worker's side: parse each pasted text, CSV or XLSX it is sent, within the limits, and
// post back the result or the reason it stopped. See parseInWorker.ts for the main thread's side.

import { parentPort } from 'node:worker_threads';
import { InputError, readCsv } from './csv.js';
import { FIGURES_HEADER, readFigureRecords } from './importRecords.js';
import { ImportLimitError } from './parseLimits.js';
import { parsePastedTable } from './pastedTable.js';
import { readXlsxRecords } from './xlsx.js';
import type { ParseJob, ParseOutcome } from './parseInWorker.js';

/** Where line `maxRows + 2` of pasted text starts, or -1 if the text has no such line: counts, holds nothing. */
function lineAfterLimit(text: string, maxRows: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) if (++line > maxRows + 1) return line;
  return -1;
}

async function run(job: ParseJob): Promise<ParseOutcome> {
  const { limits } = job;
  if (job.format === 'text') {
    const over = lineAfterLimit(job.content, limits.maxRows);
    if (over > 0) throw new InputError('pasted text', over, 1, null, `the text goes on past line ${limits.maxRows + 1}; at most ${limits.maxRows} lines are read`);
    return { ok: true, result: parsePastedTable(job.content) };
  }
  const file = job.format === 'csv' ? 'upload.csv' : 'upload.xlsx';
  const { header, records } =
    job.format === 'csv' ? readCsv(file, job.content, FIGURES_HEADER, limits) : await readXlsxRecords(job.content, FIGURES_HEADER, limits);
  return { ok: true, result: readFigureRecords(file, header, records, job.context) };
}

/** Errors as plain data: the main thread rebuilds them (parseInWorker.ts). */
function failureOf(error: unknown): ParseOutcome {
  if (error instanceof InputError) return { ok: false, input: { file: error.file, line: error.line, column: error.column, field: error.field, reason: error.reason } };
  if (error instanceof ImportLimitError) return { ok: false, limit: { code: error.code, message: error.message } };
  return { ok: false, limit: { code: 'too_complex', message: `The file cannot be parsed: ${(error as Error).message}` } };
}

// One job at a time: the main thread sends the next only once this one is answered.
parentPort!.on('message', (job: ParseJob) => {
  run(job).then(
    (outcome) => parentPort!.postMessage(outcome),
    (error: unknown) => parentPort!.postMessage(failureOf(error)),
  );
});
