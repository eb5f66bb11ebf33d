// Pages of the app that start their first render's downloads with the page itself (issue 16).
//
// Every page of the app is index.html; its script then asks for the reader's messages (a chunk per
// language, awaited before the first render) and, on the overview, for /api/overview: each request
// starts only once the one before it has arrived and run, a round trip each on a slow link. This Vite
// plugin writes, beside index.html, a copy per language that names those downloads in its <head>:
//   shells/{lang}.html           — modulepreload of the language's messages and State names, and the
//                                  chunks they import; served for every page under /{lang}/;
//   shells/{lang}-overview.html  — the same, and a preload of the overview's answer; served for /{lang}/.
// server/webApp.ts picks the copy by the path; anything else gets index.html as before.
//
// The answer's preload must be the request the app makes (the same URL, a CORS-mode fetch with the
// page's credentials): `crossorigin` (anonymous) is fetch()'s default, so Chromium hands the preloaded
// answer to the app's fetch instead of asking twice (test/e2e/compression.test.ts checks one request).

import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export interface LanguageShellOptions {
  languages: readonly string[];
  /** The modules a page in `lang` imports dynamically before its first render, as paths from Vite's root. */
  beforeFirstRender: (lang: string) => string[];
  /** The API answers the overview reads first, by URL. */
  overviewAnswers: readonly string[];
}

/** The folder (in the build's output) the copies are written to; server/webApp.ts reads them from there. */
export const SHELL_DIR = 'shells';

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
}

export function languageShells(options: LanguageShellOptions): Plugin {
  let root = '';
  let base = '/';
  return {
    name: 'hrtf-language-shells',
    apply: 'build',
    enforce: 'post', // after Vite has written index.html into the bundle
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    generateBundle(_output, bundle) {
      const page = bundle['index.html'];
      if (!page || page.type !== 'asset') throw new Error('languageShells: the build has no index.html');
      const html = String(page.source);
      const chunks = Object.values(bundle).filter((item): item is ChunkLike & typeof item => item.type === 'chunk');
      const byModule = new Map(chunks.map((chunk) => [chunk.facadeModuleId, chunk]));
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const withImports = (file: string, into: Set<string>) => {
        if (into.has(file)) return;
        into.add(file);
        for (const imported of byFile.get(file)?.imports ?? []) withImports(imported, into);
      };
      // The answers before the entry script (the server takes longest over them), the messages after the
      // app's own scripts (which the browser can run while the messages arrive).
      const entryAt = html.search(/<script\b[^>]*type="module"/);
      const headEnd = html.indexOf('</head>');
      if (entryAt < 0 || headEnd < entryAt) throw new Error('languageShells: index.html has no module script in its head');
      const lines = (links: string[]) => links.map((link) => `${link}\n    `).join('');
      const shell = (answers: string[], scripts: string[]) =>
        html.slice(0, entryAt) + lines(answers) + html.slice(entryAt, headEnd).trimEnd() + '\n    ' + lines(scripts).trimEnd() + '\n  ' + html.slice(headEnd);
      for (const lang of options.languages) {
        const files = new Set<string>();
        for (const module of options.beforeFirstRender(lang)) {
          const chunk = byModule.get(resolve(root, module));
          if (!chunk) throw new Error(`languageShells: no chunk of its own for ${module}`);
          withImports(chunk.fileName, files);
        }
        const scripts = [...files]
          .filter((file) => !html.includes(`${base}${file}"`)) // index.html loads it already
          .map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`);
        const answers = options.overviewAnswers.map((url) => `<link rel="preload" href="${url}" as="fetch" crossorigin>`);
        this.emitFile({ type: 'asset', fileName: `${SHELL_DIR}/${lang}.html`, source: shell([], scripts) });
        this.emitFile({ type: 'asset', fileName: `${SHELL_DIR}/${lang}-overview.html`, source: shell(answers, scripts) });
      }
    },
  };
}
