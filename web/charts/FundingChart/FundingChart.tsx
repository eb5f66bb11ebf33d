// A thin wrapper over Recharts: bars by year per series, hatched where the value is only a lower
// bound or part of a year, "≈" over rounded values, grey bands where a year has no figure at all.
// Colours and names come from the chart's config (config.ts), read through useChart().

import { setAutoFreeze } from 'immer';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartLegend, ChartSwatch, useChart } from '../chart.js';
import { chartColors } from '../palette.js';
import type { FundingSeries } from './config.js';
import type { FundingChartRow } from './rows.js';

// Recharts keeps its state in a Redux store whose updates (Immer) freeze what they hold, the chart's
// elements among them. The app runs on Preact (vite.config.ts), which writes into an element when it
// renders it, so a frozen one throws (preactjs/preact#4134). Freezing is a development aid, not a
// behaviour: it is turned off for the one Immer the app has (Recharts' own dependency), before any chart.
setAutoFreeze(false);

type Cell = NonNullable<FundingChartRow['cells'][FundingSeries]>;

export interface CellDescription {
  value: string;
  qualifiers: string[];
}

export interface FundingChartProps {
  data: readonly FundingChartRow[];
  /** The x axis: always the year here, kept as a prop so the chart reads like the others. */
  index: 'year';
  categories: readonly FundingSeries[];
  /** How a cell reads in the tooltip: its value with its source's qualifiers. */
  valueFormatter: (cell: Cell) => CellDescription;
  axisFormatter: (cents: number) => string;
  height?: number;
  /** Accessible name of the chart. */
  label: string;
}

const markOf = (cell: Cell | null): string | null => {
  if (!cell) return null;
  const mark = `${cell.bound === 'at_least' ? '≥' : cell.bound === 'at_most' ? '≤' : ''}${cell.approximate ? '≈' : ''}`;
  return mark || null;
};

const isHatched = (cell: Cell | null) => cell !== null && (cell.bound !== 'exact' || cell.partialYear);

export function FundingChart({ data, index, categories, valueFormatter, axisFormatter, height = 260, label }: FundingChartProps) {
  const { t, i18n } = useTranslation();
  const { config } = useChart();
  const colorOf = (series: FundingSeries) => config[series]?.color ?? chartColors.series[series];
  const labelOf = (series: FundingSeries) => config[series]?.label ?? series;
  // In Arabic the page reads right to left, and so does the time axis: the latest year sits on the left.
  const rightToLeft = i18n.dir() === 'rtl';
  const patternPrefix = useId().replace(/:/g, '');
  // Marks ride on the data itself so each sits on its own bar: "≥" lower bound, "≈" rounded.
  const flat = data.map((row) => ({
    [index]: row.year,
    ...row.values,
    ...Object.fromEntries(categories.map((series) => [`${series}Mark`, markOf(row.cells[series])])),
  }));
  const emptyYears = data.filter((row) => row.empty).map((row) => row.year);

  return (
    <>
      <div role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={flat} margin={{ top: 18, right: 8, bottom: 0, left: 8 }} barGap={2}>
          <defs>
            {categories.map((series) => (
              <pattern key={series} id={`${patternPrefix}-${series}`} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                <rect width="6" height="6" fill="var(--surface)" />
                <line x1="0" y1="0" x2="0" y2="6" stroke={colorOf(series)} strokeWidth="3" />
              </pattern>
            ))}
          </defs>
          <CartesianGrid vertical={false} stroke="var(--grid)" />
          {emptyYears.map((year) => (
            <ReferenceArea key={year} x1={year} x2={year} fill={config.noFigure?.color ?? chartColors.noFigure} fillOpacity={1} ifOverflow="visible" />
          ))}
          <XAxis dataKey={index} reversed={rightToLeft} tickLine={false} interval="preserveStartEnd" minTickGap={8} />
          <YAxis orientation={rightToLeft ? 'right' : 'left'} tickFormatter={axisFormatter} width={rightToLeft ? 108 : 86} tickLine={false} axisLine={false} />
          <Tooltip
            cursor={{ fill: 'var(--cursor)' }}
            isAnimationActive={false}
            content={({ active, label: year }) => {
              const row = data.find((r) => r.year === Number(year));
              if (!active || !row) return null;
              return (
                <div className="chart-tooltip">
                  <div className="chart-tooltip-year">{String(year)}</div>
                  <dl>
                    {categories.map((series) => {
                      const cell = row.cells[series];
                      const described = cell ? valueFormatter(cell) : null;
                      return (
                        <div key={series} className="chart-tooltip-row">
                          <dt>
                            {config[series] ? <ChartSwatch item={config[series]} /> : null}
                            {labelOf(series)}
                          </dt>
                          <dd className="tabular-nums">
                            {described ? described.value : t('chart.notRecorded')}
                            {described && described.qualifiers.length > 0 ? <span className="chart-tooltip-qualifiers"> ({described.qualifiers.join('; ')})</span> : null}
                          </dd>
                        </div>
                      );
                    })}
                  </dl>
                </div>
              );
            }}
          />
          {categories.map((series) => (
            <Bar key={series} dataKey={series} name={labelOf(series)} fill={colorOf(series)} isAnimationActive={false} maxBarSize={36}>
              {data.map((row) => (
                <Cell
                  key={row.year}
                  fill={isHatched(row.cells[series]) ? `url(#${patternPrefix}-${series})` : colorOf(series)}
                  stroke={colorOf(series)}
                  strokeWidth={1}
                />
              ))}
              <LabelList dataKey={`${series}Mark`} position="top" className="bar-mark" />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
      </div>
      <ChartLegend />
    </>
  );
}
