// No SQL is built from strings: every value goes to the database as a $n parameter. This reads the
// server's source with the TypeScript parser and fails on any template literal that looks like SQL
// and interpolates something other than a module constant (UPPER_CASE), a quoted identifier
// (quoteIdent(…), checked against the catalog), or one of the listed loops over constant table names.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SERVER = join(import.meta.dirname, '../../server');
const SQL = /\b(SELECT|INSERT|UPDATE|DELETE|FROM|WHERE|TRUNCATE|VALUES)\b/;
/** Interpolations allowed by name, per file: loops over a constant list of table names. */
const ALLOWED_LOOPS: Record<string, string[]> = {
  'synthetic/generate.ts': ['table'],
  'ingest/apply.ts': ['table'],
};

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });

function unsafeInterpolations(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const rel = relative(SERVER, file);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isTemplateExpression(node)) {
      const literal = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
      if (SQL.test(literal)) {
        for (const span of node.templateSpans) {
          const expr = span.expression;
          const code = expr.getText(source);
          const constant = ts.isIdentifier(expr) && /^[A-Z][A-Z0-9_]*$/.test(code);
          const quoted = (ts.isCallExpression(expr) && expr.expression.getText(source) === 'quoteIdent') || /^\w+\.map\(quoteIdent\)\.join\(/.test(code);
          const loop = ALLOWED_LOOPS[rel]?.includes(code) ?? false;
          if (!constant && !quoted && !loop) {
            const { line } = source.getLineAndCharacterOfPosition(expr.getStart(source));
            found.push(`${rel}:${line + 1}: \${${code}}`);
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('SQL', () => {
  it('is never built by interpolating values into strings, anywhere in the server', () => {
    const files = sourceFiles(SERVER);
    expect(files.length).toBeGreaterThan(30);
    expect(files.flatMap(unsafeInterpolations)).toEqual([]);
  });

  it('the check finds an interpolated value when there is one', () => {
    const probe = join(import.meta.dirname, 'probe-unsafe.fixture.ts');
    expect(unsafeInterpolations(probe)).toEqual([expect.stringContaining('${email}')]);
  });
});
