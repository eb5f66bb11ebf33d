import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { FundDetail } from '../../server/contract/schemas.js';
import { useInfiniteQuery } from '@tanstack/react-query';
import { FIGURE_PAGE_DEFAULT } from '../../server/contract/paging.js';
import { useFundDetail, useFunds } from '../api/hooks.js';
import { fundFiguresQuery } from '../api/queries.js';
import { FundingChart } from '../charts/FundingChart/FundingChart.js';
import { fundingChartCsv, fundingChartRows, figuresInChart } from '../charts/FundingChart/rows.js';
import { ChartFrame } from '../charts/ChartFrame/ChartFrame.js';
import { FUNDING_SERIES, FUNDING_SERIES_LABELS, fundingChartConfig } from '../charts/FundingChart/config.js';
import { csvFilename } from '../format/csv.js';
import { FigureTable } from '../components/FigureTable/FigureTable.js';
import { FundingTable } from '../components/FundingTable/FundingTable.js';
import { QueryState } from '../components/QueryState.js';
import { describeYearValue } from '../format/figures.js';
import { formatPartialDate, formatUsdAxis } from '../format/numbers.js';
import { useUiLanguage } from '../Layout.js';
import { useCanEdit } from '../auth/RequireRole.js';
import { CouncilCalls } from '../components/CouncilCalls/CouncilCalls.js';
import { DataNotes } from '../components/DataNotes/DataNotes.js';
import { FundEstablishment, establishmentText } from '../components/FundEstablishment/FundEstablishment.js';
import { sourceLabel } from '../components/SourceCitation/SourceCitation.js';
import { fundName } from '../i18n/names.js';
import { FundGlance } from '../components/FundGlance/FundGlance.js';

function Backlog({ backlog }: { backlog: FundDetail['backlog'] }) {
  const { t, i18n } = useTranslation();
  if (backlog.length === 0) return <p>{t('fund.noBacklog')}</p>;
  return (
    <ul className="backlog">
      {backlog.map((entry, i) => {
        const label = sourceLabel(entry.source, t);
        const years =
          entry.yearFrom !== null && entry.yearTo !== null && entry.yearFrom !== entry.yearTo
            ? t('fund.backlogYears', { from: entry.yearFrom, to: entry.yearTo })
            : entry.yearFrom !== null || entry.yearTo !== null
              ? t('fund.backlogYear', { year: entry.yearFrom ?? entry.yearTo ?? '' })
              : null;
        return (
          <li key={`${entry.source.id}-${i}`}>
            {entry.source.url ? (
              <a href={entry.source.url} rel="noopener noreferrer" target="_blank">
                <bdi>{label}</bdi>
              </a>
            ) : (
              <bdi>{label}</bdi>
            )}
            {entry.source.date ? `, ${formatPartialDate(entry.source.date, i18n.language)}` : ''}
            {years ? ` — ${years}` : ''}
            {entry.locator ? ` — ${entry.locator}` : ''}
            {' — '}
            {t('fund.backlogWouldFill', { metrics: entry.metrics.map((m) => t(`metric.${m}`)).join(', ') })}
          </li>
        );
      })}
    </ul>
  );
}

/** A link to one figure (#figure-…) opens the list it is in. */
const openFromHash = (prefix: string) => typeof window !== 'undefined' && window.location.hash.startsWith(`#${prefix}`);

