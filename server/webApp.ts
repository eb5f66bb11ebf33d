// The built web app (dist/web), for every GET or HEAD outside /api.
//
// Files are served by Hono's serveStatic with `precompressed: true`: a browser that accepts brotli or
// gzip gets the .br or .gz copy written at build time (scripts/lib/precompress.ts), with its
// Content-Encoding; nothing is compressed per request. Every answer says `Vary: Accept-Encoding`, so a
// shared cache never hands compressed bytes to a client that did not ask for them.
// - /assets/…: names carry a content hash, so a found file is cached for a year, immutable. A missing
//   one is a 404 that nothing caches: answering it with the app's HTML (as client-side routes are)
//   would make a stale tab run HTML as a script, and pin that answer in caches for a year.
// - Every other path is a file at the top of the build (index.html for /) or a client-side route
//   (/en/funds/vftc), answered with index.html, which the app renders. Those names do not change
//   between releases, so browsers revalidate them (no-cache) and pick up a new build at once. A path
//   naming a missing file (/favicon.ico, /robots.txt: no client route ends so) is a 404 like a
//   missing asset, not the app's HTML.
// - A page under a language (/fr/…) gets that language's copy of index.html, which starts the
//   language's messages with the page, and the overview (/fr/) the copy that starts its answer too
//   (scripts/lib/languageShells.ts writes them into shells/); without one, index.html.
// - A path with a dot-segment (/.vite/manifest.json, which the build writes for the size script) is a 404:
//   it maps the app's files and has no reader outside this repository.

import type { Context, MiddlewareHandler } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { SHELL_DIR } from '../scripts/lib/languageShells.js';

const HASHED_ASSETS = '/assets/';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
/** A request for a file by its extension, rather than for a page of the app. */
const FILE_NAME =
  /\.(?:js|mjs|css|map|json|txt|xml|webmanifest|html?|ico|png|jpe?g|gif|webp|avif|svg|woff2?|ttf|otf)$/i;

/** Sets the caching headers on an answer serveStatic made (its headers are mutable; no copy of the body is made). */
function withCaching(res: Response, cacheControl: string): Response {
  res.headers.set('Cache-Control', cacheControl);
  const vary = res.headers.get('Vary');
  if (!vary?.toLowerCase().includes('accept-encoding'))
    res.headers.set('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
  return res;
}

/** A path with a segment starting with a dot (/.vite/manifest.json): build metadata, never served. */
const DOT_SEGMENT = /(?:^|\/)\./;

const isApi = (path: string) => path === '/api' || path.startsWith('/api/');

/** /xx/ (a language's overview) or /xx/… (another page in it): the copy of index.html for it, by name. */
function shellName(path: string): string | null {
  const match = /^\/([a-z]{2})(\/.*)?$/.exec(path);
  if (!match) return null;
  return match[2] === undefined || match[2] === '/' ? `${match[1]}-overview` : match[1]!;
}

export function webApp(webDir: string): MiddlewareHandler {
  const files = serveStatic({ root: webDir, precompressed: true });
  const shell = serveStatic({ root: webDir, path: 'index.html', precompressed: true });
  // At most 26 × 26 × 2 names: one handler each, made when first asked for.
  const languageShells = new Map<string, MiddlewareHandler>();
  const languageShell = (name: string) => {
    let handler = languageShells.get(name);
    if (!handler) {
      handler = serveStatic({ root: webDir, path: `${SHELL_DIR}/${name}.html`, precompressed: true });
      languageShells.set(name, handler);
    }
    return handler;
  };
  // serveStatic answers with a Response when it finds the file and calls `next` when it does not.
  const serve = async (handler: MiddlewareHandler, c: Context) =>
    ((await handler(c, async () => {})) as Response | undefined) ?? null;

  const notFound = (c: Context) => {
    c.header('Cache-Control', 'no-store');
    return c.text('Not found', 404);
  };

  return async (c, next) => {
    if (isApi(c.req.path) || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) return next();
    if (DOT_SEGMENT.test(c.req.path)) return notFound(c);
    const hashed = c.req.path.startsWith(HASHED_ASSETS);
    const file = await serve(files, c);
    if (file) return withCaching(file, hashed ? IMMUTABLE : REVALIDATE);
    if (hashed || FILE_NAME.test(c.req.path)) return notFound(c);
    const name = shellName(c.req.path);
    const page = (name ? await serve(languageShell(name), c) : null) ?? (await serve(shell, c));
    return page ? withCaching(page, REVALIDATE) : next();
  };
}
