// npm run deps:check — the dependency check CI runs (.ci/run). Needs no network: the npm advisory
// service is not reachable from the build machines, and the registry they reach does not say which
// versions are deprecated, so deprecations are recorded in scripts/deps-policy.json, each with a reason
// when it is allowed. It fails when:
// - the lockfile resolves anything from elsewhere than registry.npmjs.org, or lacks an integrity hash,
//   or package.json names a dependency by URL, git or file path (lintLockfile);
// - `npm ls --all` reports a problem (invalid, missing or extraneous packages);
// - a package on a hostile-input path (the dependencies of what parses uploads and requests, listed in
//   the policy) is installed in two versions, or is recorded as deprecated, without an allowed reason;
// - an allowed deprecated package turns out to run while the server reads an uploaded XLSX or CSV:
//   the check imports a generated workbook and CSV through the server's own import code under V8's
//   precise coverage and lists every package that ran (packagesExecutedWhile);
// - an allow-list entry no longer applies (so the list cannot go stale).

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const REGISTRY = 'https://registry.npmjs.org/';

export interface Policy {
  hostileInputRoots: Record<string, string>;
  deprecated: Record<string, { versions: string[]; notice: string; allowed?: string }>;
  /** Allowed duplicates, each with the versions that run while an upload is imported (checked). */
  duplicates: Record<string, { reason: string; runsOnImport: string[] }>;
}

interface Lockfile {
  lockfileVersion: number;
  packages: Record<string, { version?: string; resolved?: string; integrity?: string; link?: boolean; inBundle?: boolean; dependencies?: Record<string, string> }>;
}

/** Every package comes from the public registry with an integrity hash; package.json names versions, not places. */
export function lintLockfile(lock: Lockfile, pkg: { dependencies?: Record<string, string>; devDependencies?: Record<string, string> }): string[] {
  const problems: string[] = [];
  if (lock.lockfileVersion < 2) problems.push(`package-lock.json: lockfileVersion ${lock.lockfileVersion} (npm 7 or later writes 2 or 3)`);
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || entry.inBundle) continue;
    if (entry.link) problems.push(`${path}: a link to a local folder`);
    // npm leaves "resolved" out when it is the configured registry (omit-lockfile-registry-resolved).
    if (entry.resolved !== undefined && !entry.resolved.startsWith(REGISTRY)) problems.push(`${path}: resolved from ${entry.resolved}, not ${REGISTRY}`);
    if (!entry.integrity) problems.push(`${path}: no integrity hash`);
    else if (!/^sha512-[A-Za-z0-9+/]+=*$/.test(entry.integrity)) problems.push(`${path}: integrity is not a sha512 hash (${entry.integrity.slice(0, 20)}…)`);
  }
  for (const [name, spec] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
    if (/^(git|git\+|https?:|file:|link:|github:)|\//.test(spec) && !spec.startsWith('npm:')) problems.push(`package.json: ${name} is named by "${spec}", not a registry version`);
  }
  return problems;
}

export interface LsNode {
  version?: string;
  dependencies?: Record<string, LsNode>;
  problems?: string[];
}

/** Every installed version of every package in the tree. */
export function installedVersions(tree: LsNode): Map<string, Set<string>> {
  const versions = new Map<string, Set<string>>();
  const stack: LsNode[] = [tree];
  while (stack.length > 0) {
    for (const [name, child] of Object.entries(stack.pop()!.dependencies ?? {})) {
      if (child.version) versions.set(name, (versions.get(name) ?? new Set()).add(child.version));
      stack.push(child);
    }
  }
  return versions;
}

/** The packages a root depends on, directly or not (the root included). */
export function closureOf(tree: LsNode, root: string): Set<string> {
  const seen = new Set<string>();
  const start = tree.dependencies?.[root];
  if (!start) return seen;
  seen.add(root);
  const stack: LsNode[] = [start];
  const visited = new Set<LsNode>();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visited.has(node)) continue;
    visited.add(node);
    for (const [name, child] of Object.entries(node.dependencies ?? {})) {
      seen.add(name);
      stack.push(child);
    }
  }
  return seen;
}

