// Reads a table as the reader sees it into rows of text, for "exactly what you see" exports.
// Elements may say how they export: data-export-text="…" replaces the element's text (a citation
// exports in full, with its URL); data-export-skip drops it (buttons, edit links).

/** The text of one cell, with export overrides applied and white space collapsed. */
export function cellText(cell: Element): string {
  const copy = cell.cloneNode(true) as Element;
  for (const skipped of copy.querySelectorAll('[data-export-skip]')) skipped.remove();
  for (const replaced of copy.querySelectorAll('[data-export-text]')) replaced.replaceWith(replaced.getAttribute('data-export-text') ?? '');
  // Qualifier chips and separate values sit in their own elements: keep a space between them.
  for (const block of copy.querySelectorAll('span, div, li, br')) block.insertAdjacentText('beforebegin', ' ');
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The header cells and body rows of a table. A row's th and td cells are read in order. */
export function readTable(table: HTMLTableElement): { headers: string[]; rows: string[][] } {
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])].map(cellText);
  const rows = [...table.tBodies].flatMap((body) => [...body.rows].map((row) => [...row.cells].map(cellText)));
  return { headers, rows };
}

/** Every citation inside `root` (elements marked data-citation), each once, in order. */
export function readCitations(root: ParentNode): string[] {
  return [...new Set([...root.querySelectorAll('[data-citation]')].map((e) => e.getAttribute('data-citation') ?? '').filter(Boolean))];
}
