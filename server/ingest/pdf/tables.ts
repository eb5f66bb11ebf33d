// Tables from the positions of the text: rows are lines holding numbers in aligned columns, columns
// are the x-ranges those numbers share, the header is the lines just above that reach over the
// columns, the caption the lines above that. A table cut by a page break is joined to its first part.

import { lineText, type Line, type Segment } from './layout.js';
import { classifyCell, isTotalLabel, unitOf } from './numbers.js';

export interface PageText {
  page: number;
  width: number;
  height: number;
  lines: Line[];
}

export interface CellError {
  page: number;
  row: number;
  column: number;
  text: string;
  message: string;
}

export interface Table {
  id: string;
  page: number;
  caption: string | null;
  unit: { multiplier: number; text: string } | null;
  columns: string[];
  rows: string[][];
  rowPages: number[];
  numericColumns: number[];
  totalRows: number[];
  errors: CellError[];
}

const CAPTION_START = /^(?:table|tableau|cuadro|annex|annexe|anexo|figure|graphique|chart|schedule)\b/i;
const YEAR = /^(?:19|20)\d\d$/;
const CONTINUED = /\((?:continued|suite|cont\.|continuación)\)/i;
const numberLike = (text: string, language: string | null) => {
  const kind = classifyCell(text, language);
  return kind === 'number' || kind === 'none' || kind === 'ocr';
};

interface Block {
  lines: Line[];
  numLeft: number;
}

/** Runs of lines holding numbers to the right of a label, with the label-only lines between them. */
function blocksOf(lines: Line[], language: string | null): Block[] {
  const blocks: Block[] = [];
  let block: Block | null = null;
  let pending: Line[] = [];
  let previous: Line | null = null;
  const close = () => {
    if (block && block.lines.filter((l) => isData(l)).length >= 2) blocks.push(block);
    block = null;
    pending = [];
  };
  const isData = (line: Line) => line.segments.slice(1).some((s) => numberLike(s.text, language));
  for (const line of lines) {
    const gap = previous ? previous.y - line.y : 0;
    previous = line;
    const near = gap <= Math.max(2.8 * line.size, 22);
    if (isData(line)) {
      const numLeft = Math.min(...line.segments.slice(1).filter((s) => numberLike(s.text, language)).map((s) => s.x0));
      if (block && near && !CAPTION_START.test(lineText(line))) {
        block.lines.push(...pending, line);
        block.numLeft = Math.min(block.numLeft, numLeft);
        pending = [];
      } else {
        close();
        block = { lines: [line], numLeft };
      }
    } else if (block && near && pending.length < 2 && !CAPTION_START.test(lineText(line)) && !unitOf(lineText(line)) &&
      Math.max(...line.segments.map((s) => s.x1)) < block.numLeft) {
      pending.push(line);
    } else {
      close();
    }
  }
  close();
  return blocks;
}

interface Column {
  x0: number;
  x1: number;
}

/** Column x-ranges: right-aligned numbers of one column overlap, so overlapping ranges are one column. */
function columnsOf(block: Block): Column[] {
  const cells = block.lines.flatMap((l) => l.segments.filter((s) => s.x0 >= block.numLeft - 0.5));
  const columns: Column[] = [];
  for (const cell of cells.sort((a, b) => a.x0 - b.x0)) {
    const hit = columns.find((c) => cell.x0 < c.x1 + 0.5 && cell.x1 > c.x0 - 0.5);
    if (hit) {
      hit.x0 = Math.min(hit.x0, cell.x0);
      hit.x1 = Math.max(hit.x1, cell.x1);
    } else columns.push({ x0: cell.x0, x1: cell.x1 });
  }
  // Growing ranges can come to overlap: merge until none do.
  columns.sort((a, b) => a.x0 - b.x0);
  const merged: Column[] = [];
  for (const column of columns) {
    const last = merged.at(-1);
    if (last && column.x0 < last.x1) last.x1 = Math.max(last.x1, column.x1);
    else merged.push({ ...column });
  }
  return merged;
}

