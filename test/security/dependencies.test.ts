// The offline dependency check (scripts/check-deps.ts, run in CI): its lockfile lint, its policy rules
// and its coverage run each catch what they are for, and the project's own dependencies pass it.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPolicy, lintLockfile, packageOfUrl, packagesExecutedWhile, type LsNode, type Policy } from '../../scripts/check-deps.js';

const INTEGRITY = 'sha512-k92I/b08q4wvFscXCLvqfsHCrjrF7yiXsQuIVvVE7N82W3+aqpzuUdBbfhWcy/FZR3/4IgflMgKLOsvPDrGCJA==';

describe('the lockfile lint', () => {
  it('passes the project’s lockfile and package.json', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(lintLockfile(lock, pkg)).toEqual([]);
  });

  it('names every package from elsewhere, without or with a weak integrity hash, and dependencies named by place', () => {
    const problems = lintLockfile(
      {
        lockfileVersion: 3,
        packages: {
          '': {},
          'node_modules/ok': { version: '1.0.0', integrity: INTEGRITY },
          'node_modules/explicit': { version: '1.0.0', resolved: 'https://registry.npmjs.org/explicit/-/explicit-1.0.0.tgz', integrity: INTEGRITY },
          'node_modules/mirror': { version: '1.0.0', resolved: 'https://evil.example/mirror-1.0.0.tgz', integrity: INTEGRITY },
          'node_modules/fromgit': { version: '1.0.0', resolved: 'git+ssh://git@github.com/x/y.git#abc', integrity: INTEGRITY },
          'node_modules/nohash': { version: '1.0.0' },
          'node_modules/sha1': { version: '1.0.0', integrity: 'sha1-abc=' },
          'node_modules/local': { link: true, integrity: INTEGRITY },
        },
      },
      { dependencies: { a: '^1.0.0', b: 'github:x/y', c: 'file:../c' }, devDependencies: { d: 'https://x.example/d.tgz' } },
    );
    expect(problems).toEqual([
      'node_modules/mirror: resolved from https://evil.example/mirror-1.0.0.tgz, not https://registry.npmjs.org/',
      'node_modules/fromgit: resolved from git+ssh://git@github.com/x/y.git#abc, not https://registry.npmjs.org/',
      'node_modules/nohash: no integrity hash',
      'node_modules/sha1: integrity is not a sha512 hash (sha1-abc=…)',
      'node_modules/local: a link to a local folder',
      'package.json: b is named by "github:x/y", not a registry version',
      'package.json: c is named by "file:../c", not a registry version',
      'package.json: d is named by "https://x.example/d.tgz", not a registry version',
    ]);
  });
});

describe('the policy', () => {
  // parser → helper → old; other → helper (another version), old2
  const tree: LsNode = {
    dependencies: {
      parser: { version: '1.0.0', dependencies: { helper: { version: '2.0.0', dependencies: { old: { version: '0.1.0' } } } } },
      other: { version: '1.0.0', dependencies: { helper: { version: '1.0.0' }, old2: { version: '3.0.0' } } },
    },
  };
  const policy = (p: Partial<Policy>): Policy => ({ hostileInputRoots: { parser: 'reads uploads' }, deprecated: {}, duplicates: {}, ...p });
  const none = new Map<string, Set<string>>();

  it('fails on a deprecated package or a duplicate on a hostile-input path without a reason', () => {
    const { problems } = checkPolicy(tree, policy({ deprecated: { old: { versions: ['0.1.0'], notice: 'unsupported' } } }), none);
    expect(problems).toEqual([
      'old@0.1.0 (deprecated upstream: "unsupported") is installed on a hostile-input path and not allowed',
      'helper is installed in 2 versions (1.0.0, 2.0.0) on a hostile-input path (none runs on the import path) and not allowed',
    ]);
  });

  it('accepts them with a reason, unless the coverage run shows them running on the import path', () => {
    const allowed = policy({ deprecated: { old: { versions: ['0.1.0'], notice: 'unsupported', allowed: 'never runs' } }, duplicates: { helper: { reason: 'two majors', runsOnImport: [] } } });
    expect(checkPolicy(tree, allowed, none).problems).toEqual([]);
    const ran = new Map([['old', new Set(['0.1.0'])], ['helper', new Set(['2.0.0'])]]);
    expect(checkPolicy(tree, allowed, ran).problems).toEqual([
      'old@0.1.0 (deprecated upstream: "unsupported") is allowed as never running on the import path, but ran while an XLSX or CSV was imported',
      'deps-policy.json: duplicate helper is allowed with [] running on the import path, but [2.0.0] ran: review its reason',
    ]);
  });

  it('fails on entries that no longer apply', () => {
    const stale = policy({ hostileInputRoots: { parser: 'x', gone: 'y' }, deprecated: { left: { versions: ['1.0.0'], notice: 'n', allowed: 'r' } }, duplicates: { helper: { reason: 'r', runsOnImport: [] }, old2: { reason: 'r', runsOnImport: [] } } });
    expect(checkPolicy(tree, stale, none).problems).toEqual([
      'deps-policy.json: hostile-input root "gone" is not installed (remove it from the policy)',
      'deps-policy.json: deprecated left@1.0.0 is allowed but no longer installed (remove the entry)',
      'deps-policy.json: duplicate old2 is allowed but no longer duplicated on a hostile-input path (remove the entry)',
    ]);
  });
});

describe('the coverage run', () => {
  it('tells a package that runs from one that is only loaded', async () => {
    const require = createRequire(import.meta.url);
    const dir = mkdtempSync(join(tmpdir(), 'hrtf-deps-'));
    writeFileSync(join(dir, 'a.txt'), 'x');
    let glob: { sync: (pattern: string, options: { cwd: string }) => string[] } | undefined;
    const load = async () => {
      // glob@7 is reached through archiver-utils, as exceljs reaches it.
      glob = createRequire(require.resolve('archiver-utils'))('glob');
    };
    try {
      const idle = await packagesExecutedWhile(load, async () => {});
      expect(idle.has('glob')).toBe(false);
      const used = await packagesExecutedWhile(load, async () => void glob!.sync('*.txt', { cwd: dir }));
      expect(used.get('glob')).toEqual(new Set(['7.2.3']));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(packageOfUrl('file:///w/node_modules/jszip/node_modules/readable-stream/lib/x.js')).toEqual({ name: 'readable-stream', folder: '/w/node_modules/jszip/node_modules/readable-stream' });
    expect(packageOfUrl('file:///w/node_modules/@zxcvbn-ts/core/dist/index.cjs')).toMatchObject({ name: '@zxcvbn-ts/core' });
  });
});

describe('npm run deps:check', () => {
  it('passes on the project’s dependencies, listing what runs while uploads are read and why each exception is allowed', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-deps.ts'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/ran while an XLSX and a CSV were imported:\n {2}.*exceljs@4\.4\.0.*unzipper@/);
    const ranLine = run.stdout.split('\n')[1] ?? '';
    for (const deprecated of ['inflight', 'glob', 'rimraf', 'fstream', 'lodash.isequal']) expect(ranLine).not.toContain(`${deprecated}@`);
    expect(run.stdout).toMatch(/allowed: inflight@1\.0\.6/);
    expect(run.stdout).toMatch(/No problem found/);
  });
});
