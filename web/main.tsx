import { StrictMode, Suspense, use, type ComponentType, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  QueryClient,
  QueryClientProvider,
  type FetchQueryOptions,
  type QueryKey,
} from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import {
  createBrowserRouter,
  Navigate,
  RouterProvider,
  useParams,
  type Params,
  type RouteObject,
} from 'react-router';
import {
  donorMatrixQuery,
  donorQuery,
  figuresQuery,
  fundDetailQuery,
  fundsQuery,
  gapsQuery,
  sourcesQuery,
} from './api/queries.js';
import { createI18n, isUiLanguage, preferredLanguage } from './i18n/index.js';
import { Layout } from './Layout.js';
import { OverviewPage } from './pages/OverviewPage.js';
import './styles.css';

// The overview is the first view: it comes with the app. Every other page is a chunk of its own, loaded
// (through react-router's `lazy`) the first time it is opened: a link followed waits for it, keeping the
// page it leaves up until then, like a link to a server-rendered page; a page opened by its address
// shows the header and "Loading…" meanwhile. Where a page's data is known from its address, the route
// starts fetching it at the same time as the page's code, with the query the page itself uses.

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}

/** Starts a query (made by a factory of api/queries.ts) without waiting for it or failing on it. */
function ask<Data, Err, Selected, Key extends QueryKey>(
  options: FetchQueryOptions<Data, Err, Selected, Key>,
) {
  return (queryClient: QueryClient) => void queryClient.prefetchQuery(options);
}

/** The queries a page will make, from its address (the page asks for them again: the cache answers). */
type Prefetch = (params: Params) => readonly ((queryClient: QueryClient) => void)[];

/**
 * A route whose page is loaded when first opened, with "Loading…" in its place on a first visit; with
 * `prefetch`, its data is asked for alongside its code. The loader waits for neither.
 */
function lazyPage(
  path: string | undefined,
  load: () => Promise<ComponentType>,
  queryClient?: QueryClient,
  prefetch?: Prefetch,
): RouteObject {
  const loader =
    queryClient && prefetch
      ? ({ params }: { params: Params }) => {
          for (const start of prefetch(params)) start(queryClient);
          return null;
        }
      : undefined;
  return {
    path,
    lazy: async () => ({ Component: await load() }),
    ...(loader ? { loader } : {}),
    hydrateFallbackElement: <Loading />,
  };
}

const fundPage = async () => (await import('./pages/FundPage.js')).FundPage;
const sourcesPage = async () => (await import('./pages/SourcesPage.js')).SourcesPage;
const sourceEditPage = async () => (await import('./pages/SourceEditPage.js')).SourceEditPage;
const figureEditPage = async () => (await import('./pages/FigureEditPage.js')).FigureEditPage;
const signInPage = async () => (await import('./pages/SignInPage.js')).SignInPage;
const importPage = async () => (await import('./pages/ImportPage.js')).ImportPage;
const auditPage = async () => (await import('./pages/AuditPage.js')).AuditPage;
const usersPage = async () => (await import('./pages/UsersPage.js')).UsersPage;
const statementPage = async () => (await import('./pages/StatementPage.js')).StatementPage;
const mapPage = async () => (await import('./pages/MapPage.js')).MapPage;
const gapsPage = async () => (await import('./pages/GapsPage.js')).GapsPage;
const donorsPage = async () => (await import('./pages/DonorsPage.js')).DonorsPage;
const donorPage = async () => (await import('./pages/DonorPage.js')).DonorPage;
const reviewPage = async () => (await import('./pages/ReviewPage.js')).ReviewPage;
const countryPage = async () => (await import('./pages/CountryPage.js')).CountryPage;
const glossaryPage = async () => (await import('./pages/GlossaryPage.js')).GlossaryPage;
const apiDocsPage = async () => (await import('./pages/ApiDocsPage.js')).ApiDocsPage;
const notFoundPage = async () => (await import('./pages/NotFoundPage.js')).NotFoundPage;

const languageLoads = new Map<string, Promise<void>>();

/**
 * Holds a page in a language not loaded yet until its messages (and State names) have arrived, so that
 * nothing renders with the new language's URL and the old language's text or names. Switching language
 * is a router navigation (a transition), so the page in the old language stays on screen meanwhile.
 */
function LanguageLoaded({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  const { lang } = useParams();
  if (isUiLanguage(lang) && !i18n.hasResourceBundle(lang, 'translation')) {
    // One load per language; once settled it lets the page through (if it failed, i18next shows the keys).
    let loading = languageLoads.get(lang);
    if (!loading) {
      loading = i18n.loadLanguages(lang);
      languageLoads.set(lang, loading);
    }
    use(loading);
  }
  return children;
}

function render(i18n: I18n) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000, retry: 1 } } });
  const router = createBrowserRouter([
    { path: '/', element: <Navigate to={`/${preferredLanguage()}/`} replace /> },
    {
      path: '/:lang',
      element: (
        <LanguageLoaded i18n={i18n}>
          <Layout />
        </LanguageLoaded>
      ),
      children: [
        { index: true, element: <OverviewPage /> },
        lazyPage('funds/:fundId', fundPage, queryClient, ({ fundId = '' }) => [ask(fundDetailQuery(fundId))]),
        lazyPage('sources', sourcesPage, queryClient, () => [ask(sourcesQuery())]),
        lazyPage('sources/new', sourceEditPage),
        lazyPage('sources/:sourceId/edit', sourceEditPage),
        lazyPage('figures/new', figureEditPage),
        lazyPage('figures/:figureId/edit', figureEditPage),
        lazyPage('sign-in', signInPage),
        lazyPage('import', importPage),
        lazyPage('audit', auditPage),
        lazyPage('users', usersPage),
        lazyPage('statements', statementPage),
        lazyPage('statements/:iso3', statementPage),
        lazyPage('map', mapPage, queryClient, () => [ask(figuresQuery()), ask(fundsQuery())]),
        lazyPage('gaps', gapsPage, queryClient, () => [ask(gapsQuery())]),
        lazyPage('donors', donorsPage, queryClient, () => [ask(donorMatrixQuery()), ask(fundsQuery())]),
        lazyPage('donors/:donorId', donorPage, queryClient, ({ donorId = '' }) => [
          ask(donorQuery(donorId)),
          ask(fundsQuery()),
        ]),
        lazyPage('review', reviewPage),
        lazyPage('countries/:iso3', countryPage),
        lazyPage('glossary', glossaryPage),
        lazyPage('api', apiDocsPage),
        lazyPage('*', notFoundPage),
      ],
    },
  ]);

  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <Suspense fallback={<Loading />}>
            <RouterProvider router={router} />
          </Suspense>
        </QueryClientProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

// The app renders once the reader's language is loaded (the one in the URL, else the preferred one).
const firstSegment = window.location.pathname.split('/')[1];
void createI18n(isUiLanguage(firstSegment) ? firstSegment : preferredLanguage()).then(render);
