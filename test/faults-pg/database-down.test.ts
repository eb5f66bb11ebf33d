// PostgreSQL stopped under a running server, then started again (CI only: it stops the test server,
// so .ci/run runs this file alone, with HRTF_PG_STOP and HRTF_PG_START as the commands to do so).
// While the database is down every API request is answered 503 with a JSON error within 1 s and
// /api/health says the database is down; once it is back the server answers as before by itself.

import { execSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { applyDataset } from '../../server/ingest/apply.js';
import { readDataset } from '../../server/ingest/dataset.js';
import { ORIGIN } from '../helpers/auth.js';
import { DATA_DIR } from '../helpers/dataset.js';
import { createTestDb, onPostgres, type TestDb } from '../helpers/db.js';

const STOP = process.env.HRTF_PG_STOP;
const START = process.env.HRTF_PG_START;

describe.skipIf(!onPostgres || !STOP || !START)('PostgreSQL stopped and started under a running server', () => {
  let testDb: TestDb;
  let app: ReturnType<typeof createApp>;
  let fundsBefore: string;

  beforeAll(async () => {
    testDb = await createTestDb();
    await applyDataset(testDb.db, readDataset(DATA_DIR));
    app = createApp({ db: testDb.db });
    const res = await app.request('/api/funds');
    expect(res.status).toBe(200);
    fundsBefore = await res.text();
  });
  afterAll(async () => {
    try {
      execSync(START!, { stdio: 'inherit' }); // never leave CI's server down
    } catch {
      /* already running */
    }
    await testDb?.cleanup();
  });

  const requests: [string, RequestInit?][] = [
    ['/api/funds'], // answered from the response cache a moment ago: still needs the data version
    ['/api/funds/vftc'],
    ['/api/figures?fund=ldc-sids'],
    ['/api/statements/MDV?lang=fr'],
    ['/api/session', { method: 'POST', headers: { 'content-type': 'application/json', origin: ORIGIN }, body: JSON.stringify({ email: 'a@example.org', password: 'x' }) }],
  ];

  it('answers every request 503 with a JSON error within 1 s while the database is down, and health says so', async () => {
    execSync(STOP!, { stdio: 'inherit' });
    for (const [path, init] of requests) {
      const t0 = performance.now();
      const res = await app.request(path, init);
      const ms = performance.now() - t0;
      expect(res.status, path).toBe(503);
      expect(ms, path).toBeLessThan(1000);
      expect(res.headers.get('Retry-After'), path).toBe('5');
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code, path).toBe('database_unavailable');
      expect(body.error.message).toMatch(/database is not answering/);
    }
    const health = await app.request('/api/health');
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ ok: false, db: 'postgres', error: { code: 'database_unavailable' } });
  });

  it('recovers by itself once the database is back', async () => {
    execSync(START!, { stdio: 'inherit' });
    const deadline = Date.now() + 15_000;
    let status = 0;
    while (Date.now() < deadline) {
      status = (await app.request('/api/health')).status;
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200);
    const res = await app.request('/api/funds');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(fundsBefore);
  });
});
