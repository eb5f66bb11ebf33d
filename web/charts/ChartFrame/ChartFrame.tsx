import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Figure } from '../../../server/routes/schemas.js';
import { SourceList } from '../../components/SourceCitation/SourceCitation.js';
import { downloadCsv } from '../../format/csv.js';

export interface ChartFrameProps {
  /** One sentence that says what the chart shows. */
  summary: string;
  /** The chart itself. */
  children: ReactNode;
  /** The same data as a table; shown in a disclosure under the chart. */
  table?: ReactNode;
  /** Exactly the data shown, as CSV. */
  csv: { filename: string; text: () => string };
  /** The sources of the figures drawn. */
  sources: readonly Figure['sources'][number][];
}

/** What every chart comes with: a text summary, a table alternative, a CSV of its data, and its sources. */
export function ChartFrame({ summary, children, table, csv, sources }: ChartFrameProps) {
  const { t } = useTranslation();
  const summaryId = useId();
  const unique = [...new Map(sources.map((s) => [`${s.id}|${s.locator ?? ''}`, s])).values()];
  return (
    <figure className="chart-frame" aria-describedby={summaryId}>
      <figcaption id={summaryId} className="chart-summary">
        {summary}
      </figcaption>
      {children}
      {table ? (
        <details className="chart-table">
          <summary>{t('chart.tableAlternative')}</summary>
          {table}
        </details>
      ) : null}
      <div className="chart-tools">
        <button type="button" className="secondary" onClick={() => downloadCsv(csv.filename, csv.text())}>
          {t('views.csv')}
        </button>
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
