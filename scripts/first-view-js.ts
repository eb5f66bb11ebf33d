// npx tsx scripts/first-view-js.ts [distDir]: how much JavaScript and CSS the first view (/en/, the
// overview) loads, gzipped (level 9), from a `vite build` (with build.manifest on).
//
// The first view is index.html's entry script and stylesheets, their modulepreload links, and every
// chunk those import statically, followed through Vite's manifest (.vite/manifest.json). Chunks loaded
// later by import() are not in it: `afterStart` lists, apart, the ones the overview in English asks for
// as soon as it starts (its messages, its State names, the chart), so that nothing it loads goes unseen.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface AssetSize {
  file: string;
  kind: 'js' | 'css';
  bytes: number;
  gzipBytes: number;
}

export interface AssetSizes {
  jsGzipBytes: number;
  cssGzipBytes: number;
  files: AssetSize[];
}

/** Modules (manifest keys: paths from web/) imported dynamically that the app awaits before its first render in English. */
export const EN_BEFORE_FIRST_RENDER = ['i18n/en.ts', '../node_modules/i18n-iso-countries/langs/en.json'];
/** Modules the overview imports dynamically after it has rendered: none since its charts are plain SVG (issue 16). */
export const EN_OVERVIEW_DEFERRED: string[] = [];
/** Both: everything the overview in English imports dynamically as it starts. */
export const EN_OVERVIEW_AFTER_START = [...EN_BEFORE_FIRST_RENDER, ...EN_OVERVIEW_DEFERRED];

const kindOf = (file: string): 'js' | 'css' | null => (file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : null);

function readManifest(distDir: string): Manifest {
  try {
    return JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  } catch (error) {
    throw new Error(`No Vite manifest in ${distDir}/.vite (build with build.manifest: true): ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** The files index.html loads itself: module scripts, modulepreload links and stylesheets, as paths in distDir. */
function htmlAssets(html: string): string[] {
  const out: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => tag.match(new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i'))?.[1];
    const isScript = /^<script/i.test(tag) && attr('type') === 'module';
    const rel = attr('rel')?.toLowerCase();
    const url = isScript ? attr('src') : rel === 'modulepreload' || rel === 'stylesheet' ? attr('href') : undefined;
    if (url && !/^[a-z]+:|^\/\//i.test(url)) out.push(url.replace(/^\.?\//, '').split(/[?#]/)[0]!);
  }
  return out;
}

/** The sizes of these files of the build (paths in distDir), gzipped at level 9; other than JS and CSS are left out. */
export function assetSizes(distDir: string, files: Iterable<string>): AssetSizes {
  const list: AssetSize[] = [];
  for (const file of files) {
    const kind = kindOf(file);
    if (!kind) continue;
    const bytes = readFileSync(join(distDir, file));
    list.push({ file, kind, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length });
  }
  const total = (kind: 'js' | 'css') => list.filter((f) => f.kind === kind).reduce((sum, f) => sum + f.gzipBytes, 0);
  return { jsGzipBytes: total('js'), cssGzipBytes: total('css'), files: list };
}

/** Every file a set of manifest chunks loads before running: themselves, their CSS, their static imports, transitively. */
function closure(manifest: Manifest, keys: Iterable<string>, into = new Set<string>(), seen = new Set<string>()): Set<string> {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the Vite manifest`);
    into.add(chunk.file);
    for (const css of chunk.css ?? []) into.add(css);
    closure(manifest, chunk.imports ?? [], into, seen);
  }
  return into;
}

/** The JS and CSS the first view loads (index.html and its static imports), with their gzip sizes. */
export function firstViewAssets(distDir: string): AssetSizes {
  const manifest = readManifest(distDir);
  const keyOfFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const files = new Set<string>();
  const keys: string[] = [];
  for (const file of htmlAssets(readFileSync(join(distDir, 'index.html'), 'utf8'))) {
    files.add(file);
    const key = keyOfFile.get(file);
    if (key) keys.push(key);
  }
  // The entry itself, even if index.html names it in a way not matched above.
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry && chunk.src === 'index.html') keys.push(key);
  return assetSizes(distDir, closure(manifest, keys, files));
}

/**
 * What the given dynamically imported modules add to the first view: their chunks and static imports not
 * already loaded. `missing` names the modules the build has no chunk for (renamed, or no longer split off).
 */
export function dynamicAssets(distDir: string, sources: readonly string[], alreadyLoaded: AssetSizes): AssetSizes & { missing: string[] } {
  const manifest = readManifest(distDir);
  const loaded = new Set(alreadyLoaded.files.map((f) => f.file));
  const present = sources.filter((src) => manifest[src]);
  const missing = sources.filter((src) => !manifest[src]);
  return { ...assetSizes(distDir, [...closure(manifest, present)].filter((file) => !loaded.has(file))), missing };
}

export interface FirstViewBreakdown extends AssetSizes {
  /** Chunks imported dynamically that the app awaits before its first render (messages, State names). */
  beforeFirstRender: AssetSizes & { sources: string[]; missing: string[] };
  /** Chunks the overview imports after it has rendered (its charts). */
  deferred: AssetSizes & { sources: string[]; missing: string[] };
}

/** What the overview in English loads: index.html's files, then what it awaits before rendering, then its charts. */
export function firstViewBreakdown(distDir: string): FirstViewBreakdown {
  const first = firstViewAssets(distDir);
  const beforeFirstRender = dynamicAssets(distDir, EN_BEFORE_FIRST_RENDER, first);
  const deferred = dynamicAssets(distDir, EN_OVERVIEW_DEFERRED, { ...first, files: [...first.files, ...beforeFirstRender.files] });
  return {
    ...first,
    beforeFirstRender: { sources: [...EN_BEFORE_FIRST_RENDER], ...beforeFirstRender },
    deferred: { sources: [...EN_OVERVIEW_DEFERRED], ...deferred },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const view = firstViewBreakdown(process.argv[2] ?? 'dist/web');
  const { beforeFirstRender: beforeRender, deferred } = view;
  const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
  console.log(JSON.stringify(view, null, 2));
  console.log(
    `First view of /en/, JS gzip: ${kb(view.jsGzipBytes)} loaded by index.html + ${kb(beforeRender.jsGzipBytes)} awaited before the first render ` +
      `(English messages and State names) = ${kb(view.jsGzipBytes + beforeRender.jsGzipBytes)}; then ${kb(deferred.jsGzipBytes)} for the overview's charts, ` +
      `${kb(view.jsGzipBytes + beforeRender.jsGzipBytes + deferred.jsGzipBytes)} in all. CSS: ${kb(view.cssGzipBytes + beforeRender.cssGzipBytes + deferred.cssGzipBytes)}.`,
  );
}
