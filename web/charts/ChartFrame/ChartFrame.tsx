import { useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Figure } from '../../../server/contract/schemas.js';
import { ExportButtons, InsideChartFrame, standardNotes } from '../../components/ExportButtons/ExportButtons.js';
import { citationLine, SourceList } from '../../components/SourceCitation/SourceCitation.js';
import { readTable } from '../../export/domTable.js';
import { ChartContainer, legendEntries, type ChartConfig } from '../chart.js';

export interface ChartFrameProps {
  /** One sentence that says what the chart shows. */
  summary: string;
  /** The chart itself; it reads `config` through useChart(). */
  children: ReactNode;
  /** What the chart draws: each series and mark with its name and colour (charts/chart.tsx). */
  config: ChartConfig;
  /** The same data as a table; shown in a disclosure under the chart. */
  table?: ReactNode;
  /** Or: the id of a table shown elsewhere on the page that holds the same data. */
  tableId?: string;
  /** Exactly the data shown, as CSV (the XLSX holds the same rows). */
  csv: { filename: string; text: () => string | Promise<string> };
  /** The sources of the figures drawn. */
  sources: readonly Figure['sources'][number][];
}

/**
 * What every chart comes with: a text summary, a table alternative, downloads of its data (CSV, XLSX)
 * and of the chart itself (PNG, SVG) — each file with the sources, as-of dates and qualifiers — and its sources.
 */
export function ChartFrame({ summary, children, config, table, tableId, csv, sources }: ChartFrameProps) {
  const { t, i18n } = useTranslation();
  const summaryId = useId();
  const frameRef = useRef<HTMLElement>(null);
  const unique = [...new Map(sources.map((s) => [`${s.id}|${s.locator ?? ''}`, s])).values()];
  const sourceLines = unique.map((s) => citationLine(s, i18n.language, t));
  const stem = csv.filename.replace(/\.csv$/, '');

  // The spreadsheet holds the CSV's rows; the images list the table alternative's rows, which read as sentences.
  const dataDocument = async () => {
    const { csvToDocument } = await import('../../export/document.js');
    const doc = csvToDocument(await csv.text(), summary);
    return { ...doc, sources: sourceLines, notes: [...standardNotes(t, i18n.language), ...doc.notes] };
  };
  const imageDocument = () => {
    const alternative = tableId ? (document.getElementById(tableId) as HTMLTableElement | null) : frameRef.current?.querySelector<HTMLTableElement>('.chart-table table');
    const { headers, rows } = alternative ? readTable(alternative) : { headers: [], rows: [] };
    return { title: summary, headers, rows, sources: sourceLines, notes: standardNotes(t, i18n.language) };
  };
  const image = () => ({
    svg: frameRef.current?.querySelector<SVGSVGElement>('.chart svg.recharts-surface, .chart svg') ?? null,
    legend: legendEntries(config),
  });

  return (
    <figure className="chart-frame" aria-describedby={summaryId} ref={frameRef}>
      <figcaption id={summaryId} className="chart-summary">
        {summary}
      </figcaption>
      <ChartContainer config={config}>{children}</ChartContainer>
      {table ? (
        <details className="chart-table">
          <summary>{t('chart.tableAlternative')}</summary>
          <InsideChartFrame.Provider value={true}>{table}</InsideChartFrame.Provider>
        </details>
      ) : null}
      {tableId ? (
        <p className="chart-table">
          <a href={`#${tableId}`}>{t('chart.tableAlternative')}</a>
        </p>
      ) : null}
      <div className="chart-tools">
        <ExportButtons kind="chart" title={summary} filename={stem} formats={['csv', 'xlsx', 'png', 'svg']} csvText={csv.text} document={dataDocument} image={image} imageDocument={imageDocument} />
        {unique.length > 0 ? (
          <details className="chart-sources">
            <summary>{t('chart.sources', { count: unique.length })}</summary>
            <SourceList sources={unique} />
          </details>
        ) : null}
      </div>
    </figure>
  );
}
