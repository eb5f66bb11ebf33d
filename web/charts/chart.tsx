// One config per chart, read through context by everything that draws it (after shadcn/ui's
// ChartConfig, ChartContainer and useChart): the chart's marks and tooltip, its legend on the page,
// and the legend of its exported image. Nothing reads a colour back from the page.

import { createContext, useContext, type ReactNode } from 'react';
import type { LegendEntry } from '../export/chartImage.js';
import { GlossaryLink } from '../components/GlossaryLink/GlossaryLink.js';

export interface ChartItemConfig {
  /** What the item is, in the reader's language. */
  label: string;
  /** Its colour (from palette.ts); none for a mark written as text (≈). */
  color?: string;
  /** How its key is drawn: a solid swatch, or hatched lines of its colour. */
  pattern?: 'solid' | 'hatched';
  /** The key's outline, where the swatch would otherwise vanish on the page (a near-white). */
  outline?: string;
  /** The metric whose glossary entry the label links to. */
  term?: string;
  /** On a sequential scale: the values the colour stands for. */
  range?: { from: number; to: number };
}

/** Items in the order of the legend. */
export type ChartConfig = Record<string, ChartItemConfig>;

const ChartContext = createContext<{ config: ChartConfig } | null>(null);

/** The config of the chart around the caller. */
export function useChart(): { config: ChartConfig } {
  const context = useContext(ChartContext);
  if (!context) throw new Error('useChart must be used inside a <ChartContainer>');
  return context;
}

/** Gives the chart inside it its config. */
export function ChartContainer({
  config,
  children,
  className = 'chart',
}: {
  config: ChartConfig;
  children: ReactNode;
  className?: string;
}) {
  return (
    <ChartContext.Provider value={{ config }}>
      <div className={className}>{children}</div>
    </ChartContext.Provider>
  );
}

/** The CSS background of an item's key. */
export function swatchBackground(item: ChartItemConfig): string | undefined {
  if (!item.color) return undefined;
  return item.pattern === 'hatched'
    ? `repeating-linear-gradient(45deg, ${item.color} 0 2px, var(--surface) 2px 5px)`
    : item.color;
}

/** An item's key on the page. */
export function ChartSwatch({ item }: { item: ChartItemConfig }) {
  if (!item.color) return null;
  return (
    <span
      className={item.pattern === 'hatched' ? 'swatch swatch-hatched' : 'swatch'}
      style={{ background: swatchBackground(item), ...(item.outline ? { borderColor: item.outline } : {}) }}
      aria-hidden="true"
    />
  );
}

/** The legend of the chart around it, every item of its config. */
export function ChartLegend() {
  const { config } = useChart();
  return (
    <ul className="chart-legend">
      {Object.entries(config).map(([key, item]) => (
        <li key={key}>
          <ChartSwatch item={item} />
          {item.term ? <GlossaryLink metric={item.term}>{item.label}</GlossaryLink> : item.label}
        </li>
      ))}
    </ul>
  );
}

/** The legend as an exported image draws it: the same items, the same colours. */
export function legendEntries(config: ChartConfig): LegendEntry[] {
  return Object.values(config).map((item) =>
    item.color
      ? { text: item.label, key: { colour: item.color, hatched: item.pattern === 'hatched' } }
      : { text: item.label },
  );
}