const overlap = (s: Segment, c: Column) => Math.min(s.x1, c.x1) - Math.max(s.x0, c.x0);

/** The cells of a line: the label (left of the numbers), then one cell per column. */
function cellsOf(line: Line, columns: Column[], numLeft: number): string[] {
  const cells = columns.map(() => [] as string[]);
  const label: string[] = [];
  for (const segment of line.segments) {
    if (segment.x1 <= numLeft + 0.5 || (segment.x0 < numLeft && overlap(segment, columns[0]!) <= 0)) {
      label.push(segment.text);
      continue;
    }
    let best = 0;
    columns.forEach((column, index) => {
      const score = overlap(segment, column) - Math.abs((segment.x0 + segment.x1) / 2 - (column.x0 + column.x1) / 2) / 1000;
      const bestScore = overlap(segment, columns[best]!) - Math.abs((segment.x0 + segment.x1) / 2 - (columns[best]!.x0 + columns[best]!.x1) / 2) / 1000;
      if (score > bestScore) best = index;
    });
    cells[best]!.push(segment.text);
  }
  return [label.join(' '), ...cells.map((c) => c.join(' '))];
}

/** Header lines just above the first row that reach over the number columns, top line first. */
function headerOf(pageLines: Line[], block: Block): Line[] {
  const header: Line[] = [];
  let below = block.lines[0]!;
  for (let i = pageLines.indexOf(below) - 1; i >= 0 && header.length < 5; i--) {
    const line = pageLines[i]!;
    const text = lineText(line);
    if (line.y - below.y > Math.max(3.6 * line.size, 28) || CAPTION_START.test(text)) break;
    if (unitOf(text) && !line.segments.some((s) => s.x1 > block.numLeft)) break;
    if (!line.segments.some((s) => s.x1 > block.numLeft)) break;
    header.unshift(line);
    below = line;
  }
  return header;
}

/** Caption lines above the header: a "Table N" line, its title and its unit, top line first. */
function captionOf(pageLines: Line[], first: Line): Line[] {
  const caption: Line[] = [];
  let below = first;
  for (let i = pageLines.indexOf(first) - 1; i >= 0 && caption.length < 4; i--) {
    const line = pageLines[i]!;
    if (line.y - below.y > Math.max(3 * line.size, 26) || line.segments.length > 2) break;
    caption.unshift(line);
    below = line;
    if (CAPTION_START.test(lineText(line))) break;
  }
  // Without a "Table N" line, only a unit line is sure to belong to the table.
  if (!caption.some((l) => CAPTION_START.test(lineText(l)))) return caption.filter((l) => unitOf(lineText(l)));
  return caption;
}

/** Label-only lines just above the first row belong to it ("A. Executive direction and" / "management  4 426.0"). */
function withLeadingLabels(lines: Line[], block: Block): Block {
  const leading: Line[] = [];
  let below = block.lines[0]!;
  for (let i = lines.indexOf(below) - 1; i >= 0 && leading.length < 2; i--) {
    const line = lines[i]!;
    const text = lineText(line);
    if (below.y - line.y > line.size * 1.8 || CAPTION_START.test(text) || unitOf(text)) break;
    if (Math.max(...line.segments.map((s) => s.x1)) >= block.numLeft) break;
    leading.unshift(line);
    below = line;
  }
  return leading.length > 0 ? { ...block, lines: [...leading, ...block.lines] } : block;
}

