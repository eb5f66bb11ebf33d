// The map's config (charts/chart.tsx): one item per step of its colour scale, with the values the
// step stands for, then the key of a State with no value. MapPage makes it; the map, its legend and
// its exported image read it.

import type { ChartConfig } from '../chart.js';
import { chartColors } from '../palette.js';
import { colourSteps, type ColourStep } from './mapData.js';

export function mapChartConfig(
  data: ReadonlyMap<string, number>,
  { range, none }: { range: (step: ColourStep) => string; none: string },
): ChartConfig {
  const steps = colourSteps(Math.max(0, ...data.values()), chartColors.steps.length);
  return {
    ...Object.fromEntries(
      steps.map((step, i) => [
        `step${i + 1}`,
        { label: range(step), color: chartColors.steps[i], range: step },
      ]),
    ),
    none: { label: none, color: chartColors.noValue, outline: chartColors.noValueOutline },
  };
}
