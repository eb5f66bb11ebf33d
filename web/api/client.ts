// The typed API client: a renamed field on the server fails the web build, not the user.
// The queries made with it are in queries.ts, the hooks that use them in hooks.ts.

import { hc, type ClientResponse } from 'hono/client';
import type { AppType } from '../../server/app.js';

// Absolute, so that $url() works too; always this page's own origin.
export const client = hc<AppType>(
  typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyResponse = ClientResponse<any, any, any>;
/** The body of the 200 or 201 answer; anything else becomes an Error carrying the API's message. */
type OkBody<R> =
  R extends ClientResponse<infer Body, infer Status, 'json'>
    ? Status extends 200 | 201
      ? Body
      : never
    : never;

export async function okJson<R extends AnyResponse>(response: R): Promise<OkBody<R>> {
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `HTTP ${response.status}`);
  }
  return (await response.json()) as OkBody<R>;
}
