// GET /api/figures a page at a time (keyset pagination, newest first): paging through returns every
// figure a filter selects exactly once, in order, whatever the page size; bad cursors are a 4xx.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Figure } from '../../server/contract/schemas.js';
import { FIGURE_PAGE_DEFAULT, FIGURE_PAGE_MAX } from '../../server/contract/paging.js';
import { createLoadedApp } from '../helpers/app.js';
import type { TestDb } from '../helpers/db.js';

let testDb: TestDb;
let app: Awaited<ReturnType<typeof createLoadedApp>>['app'];

beforeAll(async () => {
  ({ testDb, app } = await createLoadedApp());
});
afterAll(async () => testDb.cleanup());

const getJson = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as any };
};

/** Every page of a query, following `next`. */
async function allPages(query: string, limit: number): Promise<{ pages: Figure[][] }> {
  const pages: Figure[][] = [];
  let cursor: string | null = null;
  do {
    const { status, body } = await getJson(`/api/figures?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(status).toBe(200);
    expect(body.figures.length).toBeLessThanOrEqual(limit);
    pages.push(body.figures);
    cursor = body.next;
    if (cursor !== null) expect(body.figures).toHaveLength(limit); // only the last page is short
  } while (cursor !== null);
  return { pages };
}

/** Newest first: year (none last), then as-of date (none last), then id, each descending. */
const newestFirstKey = (f: Figure) => [f.year ?? -1, f.asOf ?? '', f.id] as const;
function inNewestFirstOrder(figures: readonly Figure[]): boolean {
  return figures.every((f, i) => {
    if (i === 0) return true;
    const [y0, a0, id0] = newestFirstKey(figures[i - 1]!);
    const [y1, a1, id1] = newestFirstKey(f);
    return y0 > y1 || (y0 === y1 && (a0 > a1 || (a0 === a1 && id0 > id1)));
  });
}

describe('GET /api/figures, a page at a time', () => {
  it('returns every figure a filter selects exactly once, newest first, for any page size and filter', async () => {
    const everything = (await getJson(`/api/figures?limit=${FIGURE_PAGE_MAX}`)).body;
    expect(everything.next).toBeNull(); // the shipped data fits in one largest page
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom('', 'fund=vftc', 'fund=ldc-sids&metric=delegates', 'metric=contributions', 'country=MDV', 'donor=DNK', 'year=2019'),
        async (limit, filter) => {
          const { pages } = await allPages(filter, limit);
          const paged = pages.flat();
          const whole = (await getJson(`/api/figures?${filter}&limit=${FIGURE_PAGE_MAX}`)).body.figures as Figure[];
          expect(paged.map((f) => f.id)).toEqual(whole.map((f) => f.id));
          expect(new Set(paged.map((f) => f.id)).size).toBe(paged.length);
          expect(inNewestFirstOrder(paged)).toBe(true);
          expect(paged).toEqual(whole); // each figure whole: sources, countries, conflicts
        },
      ),
      { numRuns: 25 },
    );
    // And the unfiltered pages hold every figure of the dataset.
    const { pages } = await allPages('', 37);
    expect(pages.flat().map((f) => f.id).sort()).toEqual(everything.figures.map((f: Figure) => f.id).sort());
  });

  it('gives a default page and refuses pages over the cap', async () => {
    const { body } = await getJson('/api/figures');
    expect(body.figures).toHaveLength(FIGURE_PAGE_DEFAULT);
    expect(typeof body.next).toBe('string');
    const over = await getJson(`/api/figures?limit=${FIGURE_PAGE_MAX + 1}`);
    expect(over.status).toBe(400);
    expect(over.body.error.message).toMatch(/limit/);
  });

  it('refuses a cursor it did not give, naming the cursor', async () => {
    for (const cursor of ['abc', 'WzEsMiwzXQ', Buffer.from('[2020,"x"]').toString('base64url'), 'not%20base64']) {
      const { status, body } = await getJson(`/api/figures?cursor=${cursor}`);
      expect(status, cursor).toBe(400);
      expect(body.error.message, cursor).toMatch(/cursor/);
    }
  });

  it('keeps the fund page\'s answer small: it cites its values\' figures, not the fund\'s every figure', async () => {
    const { body } = await getJson('/api/funds/vftc');
    expect(body.figures.length).toBeGreaterThan(0);
    expect(body.figures.length).toBeLessThan(body.fund.figureCount);
    const ids = new Set(body.figures.map((f: Figure) => f.id));
    for (const f of Object.values(body.latest) as Figure[]) expect(ids.has(f.id)).toBe(true);
    for (const year of body.funding) for (const s of ['contributions', 'expenditure', 'requirement']) for (const id of year[s].figureIds) expect(ids.has(id)).toBe(true);
  });
});
