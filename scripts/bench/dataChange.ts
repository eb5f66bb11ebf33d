// "Uncached, after a data change", made by a real change: an editor signs in and adds one figure to a
// VFTC year through the API, as a secretariat does. The data version moves (every cached answer is
// stale) and so does the version of that fund-year's kept totals (server/queries/fundingCells.ts):
// the next read of each endpoint computes what a visitor after an edit waits for.

import type { DatabaseUnderTest } from './types.js';
import { run } from './servers.js';

const EDITOR = { email: 'bench-editor@example.org', password: 'a long enough bench password' };

/** Creates the editor account on the database (before the server opens it: the embedded one has one owner). */
export async function createBenchEditor(logDir: string, database: DatabaseUnderTest): Promise<void> {
  await run(logDir, `editor-${database.kind}`, 'npx', ['tsx', 'server/auth/cli.ts', '--email', EDITOR.email, '--password', EDITOR.password, '--role', 'editor'], undefined, {
    ...process.env,
    DB_DIR: database.dbDir ?? '',
    DATABASE_URL: database.url ?? '',
  });
}

/** Signs the editor in; returns the Cookie header to send with writes. */
export async function signInEditor(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify(EDITOR),
  });
  if (res.status !== 200) throw new Error(`the bench editor could not sign in: HTTP ${res.status} ${await res.text()}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** Adds one fictional figure (the synthetic donors and sources are fictional too) to a VFTC year. */
export async function addOneFigure(baseUrl: string, cookie: string, sample: number): Promise<void> {
  const res = await fetch(`${baseUrl}/api/figures`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl, cookie },
    body: JSON.stringify({
      fund: 'vftc',
      year: 2000 + (sample % 20),
      metric: 'contributions',
      value: 100 * (sample + 1),
      status: 'received',
      precision: 'exact',
      period: 'calendar_year',
      periodStart: null,
      asOf: null,
      donor: 'synthetic-donor-0001',
      countries: [],
      scope: null,
      session: null,
      note: 'Added by the benchmark (fictional).',
      sources: [{ id: 'synthetic-source-0001', locator: 'benchmark write' }],
    }),
  });
  if (res.status !== 201 && res.status !== 200) throw new Error(`the bench write failed: HTTP ${res.status} ${await res.text()}`);
}
