// Once per `npm run test:browser`, before any test file (vitest globalSetup): build the SPA into dist/web,
// unless the build there is newer than everything it is made from. Every test file's server serves it.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/server.js';

const BUILD_MARK = 'dist/web/.vite/manifest.json'; // written by every build (build.manifest in vite.config.ts)
/** What the build is made from: the app, the server code it imports, the build's settings (this file's too) and the dependencies. */
const INPUTS = ['web', 'server', 'vite.config.ts', 'scripts/lib/precompress.ts', 'scripts/lib/languageShells.ts', 'test/e2e/global-setup.ts', 'package-lock.json'];

function newestMtimeMs(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestMtimeMs(join(path, entry))), stat.mtimeMs);
}

export default function buildWebOnce() {
  const mark = join(ROOT, BUILD_MARK);
  const sourcesMs = Math.max(...INPUTS.map((input) => newestMtimeMs(join(ROOT, input))));
  if (existsSync(join(ROOT, 'dist/web/index.html')) && existsSync(mark) && statSync(mark).mtimeMs > sourcesMs) {
    console.log('browser tests: dist/web is newer than its sources; not rebuilt');
    return;
  }
  console.log('browser tests: building the web app into dist/web');
  // The build `npm start` makes. Vitest sets NODE_ENV=test, which Vite would keep: React's development
  // build, half as big again, not what readers get (and what `npm run soak` would then serve from dist/web).
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}
