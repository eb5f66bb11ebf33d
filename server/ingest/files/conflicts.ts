// data/conflicts.csv: pairs of figures whose sources disagree.

import { z } from 'zod';
import { fieldReader, loadTable, optional, required } from '../fields.js';

export const CONFLICTS_HEADER = ['figure_a', 'figure_b', 'note'] as const;

export interface ConflictRow {
  figureA: string;
  figureB: string;
  note: string | null;
}

export function readConflicts(dataDir: string, figureIds: { has(id: string): boolean }): ConflictRow[] {
  const table = loadTable(dataDir, 'conflicts.csv', CONFLICTS_HEADER);
  const keys = new Set<string>();
  return table.records.map((record): ConflictRow => {
    const { read, at } = fieldReader(table.file, table.header, record);
    const a = read('figure_a', required);
    const b = read('figure_b', required);
    if (!figureIds.has(a)) throw at('figure_a', `unknown figure "${a}"`);
    if (!figureIds.has(b)) throw at('figure_b', `unknown figure "${b}"`);
    if (a === b) throw at('figure_b', 'a figure cannot conflict with itself');
    const [figureA, figureB] = a < b ? [a, b] : [b, a];
    const key = `${figureA}|${figureB}`;
    if (keys.has(key)) throw at('figure_b', `the conflict ${figureA} ~ ${figureB} is listed twice`);
    keys.add(key);
    return { figureA, figureB, note: read('note', optional(z.string())) };
  });
}
