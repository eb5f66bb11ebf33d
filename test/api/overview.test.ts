// GET /api/overview: what the overview cards show, in one answer, and the same values the fund
// pages compute (the one funding module decides both).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('GET /api/overview', () => {
  it('gives every fund, in the order of /api/funds, with the fund page\'s values trimmed to the card', async () => {
    const [{ status, body }, { body: list }] = await Promise.all([getJson('/api/overview'), getJson('/api/funds')]);
    expect(status).toBe(200);
    expect(body.funds.map((c: any) => c.fund)).toEqual(list.funds);
    for (const card of body.funds) {
      const { body: detail } = await getJson(`/api/funds/${card.fund.id}`);
      expect(card.latest).toEqual(detail.latest);
      expect(card.funding.map((y: any) => y.year)).toEqual(detail.funding.map((y: any) => y.year));
      card.funding.forEach((year: any, i: number) => {
        const full = detail.funding[i];
        for (const series of ['contributions', 'expenditure', 'requirement']) {
          const { alternativeIds, ...value } = full[series];
          expect(year[series]).toEqual({ ...value, alternativeCount: alternativeIds.length });
        }
        for (const computed of ['outstanding', 'gap']) {
          const { figureIds, ...quantity } = full[computed];
          expect(year[computed]).toEqual({ ...quantity, figureCount: figureIds.length });
        }
        expect(year.coverage).toEqual({ value: full.coverage.value, bound: full.coverage.bound, approximate: full.coverage.approximate });
      });
      expect(card.documentsPending).toBe(new Set(detail.backlog.map((b: any) => b.source.id)).size);
    }
  });

  it('carries exactly the figures a card cites, each with its sources, never a fund\'s every figure', async () => {
    const { body } = await getJson('/api/overview');
    for (const card of body.funds) {
      const cited = new Set<string>([
        ...Object.values(card.latest).map((f: any) => f.id),
        ...card.funding.flatMap((y: any) => ['contributions', 'expenditure', 'requirement'].flatMap((s) => y[s].figureIds)),
      ]);
      expect(new Set(card.figures.map((f: any) => f.id))).toEqual(cited);
      expect(card.figures).toHaveLength(cited.size);
      for (const figure of card.figures) expect(figure.sources.length).toBeGreaterThan(0);
    }
    const vftc = body.funds.find((c: any) => c.fund.id === 'vftc');
    expect(vftc.funding.length).toBeGreaterThan(0);
    expect(vftc.figures.length).toBeLessThan(vftc.fund.figureCount);
  });

  it('is in the OpenAPI document and cached like every public read', async () => {
    const { body: doc } = await getJson('/api/openapi.json');
    expect(doc.paths['/overview']?.get).toBeDefined();
    const first = await app.request('/api/overview');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"data-\d+/);
    const again = await app.request('/api/overview', { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
  });
});
