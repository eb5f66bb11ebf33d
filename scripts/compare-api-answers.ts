// npx tsx scripts/compare-api-answers.ts BEFORE AFTER: compares two folders written by
// scripts/api-answers.ts (before and after a change) and says, answer by answer, what differs and
// whether the difference is one of the intended changes of issue 16:
// - figure lists are paged (newest first, `next`): the same figures, each unchanged, in pages;
// - a fund's answer cites the figures of its values instead of listing every figure: everything
//   else in it unchanged, each figure it still carries unchanged;
// - new answers (GET /overview) and the OpenAPI document describing them.
// Every other difference is printed as UNEXPLAINED and makes the exit code 1.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';

const [beforeDir, afterDir] = process.argv.slice(2);
if (!beforeDir || !afterDir) {
  console.error('usage: tsx scripts/compare-api-answers.ts <before folder> <after folder>');
  process.exit(2);
}

interface Answer {
  status: string;
  headers: string;
  body: string;
}

function read(dir: string, name: string): Answer {
  const text = readFileSync(join(dir, name), 'utf8');
  const headEnd = text.indexOf('\n\n');
  const [status = '', ...headers] = text.slice(0, headEnd).split('\n');
  return { status, headers: headers.filter((h) => !h.startsWith('content-length:')).join('\n'), body: text.slice(headEnd + 2) };
}

type Figure = { id: string };
const byId = (figures: readonly Figure[]) => new Map(figures.map((f) => [f.id, f]));

function compareFigureList(before: Answer, after: Answer): string | null {
  const b = JSON.parse(before.body) as { figures?: Figure[] };
  const a = JSON.parse(after.body) as { figures?: Figure[]; next?: string | null };
  if (!b.figures || !a.figures) return isDeepStrictEqual(b, a) ? 'same error' : null;
  const old = byId(b.figures);
  if (!a.figures.every((f) => isDeepStrictEqual(f, old.get(f.id)))) return null;
  if (a.next === null && a.figures.length === b.figures.length) return `paged: the same ${a.figures.length} figures, each unchanged, newest first in one page`;
  if (a.next && a.figures.length < b.figures.length) return `paged: the first page, ${a.figures.length} of the ${b.figures.length} figures, each unchanged`;
  return null;
}

function compareFund(before: Answer, after: Answer): string | null {
  const { figures: bFigures, ...b } = JSON.parse(before.body) as { figures?: Figure[] };
  const { figures: aFigures, ...a } = JSON.parse(after.body) as { figures?: Figure[] };
  if (!isDeepStrictEqual(a, b)) return null;
  if (!bFigures || !aFigures) return isDeepStrictEqual(bFigures, aFigures) ? 'same' : null;
  const old = byId(bFigures);
  if (!aFigures.every((f) => isDeepStrictEqual(f, old.get(f.id)))) return null;
  return `funding, series, latest, backlog and calls unchanged; cites ${aFigures.length} of its ${bFigures.length} figures (each unchanged)`;
}

let same = 0;
const explained: string[] = [];
const unexplained: string[] = [];
const beforeNames = readdirSync(beforeDir).sort();
for (const name of beforeNames) {
  if (!existsSync(join(afterDir, name))) {
    unexplained.push(`${name}: missing after`);
    continue;
  }
  const before = read(beforeDir, name);
  const after = read(afterDir, name);
  if (before.status === after.status && before.headers === after.headers && before.body === after.body) {
    same++;
    continue;
  }
  let why: string | null = null;
  if (name === 'overview.txt' && before.status === '404' && after.status === '200') why = 'new endpoint (before: 404, no such route)';
  else if (before.status !== after.status || before.headers !== after.headers) why = null;
  else if (name.startsWith('figures')) why = compareFigureList(before, after);
  else if (/^funds_[^_]+\.txt$/.test(name) && before.status === '200') why = compareFund(before, after);
  else if (name === 'openapi.json.txt') why = 'the API document: GET /overview, `cursor`, `limit` and `next` of GET /figures, the fund answer\'s figures described';
  (why ? explained : unexplained).push(`${name}: ${why ?? 'UNEXPLAINED'}`);
}
const added = readdirSync(afterDir).filter((n) => !beforeNames.includes(n));

console.log(`${beforeNames.length} answers before, ${beforeNames.length - unexplained.filter((u) => u.endsWith('missing after')).length + added.length} after`);
console.log(`${same} identical byte for byte (status, headers, body)`);
console.log(`${explained.length} differ as intended:`);
const kinds = new Map<string, number>();
for (const line of explained) {
  const kind = line.replace(/^[^:]+: /, '').replace(/\d+/g, 'N');
  kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
}
for (const [kind, n] of kinds) console.log(`  ${n} × ${kind}`);
for (const line of explained.filter((l) => l.startsWith('funds_') || l.startsWith('figures.txt') || l.startsWith('figures_limit'))) console.log(`    ${line}`);
console.log(`${added.length} new: ${added.join(', ')}`);
console.log(`${unexplained.length} unexplained${unexplained.length ? ':' : ''}`);
for (const line of unexplained) console.log(`  ${line}`);
process.exit(unexplained.length ? 1 : 0);
