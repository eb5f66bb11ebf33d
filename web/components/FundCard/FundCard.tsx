import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OverviewFund } from '../../../server/contract/overview.js';
import type { Figure } from '../../../server/contract/schemas.js';
import type { Metric } from '../../../server/contract/vocabulary.js';
import { SmallFundingChart } from '../../charts/FundingChart/SmallFundingChart.js';
import { fundingChartRows, figuresInChart } from '../../charts/FundingChart/rowsCore.js';
import { ChartFrame } from '../../charts/ChartFrame/ChartFrame.js';
import { FUNDING_SERIES, FUNDING_SERIES_LABELS, fundingChartConfig } from '../../charts/FundingChart/config.js';
import { csvFilename } from '../../format/filenames.js';
import { FundingTable } from '../FundingTable/FundingTable.js';
import { describeYearValue, figureQualifiers, formatFigureValue } from '../../format/figures.js';
import { formatUsdAxis } from '../../format/numbers.js';
import { CitationMarker } from '../SourceCitation/SourceCitation.js';
import { fundName } from '../../i18n/names.js';
import { FundEstablishmentCompact } from '../FundEstablishment/FundEstablishment.js';
import type { UiLanguage } from '../../i18n/languages.js';

/** The metrics an overview card shows, money first; requirement always (it is the question donors ask). */
const CARD_METRICS: readonly Metric[] = [
  'contributions',
  'expenditure',
  'requirement',
  'funds_allocated',
  'number_of_donors',
  'delegates',
  'participants',
  'countries_supported',
];

function LatestFigure({ figure }: { figure: Figure }) {
  const { t, i18n } = useTranslation();
  const qualifiers = figureQualifiers(figure, i18n.language, t);
  return (
    <>
      <span className="value">{formatFigureValue(figure, i18n.language, t)}</span>
      <span className="figure-when">{figure.year ?? t('qualifier.noYear')}</span>
      {qualifiers.length > 0 ? <span className="cell-qualifiers">{qualifiers.join('; ')}</span> : null}
      {/* One click away, not inline: a card of eight figures would otherwise be a wall of citations. */}
      <span className="card-source"><CitationMarker sources={figure.sources} /></span>
    </>
  );
}

export function FundCard({ card: detail, lang }: { card: OverviewFund; lang: UiLanguage }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { fund } = detail;
  const rows = fundingChartRows(detail.funding);
  const figuresById = new Map(detail.figures.map((f) => [f.id, f]));
  const summary = t('fund.summary.some', { years: detail.funding.map((f) => f.year).join(', ') });
  const shown = CARD_METRICS.filter((m) => m === 'requirement' || detail.latest[m]);
  return (
    <article className="fund-card" aria-labelledby={headingId} data-fund={fund.id}>
      <h2 id={headingId}>
        <Link to={`/${lang}/funds/${fund.id}`}>{fundName(fund, lang, 'short')}</Link>
      </h2>
      <p className="fund-name">{fundName(fund, lang)}</p>
      <FundEstablishmentCompact fund={fund} />
      <h3 className="card-subheading">{t('overview.latestKnown')}</h3>
      <dl className="latest">
        {shown.map((metric) => {
          const figure = detail.latest[metric];
          return (
            <div key={metric} className="latest-item" data-metric={metric}>
              <dt>{t(`metric.${metric}`)}</dt>
              <dd>{figure ? <LatestFigure figure={figure} /> : <span className="value muted">{t('value.notPublished')}</span>}</dd>
            </div>
          );
        })}
      </dl>
      {rows.length > 0 ? (
        <ChartFrame
          summary={summary}
          config={fundingChartConfig(t, { emptyYears: rows.some((row) => row.empty) })}
          table={<FundingTable funding={detail.funding} figuresById={figuresById} caption={t('fund.fundingTableCaption', { fund: fundName(fund, lang, 'short') })} />}
          csv={{
            filename: csvFilename(`${fund.id}-money-by-year`),
            text: async () => (await import('../../charts/FundingChart/rows.js')).fundingChartCsv(rows, figuresById, { series: (s) => t(FUNDING_SERIES_LABELS[s]), notRecorded: t('chart.notRecorded') }),
          }}
          sources={figuresInChart(rows, figuresById).flatMap((f) => f.sources)}
        >
          <SmallFundingChart
            data={rows}
            index="year"
            categories={FUNDING_SERIES}
            height={170}
            label={summary}
            axisFormatter={(cents) => formatUsdAxis(cents, i18n.language)}
            valueFormatter={(cell) => describeYearValue(cell, 'usd_cents', figuresById, i18n.language, t)}
          />
        </ChartFrame>
      ) : (
        <p className="no-data">{t('overview.noYearlyMoney')}</p>
      )}
      <p className="card-footer">
        {t('overview.figureCount', { count: fund.figureCount })} · {t('overview.documentsPending', { count: detail.documentsPending })}
      </p>
      <p>
        <Link className="button-link" to={`/${lang}/funds/${fund.id}`}>
          {t('overview.openFund', { fund: fundName(fund, lang, 'short') })}
        </Link>
      </p>
    </article>
  );
}