function tableOf(page: PageText, found: Block, index: number): Table {
  const block = withLeadingLabels(page.lines, found);
  const columns = columnsOf(block);
  const header = headerOf(page.lines, block);
  const captionLines = captionOf(page.lines, header[0] ?? block.lines[0]!);
  const headerCells = header.map((line) => cellsOf(line, columns, block.numLeft));
  const columnNames = [0, ...columns.map((_, i) => i + 1)].map((i) => headerCells.map((cells) => cells[i]).filter(Boolean).join(' '));
  let rows = block.lines.map((line) => cellsOf(line, columns, block.numLeft));
  rows = joinWrappedLabels(rows, block.lines);
  // A header's line of years ("2023  2022", or "Item  2023  2022") reads as numbers: a first row of
  // years only is header.
  while (rows.length > 2 && rows[0]!.slice(1).every((c) => c === '' || YEAR.test(c)) && rows[0]!.slice(1).some((c) => YEAR.test(c))) {
    const years = rows.shift()!;
    years.forEach((cell, i) => (columnNames[i] = [columnNames[i], cell].filter(Boolean).join(' ')));
  }
  const captionText = captionLines.map(lineText).filter((t) => !unitOf(t) || CAPTION_START.test(t)).join(' ').trim();
  const unitSource = [...captionLines.map(lineText), ...columnNames].find((t) => unitOf(t));
  return {
    id: `p${page.page}-t${index + 1}`,
    page: page.page,
    caption: captionText || null,
    unit: unitSource ? unitOf(unitSource) : null,
    columns: columnNames,
    rows,
    rowPages: rows.map(() => page.page),
    numericColumns: [],
    totalRows: [],
    errors: [],
  };
}

/** A label-only line followed by a row whose label starts in lower case is one label wrapped over two lines. */
function joinWrappedLabels(rows: string[][], lines: Line[]): string[][] {
  const out: string[][] = [];
  rows.forEach((row, i) => {
    const previous = out.at(-1);
    const previousOnlyLabel = previous && previous.slice(1).every((c) => c === '');
    if (previous && previousOnlyLabel && /^[a-zà-ÿ(]/.test(row[0] ?? '') && lines[i - 1] && lines[i - 1]!.y - lines[i]!.y < lines[i]!.size * 1.8) {
      out[out.length - 1] = [`${previous[0]} ${row[0]}`.trim(), ...row.slice(1)];
    } else out.push(row);
  });
  return out;
}

/** Which columns hold numbers, which rows are totals, and every "number" holding letters. */
function finish(table: Table, language: string | null): Table {
  const numericColumns = table.columns.map((_, c) => c).filter((c) => {
    if (c === 0) return false;
    const kinds = table.rows.map((r) => classifyCell(r[c] ?? '', language)).filter((k) => k !== 'empty');
    return kinds.length > 0 && kinds.filter((k) => k !== 'text').length * 2 >= kinds.length;
  });
  const errors: CellError[] = [];
  table.rows.forEach((row, r) => {
    for (const c of numericColumns) {
      const text = row[c] ?? '';
      if (classifyCell(text, language) !== 'ocr') continue;
      const page = table.rowPages[r]!;
      const name = table.columns[c] ? ` ("${table.columns[c]}")` : '';
      errors.push({
        page,
        row: r + 1,
        column: c + 1,
        text,
        message: `Page ${page}, row ${r + 1}, column ${c + 1}${name}: "${text}" holds letters where digits should be (a misread scan?); it is not read as a number.`,
      });
    }
  });
  const totalRows = table.rows.flatMap((row, r) => (isTotalLabel(row[0] ?? '') ? [r] : []));
  return { ...table, numericColumns, totalRows, errors };
}

/** Joins a page's first table to the previous page's last when it carries on: same columns, no new caption. */
function continues(previous: Table, next: Table): boolean {
  if (previous.page !== next.page - 1 || previous.columns.length !== next.columns.length) return false;
  const saysContinued = next.caption !== null && CONTINUED.test(next.caption);
  if (next.caption !== null && !saysContinued) return false;
  const sameHeader = next.columns.every((c, i) => c === '' || c === previous.columns[i]);
  return saysContinued || sameHeader;
}

export function tablesOf(pages: PageText[], language: string | null): Table[] {
  const tables: Table[] = [];
  for (const page of pages) {
    const found = blocksOf(page.lines, language).map((block, i) => tableOf(page, block, i));
    found.forEach((table, i) => {
      const previous = tables.at(-1);
      if (i === 0 && previous && continues(previous, table)) {
        previous.rows.push(...table.rows);
        previous.rowPages.push(...table.rowPages);
      } else tables.push(table);
    });
  }
  return tables.map((t) => finish(t, language));
}
