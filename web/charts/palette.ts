// Every colour the charts draw with, in one place: the funding chart's series, the map's sequential
// scale, and the keys that are not data (hatching, a year or a State without a value). Colour is never
// the only cue: hatching, marks (≥, ≈) and text say the same.

/** Lowercase #rrggbb, so that the exported images and the page agree to the digit. */
type Hex = `#${string}`;

export const chartColors = {
  /** The funding chart's series. */
  series: {
    contributions: '#1f5fbf',
    expenditure: '#b34d00',
    requirement: '#6b3fa0',
  },
  /** The map's scale, light to dark, in even steps of lightness (sequential blue). */
  steps: ['#a9cce3', '#5b9bd0', '#2565a8', '#0b2f6b'],
  /** Axis labels and the base line, and the grid lines behind the bars. */
  axis: '#57606a',
  grid: '#e4e7eb',
  /** The ground hatching is drawn on (the page's surface), so exported images match the page. */
  surface: '#ffffff',
  /** The lines of a hatched key: a lower bound or part of a year. */
  hatch: '#57606a',
  /** A year with no figure at all (a grey band on the funding chart). */
  noFigure: '#eceef1',
  /** A State with no value (drawn plain on the map), and its outline. */
  noValue: '#eef0f2',
  noValueOutline: '#b9c0c8',
} as const satisfies {
  series: Record<string, Hex>;
  steps: readonly Hex[];
  axis: Hex;
  grid: Hex;
  surface: Hex;
  hatch: Hex;
  noFigure: Hex;
  noValue: Hex;
  noValueOutline: Hex;
};
