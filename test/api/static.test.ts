// The built web app is served precompressed: the .br and .gz copies written at build time
// (scripts/lib/precompress.ts, the Vite plugin's work) go to browsers that accept them, with
// Content-Encoding and Vary; hashed assets are cached for a year, the HTML shell is revalidated, and a
// missing asset is a 404 that nothing caches (not the app's HTML); a page in a language gets the
// shell's copy for that language when the build wrote one.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHELL_DIR } from '../../scripts/lib/languageShells.js';
import { precompressDir } from '../../scripts/lib/precompress.js';
import { createApp } from '../../server/app.js';
import { CONTENT_SECURITY_POLICY } from '../../server/security/headers.js';
import { createTestDb, type TestDb } from '../helpers/db.js';

const SCRIPT = 'assets/index-Abc123.js';
const STYLE = 'assets/index-Def456.css';
const ICON = 'assets/logo-Ghi789.png';
const INDEX_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dashboard</title><script type="module" src="/${SCRIPT}"></script><link rel="stylesheet" href="/${STYLE}"></head><body><div id="root"></div></body></html>\n`;
// Copies of the shell that start a language's first downloads with the page (scripts/lib/languageShells.ts):
// French only here, so that English shows the fallback to index.html.
const FR_SHELL = INDEX_HTML.replace('<title>', '<link rel="modulepreload" href="/assets/fr-Fr1.js"><title>');
const FR_OVERVIEW_SHELL = INDEX_HTML.replace('<title>', '<link rel="preload" href="/api/overview" as="fetch" crossorigin><title>');
// Enough repetitive text that compressing it pays, as it does for real bundles.
const SCRIPT_TEXT = Array.from(
  { length: 400 },
  (_, i) => `export const figure${i} = { fund: "vftc", year: ${1990 + (i % 35)}, cents: ${i * 1250} };`,
).join('\n');

let webDir: string;
let testDb: TestDb;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  webDir = mkdtempSync(join(tmpdir(), 'hrtf-static-'));
  mkdirSync(join(webDir, 'assets'));
  mkdirSync(join(webDir, '.vite'));
  writeFileSync(join(webDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(webDir, SCRIPT), SCRIPT_TEXT);
  writeFileSync(join(webDir, STYLE), 'body { margin: 0; }\n'.repeat(50));
  writeFileSync(join(webDir, ICON), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  writeFileSync(join(webDir, '.vite/manifest.json'), '{}');
  mkdirSync(join(webDir, SHELL_DIR));
  writeFileSync(join(webDir, SHELL_DIR, 'fr.html'), FR_SHELL);
  writeFileSync(join(webDir, SHELL_DIR, 'fr-overview.html'), FR_OVERVIEW_SHELL);
  precompressDir(webDir);
  testDb = await createTestDb();
  app = createApp({ db: testDb.db, webDir });
});
afterAll(async () => {
  await testDb.cleanup();
  rmSync(webDir, { recursive: true, force: true });
});

const get = (path: string, acceptEncoding?: string) =>
  app.request(path, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} });
const bodyOf = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe('precompressing the build', () => {
  it('writes a brotli and a gzip copy of every script, stylesheet and page, and of nothing else', () => {
    for (const file of [SCRIPT, STYLE, 'index.html']) {
      const original = readFileSync(join(webDir, file));
      expect(brotliDecompressSync(readFileSync(join(webDir, `${file}.br`))).equals(original), file).toBe(
        true,
      );
      expect(gunzipSync(readFileSync(join(webDir, `${file}.gz`))).equals(original), file).toBe(true);
    }
    expect(existsSync(join(webDir, `${ICON}.br`))).toBe(false);
    expect(existsSync(join(webDir, '.vite/manifest.json.br'))).toBe(false);
  });
});

describe('serving the built app', () => {
  it('sends a hashed script brotli-compressed to a browser that accepts brotli, cached for a year', async () => {
    const res = await get(`/${SCRIPT}`, 'gzip, deflate, br, zstd');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Encoding')).toBe('br');
    expect(res.headers.get('Vary')).toMatch(/Accept-Encoding/i);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/javascript|^application\/javascript/);
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    const body = await bodyOf(res);
    expect(body.length).toBeLessThan(SCRIPT_TEXT.length / 4);
    expect(brotliDecompressSync(body).toString('utf8')).toBe(SCRIPT_TEXT);
  });

  it('sends gzip to a client that accepts only gzip', async () => {
    const res = await get(`/${STYLE}`, 'gzip');
    expect(res.headers.get('Content-Encoding')).toBe('gzip');
    expect(res.headers.get('Content-Type')).toMatch(/^text\/css/);
    expect(res.headers.get('Vary')).toMatch(/Accept-Encoding/i);
    expect(gunzipSync(await bodyOf(res)).toString('utf8')).toBe(readFileSync(join(webDir, STYLE), 'utf8'));
  });

  it('sends the file as it is to a client that accepts no encoding, still saying it varies', async () => {
    const res = await get(`/${SCRIPT}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Encoding')).toBeNull();
    expect(res.headers.get('Vary')).toMatch(/Accept-Encoding/i);
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect((await bodyOf(res)).toString('utf8')).toBe(SCRIPT_TEXT);
  });

  it('answers client-side routes and / with the HTML shell, compressed, revalidated rather than immutable', async () => {
    for (const path of ['/', '/en/', '/en/funds/vftc', '/xx/']) {
      const res = await get(path, 'br, gzip');
      expect(res.status, path).toBe(200);
      expect(res.headers.get('Content-Type'), path).toMatch(/^text\/html/);
      expect(res.headers.get('Content-Encoding'), path).toBe('br');
      expect(res.headers.get('Vary'), path).toMatch(/Accept-Encoding/i);
      expect(res.headers.get('Cache-Control'), path).toBe('no-cache');
      expect(res.headers.get('Content-Security-Policy'), path).toBe(CONTENT_SECURITY_POLICY);
      expect(brotliDecompressSync(await bodyOf(res)).toString('utf8'), path).toBe(INDEX_HTML);
    }
  });

  it("answers a page in a language with that language's copy of the shell, and its overview with the copy that preloads the answer", async () => {
    for (const [path, html] of [
      ['/fr/', FR_OVERVIEW_SHELL],
      ['/fr', FR_OVERVIEW_SHELL],
      ['/fr/funds/vftc', FR_SHELL],
      ['/fr/sources', FR_SHELL],
    ] as const) {
      const res = await get(path, 'br, gzip');
      expect(res.status, path).toBe(200);
      expect(res.headers.get('Content-Type'), path).toMatch(/^text\/html/);
      expect(res.headers.get('Content-Encoding'), path).toBe('br');
      expect(res.headers.get('Cache-Control'), path).toBe('no-cache');
      expect(res.headers.get('Content-Security-Policy'), path).toBe(CONTENT_SECURITY_POLICY);
      expect(brotliDecompressSync(await bodyOf(res)).toString('utf8'), path).toBe(html);
    }
  });

  it('answers a missing asset or file with a 404 that is neither the app nor cached', async () => {
    for (const [path, acceptEncoding] of [
      ['/assets/index-Missing0.js', undefined],
      ['/assets/index-Missing0.js', 'br, gzip'],
      ['/assets/', 'br'],
      ['/favicon.ico', 'br, gzip'],
      ['/robots.txt', undefined],
    ] as const) {
      const res = await get(path, acceptEncoding);
      expect(res.status).toBe(404);
      expect(res.headers.get('Content-Type')).not.toMatch(/html/);
      expect(res.headers.get('Content-Encoding')).toBeNull();
      expect(res.headers.get('Cache-Control')).toBe('no-store');
      expect(res.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
      expect((await bodyOf(res)).toString('utf8')).not.toContain('<div id="root">');
    }
  });

  it('keeps the build\'s own files private: the Vite manifest and any dot-path are a 404', async () => {
    for (const path of ['/.vite/manifest.json', '/.vite/manifest.json.br', '/.env', '/en/.hidden']) {
      const res = await get(path, 'br, gzip');
      expect(res.status).toBe(404);
      expect((await bodyOf(res)).toString('utf8')).not.toContain('{}');
    }
  });

  it('leaves the API to the API: an unknown API route is a JSON 404, not the shell', async () => {
    const res = await get('/api/no-such-route', 'br');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});