/** What the policy says about the installed tree: the problems, and what is allowed and why. */
export function checkPolicy(tree: LsNode, policy: Policy, executedOnImport: ReadonlyMap<string, ReadonlySet<string>>): { problems: string[]; notes: string[] } {
  const problems: string[] = [];
  const notes: string[] = [];
  const versions = installedVersions(tree);
  const hostile = new Set<string>();
  for (const root of Object.keys(policy.hostileInputRoots)) {
    if (!versions.has(root)) problems.push(`deps-policy.json: hostile-input root "${root}" is not installed (remove it from the policy)`);
    for (const name of closureOf(tree, root)) hostile.add(name);
  }
  for (const [name, entry] of Object.entries(policy.deprecated)) {
    const installed = [...(versions.get(name) ?? [])].filter((v) => entry.versions.includes(v));
    if (installed.length === 0) {
      if (entry.allowed) problems.push(`deps-policy.json: deprecated ${name}@${entry.versions.join('|')} is allowed but no longer installed (remove the entry)`);
      continue;
    }
    const where = `${name}@${installed.join(', ')} (deprecated upstream: "${entry.notice}")`;
    if (!entry.allowed) problems.push(`${where} is installed${hostile.has(name) ? ' on a hostile-input path' : ''} and not allowed`);
    else if (installed.some((v) => executedOnImport.get(name)?.has(v))) problems.push(`${where} is allowed as never running on the import path, but ran while an XLSX or CSV was imported`);
    else notes.push(`allowed: ${where}: ${entry.allowed}`);
  }
  for (const name of [...hostile].sort()) {
    const installed = [...(versions.get(name) ?? [])].sort();
    if (installed.length < 2) continue;
    const allowed = policy.duplicates[name];
    const running = [...(executedOnImport.get(name) ?? [])].sort();
    const ran = running.length > 0 ? `on the import path only ${running.join(', ')} runs` : 'none runs on the import path';
    if (!allowed) problems.push(`${name} is installed in ${installed.length} versions (${installed.join(', ')}) on a hostile-input path (${ran}) and not allowed`);
    else if ([...allowed.runsOnImport].sort().join() !== running.join()) {
      problems.push(`deps-policy.json: duplicate ${name} is allowed with [${allowed.runsOnImport.join(', ')}] running on the import path, but [${running.join(', ')}] ran: review its reason`);
    } else notes.push(`allowed: ${name} ${installed.join(', ')} (${ran}): ${allowed.reason}`);
  }
  for (const name of Object.keys(policy.duplicates)) {
    if ((versions.get(name)?.size ?? 0) < 2 || !hostile.has(name)) problems.push(`deps-policy.json: duplicate ${name} is allowed but no longer duplicated on a hostile-input path (remove the entry)`);
  }
  return { problems, notes };
}

/** The package a module file belongs to: its folder (…/node_modules/a/node_modules/b) and name ("@scope/name" for scoped ones). */
export function packageOfUrl(url: string): { name: string; folder: string } | null {
  const match = /^(.*\/node_modules\/((?:@[^/]+\/)?[^/]+))\/(?!.*\/node_modules\/)/.exec(url);
  return match ? { folder: match[1]!.replace(/^file:\/\//, ''), name: match[2]! } : null;
}

/**
 * The packages any of whose functions ran during `work` (V8 precise coverage), not counting what ran
 * while `prepare` loaded modules and built inputs.
 */
export async function packagesExecutedWhile(prepare: () => Promise<void>, work: () => Promise<void>): Promise<Map<string, Set<string>>> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    await prepare();
    await session.post('Profiler.takePreciseCoverage'); // resets the counts
    await work();
    const { result } = await session.post('Profiler.takePreciseCoverage');
    const ran = new Map<string, Set<string>>();
    for (const script of result) {
      const pkg = packageOfUrl(script.url);
      if (!pkg || !script.functions.some((f) => f.ranges.some((r) => r.count > 0))) continue;
      const version = (JSON.parse(readFileSync(join(pkg.folder, 'package.json'), 'utf8')) as { version?: string }).version ?? '?';
      ran.set(pkg.name, (ran.get(pkg.name) ?? new Set()).add(version));
    }
    await session.post('Profiler.stopPreciseCoverage');
    return ran;
  } finally {
    session.disconnect();
  }
}

