import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FigureInput } from '../../server/contract/figures.js';
import { createLoadedApp } from '../helpers/app.js';
import { ORIGIN, PASSWORD, send, signInAs } from '../helpers/auth.js';
import type { TestDb } from '../helpers/db.js';

let testDb: TestDb;
let app: Awaited<ReturnType<typeof createLoadedApp>>['app'];
let viewer: string;
let editor: string;
let admin: string;

beforeAll(async () => {
  ({ testDb, app } = await createLoadedApp());
  viewer = await signInAs(app, testDb.db, 'viewer');
  editor = await signInAs(app, testDb.db, 'editor', 'editor@example.org');
  admin = await signInAs(app, testDb.db, 'admin');
});
afterAll(async () => testDb.cleanup());

const count = async (sql: string, params: unknown[] = []) => Number((await testDb.db.query<{ n: unknown }>(sql, params))[0]?.n);

/** Every state-changing route the app serves, read from the app itself. */
const stateChangingRoutes = () =>
  [...new Set(app.routes.filter((r) => /^(POST|PUT|PATCH|DELETE)$/.test(r.method) && r.path.startsWith('/api/')).map((r) => `${r.method} ${r.path}`))].map((key) => {
    const [method, path] = key.split(' ') as [string, string];
    return { method, path: path.replace(/:(\w+)/g, '1') };
  });
/** Routes anyone may call: signing in and out. */
const PUBLIC_WRITES = new Set(['POST /api/session', 'DELETE /api/session']);
const ADMIN_ONLY = /^\/api\/users/;

