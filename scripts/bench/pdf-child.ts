// Reads one PDF as POST /imports/documents does (readPdf: its worker thread, its limits), several
// times in this fresh process, and prints each read's time and the process's resident memory before
// and at its peak (sampled from /proc every 5 ms while the worker parses: the main thread is idle).
// Run by scripts/bench/pdf.ts: node --import tsx scripts/bench/pdf-child.ts FILE RUNS OUT.json

import { readFileSync, writeFileSync } from 'node:fs';
import { readPdf } from '../../server/ingest/pdf/index.js';
import { memoryOf } from '../lib/memory.js';

const [file, runsArg, out] = process.argv.slice(2);
if (!file || !out) throw new Error('usage: pdf-child.ts FILE RUNS OUT.json');
const bytes = new Uint8Array(readFileSync(file));
const rss = () => memoryOf(process.pid)?.rssBytes ?? NaN;
const runs = [];
for (let i = 0; i < Number(runsArg ?? 3); i++) {
  const before = rss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rss())), 5);
  const t0 = performance.now();
  const reading = await readPdf(bytes);
  const ms = performance.now() - t0;
  clearInterval(sampler);
  peak = Math.max(peak, rss());
  runs.push({ ms, rssBeforeBytes: before, rssPeakBytes: peak, pages: reading.document.pages, tables: reading.tables.length });
}
writeFileSync(out, JSON.stringify({ runs, processPeakRssBytes: memoryOf(process.pid)?.peakRssBytes ?? NaN }));
