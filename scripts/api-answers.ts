// Records the answer of every public GET of the API for the shipped data/ into a folder, one file
// per request (status, headers, body as sent), so that a refactor can be checked byte for byte:
//   npx tsx scripts/api-answers.ts /tmp/api-before      (before the change)
//   npx tsx scripts/api-answers.ts /tmp/api-after       (after it)
//   diff -r /tmp/api-before /tmp/api-after
// It uses a fresh in-memory database, or the PostgreSQL server of DATABASE_URL (which must be empty:
// the data version, and so the ETag, depends on the writes it has seen).

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import { createApp } from '../server/app.js';
import { readConfig } from '../server/config.js';
import { prepareDatabase } from '../server/db/prepare.js';
import { loadDataDirWhenEmpty } from '../server/ingest/apply.js';

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: tsx scripts/api-answers.ts <output folder>');
  process.exit(2);
}

const config = readConfig();
const { db } = await prepareDatabase(
  { dbDir: 'memory://', databaseUrl: config.databaseUrl },
  loadDataDirWhenEmpty(config.dataDir),
);
const app = createApp({ db });

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

/** Headers that change from run to run whatever the code does. */
const VOLATILE_HEADERS = new Set(['date']);
const written = new Set<string>();
let count = 0;

async function record(path: string): Promise<Response> {
  const response = await app.request(path);
  const body = Buffer.from(await response.arrayBuffer());
  const headers = [...response.headers.entries()]
    .filter(([name]) => !VOLATILE_HEADERS.has(name))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}: ${value}`);
  const stem = path.replace(/^\/api\//, '').replace(/[^A-Za-z0-9._=-]+/g, '_') || 'root';
  let name = stem;
  for (let n = 2; written.has(name); n++) name = `${stem}~${n}`; // the same URL asked again
  written.add(name);
  writeFileSync(
    join(outDir!, `${name}.txt`),
    Buffer.concat([Buffer.from(`${response.status}\n${headers.join('\n')}\n\n`), body]),
  );
  count++;
  return new Response(body, { status: response.status, headers: response.headers });
}

async function recordJson<T>(path: string): Promise<T> {
  return (await (await record(path)).json()) as T;
}

const FUNDS = ['vftc', 'upr-participation', 'ldc-sids', 'upr-implementation'];
const states = Object.keys(countries.getAlpha3Codes()).sort();

// The same URL twice: the second answer comes from the response cache and must not differ.
await record('/api/funds');
await record('/api/funds');
await record('/api/health');
await record('/api/session');
await record('/api/openapi.json');
await record('/api/sources');
await record('/api/gaps');
await record('/api/overview');
await record('/api/figures');
// Every figure in one answer (the largest page; before paging, the parameter was ignored and every figure came anyway).
const { figures } = await recordJson<{ figures: { id: string; year: number | null; metric: string }[] }>(
  '/api/figures?limit=500',
);
const { donors } = await recordJson<{ donors: { donor: { id: string; iso3: string | null } }[] }>(
  '/api/donors',
);

const years = [...new Set(figures.map((f) => f.year).filter((y): y is number => y !== null))].sort();
const metrics = [...new Set(figures.map((f) => f.metric))].sort();
for (const fund of [...FUNDS, 'no-such-fund', 'VFTC']) {
  await record(`/api/funds/${fund}`);
  await record(`/api/funds/${fund}/donor-base`);
  for (const [from, to] of [
    [2019, 2020],
    [1980, 2020],
    [2010, 2025],
    [2020, 2020],
    [2021, 2019],
    [1979, 2000],
    [2000, 2041],
  ]) {
    await record(`/api/funds/${fund}/review?from=${from}&to=${to}`);
  }
  await record(`/api/funds/${fund}/review`);
  await record(`/api/figures?fund=${fund}`);
}
for (const year of [...years, 1979, 2101]) await record(`/api/figures?year=${year}`);
for (const metric of [...metrics, 'no_such_metric']) await record(`/api/figures?metric=${metric}`);
for (const figure of figures) await record(`/api/figures?id=${encodeURIComponent(figure.id)}`);
await record('/api/figures?fund=vftc&year=2020&metric=contributions');
await record('/api/figures?donor=x');
await record('/api/figures?country=MDVX');
for (const { donor } of donors) {
  await record(`/api/donors/${encodeURIComponent(donor.id)}`);
  await record(`/api/figures?donor=${encodeURIComponent(donor.id)}`);
  if (donor.iso3) await record(`/api/donors/${donor.iso3.toLowerCase()}`);
}
await record('/api/donors/no-such-donor');
for (const iso3 of states) {
  await record(`/api/statements/${iso3}`);
  await record(`/api/statements/${iso3}?lang=en`);
  await record(`/api/statements/${iso3}?lang=fr`);
  await record(`/api/figures?country=${iso3}`);
  await record(`/api/figures?donor=${iso3}`);
}
await record('/api/statements/mdv?lang=fr');
await record('/api/statements/XXX');
await record('/api/statements/MDV?lang=de');
await record('/api/no-such-route');

await db.close();
console.log(`${count} answers written to ${outDir}`);