describe('sessions', () => {
  it('refuses a wrong password and an unknown email with the same 401', async () => {
    const wrong = await send(app, 'POST', '/api/session', { body: { email: 'editor@example.org', password: 'not the password' } });
    const unknown = await send(app, 'POST', '/api/session', { body: { email: 'nobody@example.org', password: PASSWORD } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it('signs in with an HttpOnly, SameSite=Strict cookie, says who is signed in, and signs out', async () => {
    const res = await send(app, 'POST', '/api/session', { body: { email: 'EDITOR@example.org', password: PASSWORD } });
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).not.toMatch(/Secure/); // plain http here; Secure when served over https
    const cookie = setCookie.split(';')[0] as string;
    expect(await (await send(app, 'GET', '/api/session', { cookie })).json()).toEqual({ user: expect.objectContaining({ email: 'editor@example.org', role: 'editor' }) });
    expect((await send(app, 'DELETE', '/api/session', { cookie })).status).toBe(200);
    expect(await (await send(app, 'GET', '/api/session', { cookie })).json()).toEqual({ user: null });
  });

  it('sets the cookie Secure when served over https', async () => {
    const res = await app.request('https://dash.example/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://dash.example' },
      body: JSON.stringify({ email: 'editor@example.org', password: PASSWORD }),
    });
    expect(res.headers.get('set-cookie')).toMatch(/Secure/);
  });
});

describe('every state-changing route', () => {
  it('is found in the app (so a new route cannot be forgotten here)', () => {
    const routes = stateChangingRoutes().map((r) => `${r.method} ${r.path}`);
    expect(routes.length).toBeGreaterThanOrEqual(10);
    expect(routes).toContain('POST /api/imports');
  });

  it('refuses anonymous requests with 401 and viewers with 403; admin routes refuse editors too', async () => {
    for (const { method, path } of stateChangingRoutes()) {
      if (PUBLIC_WRITES.has(`${method} ${path}`)) continue;
      const anonymous = await send(app, method, path, { body: {} });
      expect(anonymous.status, `${method} ${path} anonymous`).toBe(401);
      const asViewer = await send(app, method, path, { cookie: viewer, body: {} });
      expect(asViewer.status, `${method} ${path} viewer`).toBe(403);
      if (ADMIN_ONLY.test(path)) {
        const asEditor = await send(app, method, path, { cookie: editor, body: {} });
        expect(asEditor.status, `${method} ${path} editor`).toBe(403);
      }
    }
  });

  it('refuses cross-site requests, even from a signed-in editor', async () => {
    for (const { method, path } of stateChangingRoutes()) {
      const evil = await send(app, method, path, { cookie: editor, body: {}, origin: 'https://evil.example' });
      expect(evil.status, `${method} ${path}`).toBe(403);
      expect((await evil.json()).error.code).toBe('cross_site_request');
      const noOrigin = await send(app, method, path, { cookie: editor, body: {}, origin: null });
      expect(noOrigin.status, `${method} ${path} without Origin`).toBe(403);
    }
    const crossSiteFetch = await app.request('/api/figures', { method: 'POST', headers: { cookie: editor, 'sec-fetch-site': 'cross-site', 'content-type': 'text/plain' }, body: '{}' });
    expect(crossSiteFetch.status).toBe(403);
  });
});

const newFigure = (overrides: Partial<FigureInput> = {}): FigureInput => ({
  fund: 'vftc',
  year: 2021,
  metric: 'expenditure',
  value: 1_234_500,
  status: null,
  precision: 'exact',
  period: 'calendar_year',
  periodStart: null,
  asOf: '2021-12-31',
  donor: null,
  countries: [],
  scope: null,
  session: null,
  note: 'test figure',
  attribution: 'direct',
  basis: 'reported',
  sources: [{ id: 'ohchr-pr-1998-11-26-hr-98-91', locator: 'para. 1' }],
  ...overrides,
});

describe('editing figures', () => {
  it('creates, changes and deletes a figure, each with an audit entry (who, what, before, after)', async () => {
    const created = await send(app, 'POST', '/api/figures', { cookie: editor, body: newFigure() });
    expect(created.status).toBe(201);
    const { figure } = await created.json();
    expect(figure.id).toMatch(/^vftc-\d{3}$/);
    expect(figure.sources[0].url).toMatch(/^https?:/);

    const changed = await send(app, 'PUT', `/api/figures/${figure.id}`, { cookie: editor, body: newFigure({ value: 1_300_000 }) });
    expect(changed.status).toBe(200);
    expect((await changed.json()).figure.value).toBe(1_300_000);

    expect((await send(app, 'DELETE', `/api/figures/${figure.id}`, { cookie: editor })).status).toBe(200);
    expect(await count('SELECT count(*) AS n FROM figures WHERE id = $1', [figure.id])).toBe(0);

    const audit = await (await send(app, 'GET', `/api/audit?entity=figure&entityId=${figure.id}`, { cookie: editor })).json();
    expect(audit.entries.map((e: { action: string }) => e.action)).toEqual(['delete', 'update', 'create']);
    const [deleted, updated, createdEntry] = audit.entries;
    expect(createdEntry).toMatchObject({ userEmail: 'editor@example.org', before: null, after: { id: figure.id, value: 1_234_500 } });
    expect(updated).toMatchObject({ before: { value: 1_234_500 }, after: { value: 1_300_000 } });
    expect(deleted).toMatchObject({ before: { value: 1_300_000 }, after: null });
  });

  it('refuses a figure that breaks a rule, naming the field, and writes nothing', async () => {
    const figuresBefore = await count('SELECT count(*) AS n FROM figures');
    const auditBefore = await count('SELECT count(*) AS n FROM audit_log');
    const cases: [Partial<FigureInput>, RegExp][] = [
      [{ metric: 'contributions', status: null }, /status: contributions need a status/],
      [{ sources: [{ id: 'no-such-source', locator: null }] }, /sources\.0\.id: unknown source/],
      [{ period: 'year_to_date', asOf: null }, /asOf: a year_to_date figure needs/],
      [{ donor: 'XXX' }, /donor: unknown donor/],
      [{ value: null, precision: 'lower_bound' }, /precision: a figure without a value/],
    ];
    for (const [overrides, message] of cases) {
      const res = await send(app, 'POST', '/api/figures', { cookie: editor, body: newFigure(overrides) });
      expect(res.status).toBe(400);
      expect((await res.json()).error.message).toMatch(message);
    }
    const malformed = await send(app, 'POST', '/api/figures', { cookie: editor, body: { ...newFigure(), value: -5 } });
    expect(malformed.status).toBe(400);
    expect(await count('SELECT count(*) AS n FROM figures')).toBe(figuresBefore);
    expect(await count('SELECT count(*) AS n FROM audit_log')).toBe(auditBefore);
  });

  it('answers 404 for a figure that does not exist', async () => {
    expect((await send(app, 'DELETE', '/api/figures/vftc-999999', { cookie: editor })).status).toBe(404);
  });
});

describe('editing sources', () => {
  const source = { kind: 'official_report', status: 'cited', symbol: 'A/HRC/99/1', title: 'A test report', language: 'en', date: '2025-05', url: 'https://example.org/report', titleIs: 'description', copyRead: null, note: null };

  it('creates, changes and deletes a source with audit entries; refuses to delete one in use', async () => {
    const created = await send(app, 'POST', '/api/sources', { cookie: editor, body: source });
    expect(created.status).toBe(201);
    const id = (await created.json()).source.id;
    expect(id).toBe('a-hrc-99-1');
    expect((await send(app, 'PUT', `/api/sources/${id}`, { cookie: editor, body: { ...source, title: 'Renamed' } })).status).toBe(200);
    expect((await send(app, 'DELETE', `/api/sources/${id}`, { cookie: editor })).status).toBe(200);
    const audit = await (await send(app, 'GET', `/api/audit?entity=source&entityId=${id}`, { cookie: editor })).json();
    expect(audit.entries.map((e: { action: string }) => e.action)).toEqual(['delete', 'update', 'create']);

    const inUse = await send(app, 'DELETE', '/api/sources/ohchr-pr-1998-11-26-hr-98-91', { cookie: editor });
    expect(inUse.status).toBe(409);
  });

  it('refuses a cited source without a URL', async () => {
    const res = await send(app, 'POST', '/api/sources', { cookie: editor, body: { ...source, url: null } });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/url: a cited source needs/);
  });
});

