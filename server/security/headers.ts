// Security headers on every answer (API and web app).
//
// The Content-Security-Policy allows scripts from this origin only (no 'unsafe-inline', no eval): the
// built app is module scripts from /assets. Styles allow 'unsafe-inline' because React and Recharts set
// style attributes; images allow data: and blob: because chart downloads draw an SVG into a canvas.
// frame-ancestors 'none' (and X-Frame-Options: DENY for older browsers): no one may frame the
// dashboard to make a figure look like it says something else.
//
// The same set Hono's secureHeaders middleware sends, but set *before* the answer is made: headers
// added afterwards make @hono/node-server rebuild every answer as a stream (measured: a cached 56 KB
// answer then cost ~30 KB of garbage per request and the heap grew without bound under load).

import type { MiddlewareHandler } from 'hono';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  // Links out (to UN documents) carry no address of the page they were followed from.
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Origin-Agent-Cluster': '?1',
  'Strict-Transport-Security': 'max-age=15552000; includeSubDomains', // ignored by browsers over plain http
  'X-DNS-Prefetch-Control': 'off',
  'X-Permitted-Cross-Domain-Policies': 'none',
};

export const securityHeaders = (): MiddlewareHandler => async (c, next) => {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value);
  await next();
  // An answer built as a raw Response (not through the context) did not take them: add them now.
  if (!c.res.headers.has('Content-Security-Policy')) for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
};
