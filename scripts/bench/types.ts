// The shapes of what a bench run measures, as saved in bench/results.json and read back by the report.

import type { FirstViewBreakdown } from '../first-view-js.js';
import type { ProcessMemory } from '../lib/memory.js';
import type { Load } from './http.js';
import type { BUDGETS } from './settings.js';

export type { Load };

export interface FirstView extends FirstViewBreakdown {
  source: string;
}

export interface LcpRun {
  lcpMs: number | null;
  lcpElement: string | null;
  loadMs: number;
}

export interface LcpMeasurement {
  unthrottled: LcpRun[];
  throttled: LcpRun[];
  /** What the browser fetched for /en/ up to network idle, by URL path, sized from the build. */
  loadedByBrowser: FirstViewBreakdown['files'];
}

export type LcpResult = LcpMeasurement & { figures: number };

export interface Endpoint {
  id: string;
  label: string;
  path: string;
  aggregate: boolean;
}

export interface EndpointAtSize {
  endpoint: Endpoint;
  status: number;
  bytes: number;
  coldMs: number[];
  warmMissMs: number[];
  hitMs: number[];
  /** The cached answer's size gzipped, as sent to a browser (null: sent plain, under 1 KB). */
  gzipBytes?: number | null;
  notModified: Load | null;
  cachedGet: Load | null;
  /** Set when a request got no answer within BENCH_REQUEST_TIMEOUT_SECONDS: the answer takes longer than this. */
  timedOutMs?: number;
  error?: string;
}

/** Where a size's synthetic data lives: an embedded database folder, or a PostgreSQL database. */
export interface DatabaseUnderTest {
  kind: 'pglite' | 'postgres';
  dbDir?: string;
  url?: string;
}

/** One page as Chromium receives it (compression on, empty cache): bytes over the wire, headers included. */
export interface WirePage {
  path: string;
  requests: number;
  jsBytes: number;
  allBytes: number;
  apiRequests: number;
  apiBytes: number;
  /** Every script came br- or gzip-encoded. */
  scriptsCompressed: boolean;
}

/** The first money figure of the overview on a throttled phone profile. */
export interface PhoneRun {
  firstMoneyMs: number | null;
}

export interface SizeResult {
  database: DatabaseUnderTest['kind'];
  figures: number;
  figuresInDb: number;
  vftcFigures: number;
  statementState: string;
  generateMs: number;
  dbDirBytes: number;
  startupMs: number[];
  memory: { idle: ProcessMemory | null; afterLoad: ProcessMemory | null; note?: string | undefined };
  crashes: string[];
  endpoints: EndpointAtSize[];
}

export interface Machine {
  cpu: string;
  cores: number;
  ramBytes: number;
  node: string;
  os: string;
  commit: string;
  branch: string;
  uncommittedFiles: number;
  loadAverageAtStart: number[];
}

/** A report PDF read and its tables listed, as POST /imports/documents does, in a fresh process. */
export interface PdfReadResult {
  document: string;
  bytes: number;
  workerMemoryLimitMb: number;
  /** The machine's 1-, 5- and 15-minute load averages just before the reads: other work slows them. */
  loadAverage?: number[];
  runs: { ms: number; rssBeforeBytes: number; rssPeakBytes: number; pages: number; tables: number }[];
  /** VmHWM of the process that read it: its highest resident size, start-up included. */
  processPeakRssBytes: number;
}

export type Results = {
  startedAt: string;
  /** How this result was put together, when it is not one plain run (e.g. a size added from a second run). */
  note?: string;
  totalSeconds: number;
  loadAverageAtEnd?: number[];
  machine: Machine;
  settings: { sizes: number[]; seconds: number; slowSeconds: number; warmupSeconds: number; connections: number; coldSamples: number; missSamples: number; lcpRuns: number; webBuild: string };
  budgets: typeof BUDGETS;
  baseline: Load;
  firstView: FirstView;
  lcp: LcpResult | null;
  lcpError: string | null;
  /** Absent from runs before the PDF reading was measured. */
  pdf?: PdfReadResult[];
  pdfError?: string | null;
  /** Bytes over the wire per page, and the phone profile's first money figure (measured with the LCP). */
  wire?: WirePage[];
  phone?: { profile: string; runs: PhoneRun[] } | null;
  sizes: SizeResult[];
  failures: { figures: number; database?: string; error: string }[];
};