/** What ran while the server's import code read a generated XLSX (with formulas, rich text, merged cells, links, notes) and a CSV. */
export async function packagesRunByImports(): Promise<Map<string, Set<string>>> {
  const imports: { run: () => Promise<unknown> }[] = [];
  let close = async () => {};
  const ran = await packagesExecutedWhile(
    async () => {
      const load = (path: string) => import(pathToFileURL(join(ROOT, path)).href);
      const { default: ExcelJS } = (await import('exceljs')) as unknown as { default: typeof import('exceljs') };
      const { openDatabase } = (await load('server/db/connection.ts')) as typeof import('../server/db/connection.js');
      const { migrate } = (await load('server/db/migrate.ts')) as typeof import('../server/db/migrate.js');
      const { runImport } = (await load('server/ingest/importTable.ts')) as typeof import('../server/ingest/importTable.js');
      const { HEADERS } = (await load('server/ingest/dataset.ts')) as typeof import('../server/ingest/dataset.js');
      const { COMMAND_LINE } = (await load('server/audit.ts')) as typeof import('../server/audit.js');
      const db = await openDatabase({ dbDir: 'memory://' });
      close = () => db.close();
      await migrate(db);
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('figures');
      sheet.addRow([...HEADERS.figures]);
      sheet.addRow(['', 'vftc', 2021, 'contributions', 1250000.5, 'usd', 'received', 'exact', 'calendar_year', '', new Date('2021-12-31'), 'NOR']);
      sheet.addRow(['', 'vftc', 2021, 'contributions', { formula: 'SUM(1,2)', result: 3 }, 'usd', { richText: [{ text: 'rec' }, { text: 'eived', font: { bold: true } }] }]);
      sheet.getCell('L3').value = { text: 'Denmark', hyperlink: 'https://example.org' };
      sheet.getCell('U3').note = 'a note';
      sheet.getCell('M4').value = 'merged';
      sheet.mergeCells('M4:N4');
      const xlsx = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
      const csv = `${HEADERS.figures.join(',')}\n,vftc,2021,contributions,"1,000",usd,received,exact,calendar_year,,,DNK\n`;
      const request = (format: 'xlsx' | 'csv', content: string) => ({
        fund: 'vftc' as const, year: 2021, metric: 'contributions' as const, status: 'received' as const, asOf: null,
        source: { kind: 'official_report' as const, title: 'Check', symbol: null, locator: null, url: 'https://example.org/check', date: null }, format, content,
      });
      imports.push({ run: () => runImport(db, COMMAND_LINE, request('xlsx', xlsx) as never, { commit: false }) });
      imports.push({ run: () => runImport(db, COMMAND_LINE, request('csv', csv) as never, { commit: false }) });
      // runImport parses in a worker thread, which this coverage session does not see: the worker's
      // own code (server/ingest/parseWorker.ts) is run here too, in this thread.
      const { readXlsxRecords } = (await load('server/ingest/xlsx.ts')) as typeof import('../server/ingest/xlsx.js');
      const { readCsv } = (await load('server/ingest/csv.ts')) as typeof import('../server/ingest/csv.js');
      const { PARSE_LIMITS } = (await load('server/ingest/parseLimits.ts')) as typeof import('../server/ingest/parseLimits.js');
      const { parsePastedTable } = (await load('server/ingest/pastedTable.ts')) as typeof import('../server/ingest/pastedTable.js');
      // (This CSV's row is short: the parse runs to the error runImport reports for it.)
      const reported = (error: unknown) => (error as Error).name === 'InputError' || Promise.reject(error);
      imports.push({ run: () => readXlsxRecords(xlsx, HEADERS.figures, PARSE_LIMITS).catch(reported) });
      imports.push({ run: async () => Promise.resolve().then(() => readCsv('upload.csv', csv, HEADERS.figures, PARSE_LIMITS)).catch(reported) });
      imports.push({ run: async () => parsePastedTable('Norway 1,000\nTotal 1,000') });
    },
    async () => {
      for (const i of imports) await i.run();
    },
  );
  await close();
  return ran;
}

async function main(): Promise<number> {
  const policy = JSON.parse(readFileSync(join(ROOT, 'scripts/deps-policy.json'), 'utf8')) as Policy;
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as Lockfile;
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Parameters<typeof lintLockfile>[1];
  const problems = lintLockfile(lock, pkg);
  let tree: LsNode;
  try {
    tree = JSON.parse(execFileSync('npm', ['ls', '--all', '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] })) as LsNode;
  } catch (error) {
    // npm ls exits non-zero when it finds problems, and still prints the tree.
    tree = JSON.parse(String((error as { stdout?: unknown }).stdout ?? '{}')) as LsNode;
  }
  for (const problem of tree.problems ?? []) problems.push(`npm ls: ${problem}`);
  const ran = await packagesRunByImports();
  for (const root of ['exceljs', 'unzipper', 'saxes', 'papaparse', 'fflate']) if (!ran.has(root)) problems.push(`the import check did not run ${root}: the coverage run no longer exercises the import path`);
  const policyResult = checkPolicy(tree, policy, ran);
  problems.push(...policyResult.problems);
  const packages = Object.keys(lock.packages).filter((p) => p !== '').length;
  console.log(`Dependency check: ${packages} packages in package-lock.json; ${ran.size} ran while an XLSX and a CSV were imported:`);
  console.log(`  ${[...ran].map(([name, v]) => `${name}@${[...v].join('|')}`).sort().join(', ')}`);
  for (const note of policyResult.notes) console.log(`  ${note}`);
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
    for (const problem of problems) console.error(`  - ${problem}`);
    return 1;
  }
  console.log('No problem found.');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main();
