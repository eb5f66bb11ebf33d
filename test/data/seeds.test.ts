// The facts data/ takes from the founding documents (../shared/seeds: four Council resolutions and
// A/HRC/43/31, in French) must stand at the paragraph cited: every check term of every row of
// data/establishment.csv and data/council_calls.csv that cites a seed is looked for in that
// paragraph's text. Runs where the seeds are present (CI has them); skips elsewhere.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../server/ingest/dataset.js';
import { DATA_DIR } from '../helpers/dataset.js';

const SEEDS_DIR = process.env.HRTF_SEEDS_DIR ?? join(process.cwd(), '..', 'shared', 'seeds');
const present = existsSync(join(SEEDS_DIR, 'README.md'));

/** symbol → file, from the seeds README's table ("| 000_….txt | A/HRC/RES/42/32 | …"). */
function seedFiles(): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of readFileSync(join(SEEDS_DIR, 'README.md'), 'utf8').split('\n')) {
    const m = /^\|\s*(\S+\.txt)\s*\|\s*(\S+)\s*\|/.exec(line);
    if (m) map.set(m[2]!, m[1]!);
  }
  return map;
}

/** Same letters whatever the typography: apostrophes, spaces, emphasis and line breaks. */
const normalize = (s: string) => s.replace(/[’‘]/g, "'").replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();

/** The text of paragraph `n`: from a line starting "n." to the line starting "n+1.". */
export function paragraph(text: string, n: number): string | null {
  const start = new RegExp(`(^|\\n)\\s*${n}\\.\\s`).exec(text);
  if (!start) return null;
  const rest = text.slice(start.index + start[0].length);
  const end = new RegExp(`\\n\\s*${n + 1}\\.\\s`).exec(rest);
  return normalize(end ? rest.slice(0, end.index) : rest.slice(0, 3000));
}

describe('facts taken from the founding documents', () => {
  it('finds a paragraph by its number and not another', () => {
    const text = '1. Le premier.\n2. Le second, 1987/38.\n 3. Le troisième.';
    expect(paragraph(text, 2)).toBe('Le second, 1987/38.');
    expect(paragraph(text, 1)).not.toContain('1987/38');
    expect(paragraph(text, 9)).toBeNull();
  });

  it.skipIf(!present)('each check term stands at the paragraph cited', () => {
    const files = seedFiles();
    expect(files.size).toBe(5);
    const dataset = readDataset(DATA_DIR);
    const symbolOf = new Map(dataset.sources.map((s) => [s.id, s.symbol]));
    const rows = [...dataset.establishment, ...dataset.calls].filter((r) => files.has(symbolOf.get(r.sourceId) ?? ''));
    // Every founding document is a source of at least one fact.
    expect(new Set(rows.map((r) => symbolOf.get(r.sourceId))).size).toBe(5);
    let checked = 0;
    for (const row of rows) {
      const symbol = symbolOf.get(row.sourceId)!;
      const n = Number(/para\. (\d+)/.exec(row.locator ?? '')?.[1]);
      expect(Number.isInteger(n), `${row.id}: the locator must name a paragraph`).toBe(true);
      expect(row.checkTerms.length, `${row.id}: a fact from a founding document lists the words that show it`).toBeGreaterThan(0);
      const text = paragraph(readFileSync(join(SEEDS_DIR, files.get(symbol)!), 'utf8'), n);
      expect(text, `${row.id}: paragraph ${n} of ${symbol}`).not.toBeNull();
      for (const term of row.checkTerms) {
        expect(text, `${row.id}: "${term}" at ${symbol} para. ${n}`).toContain(normalize(term));
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(15);
  });

  it.skipIf(!present)('fails when a term is not at the paragraph cited (the check can fail)', () => {
    const files = seedFiles();
    const text = readFileSync(join(SEEDS_DIR, files.get('A/HRC/43/31')!), 'utf8');
    expect(paragraph(text, 23)).toContain('1987/38');
    expect(paragraph(text, 18)).not.toContain('1987/38');
    expect(paragraph(text, 18)).toContain('6/17');
  });
});
