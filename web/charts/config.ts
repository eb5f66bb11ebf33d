// One typed config object per chart: each series' label (an i18n key) and colour, in one place.

import type { ParseKeys } from 'i18next';

export interface SeriesConfig {
  labelKey: ParseKeys;
  /** A CSS colour; the hatch pattern and the legend reuse it. Colour is never the only cue. */
  color: string;
}

export type ChartConfig<Key extends string> = Record<Key, SeriesConfig>;

export const fundingChartConfig = {
  contributions: { labelKey: 'columns.contributions', color: 'var(--chart-contributions)' },
  expenditure: { labelKey: 'columns.expenditure', color: 'var(--chart-expenditure)' },
  requirement: { labelKey: 'columns.requirement', color: 'var(--chart-requirement)' },
} satisfies ChartConfig<'contributions' | 'expenditure' | 'requirement'>;

export type FundingSeries = keyof typeof fundingChartConfig;
export const FUNDING_SERIES = Object.keys(fundingChartConfig) as FundingSeries[];
