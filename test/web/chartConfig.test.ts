// A chart's config is what its legend, its tooltip and its exported image all read: the image's
// legend must say what the page's says, with the palette's colours, and the map's steps must cover
// every value it shades.

import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { legendEntries } from '../../web/charts/chart.js';
import { fundingChartConfig } from '../../web/charts/FundingChart/config.js';
import { chartColors } from '../../web/charts/palette.js';
import { mapChartConfig } from '../../web/charts/WorldMap/config.js';
import { stepOf } from '../../web/charts/WorldMap/mapData.js';

const t = ((key: string) => `«${key}»`) as unknown as TFunction;

describe('the funding chart’s config', () => {
  it('gives the exported legend each series in its palette colour, the hatched key, and ≈ as text', () => {
    expect(legendEntries(fundingChartConfig(t, { emptyYears: false }))).toEqual([
      { text: '«columns.contributions»', key: { colour: chartColors.series.contributions, hatched: false } },
      { text: '«columns.expenditure»', key: { colour: chartColors.series.expenditure, hatched: false } },
      { text: '«columns.requirement»', key: { colour: chartColors.series.requirement, hatched: false } },
      { text: '«chart.lowerBoundOrPartial»', key: { colour: chartColors.hatch, hatched: true } },
      { text: '«chart.approximate»' },
    ]);
  });

  it('keys the grey band only when some year has no figure', () => {
    const withBand = legendEntries(fundingChartConfig(t, { emptyYears: true }));
    expect(withBand.at(-1)).toEqual({
      text: '«chart.noFigureRecorded»',
      key: { colour: chartColors.noFigure, hatched: false },
    });
  });
});

describe('the map’s config', () => {
  const range = (step: { from: number; to: number }) => `${step.from}–${step.to}`;

  it('has one palette colour per step, the steps covering 1 to the largest value, then the no-value key', () => {
    const config = mapChartConfig(
      new Map([
        ['MLI', 1],
        ['MDV', 7],
        ['FJI', 20],
      ]),
      { range, none: 'none' },
    );
    const steps = Object.values(config).filter((item) => item.range);
    expect(steps.map((s) => s.color)).toEqual([...chartColors.steps]);
    expect(steps[0]?.range?.from).toBe(1);
    expect(steps.at(-1)?.range?.to).toBe(20);
    expect(steps.map((s) => s.label)).toEqual(['1–5', '6–10', '11–15', '16–20']);
    expect(
      stepOf(
        7,
        steps.map((s) => s.range!),
      ),
    ).toBe(1);
    expect(Object.values(config).at(-1)).toEqual({
      label: 'none',
      color: chartColors.noValue,
      outline: chartColors.noValueOutline,
    });
  });

  it('has no steps when no State has a value', () => {
    expect(Object.keys(mapChartConfig(new Map(), { range, none: 'none' }))).toEqual(['none']);
  });
});
