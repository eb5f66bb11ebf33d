// npm run bench: measures the real server on loopback, in one run, and writes bench/REPORT.md and
// bench/results.json.
//
//   1. API throughput and latency with autocannon (64 connections) for the fund page, the overview,
//      the gaps, a fund's figures and a statement brief, against a bare Hono app as the baseline;
//   2. at each synthetic database size (10,000 / 100,000 / 1,000,000 figures by default, each in a
//      fresh embedded database made by `npm run data:synthetic`): cached reads (304 revalidation and
//      repeated GETs answered from the version-keyed response cache), uncached reads (the first request
//      after server start, and a cache miss on a warm server) and the server's memory;
//   3. the web app's first view: gzip bytes of the JS and CSS /en/ loads, and its Largest Contentful
//      Paint in headless Chromium, unthrottled and at 4x CPU throttling;
//   4. the budgets, met or missed and by how much.
//
// Environment: BENCH_SIZES=10000,100000 (sizes to run), BENCH_SECONDS=10 (each load run),
// BENCH_WARMUP_SECONDS=2, BENCH_CONNECTIONS=64, BENCH_COLD_SAMPLES=5, BENCH_LCP_RUNS=5,
// BENCH_WEB_DIR (use this build instead of building the SPA afresh into the temp dir),
// BENCH_KEEP=1 (keep the temp dir with the databases and server logs), BENCH_OUT=bench,
// BENCH_SLOW_SECONDS=20 (an uncached request slower than this is not repeated).
// `npm run bench -- --report` rewrites REPORT.md from results.json without measuring;
// `npm run bench -- --web-only` measures only the first view (scripts/bench/web-only.ts): its bytes over
// the wire in Chromium and the first money figure on the throttled phone profile, printed, not saved.
// `npm run bench -- --pdf` measures only the reading of a report PDF (scripts/bench/pdf.ts) and puts it
// into results.json and REPORT.md.
// Every child process is killed at the end, also on error or Ctrl-C.
//
// The parts, in scripts/bench/: settings.ts (this environment, the budgets), servers.ts (the server on
// one database), http.ts (timed requests, load runs), api.ts (everything measured at one size),
// first-view.ts (first-view sizes and paint), run.ts (the whole run), report.ts (REPORT.md); the server,
// ports, memory and Chromium come from scripts/lib/, shared with the soak test and the browser tests.

import { rewriteReport } from './bench/report.js';
import { runBench, runPdfBench } from './bench/run.js';
import { runWebOnlyBench } from './bench/web-only.js';

if (process.argv.includes('--report')) rewriteReport();
else if (process.argv.includes('--pdf')) await runPdfBench();
else if (process.argv.includes('--web-only')) await runWebOnlyBench();
else await runBench();
