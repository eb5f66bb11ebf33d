// Brotli and gzip copies of the built web app, written once at build time beside each file (app.js →
// app.js.br, app.js.gz), so the server sends compressed bytes without compressing on every request
// (server/webApp.ts serves them with Hono's serveStatic, `precompressed: true`).

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The kinds of file that compress well; images other than SVG are compressed already. */
export const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|xml|map)$/i;

/** Every file under dir whose name matches COMPRESSIBLE, as paths relative to dir; dot folders (.vite) are skipped: they are not served to readers. */
function compressibleFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.')) out.push(...compressibleFiles(dir, path));
    } else if (entry.isFile() && COMPRESSIBLE.test(entry.name)) out.push(path);
  }
  return out;
}

export interface Precompressed {
  file: string;
  bytes: number;
  brBytes: number;
  gzipBytes: number;
}

/** Writes FILE.br (brotli, best quality) and FILE.gz (gzip level 9) beside every compressible file under dir. */
export function precompressDir(dir: string): Precompressed[] {
  return compressibleFiles(dir).map((file) => {
    const path = join(dir, file);
    const bytes = readFileSync(path);
    const br = brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: statSync(path).size,
      },
    });
    const gz = gzipSync(bytes, { level: 9 });
    writeFileSync(`${path}.br`, br);
    writeFileSync(`${path}.gz`, gz);
    return { file, bytes: bytes.length, brBytes: br.length, gzipBytes: gz.length };
  });
}

/** Vite plugin: after `vite build` has written the app, precompress everything in its output folder. */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'hrtf-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir); // outDir is relative to root (web/)
    },
    closeBundle() {
      const files = precompressDir(outDir);
      const sum = (key: 'bytes' | 'brBytes' | 'gzipBytes') => files.reduce((total, f) => total + f[key], 0);
      this.info(
        `precompressed ${files.length} files: ${sum('bytes')} bytes → ${sum('brBytes')} brotli, ${sum('gzipBytes')} gzip`,
      );
    },
  };
}
