// The text layer as lines and segments: items on one baseline make a line; items close together on a
// line make a segment (a cell, or a run of prose). Dotted leaders ("Total ....... 1 250") separate cells.

export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface Segment {
  text: string;
  x0: number;
  x1: number;
  size: number;
}

export interface Line {
  y: number;
  size: number;
  segments: Segment[];
}

const NUMERIC = /^[\d\s.,()–—−-]+$/;
const LEADER = /\s*(?:\.\s?){4,}\s*|\s*(?:…\s?){2,}\s*/g;

/** Splits an item at its dotted leaders, placing each part by its share of the item's characters. */
function withoutLeaders(item: TextItem): { parts: (TextItem & { afterLeader: boolean })[]; endsWithLeader: boolean } {
  const parts: (TextItem & { afterLeader: boolean })[] = [];
  let last = 0;
  let afterLeader = false;
  const perChar = item.str.length > 0 ? item.width / item.str.length : 0;
  for (const match of item.str.matchAll(LEADER)) {
    if (match.index > last) parts.push({ ...part(item, last, match.index, perChar), afterLeader });
    afterLeader = true;
    last = match.index + match[0].length;
  }
  const endsWithLeader = last === item.str.length && afterLeader;
  if (last < item.str.length) parts.push({ ...part(item, last, item.str.length, perChar), afterLeader });
  return { parts: parts.filter((p) => p.str.trim() !== ''), endsWithLeader };
}

const part = (item: TextItem, from: number, to: number, perChar: number): TextItem => ({
  ...item,
  str: item.str.slice(from, to),
  x: item.x + from * perChar,
  width: (to - from) * perChar,
});

/** Groups items into lines (top to bottom) and each line into segments (left to right). */
export function linesOf(items: TextItem[]): Line[] {
  const sorted = items.filter((i) => i.str.trim() !== '' && i.size > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextItem[][] = [];
  let current: TextItem[] = [];
  let currentY = Number.NaN;
  for (const item of sorted) {
    if (current.length > 0 && Math.abs(item.y - currentY) <= Math.min(item.size, current[0]!.size) * 0.45) {
      current.push(item);
    } else {
      if (current.length > 0) rows.push(current);
      current = [item];
      currentY = item.y;
    }
  }
  if (current.length > 0) rows.push(current);
  return rows.map(segmentLine);
}

function segmentLine(items: TextItem[]): Line {
  items.sort((a, b) => a.x - b.x);
  const segments: Segment[] = [];
  let open: Segment | null = null;
  for (const item of items) {
    const { parts, endsWithLeader } = withoutLeaders(item);
    for (const p of parts) {
      const gap: number = open ? p.x - open.x1 : Infinity;
      // A gap wider than about one and a half characters' height, or a leader before it, starts a new cell.
      // Numbers side by side are separate cells even when close: narrow columns of counts sit ~1 em apart.
      const both = open !== null && NUMERIC.test(open.text) && NUMERIC.test(p.str);
      const joins = open !== null && !p.afterLeader && gap <= p.size * (both ? 0.6 : 1.4);
      if (joins && open) {
        open.text += gap > p.size * 0.12 && !/\s$/.test(open.text) && !/^\s/.test(p.str) ? ` ${p.str}` : p.str;
        open.x1 = Math.max(open.x1, p.x + p.width);
      } else {
        open = { text: p.str, x0: p.x, x1: p.x + p.width, size: p.size };
        segments.push(open);
      }
    }
    // A leader at the end of an item ends the segment too.
    if (endsWithLeader) open = null;
  }
  for (const s of segments) s.text = s.text.replace(/\s+/g, ' ').trim();
  const size = Math.max(...items.map((i) => i.size));
  return { y: items[0]!.y, size, segments: segments.filter((s) => s.text !== '') };
}

/** A line's text, segments separated by a space. */
export const lineText = (line: Line) => line.segments.map((s) => s.text).join(' ');