/** Every figure of the fund, newest first, a page at a time: the page never waits for (or holds) a fund's every figure. */
function FundFigures({ fund, canEdit }: { fund: FundDetail['fund']; canEdit: boolean }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const pages = useInfiniteQuery(fundFiguresQuery(fund.id));
  const figures = pages.data?.pages.flatMap((page) => page.figures) ?? [];
  if (pages.isPending) return <p className="loading" role="status">{t('app.loading')}</p>;
  if (pages.isError) return <p role="alert">{t('app.loadError', { message: pages.error.message })}</p>;
  const left = Math.max(0, fund.figureCount - figures.length);
  return (
    <>
      <FigureTable figures={figures} caption={t('fund.figuresCaption', { count: fund.figureCount, fund: fundName(fund, lang, 'short') })} editLinksFor={canEdit ? lang : undefined} />
      {pages.hasNextPage ? (
        <p className="figures-more" aria-live="polite">
          {t('fund.figuresShown', { shown: figures.length, count: fund.figureCount })}{' '}
          <button type="button" onClick={() => void pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
            {t('fund.moreFigures', { count: Math.min(left, FIGURE_PAGE_DEFAULT) })}
          </button>
        </p>
      ) : null}
    </>
  );
}

function FundView({ detail }: { detail: FundDetail }) {
  const { t, i18n } = useTranslation();
  const lang = useUiLanguage();
  const fundingId = useId();
  const figuresId = useId();
  const backlogId = useId();
  const { fund } = detail;
  const canEdit = useCanEdit();
  const funds = useFunds();
  const rows = fundingChartRows(detail.funding);
  const figuresById = new Map(detail.figures.map((f) => [f.id, f]));
  const summary =
    detail.funding.length === 0 ? t('fund.summary.none') : t('fund.summary.some', { years: detail.funding.map((f) => f.year).join(', ') });
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/${lang}/`}>{t('app.nav.overview')}</Link>
      </p>
      <h1>{fundName(fund, lang)}</h1>
      <p className="fund-established">{fundName(fund, lang, 'short')}</p>
      <FundGlance detail={detail} backlogAnchor={backlogId} />
      <section aria-labelledby={fundingId}>
        <h2 id={fundingId}>{t('fund.fundingHeading')}</h2>
        {rows.length === 0 ? <p className="chart-summary">{summary}</p> : null}
        {rows.length > 0 ? (
          <>
            <ChartFrame
              summary={summary}
              config={fundingChartConfig(t, { emptyYears: rows.some((row) => row.empty) })}
              tableId={`${fund.id}-funding-table`}
              csv={{
                filename: csvFilename(`${fund.id}-money-by-year`),
                text: () => fundingChartCsv(rows, figuresById, { series: (s) => t(FUNDING_SERIES_LABELS[s]), notRecorded: t('chart.notRecorded') }),
              }}
              sources={figuresInChart(rows, figuresById).flatMap((f) => f.sources)}
            >
              <FundingChart
                data={rows}
                index="year"
                categories={FUNDING_SERIES}
                label={summary}
                axisFormatter={(cents) => formatUsdAxis(cents, i18n.language)}
                valueFormatter={(cell) => describeYearValue(cell, 'usd_cents', figuresById, i18n.language, t)}
              />
            </ChartFrame>
            <FundingTable id={`${fund.id}-funding-table`} funding={detail.funding} figuresById={figuresById} caption={t('fund.fundingTableCaption', { fund: fundName(fund, lang, 'short') })} />
          </>
        ) : null}
      </section>
      <DataNotes
        notes={[
          ...(fund.note ? [{ text: fund.note }] : []),
          ...fund.establishment.filter((e) => e.note).map((e) => ({ about: establishmentText(e, i18n.language, t), text: e.note! })),
        ]}
      />
      <FundEstablishment fund={fund} />
      <CouncilCalls calls={detail.calls} funds={funds.data} lang={lang} />
      {/* The long lists come last and closed: every figure with its citations, and the documents not yet read. */}
      <section aria-labelledby={figuresId}>
        <h2 id={figuresId}>{t('fund.figuresHeading')}</h2>
        {canEdit ? (
          <p>
            <Link className="button-link" to={`/${lang}/figures/new?fund=${fund.id}`}>
              {t('edit.newFigure')}
            </Link>
          </p>
        ) : null}
        <details className="long-list" id="figure-list" data-testid="figure-list" open={openFromHash('figure-')}>
          <summary>{t('screens.fund.figuresToggle', { count: fund.figureCount })}</summary>
          <FundFigures fund={fund} canEdit={canEdit} />
        </details>
      </section>
      <section aria-labelledby={backlogId} id={backlogId} tabIndex={-1}>
        <h2>{t('fund.backlogHeading')}</h2>
        <p>{t('fund.backlogIntro')}</p>
        <details className="long-list" open={detail.backlog.length <= 3}>
          <summary>{t('screens.fund.backlogToggle', { count: detail.backlog.length })}</summary>
          <Backlog backlog={detail.backlog} />
        </details>
      </section>
    </>
  );
}

export function FundPage() {
  const { fundId = '' } = useParams();
  const detail = useFundDetail(fundId);
  return <QueryState query={detail}>{(data) => <FundView detail={data} />}</QueryState>;
}
