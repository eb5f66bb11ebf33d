// A chart as a standalone image: the drawn SVG with its styles inlined (CSS variables and classes
// do not travel), under its summary, above its legend, the values with their qualifiers, and its
// sources. PNG is the same SVG rasterised on a canvas at twice the size.

import type { ExportDocument } from './document.js';

const STYLE_PROPERTIES = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline'] as const;
const SVG_NS = 'http://www.w3.org/2000/svg';
// Single quotes only: the font goes into style="…" attributes.
const FONT = "12px system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans CJK SC', sans-serif";
const MARGIN = 16;
const LINE = 16;

/** Copies the computed look of every element of `from` onto the matching element of `to` (same structure). */
function inlineStyles(from: Element, to: Element): void {
  const computed = getComputedStyle(from);
  const style = STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
  to.setAttribute('style', style);
  const a = from.children;
  const b = to.children;
  for (let i = 0; i < a.length && i < b.length; i++) inlineStyles(a[i] as Element, b[i] as Element);
}

/** Greedy line wrapping by measured width; scripts without spaces (Chinese) wrap between characters. */
function wrap(text: string, width: number, measure: (s: string) => number): string[] {
  const words = /\s/.test(text) ? text.split(/(\s+)/) : [...text];
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const next = current + word;
    if (measure(next) > width && current.trim()) {
      lines.push(current.trim());
      current = word.trimStart();
    } else current = next;
  }
  if (current.trim()) lines.push(current.trim());
  return lines;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A legend line, with the colour or hatching that keys it (colour is never the only cue: the text names the series). */
export interface LegendEntry {
  text: string;
  key?: { colour: string; hatched: boolean };
}

export interface ChartImageParts {
  /** The chart as drawn on the page. */
  svg: SVGSVGElement;
  /** Title (summary), values with qualifiers (as rows), notes and sources. */
  doc: ExportDocument;
  /** The legend under the chart (what colours, hatching and marks mean). */
  legend: LegendEntry[];
  /** Headings in the reader's language. */
  labels: { values: string; sources: string; notes: string };
  direction: 'ltr' | 'rtl';
}

/** The chart and everything needed to read it alone, as SVG text. */
export function chartSvgText({ svg, doc, legend, labels, direction }: ChartImageParts): { text: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = Math.max(640, Math.round(box.width) + 2 * MARGIN);
  const canvas = document.createElement('canvas').getContext('2d');
  if (canvas) canvas.font = FONT;
  const measure = (s: string) => (canvas ? canvas.measureText(s).width : s.length * 7);
  const textWidth = width - 2 * MARGIN;

  type Line = { text: string; bold?: boolean; gapBefore?: boolean; key?: LegendEntry['key'] };
  const block = (lines: string[], heading?: string): Line[] => [
    ...(heading ? [{ text: heading, bold: true, gapBefore: true }] : []),
    ...lines.flatMap((l) => wrap(l, textWidth, measure).map((text) => ({ text }))),
  ];
  const header = wrap(doc.title, textWidth, measure).map((text) => ({ text, bold: true }));
  const values = doc.rows.map((row) => row.map((cell, i) => (i === 0 ? cell : `${doc.headers[i] ?? ''}: ${cell}`)).join(' · '));
  const legendLines: Line[] = legend.map((entry) => ({ text: entry.text, ...(entry.key ? { key: entry.key } : {}) }));
  const footer: Line[] = [...legendLines, ...(values.length > 0 ? block(values, labels.values) : []), ...block(doc.notes, labels.notes), ...block(doc.sources, labels.sources)];

  const chartTop = MARGIN + header.length * LINE + 8;
  const chartHeight = Math.round(box.height);
  let y = chartTop + chartHeight + 8;
  const anchorX = direction === 'rtl' ? width - MARGIN : MARGIN;
  const KEY = 12; // legend key square, with a gap after it
  const textLine = (line: Line, at: number) => {
    const indent = line.key ? KEY + 6 : 0;
    const x = direction === 'rtl' ? anchorX - indent : anchorX + indent;
    const text = `<text x="${x}" y="${at}" direction="${direction}" text-anchor="start" style="font:${line.bold ? 'bold ' : ''}${FONT};fill:#1a1a1a">${escapeXml(line.text)}</text>`;
    if (!line.key) return text;
    const keyX = direction === 'rtl' ? anchorX - KEY : anchorX;
    const colour = escapeXml(line.key.colour);
    const hatch = line.key.hatched
      ? [2, 6, 10].map((d) => `<line x1="${keyX + d - 2}" y1="${at + 1}" x2="${keyX + d + 2}" y2="${at - KEY + 1}" stroke="${colour}" stroke-width="1.5"/>`).join('')
      : '';
    return `<rect x="${keyX}" y="${at - KEY + 1}" width="${KEY}" height="${KEY}" fill="${line.key.hatched ? '#ffffff' : colour}" stroke="${line.key.hatched ? colour : '#999999'}"/>${hatch}${text}`;
  };
  const headerText = header.map((line, i) => textLine(line, MARGIN + (i + 1) * LINE - 4)).join('');
  const footerText = footer
    .map((line) => {
      y += (line.gapBefore ? 8 : 0) + LINE;
      return textLine(line, y);
    })
    .join('');
  const height = y + MARGIN;

  const chart = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, chart);
  chart.setAttribute('x', String(MARGIN));
  chart.setAttribute('y', String(chartTop));
  chart.setAttribute('width', String(Math.round(box.width)));
  chart.setAttribute('height', String(chartHeight));
  chart.removeAttribute('style');
  const chartText = new XMLSerializer().serializeToString(chart);

  const text =
    `<svg xmlns="${SVG_NS}" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${escapeXml(doc.title)}</title><rect width="100%" height="100%" fill="#ffffff"/>${headerText}${chartText}${footerText}</svg>`;
  return { text, width, height };
}

/** The SVG drawn on a white canvas at `scale`× as a PNG. */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
