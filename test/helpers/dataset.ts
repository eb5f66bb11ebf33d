import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

/** A scratch copy of data/ to break on purpose. */
export function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hrtf-data-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}

/** Replaces one line (1-based) of a file in a scratch copy. */
export function replaceLine(dir: string, file: string, line: number, edit: (text: string) => string): void {
  const path = join(dir, file);
  const lines = readFileSync(path, 'utf8').split('\n');
  lines[line - 1] = edit(lines[line - 1] ?? '');
  writeFileSync(path, lines.join('\n'));
}

export function lineOf(dir: string, file: string, startsWith: string): number {
  const lines = readFileSync(join(dir, file), 'utf8').split('\n');
  const index = lines.findIndex((l) => l.startsWith(startsWith));
  if (index < 0) throw new Error(`no line starting with ${startsWith} in ${file}`);
  return index + 1;
}