describe('users (admin)', () => {
  it('creates users, refuses a taken email, and a disabled user is signed out at once', async () => {
    const created = await send(app, 'POST', '/api/users', { cookie: admin, body: { email: 'new.editor@example.org', password: PASSWORD, role: 'editor' } });
    expect(created.status).toBe(201);
    const { user } = await created.json();
    expect((await send(app, 'POST', '/api/users', { cookie: admin, body: { email: 'new.editor@example.org', password: PASSWORD, role: 'editor' } })).status).toBe(409);
    expect((await send(app, 'POST', '/api/users', { cookie: admin, body: { email: 'short@example.org', password: 'short', role: 'editor' } })).status).toBe(400);

    const signIn = await send(app, 'POST', '/api/session', { body: { email: 'new.editor@example.org', password: PASSWORD } });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] as string;
    expect((await (await send(app, 'GET', '/api/session', { cookie })).json()).user).not.toBeNull();
    expect((await send(app, 'PATCH', `/api/users/${user.id}`, { cookie: admin, body: { disabled: true } })).status).toBe(200);
    expect((await (await send(app, 'GET', '/api/session', { cookie })).json()).user).toBeNull();
    expect((await send(app, 'POST', '/api/session', { body: { email: 'new.editor@example.org', password: PASSWORD } })).status).toBe(401);

    const users = await (await send(app, 'GET', '/api/users', { cookie: admin })).json();
    expect(JSON.stringify(users)).not.toMatch(/scrypt|password/i);
  });

  it('reads are public, the audit log is not', async () => {
    expect((await app.request('/api/audit')).status).toBe(401);
    expect((await app.request('/api/audit', { headers: { cookie: viewer } })).status).toBe(403);
    expect((await app.request('/api/figures', { headers: { origin: ORIGIN } })).status).toBe(200);
  });
});
