import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { createI18n, isUiLanguage, preferredLanguage } from './i18n/index.js';
import { Layout } from './Layout.js';
import { FundPage } from './pages/FundPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { OverviewPage } from './pages/OverviewPage.js';
import { SourcesPage } from './pages/SourcesPage.js';
import { AuditPage } from './pages/AuditPage.js';
import { FigureEditPage } from './pages/FigureEditPage.js';
import { ImportPage } from './pages/ImportPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { SourceEditPage } from './pages/SourceEditPage.js';
import { UsersPage } from './pages/UsersPage.js';
import { CountryPage } from './pages/CountryPage.js';
import { MapPage } from './pages/MapPage.js';
import { StatementPage } from './pages/StatementPage.js';
import { DonorPage } from './pages/DonorPage.js';
import { DonorsPage } from './pages/DonorsPage.js';
import { GapsPage } from './pages/GapsPage.js';
import { ReviewPage } from './pages/ReviewPage.js';
import { GlossaryPage } from './pages/GlossaryPage.js';
import { ApiDocsPage } from './pages/ApiDocsPage.js';
import './styles.css';

const firstSegment = window.location.pathname.split('/')[1];
const i18n = createI18n(isUiLanguage(firstSegment) ? firstSegment : preferredLanguage());
const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000, retry: 1 } } });

const router = createBrowserRouter([
  { path: '/', element: <Navigate to={`/${preferredLanguage()}/`} replace /> },
  {
    path: '/:lang',
    element: <Layout />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'funds/:fundId', element: <FundPage /> },
      { path: 'sources', element: <SourcesPage /> },
      { path: 'sources/new', element: <SourceEditPage /> },
      { path: 'sources/:sourceId/edit', element: <SourceEditPage /> },
      { path: 'figures/new', element: <FigureEditPage /> },
      { path: 'figures/:figureId/edit', element: <FigureEditPage /> },
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'import', element: <ImportPage /> },
      { path: 'audit', element: <AuditPage /> },
      { path: 'users', element: <UsersPage /> },
      { path: 'statements', element: <StatementPage /> },
      { path: 'statements/:iso3', element: <StatementPage /> },
      { path: 'map', element: <MapPage /> },
      { path: 'gaps', element: <GapsPage /> },
      { path: 'donors', element: <DonorsPage /> },
      { path: 'donors/:donorId', element: <DonorPage /> },
      { path: 'review', element: <ReviewPage /> },
      { path: 'countries/:iso3', element: <CountryPage /> },
      { path: 'glossary', element: <GlossaryPage /> },
      { path: 'api', element: <ApiDocsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
);
