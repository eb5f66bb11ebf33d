// A write's funding totals are recomputed before it is answered (server/app.ts), so the first reader
// after an edit finds every fund-year kept for its current version and recomputes nothing.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoadedApp } from '../helpers/app.js';
import { send, signInAs } from '../helpers/auth.js';

let t: Awaited<ReturnType<typeof createLoadedApp>>;
let editor: string;
beforeAll(async () => {
  t = await createLoadedApp();
  editor = await signInAs(t.app, t.testDb.db, 'editor');
});
afterAll(async () => t.testDb.cleanup());

/** Fund-years whose kept totals are not those of their current version. */
const staleCells = async () =>
  (
    await t.testDb.db.query<{ year: number }>(
      `SELECT v.year FROM funding_cell_versions v
         LEFT JOIN funding_cells c ON c.fund_id = v.fund_id AND c.year = v.year AND c.version = v.version
        WHERE c.cell IS NULL`,
    )
  ).map((r) => r.year);

describe('after a write', () => {
  it('every fund-year it touched is kept for its new version before the answer is sent', async () => {
    await t.app.request('/api/gaps'); // every cell kept
    expect(await staleCells()).toEqual([]);
    const res = await send(t.app, 'POST', '/api/figures', {
      cookie: editor,
      body: {
        fund: 'vftc', year: 2011, metric: 'expenditure', value: 4_200_000, status: null, precision: 'exact', period: 'calendar_year',
        periodStart: null, asOf: '2011-12-31', donor: null, countries: [], scope: null, session: null, note: 'test figure',
        attribution: 'direct', basis: 'reported', sources: [{ id: 'ohchr-pr-1998-11-26-hr-98-91', locator: 'para. 1' }],
      },
    });
    expect(res.status).toBe(201);
    expect(await staleCells()).toEqual([]);
    // And the kept 2011 is the new one.
    const fund = (await (await t.app.request('/api/funds/vftc')).json()) as { funding: { year: number; expenditure: { value: number | null } }[] };
    expect(fund.funding.find((y) => y.year === 2011)?.expenditure.value).toBe(4_200_000);
  });

});
