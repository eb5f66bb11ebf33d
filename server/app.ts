// Builds the Hono app (no listening here: main.ts serves it; tests call app.request directly).
// Its type is exported for the typed web client (hono/client).

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { HTTPException } from 'hono/http-exception';
import type { Db } from './db/connection.js';
import { figureRoutes } from './routes/figures.js';
import { fundRoutes } from './routes/funds.js';
import { healthRoutes } from './routes/health.js';
import { createRouter } from './routes/router.js';
import { sourceRoutes } from './routes/sources.js';

export interface AppOptions {
  db: Db;
  /** The built SPA (dist/web); when given, it is served for every non-API path. */
  webDir?: string | undefined;
}

export function createApp({ db, webDir }: AppOptions) {
  const api = createRouter()
    .route('/', healthRoutes({ db }))
    .route('/', fundRoutes({ db }))
    .route('/', figureRoutes({ db }))
    .route('/', sourceRoutes({ db }));

  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    servers: [{ url: '/api' }],
    info: {
      title: 'Human Rights Trust Funds Dashboard API',
      version: '0.1.0',
      description: 'Sourced figures of the four UN human-rights trust funds. Money is in integer US cents.',
    },
  });

  const app = createRouter().route('/api', api);

  app.onError((error, c) => {
    if (error instanceof HTTPException) return c.json({ error: { code: 'http_error', message: error.message } }, error.status);
    console.error(error);
    return c.json({ error: { code: 'internal_error', message: 'The server could not answer this request.' } }, 500);
  });

  const indexFile = webDir ? join(webDir, 'index.html') : null;
  if (webDir && indexFile && existsSync(indexFile)) {
    const indexHtml = readFileSync(indexFile, 'utf8');
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable'); // hashed names
    });
    app.use('*', async (c, next) => (c.req.path.startsWith('/api/') ? next() : serveStatic({ root: webDir })(c, next)));
  }
  app.notFound((c) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/api' || !indexFile || !existsSync(indexFile)) {
      return c.json({ error: { code: 'not_found', message: `No route ${c.req.method} ${c.req.path}` } }, 404);
    }
    // Client-side routes (/en/funds/vftc) get the SPA, which renders them.
    return c.html(readFileSync(indexFile, 'utf8'));
  });

  return app;
}

export type AppType = ReturnType<typeof createApp>;
