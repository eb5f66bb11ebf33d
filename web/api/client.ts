// The typed API client: a renamed field on the server fails the web build, not the user.

import { hc, type ClientResponse } from 'hono/client';
import { useQuery } from '@tanstack/react-query';
import type { AppType } from '../../server/app.js';

export const client = hc<AppType>('/');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyResponse = ClientResponse<any, any, any>;
/** The body of the 200 answer; anything else becomes an Error carrying the API's message. */
type OkBody<R> = R extends ClientResponse<infer Body, infer Status, 'json'> ? (Status extends 200 ? Body : never) : never;

async function json<R extends AnyResponse>(response: R): Promise<OkBody<R>> {
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `HTTP ${response.status}`);
  }
  return (await response.json()) as OkBody<R>;
}

export const useFunds = () =>
  useQuery({ queryKey: ['funds'], queryFn: async () => (await json(await client.api.funds.$get())).funds });

export const useFundDetail = (id: string) =>
  useQuery({ queryKey: ['fund', id], queryFn: async () => json(await client.api.funds[':id'].$get({ param: { id } })) });

export const useSources = () =>
  useQuery({ queryKey: ['sources'], queryFn: async () => (await json(await client.api.sources.$get())).sources });
