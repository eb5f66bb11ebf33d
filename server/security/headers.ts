// Security headers on every answer (API and web app), through Hono's secureHeaders.
//
// The Content-Security-Policy allows scripts from this origin only (no 'unsafe-inline', no eval): the
// built app is module scripts from /assets. Styles allow 'unsafe-inline' because React and Recharts set
// style attributes; images allow data: and blob: because chart downloads draw an SVG into a canvas.
// frame-ancestors 'none' (and X-Frame-Options: DENY for older browsers): no one may frame the
// dashboard to make a figure look like it says something else.

import { secureHeaders } from 'hono/secure-headers';

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export const securityHeaders = () =>
  secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    // Links out (to UN documents) carry no address of the page they were followed from.
    referrerPolicy: 'no-referrer',
    removePoweredBy: true,
  });
