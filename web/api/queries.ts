// What the web asks the API, as TanStack Query options: one factory per answer, so that a hook, a
// route's prefetch and an invalidation all name a query the same way (and the key carries its type).

import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { FIGURE_PAGE_DEFAULT, FIGURE_PAGE_MAX } from '../../server/contract/paging.js';
import type { FundId, StatementLang } from '../../server/contract/vocabulary.js';
import { client, okJson } from './client.js';

export const fundsQuery = () =>
  queryOptions({
    queryKey: ['funds'],
    queryFn: async () => (await okJson(await client.api.funds.$get())).funds,
  });

/** What the overview's cards show, every fund in one answer. */
export const overviewQuery = () =>
  queryOptions({
    queryKey: ['overview'],
    queryFn: async () => (await okJson(await client.api.overview.$get())).funds,
  });

export const fundDetailQuery = (id: string) =>
  queryOptions({
    queryKey: ['funds', id],
    queryFn: async () => okJson(await client.api.funds[':id'].$get({ param: { id } })),
  });

export const sourcesQuery = () =>
  queryOptions({
    queryKey: ['sources'],
    queryFn: async () => (await okJson(await client.api.sources.$get())).sources,
  });

/** Figures filtered as GET /api/figures filters them (none: every figure), every page of them. */
export const figuresQuery = (filter: { donor?: string; country?: string } = {}) =>
  queryOptions({
    queryKey: ['figures', filter],
    queryFn: async () => {
      const figures = [];
      let cursor: string | undefined;
      do {
        const page = await okJson(await client.api.figures.$get({ query: { ...filter, limit: String(FIGURE_PAGE_MAX), ...(cursor ? { cursor } : {}) } }));
        figures.push(...page.figures);
        cursor = page.next ?? undefined;
      } while (cursor);
      return figures;
    },
  });

/** A fund's figures, newest first, one page per "show more". */
export const fundFiguresQuery = (fund: FundId) =>
  infiniteQueryOptions({
    queryKey: ['figures', { fund }, 'pages'],
    queryFn: async ({ pageParam }) =>
      okJson(await client.api.figures.$get({ query: { fund, limit: String(FIGURE_PAGE_DEFAULT), ...(pageParam ? { cursor: pageParam } : {}) } })),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.next,
  });

/** One figure, for its edit form. */
export const figureQuery = (id: string) =>
  queryOptions({
    queryKey: ['figure', id],
    queryFn: async () => {
      const [figure] = (await okJson(await client.api.figures.$get({ query: { id } }))).figures;
      if (!figure) throw new Error(`No figure with id "${id}".`);
      return figure;
    },
  });

// ---- accounts and editing ---------------------------------------------------------------------

export const sessionQuery = () =>
  queryOptions({
    queryKey: ['session'],
    queryFn: async () => (await okJson(await client.api.session.$get())).user,
    staleTime: 30_000,
  });

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  action?: string;
  user?: string;
  before?: number;
}

export const auditQuery = (filter: AuditFilter) =>
  queryOptions({
    queryKey: ['audit', filter],
    queryFn: async () => {
      const query: Record<string, string> = {};
      for (const [k, v] of Object.entries(filter)) if (v !== undefined && v !== '') query[k] = String(v);
      return (await okJson(await client.api.audit.$get({ query }))).entries;
    },
  });

export const usersQuery = () =>
  queryOptions({
    queryKey: ['users'],
    queryFn: async () => (await okJson(await client.api.users.$get())).users,
  });

// ---- the three users' views ---------------------------------------------------------------------

export const gapsQuery = () =>
  queryOptions({ queryKey: ['gaps'], queryFn: async () => okJson(await client.api.gaps.$get()) });

export const donorMatrixQuery = () =>
  queryOptions({
    queryKey: ['donors'],
    queryFn: async () => (await okJson(await client.api.donors.$get())).donors,
  });

export const donorQuery = (id: string) =>
  queryOptions({
    queryKey: ['donors', id],
    queryFn: async () => okJson(await client.api.donors[':id'].$get({ param: { id } })),
  });

export const donorBaseQuery = (fund: FundId) =>
  queryOptions({
    queryKey: ['funds', fund, 'donor-base'],
    queryFn: async () => okJson(await client.api.funds[':id']['donor-base'].$get({ param: { id: fund } })),
  });

export const reviewQuery = (fund: FundId, from: number, to: number) =>
  queryOptions({
    queryKey: ['funds', fund, 'review', { from, to }],
    queryFn: async () =>
      okJson(
        await client.api.funds[':id'].review.$get({
          param: { id: fund },
          query: { from: String(from), to: String(to) },
        }),
      ),
  });

/** The 193 Member States a brief can be written for, with their UN names in English and French. */
export const memberStatesQuery = () =>
  queryOptions({
    queryKey: ['statements', 'states'],
    queryFn: async () => (await okJson(await client.api.statements.$get())).states,
  });

/** The statement brief, or null when the code is no State's (the page says so in the reader's language). */
export const statementQuery = (iso3: string, lang: StatementLang) =>
  queryOptions({
    queryKey: ['statements', iso3, lang],
    queryFn: async () => {
      const response = await client.api.statements[':iso3'].$get({ param: { iso3 }, query: { lang } });
      if (response.status === 404) return null;
      return okJson(response);
    },
  });

/** The server's health: database kind, data version, and whether the data is synthetic. */
export const healthQuery = () =>
  queryOptions({
    queryKey: ['health'],
    queryFn: async () => okJson(await client.api.health.$get()),
    staleTime: 5 * 60_000,
  });

export const OPENAPI_URL = '/api/openapi.json';
/** The whole dataset as one ZIP of CSV files with datapackage.json (server/routes/dataset.ts). */
export const DATASET_ZIP_URL = '/api/dataset.zip';

/** /api/openapi.json, typed as the page that reads it needs. */
export const openApiQuery = <Document>() =>
  queryOptions({
    queryKey: ['openapi'],
    queryFn: async (): Promise<Document> => {
      const response = await fetch(OPENAPI_URL);
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      return (await response.json()) as Document;
    },
  });
