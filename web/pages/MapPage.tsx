import { Fragment, lazy, Suspense, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import type { Figure, Fund } from '../../server/contract/schemas.js';
import { FUND_IDS, type FundId } from '../../server/contract/vocabulary.js';
import { useFunds } from '../api/hooks.js';
import { figuresQuery } from '../api/queries.js';
import { ChartContainer, legendEntries } from '../charts/chart.js';
import { mapChartConfig } from '../charts/WorldMap/config.js';
import { beneficiaryCounts, mapValues, sortedStates, summarizeSupport, type StateSupport } from '../charts/WorldMap/mapData.js';
import { QueryState } from '../components/QueryState.js';
import { TableFrame } from '../components/TableFrame/TableFrame.js';
import { toCsv, type CsvColumn } from '../format/csv.js';
import { ExportButtons, standardNotes } from '../components/ExportButtons/ExportButtons.js';
import { readTable } from '../export/domTable.js';
import { citationLine } from '../components/SourceCitation/SourceCitation.js';
import { formatCount } from '../format/numbers.js';
import { useUiLanguage } from '../Layout.js';
import type { UiLanguage } from '../i18n/index.js';
import { entityName, fundName, fundShortNameById, packageStateName } from '../i18n/names.js';

// The map's shapes (world-atlas) and projection (d3-geo) load with this page only, not with the app.
const WorldMap = lazy(async () => ({ default: (await import('../charts/WorldMap/WorldMap.js')).WorldMap }));

const useAllFigures = () => useQuery(figuresQuery());

/** "61 States are named as beneficiaries in 62 sourced figures; 44 of those figures are from the LDC/SIDS Trust Fund." */
function supportSummaryText(figures: readonly Figure[], funds: readonly Fund[], lang: UiLanguage, t: TFunction): string {
  const summary = summarizeSupport(figures);
  if (summary.states === 0) return t('map.summary.none');
  const main = t('map.summary.main', {
    count: summary.states,
    states: formatCount(summary.states, lang),
    figures: t('map.summary.figures', { count: summary.figures, n: formatCount(summary.figures, lang) }),
  });
  const lead = summary.leadingFund;
  const fund = lead ? funds.find((f) => f.id === lead) : undefined;
  if (!lead || !fund) return t('map.summary.alone', { main });
  return t('map.summary.withLead', { main, lead: formatCount(summary.figuresByFund[lead] ?? 0, lang), fund: fundName(fund, lang, 'short') });
}

/** One column of the table and of its CSV: the same text in both, so the download is the table. */
interface SupportColumn {
  header: string;
  numeric?: boolean;
  /** The cell's text, exactly as the CSV holds it ('' for a blank cell). */
  text: (row: StateSupport) => string;
}

function supportColumns(funds: readonly Fund[], lang: UiLanguage, t: TFunction) {
  const count = (n: number | undefined) => (n ? formatCount(n, lang) : '');
  const fundColumns: SupportColumn[] = FUND_IDS.map((id) => ({
    header: fundShortNameById(funds, id, lang),
    numeric: true,
    text: (row) => count(row.byFund[id]),
  }));
  const state: SupportColumn = { header: t('map.table.state'), text: (row) => entityName(row, lang) };
  const code: SupportColumn = { header: t('map.table.code'), text: (row) => row.iso3 };
  const total: SupportColumn = { header: t('map.table.total'), numeric: true, text: (row) => count(row.figures) };
  const figures: SupportColumn = { header: t('map.table.figures'), text: (row) => row.figureIds.join('; ') };
  const sourceIds: SupportColumn = { header: t('map.table.sourceIds'), text: (row) => row.sources.map((s) => s.id).join('; ') };
  const sourceUrls: SupportColumn = { header: t('map.table.sourceUrls'), text: (row) => row.sources.map((s) => s.url).join('; ') };
  return { state, code, fundColumns, total, figures, sourceIds, sourceUrls };
}

function MapView({ figures, funds }: { figures: readonly Figure[]; funds: readonly Fund[] }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const navigate = useNavigate();
  const tableId = useId();
  const sourcesId = useId();
  // The fund shading the map lives in the URL (?fund=vftc), so a shared link shows the same map.
  const [params, setParams] = useSearchParams();
  const asked = params.get('fund');
  const shade: FundId | 'all' = (FUND_IDS as readonly string[]).includes(asked ?? '') ? (asked as FundId) : 'all';
  const setShade = (next: FundId | 'all') => setParams(next === 'all' ? {} : { fund: next }, { replace: true });

  const counts = useMemo(() => beneficiaryCounts(figures), [figures]);
  const rows = useMemo(() => sortedStates(counts, lang), [counts, lang]);
  const data = useMemo(() => mapValues(counts, shade), [counts, shade]);
  const summary = supportSummaryText(figures, funds, lang, t);
  const fundName = (id: FundId) => fundShortNameById(funds, id, lang);
  // As the figures name the State; a State no figure names (drawn plain) as the ISO package does.
  const nameOf = (iso3: string) => {
    const known = counts.get(iso3);
    return known ? entityName(known, lang) : (packageStateName(iso3, lang) ?? iso3);
  };
  const countryHref = (iso3: string) => `/${lang}/countries/${iso3}`;

  const columns = supportColumns(funds, lang, t);
  const csvColumns: CsvColumn<StateSupport>[] = [columns.code, columns.state, ...columns.fundColumns, columns.total, columns.figures, columns.sourceIds, columns.sourceUrls].map(
    (c) => ({ header: c.header, value: c.text }),
  );
  const csvText = () => toCsv(rows, csvColumns, { comments: [t('map.csvComment', { url: `${window.location.origin}/${lang}/countries/<ISO3>` })] });
  const legendTitle = shade === 'all' ? t('map.legend.title') : t('map.legend.titleFund', { fund: fundName(shade) });
  const mapConfig = mapChartConfig(data, {
    range: (step) =>
      step.from === step.to ? formatCount(step.from, lang) : t('map.range', { from: formatCount(step.from, lang), to: formatCount(step.to, lang) }),
    none: t('map.legend.none'),
  });
  const mapImage = () => ({
    svg: document.querySelector<SVGSVGElement>('.world-map-svg'),
    legend: [{ text: legendTitle }, ...legendEntries(mapConfig)],
  });
  // The sources behind the counts: every source of a figure that names a beneficiary State.
  const mapSources = [...new Map(figures.filter((f) => f.countries.length > 0).flatMap((f) => f.sources).map((src) => [src.id, src])).values()];
  const mapDocument = () => {
    const table = document.querySelector<HTMLTableElement>('table.support-table');
    const { headers, rows: shown } = table ? readTable(table) : { headers: [], rows: [] };
    return { title: summary, headers, rows: shown, sources: mapSources.map((src) => citationLine(src, lang, t)), notes: standardNotes(t, lang) };
  };

  return (
    <>
      <h1>{t('map.heading')}</h1>
      <p className="intro">{t('map.intro')}</p>
      <p className="chart-summary" data-testid="map-summary">
        {summary}
      </p>
      <fieldset className="map-shade">
        <legend>{t('map.shadeBy')}</legend>
        {(['all', ...FUND_IDS] as const).map((option) => (
          <label key={option}>
            <input type="radio" name="map-shade" value={option} checked={shade === option} onChange={() => setShade(option)} />
            {option === 'all' ? t('map.allFunds') : fundName(option)}
          </label>
        ))}
      </fieldset>
      {shade !== 'all' && data.size === 0 ? (
        <p className="no-data" role="status">
          {t('map.noneForFund', { fund: fundName(shade) })}
        </p>
      ) : null}
      <ChartContainer config={mapConfig} className="world-map-chart">
        <Suspense fallback={<p className="loading" role="status">{t('app.loading')}</p>}>
          <WorldMap
            data={data}
            label={t('map.mapLabel', { summary })}
            legendTitle={legendTitle}
            valueFormatter={(n) => t('map.value', { count: n, n: formatCount(n, lang) })}
            nameOf={nameOf}
            hrefFor={countryHref}
            onSelect={(iso3) => void navigate(countryHref(iso3))}
          />
        </Suspense>
      </ChartContainer>
      <ExportButtons kind="chart" title={summary} filename={shade === 'all' ? 'map-beneficiary-states' : `map-beneficiary-states-${shade}`} formats={['png', 'svg']} document={mapDocument} image={mapImage} />
      <p className="note map-shared-note">{t('map.shared')}</p>

      <section aria-labelledby={tableId}>
        <h2 id={tableId}>{t('map.table.heading')}</h2>
        <TableFrame
          caption={t('map.table.caption')}
          className="support-table"
          csvText={csvText}
          sources={mapSources}
          columns={[
            { label: columns.state.header },
            { label: columns.code.header },
            ...columns.fundColumns.map((c) => ({ label: c.header, numeric: true })),
            { label: columns.total.header, numeric: true },
            { label: columns.figures.header },
            { label: t('map.table.sources'), className: 'source-col' },
          ]}
        >
          {rows.map((row) => (
            <tr key={row.iso3} data-iso3={row.iso3}>
              <th scope="row">
                <Link to={countryHref(row.iso3)}>{columns.state.text(row)}</Link>
              </th>
              <td>{columns.code.text(row)}</td>
              {columns.fundColumns.map((c) => (
                <td key={c.header} className="num">
                  {c.text(row)}
                </td>
              ))}
              <td className="num value">{columns.total.text(row)}</td>
              <td className="figure-ids">
                {row.figureIds.map((id, i) => (
                  <Fragment key={id}>
                    {i > 0 ? '; ' : ''}
                    <Link to={`${countryHref(row.iso3)}#figure-${id}`}>{id}</Link>
                  </Fragment>
                ))}
              </td>
              <td className="source-col source-ids">
                {row.sources.map((s, i) => (
                  <Fragment key={s.id}>
                    {i > 0 ? '; ' : ''}
                    <a href={s.url} rel="noopener noreferrer" target="_blank" title={s.url}>
                      {s.id}
                    </a>
                  </Fragment>
                ))}
              </td>
            </tr>
          ))}
        </TableFrame>
      </section>

      <section aria-labelledby={sourcesId}>
        <h2 id={sourcesId}>{t('map.sourcesHeading')}</h2>
        <p>{t('map.sourcesNote')}</p>
      </section>
    </>
  );
}

/** The world map of beneficiary States, its table alternative, CSV and sources. */
export function MapPage() {
  const figures = useAllFigures();
  const funds = useFunds();
  return <QueryState query={figures}>{(list) => <QueryState query={funds}>{(fundList) => <MapView figures={list} funds={fundList} />}</QueryState>}</QueryState>;
}
