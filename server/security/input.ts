// Bytes no field may hold, refused at the edge with a 400 naming the field, before any route, the
// cache or the database sees them (PostgreSQL refuses a NUL in text with an error that was a 500):
// - in the address (path and query): every control character;
// - in JSON bodies: every control character except tab, line feed and carriage return (pasted tables
//   and notes have them), and unpaired surrogates (not text).
// Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are removed from every
// text of a JSON body (passwords apart): an override in a title would make "gnp.exe" read "exe.png"
// wherever it is shown or quoted. The plain marks LRM, RLM and ALM, which Arabic text needs, stay.

import type { Context, MiddlewareHandler } from 'hono';
import { hasBidiControls, withoutBidiControls } from '../contract/bidi.js';

// Control characters are exactly what these patterns look for.
// eslint-disable-next-line no-control-regex
const CONTROL_IN_ADDRESS = /[\u0000-\u001F\u007F-\u009F]/u;
// eslint-disable-next-line no-control-regex
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\p{Cs}/u;

/** What is wrong with a text, or null: "a control character (U+0000)". */
function problemIn(text: string, pattern: RegExp): string | null {
  const found = pattern.exec(text)?.[0];
  if (found === undefined) return null;
  const code = `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return /\p{Cs}/u.test(found) ? `an unpaired surrogate (${code}), which is not text` : `a control character (${code}), which is not allowed`;
}

const refuse = (c: Context, field: string, problem: string) =>
  c.json({ error: { code: 'invalid_characters', message: `${field}: contains ${problem}`, details: { field } } }, 400);

/** Path and query parameters: refused if any holds a control character. Reads no body. */
export const refuseBadAddress = (): MiddlewareHandler => async (c, next) => {
  const url = new URL(c.req.url);
  let path = url.pathname;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    // malformed percent-encoding: left as it is (the router answers it), but still checked below
  }
  const inPath = problemIn(path, CONTROL_IN_ADDRESS);
  if (inPath) return refuse(c, 'path', inPath);
  for (const [name, value] of url.searchParams) {
    const problem = problemIn(name, CONTROL_IN_ADDRESS) ?? problemIn(value, CONTROL_IN_ADDRESS);
    if (problem) return refuse(c, `query parameter "${name.replace(CONTROL_IN_ADDRESS, '?')}"`, problem);
  }
  await next();
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Walks a parsed JSON body without recursion (bodies may nest deep): the first text with a character
 * no field may hold, by its path ("source.title", "sources.1.locator"); bidi controls removed in place.
 */
export function inspectJson(root: Json): { bad: { field: string; problem: string } | null; changed: boolean; value: Json } {
  let changed = false;
  const clean = (key: string, text: string) => {
    if (key === 'password' || !hasBidiControls(text)) return text;
    changed = true;
    return withoutBidiControls(text);
  };
  if (typeof root === 'string') {
    const problem = problemIn(root, CONTROL_IN_TEXT);
    return problem ? { bad: { field: 'body', problem }, changed, value: root } : { bad: null, changed: false, value: clean('', root) };
  }
  const stack: [Json[] | { [key: string]: Json }, string][] = root !== null && typeof root === 'object' ? [[root, '']] : [];
  while (stack.length > 0) {
    const [container, prefix] = stack.pop()!;
    const entries: [string, Json][] = Array.isArray(container) ? container.map((v, i) => [String(i), v]) : Object.entries(container);
    for (const [key, value] of entries) {
      const field = prefix ? `${prefix}.${key}` : key;
      const inKey = Array.isArray(container) ? null : problemIn(key, CONTROL_IN_TEXT);
      if (inKey) return { bad: { field: `${prefix || 'body'} (a field name)`, problem: inKey }, changed, value: root };
      if (typeof value === 'string') {
        const problem = problemIn(value, CONTROL_IN_TEXT);
        if (problem) return { bad: { field, problem }, changed, value: root };
        const cleaned = clean(key, value);
        if (cleaned !== value) (container as Record<string, Json>)[key] = cleaned;
      } else if (value !== null && typeof value === 'object') {
        stack.push([value, field]);
      }
    }
  }
  return { bad: null, changed, value: root };
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * JSON bodies: refused if a text holds a control character; bidi controls removed. Put it after the
 * body-size limit (it reads the body). A body that is not JSON is left to the route, which refuses it.
 */
export const refuseBadBody = (): MiddlewareHandler => async (c, next) => {
  if (!WRITES.has(c.req.method) || !c.req.raw.body || !/json/i.test(c.req.header('content-type') ?? '')) return next();
  let parsed: Json;
  try {
    parsed = JSON.parse(await c.req.raw.clone().text()) as Json;
  } catch {
    return next();
  }
  const { bad, changed, value } = inspectJson(parsed);
  if (bad) return refuse(c, bad.field, bad.problem);
  if (changed) {
    let text: string;
    try {
      text = JSON.stringify(value);
    } catch {
      return refuse(c, 'body', 'more nesting than can be read');
    }
    c.req.raw = new Request(c.req.raw, { body: text });
  }
  await next();
};
