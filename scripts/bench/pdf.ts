// Reading a report PDF and listing its tables (POST /imports/documents' work): a 50-page report built
// as the PDF tests build theirs, and the largest of ../shared/un-documents when that folder is there.
// Each document is read in a fresh process (scripts/bench/pdf-child.ts), so its memory is the reading's.

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { buildLongReportPdf } from '../../test/helpers/reportPdfs.js';
import { PDF_MEMORY_LIMIT_MB } from '../../server/ingest/pdf/index.js';
import { step } from './format.js';
import { run } from './servers.js';
import { ROOT } from './settings.js';
import type { PdfReadResult } from './types.js';

export const PDF_RUNS = 3;
export const BENCH_PDF_PAGES = 50;

function largestUnDocument(): string | null {
  const dir = join(ROOT, '..', 'shared', 'un-documents');
  try {
    const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf')).map((f) => join(dir, f));
    return pdfs.sort((a, b) => statSync(b).size - statSync(a).size)[0] ?? null;
  } catch {
    return null;
  }
}

export async function measurePdfReading(tmp: string, logDir: string): Promise<PdfReadResult[]> {
  const built = join(tmp, `report-${BENCH_PDF_PAGES}-pages.pdf`);
  writeFileSync(built, await buildLongReportPdf(BENCH_PDF_PAGES));
  const documents: { label: string; file: string }[] = [{ label: `built ${BENCH_PDF_PAGES}-page report (test/helpers/reportPdfs.ts)`, file: built }];
  const real = largestUnDocument();
  if (real) documents.push({ label: `largest of ../shared/un-documents: ${real.split('/').pop()}`, file: real });
  const results: PdfReadResult[] = [];
  for (const { label, file } of documents) {
    const loadAverage = os.loadavg().map((x) => Number(x.toFixed(2)));
    const out = join(tmp, `pdf-${results.length}.json`);
    step(`report PDF: reading ${label} ${PDF_RUNS} times`);
    await run(logDir, `pdf-${results.length}`, process.execPath, ['--import', 'tsx', 'scripts/bench/pdf-child.ts', file, String(PDF_RUNS), out], 10 * 60_000);
    const measured = JSON.parse(readFileSync(out, 'utf8')) as Omit<PdfReadResult, 'document' | 'bytes' | 'workerMemoryLimitMb'>;
    results.push({ document: label, bytes: statSync(file).size, workerMemoryLimitMb: PDF_MEMORY_LIMIT_MB, loadAverage, ...measured });
  }
  return results;
}
