import { Validator } from '@seriousme/openapi-schema-validator';
import { hc } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppType } from '../../server/app.js';
import { readDataset, type Dataset } from '../../server/ingest/dataset.js';
import type { Figure } from '../../server/contract/schemas.js';
import { createLoadedApp } from '../helpers/app.js';
import type { TestDb } from '../helpers/db.js';
import { DATA_DIR } from '../helpers/dataset.js';

let testDb: TestDb;
let app: Awaited<ReturnType<typeof createLoadedApp>>['app'];
let dataset: Dataset;

beforeAll(async () => {
  ({ testDb, app } = await createLoadedApp());
  dataset = readDataset(DATA_DIR);
});
afterAll(async () => testDb.cleanup());

const getJson = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as any, headers: res.headers };
};

describe('GET /api/health', () => {
  it('says the server and which database answer', async () => {
    const { status, body } = await getJson('/api/health');
    expect(status).toBe(200);
    expect(body).toEqual({ ok: true, db: testDb.db.kind, dataVersion: expect.stringMatching(/^\d+$/), synthetic: false });
  });
});

describe('GET /api/funds', () => {
  it('lists the four funds with English and French names', async () => {
    const { body } = await getJson('/api/funds');
    expect(body.funds.map((f: { id: string }) => f.id)).toEqual(['vftc', 'upr-participation', 'ldc-sids', 'upr-implementation']);
    for (const fund of body.funds) {
      expect(fund.name.en.length).toBeGreaterThan(10);
      expect(fund.name.fr.length).toBeGreaterThan(10);
      expect(fund.name.fr).not.toBe(fund.name.en);
    }
  });
});

