// The baseline of `npm run bench`: the smallest Hono app there is, served the same way as the real
// server (@hono/node-server), on loopback. Every API figure is reported as a ratio of its requests/s.

import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono().get('/json', (c) => c.json({ ok: true }));
const server = serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' });
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
