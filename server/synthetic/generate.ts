// Synthetic data for benchmarks and demos: fictional donors ("Synthetic donor 0001"), fictional
// sources (example.org), and N figures spread over the four real funds, generated inside the database
// with generate_series (a million rows in seconds). The database is flagged synthetic in
// dataset_meta; the server then marks every answer and the web app shows a banner on every page.
// It is never loaded by default: `npm start` loads data/, and this writes only to the database it is
// pointed at, which must be empty or synthetic already.

import { packageStates } from '../ingest/countries.js';
import { readDataset } from '../ingest/dataset.js';
import type { Db } from '../db/connection.js';
import { isSyntheticDataset, SYNTHETIC_META_KEY } from './flag.js';

export interface SyntheticOptions {
  figures: number;
  /** Where the real fund definitions come from (names, ids): data/ by default. */
  dataDir: string;
}

export interface SyntheticSummary {
  figures: number;
  donors: number;
  sources: number;
  states: number;
}

const SOURCES = 100;
const STATES = 120;

export async function generateSynthetic(db: Db, { figures, dataDir }: SyntheticOptions): Promise<SyntheticSummary> {
  if (!Number.isInteger(figures) || figures < 1 || figures > 10_000_000) throw new Error(`--figures must be a whole number from 1 to 10,000,000, got ${figures}`);
  const funds = readDataset(dataDir).funds;
  const donors = Math.min(2000, Math.max(50, Math.round(figures / 200)));
  const states = packageStates().slice(0, STATES);

  await db.transaction(async (tx) => {
    const [{ n } = { n: 0 }] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM funds');
    if (Number(n) > 0 && !(await isSyntheticDataset(tx))) {
      throw new Error('this database holds real data; point data:synthetic at another database (--db-dir or DATABASE_URL)');
    }
    // Start from empty (a synthetic database may be refilled with another size).
    for (const table of ['council_calls', 'fund_establishment', 'figure_conflicts', 'figure_countries', 'figure_sources', 'figures', 'source_backlog', 'funds', 'entity_aliases', 'entities', 'sources', 'dataset_meta']) {
      await tx.query(`DELETE FROM ${table}`);
    }
    for (const f of funds) {
      await tx.query(
        // Names only: the real establishment dates would appear here without their sources.
        `INSERT INTO funds (id, name_en, name_fr, short_name_en, short_name_fr, note)
         VALUES ($1, $2, $3, $4, $5, 'SYNTHETIC DATABASE: every figure here is fictional.')`,
        [f.id, f.nameEn, f.nameFr, f.shortNameEn, f.shortNameFr],
      );
    }
    for (const s of states) {
      await tx.query('INSERT INTO entities (id, kind, iso3, name_en, name_fr) VALUES ($1, $2, $3, $4, $5)', [s.iso3, 'state', s.iso3, s.nameEn, s.nameFr]);
    }
    await tx.query(
      `INSERT INTO entities (id, kind, iso3, name_en, name_fr)
       SELECT 'synthetic-donor-' || lpad(g::text, 4, '0'), 'private', NULL, 'Synthetic donor ' || lpad(g::text, 4, '0'), 'Donateur synthétique ' || lpad(g::text, 4, '0')
       FROM generate_series(1, $1::int) g`,
      [donors],
    );
    await tx.query(
      `INSERT INTO sources (id, kind, status, symbol, title, language, date, url, copy_read, note)
       SELECT 'synthetic-source-' || lpad(g::text, 4, '0'), 'official_report', 'cited', NULL,
              'Synthetic source ' || lpad(g::text, 4, '0') || ' (fictional, for testing only)', 'en', (1990 + g % 35)::text,
              'https://example.org/synthetic/' || lpad(g::text, 4, '0'), NULL, 'Fictional.'
       FROM generate_series(1, $1::int) g`,
      [SOURCES],
    );
    // The mix of a real fund's records: mostly donor contributions (received or pledged), some
    // fund-level spending and requirements, some delegate counts naming a beneficiary State.
    await tx.query(
      `INSERT INTO figures (id, fund_id, year, metric, value, unit, status, precision, period, period_start, as_of, donor_id, scope, session, note, attribution)
       SELECT 'syn-' || lpad(g::text, 8, '0'),
              ($3::text[])[1 + g % cardinality($3::text[])],
              1990 + (g / 7) % 36,
              CASE WHEN g % 20 < 14 THEN 'contributions' WHEN g % 20 < 16 THEN 'expenditure' WHEN g % 20 < 17 THEN 'requirement' ELSE 'delegates' END,
              CASE WHEN g % 20 < 17 THEN ((g::bigint * 7919) % 100000 + 1) * 100 ELSE (g % 40 + 1)::bigint END,
              CASE WHEN g % 20 < 17 THEN 'usd_cents' ELSE 'count' END,
              CASE WHEN g % 20 < 14 THEN (CASE WHEN g % 5 = 0 THEN 'pledged' ELSE 'received' END) WHEN g % 20 < 17 THEN NULL ELSE NULL END,
              CASE WHEN g % 11 = 0 THEN 'rounded' WHEN g % 13 = 0 THEN 'lower_bound' ELSE 'exact' END,
              'calendar_year', NULL, (1990 + (g / 7) % 36)::text || '-12-31',
              CASE WHEN g % 20 < 14 THEN 'synthetic-donor-' || lpad((1 + g % $1::int)::text, 4, '0') ELSE NULL END,
              NULL, NULL, 'Synthetic figure.', 'direct'
       FROM generate_series(1, $2::int) g`,
      [donors, figures, funds.map((f) => f.id)],
    );
    await tx.query(
      `INSERT INTO figure_sources (figure_id, source_id, locator, position)
       SELECT 'syn-' || lpad(g::text, 8, '0'), 'synthetic-source-' || lpad((1 + g % $1::int)::text, 4, '0'), 'table ' || (1 + g % 9), 0
       FROM generate_series(1, $2::int) g`,
      [SOURCES, figures],
    );
    const stateIds = states.map((s) => s.iso3);
    await tx.query(
      `INSERT INTO figure_countries (figure_id, entity_id)
       SELECT 'syn-' || lpad(g::text, 8, '0'), ($3::text[])[1 + g % $1::int]
       FROM generate_series(1, $2::int) g WHERE g % 20 >= 17`,
      [stateIds.length, figures, stateIds],
    );
    await tx.query(`INSERT INTO dataset_meta (key, value) VALUES ($1, 'true'), ('loaded_at', $2)`, [SYNTHETIC_META_KEY, new Date().toISOString()]);
  });
  // What PostgreSQL's autovacuum would do a while after a bulk load, and the embedded database never
  // does: planner statistics (without them it plans a million rows as a few) and the visibility map
  // (index-only scans). A database is benchmarked as it would be served, not just after loading.
  await db.query('VACUUM ANALYZE figures, figure_countries, figure_sources, entities, sources, funds');
  return { figures, donors, sources: SOURCES, states: states.length };
}
