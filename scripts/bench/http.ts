// The bench's HTTP: single timed requests on fresh connections, and load runs with autocannon.

import autocannon from 'autocannon';
import http from 'node:http';
import { CONNECTIONS, REQUEST_TIMEOUT_MS, SECONDS, WARMUP_SECONDS } from './settings.js';

export class TimeoutError extends Error {
  constructor(
    readonly timeoutMs: number,
    url: string,
  ) {
    super(`no answer within ${timeoutMs / 1000} s: ${url}`);
  }
}

export interface Answer {
  status: number;
  ms: number;
  bytes: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request on a fresh connection, timed from sending to the last byte of the body. */
export function get(url: string, headers: Record<string, string> = {}, keepBody = false, timeoutMs = REQUEST_TIMEOUT_MS): Promise<Answer> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const req = http.get(url, { headers, agent: false }, (res) => {
      let bytes = 0;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (keepBody) chunks.push(chunk);
      });
      res.on('end', () => done({ status: res.statusCode ?? 0, ms: performance.now() - t0, bytes, headers: res.headers, body: keepBody ? Buffer.concat(chunks).toString('utf8') : '' }));
      res.on('error', fail);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new TimeoutError(timeoutMs, url)));
    req.on('error', fail);
  });
}

export interface Load {
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; average: number };
  totalRequests: number;
  throughputBytesPerSecond: number;
  statuses: { '2xx': number; '3xx': number; '4xx': number; '5xx': number };
  errors: number;
  timeouts: number;
  seconds: number;
}

export async function load(url: string, headers: Record<string, string> = {}, seconds = SECONDS): Promise<Load> {
  if (WARMUP_SECONDS > 0) await autocannon({ url, connections: CONNECTIONS, duration: WARMUP_SECONDS, headers, timeout: 60 });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers, timeout: 60 });
  return {
    requestsPerSecond: r.requests.average,
    latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max, average: r.latency.average },
    totalRequests: r.requests.total,
    throughputBytesPerSecond: r.throughput.average,
    statuses: { '2xx': r['2xx'], '3xx': r['3xx'], '4xx': r['4xx'], '5xx': r['5xx'] },
    errors: r.errors,
    timeouts: r.timeouts,
    seconds: r.duration,
  };
}
