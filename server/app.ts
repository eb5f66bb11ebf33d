// Builds the Hono app (no listening here: main.ts serves it; tests call app.request directly).
// Its type is exported for the typed web client (hono/client).

import { publicReadCache, replayPublicReads } from './cache.js';
import { securityHeaders } from './security/headers.js';
import { refuseBadAddress, refuseBadBody } from './security/input.js';
import { syntheticDataHeader } from './synthetic/header.js';
import { webApp } from './webApp.js';
import { refreshFundingCells } from './queries/fundingCells.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import { loadUser, sameSiteWrites } from './auth/middleware.js';
import { UserExistsError } from './auth/users.js';
import type { Db } from './db/connection.js';
import { clientDataError, DATABASE_UNAVAILABLE, isDatabaseUnavailable } from './db/errors.js';
import { EditError } from './editing/errors.js';
import { donorRoutes, fundViewRoutes, gapRoutes } from './routes/analysis.js';
import { auditRoutes } from './routes/audit.js';
import { editFigureRoutes } from './routes/editFigures.js';
import { editSourceRoutes } from './routes/editSources.js';
import { figureRoutes } from './routes/figures.js';
import { importRoutes } from './routes/imports.js';
import { sessionRoutes } from './routes/session.js';
import { statementRoutes } from './routes/statements.js';
import { userRoutes } from './routes/users.js';
import { fundRoutes } from './routes/funds.js';
import { overviewRoutes } from './routes/overview.js';
import { healthRoutes } from './routes/health.js';
import { createRouter } from './routes/router.js';
import { datasetRoutes } from './routes/dataset.js';
import { sourceRoutes } from './routes/sources.js';

export interface AppOptions {
  db: Db;
  /** The built SPA (dist/web); when given, it is served for every non-API path. */
  webDir?: string | undefined;
  /** Other origins allowed to send state-changing requests (e.g. the public https address behind a proxy). */
  trustedOrigins?: readonly string[];
  /** Behind a reverse proxy the operator trusts: the client's address is the last X-Forwarded-For entry. */
  trustProxy?: boolean;
}

/** Requests larger than this are refused with 413 before they are read (imports have their own limit). */
export const MAX_BODY_BYTES = 1024 * 1024;
const jsonBodyLimit = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: (c) => c.json({ error: { code: 'too_large', message: `The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.` } }, 413),
});

export function createApp({ db, webDir, trustedOrigins = [], trustProxy = false }: AppOptions) {
  const api = createRouter();
  // Cross-cutting: refuse cross-site writes first, then bytes no field may hold, then learn who is asking.
  // Public reads are answered from the version-keyed cache before anyone's session is looked up.
  // Bodies: 1 MB for every route but imports, which set their own (larger) limit and check their body
  // after it (routes/imports.ts), so no body is read before its size is known to be acceptable.
  const IMPORT_PATHS = new Set(['/api/imports', '/api/imports/documents', '/api/imports/statements']);
  const outsideImports = (middleware: MiddlewareHandler): MiddlewareHandler => async (c, next) => (IMPORT_PATHS.has(c.req.path) ? next() : middleware(c, next));
  // A read that declares no body (a plain GET) skips the limit: checking it would make Node's server
  // build a whole fetch Request (and its abort signal) for every cached read. A read with a body, and
  // every write, is checked.
  const plainRead = (c: Context) =>
    (c.req.method === 'GET' || c.req.method === 'HEAD') && c.req.header('content-length') === undefined && c.req.header('transfer-encoding') === undefined;
  const withBody = (middleware: MiddlewareHandler): MiddlewareHandler => async (c, next) => (plainRead(c) ? next() : middleware(c, next));
  api.use('*', outsideImports(withBody(jsonBodyLimit)));
  api.use('*', sameSiteWrites(trustedOrigins), outsideImports(refuseBadBody()), syntheticDataHeader(db), publicReadCache(db), loadUser(db));
  // The funding totals a write touched are recomputed once it has committed, before it is answered:
  // the editor waits for them once, and no reader does (queries/fundingCells.ts). Should that fail,
  // the write stands and the first reader recomputes them instead.
  api.use('*', async (c, next) => {
    await next();
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.res.status < 400) {
      await refreshFundingCells(db).catch((error: unknown) => console.warn(`funding totals left to the next reader: ${error instanceof Error ? error.message : String(error)}`));
    }
  });
  // Each module is mounted at its prefix. The order is the order of /api/openapi.json: reads of a
  // resource come before its edits, and a fund's views come after the views of every fund.
  const routes = api
    .route('/health', healthRoutes({ db }))
    .route('/overview', overviewRoutes({ db }))
    .route('/funds', fundRoutes({ db }))
    .route('/figures', figureRoutes({ db }))
    .route('/sources', sourceRoutes({ db }))
    .route('/dataset.zip', datasetRoutes({ db }))
    .route('/session', sessionRoutes({ db, trustProxy }))
    .route('/users', userRoutes({ db }))
    .route('/figures', editFigureRoutes({ db }))
    .route('/sources', editSourceRoutes({ db }))
    .route('/audit', auditRoutes({ db }))
    .route('/imports', importRoutes({ db }))
    .route('/statements', statementRoutes({ db }))
    .route('/gaps', gapRoutes({ db }))
    .route('/donors', donorRoutes({ db }))
    .route('/funds', fundViewRoutes({ db }));

  routes.doc31('/openapi.json', {
    openapi: '3.1.0',
    servers: [{ url: '/api' }],
    info: {
      title: 'Human Rights Trust Funds Dashboard API',
      version: '0.1.0',
      description: 'Sourced figures of the four UN human-rights trust funds. Money is in integer US cents.',
    },
  });

  // Control characters in the address are refused for every path, the web app's too.
  // Public reads already answered are replayed whole, before anything else runs (cache.ts).
  const app = createRouter().use('*', replayPublicReads(db), securityHeaders(), refuseBadAddress()).route('/api', routes);

  app.onError((error, c) => {
    if (error instanceof EditError) return c.json({ error: { code: error.code, message: error.message, details: { field: error.field } } }, error.status);
    if (error instanceof UserExistsError) return c.json({ error: { code: 'conflict', message: error.message } }, 409);
    if (error instanceof ZodError) {
      const issue = error.issues[0];
      return c.json({ error: { code: 'invalid_request', message: `${issue?.path.join('.') || 'input'}: ${issue?.message ?? 'invalid'}` } }, 400);
    }
    if (error instanceof HTTPException) return c.json({ error: { code: 'http_error', message: error.message } }, error.status);
    if (isDatabaseUnavailable(error)) {
      c.header('Retry-After', '5');
      return c.json({ error: DATABASE_UNAVAILABLE }, 503);
    }
    // A value the database cannot store (a byte or length the checks above missed) is the client's
    // input, not a crash: 400, and one line in the log instead of a stack trace.
    const refused = clientDataError(error);
    if (refused) {
      console.warn(`400 ${c.req.method} ${c.req.path}: ${refused}`);
      return c.json({ error: { code: 'invalid_request', message: `A value cannot be stored: ${refused}` } }, 400);
    }
    console.error(error);
    return c.json({ error: { code: 'internal_error', message: 'The server could not answer this request.' } }, 500);
  });

  // The built SPA (server/webApp.ts): its files, precompressed, and index.html for client-side routes.
  if (webDir && existsSync(join(webDir, 'index.html'))) app.use('*', webApp(webDir));
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `No route ${c.req.method} ${c.req.path}` } }, 404));

  return app;
}

export type AppType = ReturnType<typeof createApp>;
