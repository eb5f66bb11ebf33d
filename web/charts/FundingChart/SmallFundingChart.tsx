// The overview cards' small funding chart, drawn as plain SVG: the first view shows it without loading
// the chart library (Recharts stays with the fund page's larger chart). The same marks as that chart:
// bars by year per series in the palette's colours, hatched where a value is only a lower bound or part
// of a year, "≈"/"≥" over the bar, a grey band for a year with no figure. In Arabic the time axis runs
// right to left (the latest year on the left) and the value axis sits on the right, its labels outside
// the plot, so no label is drawn over a bar.

import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartLegend, useChart } from '../chart.js';
import { chartColors } from '../palette.js';
import type { FundingChartProps } from './FundingChart.js';
import type { FundingChartRow } from './rows.js';
import type { FundingSeries } from './config.js';

type Cell = NonNullable<FundingChartRow['cells'][FundingSeries]>;

const FONT_PX = 11;
/** A conservative width of one character of the axis font, so labels are given room before they are drawn. */
const CHAR_PX = 7;

/** Round steps (1, 2, 5 × 10ⁿ) from 0 to at least max, at most `count` + 1 of them. */
export function niceTicks(max: number, count = 3): number[] {
  if (!(max > 0)) return [0];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = 0; v < max + step; v += step) ticks.push(v);
  return ticks;
}

const markOf = (cell: Cell | null): string | null => {
  if (!cell) return null;
  const mark = `${cell.bound === 'at_least' ? '≥' : cell.bound === 'at_most' ? '≤' : ''}${cell.approximate ? '≈' : ''}`;
  return mark || null;
};

const isHatched = (cell: Cell | null) => cell !== null && (cell.bound !== 'exact' || cell.partialYear);

/** The width the chart is given, followed as the card resizes. */
function useWidth(initial: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(160, Math.floor(element.getBoundingClientRect().width)));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

export function SmallFundingChart({ data, categories, valueFormatter, axisFormatter, height = 170, label }: FundingChartProps) {
  const { t, i18n } = useTranslation();
  const { config } = useChart();
  const [ref, width] = useWidth(320);
  const patternPrefix = useId().replace(/:/g, '');
  const rightToLeft = i18n.dir() === 'rtl';

  const colorOf = (series: FundingSeries) => config[series]?.color ?? chartColors.series[series];
  const labelOf = (series: FundingSeries) => config[series]?.label ?? series;
  const max = Math.max(0, ...data.flatMap((row) => categories.map((s) => row.values[s] ?? 0)));
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1] || 1;
  const tickLabels = ticks.map((v) => axisFormatter(v));
  // The value axis's labels get the room their longest label needs, outside the plot.
  const axisWidth = Math.max(...tickLabels.map((l) => l.length)) * CHAR_PX + 8;
  // The far end leaves room for half a year label, centred under the last slot.
  const margin = { top: 16, bottom: FONT_PX + 10, start: axisWidth, end: 2 * CHAR_PX + 4 };
  const plotWidth = Math.max(40, width - margin.start - margin.end);
  const plotHeight = Math.max(40, height - margin.top - margin.bottom);
  const plotLeft = rightToLeft ? margin.end : margin.start;
  const slot = plotWidth / Math.max(1, data.length);
  const barWidth = Math.min(36, Math.max(2, (slot * 0.8) / categories.length));
  // Slot i counted from the start of the reading direction: the latest year on the left in Arabic.
  const slotLeft = (i: number) => plotLeft + (rightToLeft ? data.length - 1 - i : i) * slot;
  const y = (value: number) => margin.top + plotHeight - (value / top) * plotHeight;
  // Year labels at most every ~36 px, always the first and the last.
  const every = Math.max(1, Math.ceil(36 / slot));
  const showYear = (i: number) => i === 0 || i === data.length - 1 || (i % every === 0 && data.length - 1 - i >= every);
  const axisX = rightToLeft ? plotLeft + plotWidth + 4 : plotLeft - 4;

  return (
    <>
      <div ref={ref} role="img" aria-label={label} className="small-chart">
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} xmlns="http://www.w3.org/2000/svg" aria-hidden="true" direction="ltr">
          <defs>
            {categories.map((series) => (
              <pattern key={series} id={`${patternPrefix}-${series}`} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                <rect width="6" height="6" fill={chartColors.surface} />
                <line x1="0" y1="0" x2="0" y2="6" stroke={colorOf(series)} strokeWidth="3" />
              </pattern>
            ))}
          </defs>
          {data.map((row, i) =>
            row.empty ? <rect key={`empty-${row.year}`} x={slotLeft(i)} y={margin.top} width={slot} height={plotHeight} fill={config.noFigure?.color ?? chartColors.noFigure} /> : null,
          )}
          {ticks.map((tick, i) => (
            <g key={tick}>
              <line x1={plotLeft} x2={plotLeft + plotWidth} y1={y(tick)} y2={y(tick)} stroke={chartColors.grid} />
              <text x={axisX} y={y(tick)} dy="0.32em" fontSize={FONT_PX} fill={chartColors.axis} textAnchor={rightToLeft ? 'start' : 'end'}>
                {tickLabels[i]}
              </text>
            </g>
          ))}
          {data.map((row, i) => {
            const groupLeft = slotLeft(i) + (slot - barWidth * categories.length) / 2;
            return (
              <g key={row.year}>
                {categories.map((series, k) => {
                  const cell = row.cells[series];
                  const value = row.values[series];
                  if (!cell || value === null) return null;
                  const x = groupLeft + (rightToLeft ? categories.length - 1 - k : k) * barWidth;
                  const described = valueFormatter(cell);
                  const mark = markOf(cell);
                  return (
                    <g key={series}>
                      <rect
                        className="bar"
                        data-series={series}
                        data-year={row.year}
                        x={x}
                        y={y(value)}
                        width={Math.max(1, barWidth - 1)}
                        height={Math.max(0.5, margin.top + plotHeight - y(value))}
                        fill={isHatched(cell) ? `url(#${patternPrefix}-${series})` : colorOf(series)}
                        stroke={colorOf(series)}
                        strokeWidth={1}
                      >
                        <title>{`${row.year} · ${labelOf(series)}: ${described.value}${described.qualifiers.length > 0 ? ` (${described.qualifiers.join('; ')})` : ''}`}</title>
                      </rect>
                      {mark ? (
                        <text x={x + barWidth / 2} y={y(value) - 3} fontSize={FONT_PX} textAnchor="middle" className="bar-mark">
                          {mark}
                        </text>
                      ) : null}
                    </g>
                  );
                })}
                {showYear(i) ? (
                  <text x={slotLeft(i) + slot / 2} y={height - 4} fontSize={FONT_PX} fill={chartColors.axis} textAnchor="middle">
                    {String(row.year)}
                  </text>
                ) : null}
              </g>
            );
          })}
          <line x1={plotLeft} x2={plotLeft + plotWidth} y1={margin.top + plotHeight} y2={margin.top + plotHeight} stroke={chartColors.axis} />
        </svg>
      </div>
      <ChartLegend />
      {data.length === 0 ? <p className="no-data">{t('chart.notRecorded')}</p> : null}
    </>
  );
}
