// The funding chart, loaded after the page around it: Recharts is most of its weight, and the overview
// (the first view) shows the cards' figures without waiting for it. "Loading…" holds its place meanwhile.

import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundingChartProps } from './FundingChart.js';

let loading: Promise<typeof import('./FundingChart.js')> | undefined;

/** Starts loading the chart's code (once); a page that will show charts calls it early. */
export function loadFundingChart(): Promise<typeof import('./FundingChart.js')> {
  loading ??= import('./FundingChart.js').catch((error: unknown) => {
    loading = undefined; // tried again next time
    throw error;
  });
  return loading;
}

const FundingChart = lazy(async () => ({ default: (await loadFundingChart()).FundingChart }));

export function LazyFundingChart(props: FundingChartProps) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <p className="loading" role="status" style={{ minHeight: props.height ?? 260 }}>
          {t('app.loading')}
        </p>
      }
    >
      <FundingChart {...props} />
    </Suspense>
  );
}