describe('GET /api/funds/:id', () => {
  it('gives VFTC 2020: US$23,266,101 received and US$15,943,243 spent, each traceable to its source', async () => {
    const { status, body } = await getJson('/api/funds/vftc');
    expect(status).toBe(200);
    const y2020 = body.funding.find((y: { year: number }) => y.year === 2020);
    expect(y2020.received).toMatchObject({ value: 2_326_610_100, bound: 'exact', status: 'received' });
    expect(y2020.expenditure).toMatchObject({ value: 1_594_324_300, bound: 'exact' });
    const byId = new Map<string, Figure>(body.figures.map((f: Figure) => [f.id, f]));
    for (const id of [...y2020.received.figureIds, ...y2020.expenditure.figureIds]) {
      const figure = byId.get(id)!;
      expect(figure.sources[0]?.url).toMatch(/^https?:\/\//);
      expect(figure.sources[0]?.title).toMatch(/Human Rights Report 2020/);
    }
  });

  it('answers first: VFTC 2020 took in US$7,322,858 more than it spent, and no gap is given without a requirement', async () => {
    const { body } = await getJson('/api/funds/vftc');
    expect(body.glance.latestMoney).toContainEqual(expect.objectContaining({ metric: 'contributions', year: 2020 }));
    expect(body.glance.receivedAndSpent[0]).toMatchObject({ year: 2020, difference: { value: 732_285_800, bound: 'exact' } });
    expect(body.glance.gap.kind).toBe('no_requirement');
    expect(body.glance.gap.knownInstead.map((k: { metric: string }) => k.metric)).toEqual(expect.arrayContaining(['contributions', 'expenditure', 'countries_supported']));
  });

  it('keeps unknown years out of the series and never puts a multi-year average or cumulative figure in it', async () => {
    const { body } = await getJson('/api/funds/vftc');
    const byId = new Map<string, Figure>(body.figures.map((f: Figure) => [f.id, f]));
    const years = body.funding.map((y: { year: number }) => y.year);
    expect(years).not.toContain(2010);
    for (const points of Object.values(body.series) as { value: { figureIds: string[] } }[][]) {
      for (const point of points) {
        for (const id of point.value.figureIds) expect(['calendar_year', 'year_to_date']).toContain(byId.get(id)!.period);
      }
    }
    // The 1998 release's "more than $10 million" is a lower bound on a part of the year.
    const y1998 = body.funding.find((y: { year: number }) => y.year === 1998);
    expect(y1998.contributions).toMatchObject({ value: 1_000_000_000, bound: 'at_least', partialYear: true, status: 'pledged_and_received' });
    expect(y1998.expenditure.value).toBeNull();
    expect(y1998.requirement.value).toBeNull();
    expect(y1998.gap.value).toBeNull();
  });

  it('lists the documents that hold the fund’s missing figures', async () => {
    const { body } = await getJson('/api/funds/upr-participation');
    expect(body.funding).toEqual([]);
    expect(body.backlog.length).toBeGreaterThan(0);
    expect(body.backlog.some((b: { source: { symbol: string | null } }) => b.source.symbol === 'A/HRC/29/21')).toBe(true);
  });

  it('answers an unknown fund with the same 404 JSON error on every /funds/{id} route', async () => {
    const { status, body } = await getJson('/api/funds/no-such-fund');
    expect(status).toBe(404);
    expect(body.error).toMatchObject({ code: 'fund_not_found' });
    expect(body.error.message).toMatch(/no-such-fund/);
    for (const path of ['/api/funds/no-such-fund/donor-base', '/api/funds/no-such-fund/review?from=2019&to=2020']) {
      const other = await getJson(path);
      expect({ status: other.status, body: other.body }).toEqual({ status, body });
    }
  });
});

describe('GET /api/figures', () => {
  it('returns every figure of data/, each with at least one source that has a URL', async () => {
    const { body } = await getJson('/api/figures?limit=500');
    expect(body.figures).toHaveLength(dataset.figures.length);
    for (const figure of body.figures as Figure[]) {
      expect(figure.sources.length).toBeGreaterThan(0);
      for (const s of figure.sources) expect(s.url).toMatch(/^https?:\/\//);
    }
  });

  it('carries every qualifier of every data row into the API', async () => {
    const { body } = await getJson('/api/figures?limit=500');
    const byId = new Map<string, Figure>(body.figures.map((f: Figure) => [f.id, f]));
    const conflictsOf = (id: string) =>
      dataset.conflicts.flatMap((c) => (c.figureA === id ? [c.figureB] : c.figureB === id ? [c.figureA] : [])).sort();
    for (const row of dataset.figures) {
      const api = byId.get(row.id)!;
      expect({ ...api, id: row.id }).toMatchObject({
        value: row.value,
        status: row.status,
        precision: row.precision,
        period: row.period,
        periodStart: row.periodStart,
        asOf: row.asOf,
        session: row.session,
        scope: row.scope,
        attribution: row.attribution,
        year: row.year,
      });
      expect(api.sources.map((s) => s.id)).toEqual(row.sources.map((s) => s.sourceId));
      expect(api.countries.map((c) => c.id).sort()).toEqual([...row.countryIds].sort());
      expect(api.conflictsWith).toEqual(conflictsOf(row.id));
      expect(api.donor?.id ?? null).toBe(row.donorId);
    }
  });

  it('filters by fund, year, metric, donor and country', async () => {
    const delegates = (await getJson('/api/figures?fund=ldc-sids&year=2017&metric=delegates')).body.figures as Figure[];
    expect(delegates.length).toBeGreaterThan(0);
    expect(delegates.every((f) => f.fund === 'ldc-sids' && f.year === 2017 && f.metric === 'delegates')).toBe(true);
    // HRC34: the DESA item says 10 delegates, the Maldives statement 11; both are kept and linked.
    const hrc34 = delegates.filter((f) => f.session === 'HRC34');
    expect(hrc34.map((f) => f.value).sort()).toEqual([10, 11]);
    expect(hrc34[0]!.conflictsWith).toContain(hrc34[1]!.id);

    const denmark = (await getJson('/api/figures?donor=DNK&metric=contributions')).body.figures as Figure[];
    const pledge = denmark.find((f) => f.value === 16_000_000);
    expect(pledge).toMatchObject({ status: 'pledged', donor: { iso3: 'DNK' } });

    const maldives = (await getJson('/api/figures?country=mdv')).body.figures as Figure[];
    expect(maldives.length).toBeGreaterThan(0);
    expect(maldives.every((f) => f.countries.some((c) => c.iso3 === 'MDV'))).toBe(true);
  });

  it('flags a figure whose every source is secondary', async () => {
    const figures = (await getJson('/api/figures?fund=upr-implementation&metric=funds_allocated')).body.figures as Figure[];
    expect(figures[0]).toMatchObject({ secondary: true, precision: 'lower_bound', period: 'cumulative' });
  });

  it.each([
    ['/api/figures?metric=donations', /metric/],
    ['/api/figures?year=abc', /year/],
    ['/api/figures?fund=other', /fund/],
    ['/api/figures?country=FRANCE', /country/],
  ])('rejects %s with a 400 that names the parameter', async (path, pattern) => {
    const { status, body } = await getJson(path);
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.message).toMatch(pattern);
  });
});

describe('GET /api/sources', () => {
  it('lists cited documents and the not-yet-transcribed ones with what they would fill', async () => {
    const { body } = await getJson('/api/sources');
    const pending = body.sources.filter((s: { status: string }) => s.status === 'not_transcribed');
    const cited = body.sources.filter((s: { status: string }) => s.status === 'cited');
    expect(cited.length).toBeGreaterThan(10);
    expect(cited.every((s: { url: string | null }) => s.url)).toBe(true);
    expect(pending.some((s: { backlog: unknown[] }) => s.backlog.length > 0)).toBe(true);
  });
});

describe('API conventions', () => {
  it('answers unknown API paths with a JSON 404', async () => {
    const { status, body } = await getJson('/api/nothing-here');
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
  });

  it('describes every one of its routes at /api/openapi.json', async () => {
    const { status, body } = await getJson('/api/openapi.json');
    expect(status).toBe(200);
    const documented = new Set(
      Object.entries(body.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} /api${path.replace(/\{(\w+)\}/g, ':$1')}`)),
    );
    const served = new Set(
      app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/') && r.path !== '/api/openapi.json').map((r) => `${r.method} ${r.path}`),
    );
    expect([...documented].sort()).toEqual([...served].sort());
    for (const route of ['GET /api/health', 'GET /api/funds', 'GET /api/funds/:id', 'GET /api/figures', 'GET /api/sources']) expect(documented).toContain(route);
  });

  it('publishes an OpenAPI 3.1 document that an independent validator accepts', async () => {
    const { body } = await getJson('/api/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    // @seriousme/openapi-schema-validator checks against the official OpenAPI JSON Schemas, not hono's own types.
    const validator = new Validator();
    const result = await validator.validate(body);
    expect(result.errors ?? [], JSON.stringify(result.errors, null, 1)).toEqual([]);
    expect(result.valid).toBe(true);
    // Every operation says what it is for and what it answers.
    for (const [path, operations] of Object.entries(body.paths as Record<string, Record<string, { summary?: string; responses?: object }>>)) {
      for (const [method, operation] of Object.entries(operations)) {
        expect(operation.summary, `${method} ${path}`).toBeTruthy();
        expect(Object.keys(operation.responses ?? {}).length, `${method} ${path}`).toBeGreaterThan(0);
      }
    }
  });

  it('rejects a broken OpenAPI document (the validator is not a rubber stamp)', async () => {
    const { body } = await getJson('/api/openapi.json');
    const broken = { ...body, paths: { '/x': { get: { responses: 'none' } } } };
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it('works through the typed client the web uses', async () => {
    const client = hc<AppType>('http://localhost', { fetch: (input: RequestInfo | URL, init?: RequestInit) => app.request(input, init) });
    const res = await client.api.funds[':id'].$get({ param: { id: 'ldc-sids' } });
    expect(res.status).toBe(200);
    if (res.status !== 200) return;
    const detail = await res.json();
    expect(detail.fund.shortName.en).toBe('LDC/SIDS Trust Fund');
  });
});
