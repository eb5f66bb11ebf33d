// The 1 MB body limit (server/app.ts) still holds for every write, declared or streamed, while a plain
// read, which declares no body, skips the check (it would cost every cached read a whole fetch Request).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../server/app.js';
import { createLoadedApp } from '../helpers/app.js';
import { ORIGIN } from '../helpers/auth.js';

let t: Awaited<ReturnType<typeof createLoadedApp>>;
beforeAll(async () => {
  t = await createLoadedApp();
});
afterAll(async () => t.testDb.cleanup());

const big = 'x'.repeat(MAX_BODY_BYTES + 1);

describe('the body limit', () => {
  it('refuses a write whose body is over 1 MB, declared or not', async () => {
    const declared = await t.app.request('/api/figures', { method: 'POST', headers: { 'content-type': 'application/json', origin: ORIGIN, 'content-length': String(big.length) }, body: big });
    expect(declared.status).toBe(413);
    const undeclared = await t.app.request('/api/figures', { method: 'POST', headers: { 'content-type': 'application/json', origin: ORIGIN }, body: big });
    expect(undeclared.status).toBe(413);
  });

  it('answers a plain read', async () => {
    const res = await t.app.request('/api/funds');
    expect(res.status).toBe(200);
  });
});
