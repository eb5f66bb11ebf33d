// The funding chart's config (charts/chart.tsx): its three series, each with its label and colour,
// then the keys of its marks. The page that shows the chart makes it; the bars, the tooltip, the
// legend and the exported image all read it.

import type { ParseKeys, TFunction } from 'i18next';
import type { ChartConfig } from '../chart.js';
import { chartColors } from '../palette.js';

export const FUNDING_SERIES = ['contributions', 'expenditure', 'requirement'] as const;
export type FundingSeries = (typeof FUNDING_SERIES)[number];

/** Each series' name, as an i18n key (also the CSV's series column). */
export const FUNDING_SERIES_LABELS = {
  contributions: 'columns.contributions',
  expenditure: 'columns.expenditure',
  requirement: 'columns.requirement',
} as const satisfies Record<FundingSeries, ParseKeys>;

/** The series, then the marks: hatching, ≈, and the grey band when some year has no figure at all. */
export function fundingChartConfig(t: TFunction, { emptyYears }: { emptyYears: boolean }): ChartConfig {
  const series = Object.fromEntries(
    FUNDING_SERIES.map((s) => [
      s,
      { label: t(FUNDING_SERIES_LABELS[s]), color: chartColors.series[s], term: s },
    ]),
  );
  return {
    ...series,
    partial: { label: t('chart.lowerBoundOrPartial'), color: chartColors.hatch, pattern: 'hatched' },
    approximate: { label: t('chart.approximate') },
    ...(emptyYears ? { noFigure: { label: t('chart.noFigureRecorded'), color: chartColors.noFigure } } : {}),
  };
}
