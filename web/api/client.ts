// The typed API client: a renamed field on the server fails the web build, not the user.

import { hc, type ClientResponse } from 'hono/client';
import { useQuery } from '@tanstack/react-query';
import type { AppType } from '../../server/app.js';
import type { FundId } from '../../server/contract/vocabulary.js';

// Absolute, so that $url() works too; always this page's own origin.
export const client = hc<AppType>(typeof window === 'undefined' ? 'http://localhost' : window.location.origin);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyResponse = ClientResponse<any, any, any>;
/** The body of the 200 or 201 answer; anything else becomes an Error carrying the API's message. */
type OkBody<R> = R extends ClientResponse<infer Body, infer Status, 'json'> ? (Status extends 200 | 201 ? Body : never) : never;

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

// ---- accounts and editing ---------------------------------------------------------------------

export const useSession = () =>
  useQuery({ queryKey: ['session'], queryFn: async () => (await json(await client.api.session.$get())).user, staleTime: 30_000 });

export const useAudit = (filter: { entity?: string; entityId?: string; action?: string; user?: string; before?: number }) =>
  useQuery({
    queryKey: ['audit', filter],
    queryFn: async () => {
      const query: Record<string, string> = {};
      for (const [k, v] of Object.entries(filter)) if (v !== undefined && v !== '') query[k] = String(v);
      return (await json(await client.api.audit.$get({ query }))).entries;
    },
  });

export const useUsers = () => useQuery({ queryKey: ['users'], queryFn: async () => (await json(await client.api.users.$get())).users });

export const useFigure = (id: string | undefined) =>
  useQuery({
    queryKey: ['figure', id],
    enabled: id !== undefined,
    queryFn: async () => {
      const [figure] = (await json(await client.api.figures.$get({ query: { id: id! } }))).figures;
      if (!figure) throw new Error(`No figure with id "${id}".`);
      return figure;
    },
  });

// ---- the three users' views ---------------------------------------------------------------------

export const useGaps = () => useQuery({ queryKey: ['gaps'], queryFn: async () => json(await client.api.gaps.$get()) });

export const useDonorMatrix = () => useQuery({ queryKey: ['donors'], queryFn: async () => (await json(await client.api.donors.$get())).donors });

export const useDonor = (id: string) =>
  useQuery({ queryKey: ['donor', id], queryFn: async () => json(await client.api.donors[':id'].$get({ param: { id } })) });

export const useDonorBase = (fund: FundId) =>
  useQuery({ queryKey: ['donor-base', fund], queryFn: async () => json(await client.api.funds[':id']['donor-base'].$get({ param: { id: fund } })) });

export const useReview = (fund: FundId, from: number, to: number) =>
  useQuery({
    queryKey: ['review', fund, from, to],
    queryFn: async () => json(await client.api.funds[':id'].review.$get({ param: { id: fund }, query: { from: String(from), to: String(to) } })),
  });

export { json as okJson };

/** The server's health: database kind, data version, and whether the data is synthetic. */
export const useHealth = () => useQuery({ queryKey: ['health'], queryFn: async () => json(await client.api.health.$get()), staleTime: 5 * 60_000 });
