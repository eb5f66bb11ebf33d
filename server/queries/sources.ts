// Read model of sources: every document cited, and every document known to hold figures not yet transcribed.

import type { BacklogEntry, Source } from '../contract/schemas.js';
import type { Queryable } from '../db/connection.js';

interface BacklogRowDb {
  source_id: string;
  kind: Source['kind'];
  symbol: string | null;
  title: string;
  title_is: Source['titleIs'];
  url: string | null;
  date: string | null;
  fund_id: BacklogEntry['fund'];
  year_from: number | null;
  year_to: number | null;
  metrics: BacklogEntry['metrics'] | string;
  locator: string | null;
  note: string | null;
}

/** node-postgres returns text[] as an array; be strict about anything else. */
function textArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  throw new TypeError(`expected a text[] from the database, got ${typeof value}`);
}

export async function listBacklog(db: Queryable, filter: { fund?: string } = {}): Promise<BacklogEntry[]> {
  const rows = await db.query<BacklogRowDb>(
    `SELECT b.source_id, s.kind, s.symbol, s.title, s.title_is, s.url, s.date, b.fund_id, b.year_from, b.year_to, b.metrics, b.locator, b.note
       FROM source_backlog b JOIN sources s ON s.id = b.source_id
      WHERE ($1::text IS NULL OR b.fund_id = $1)
      ORDER BY b.fund_id, b.year_from NULLS LAST, b.position`,
    [filter.fund ?? null],
  );
  return rows.map((r) => ({
    source: { id: r.source_id, kind: r.kind, symbol: r.symbol, title: r.title, titleIs: r.title_is, url: r.url, date: r.date },
    fund: r.fund_id,
    yearFrom: r.year_from,
    yearTo: r.year_to,
    metrics: textArray(r.metrics) as BacklogEntry['metrics'],
    locator: r.locator,
    note: r.note,
  }));
}

export async function listSources(db: Queryable): Promise<Source[]> {
  const [rows, backlog] = await Promise.all([
    db.query<{
      id: string;
      kind: Source['kind'];
      status: Source['status'];
      symbol: string | null;
      title: string;
      title_is: Source['titleIs'];
      language: string | null;
      date: string | null;
      url: string | null;
      copy_read: string | null;
      note: string | null;
      figure_count: unknown;
    }>(
      `SELECT s.*, (SELECT count(DISTINCT fs.figure_id) FROM figure_sources fs WHERE fs.source_id = s.id) AS figure_count
         FROM sources s ORDER BY s.status, s.date NULLS LAST, s.id`,
    ),
    listBacklog(db),
  ]);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    status: r.status,
    symbol: r.symbol,
    title: r.title,
    titleIs: r.title_is,
    language: r.language,
    date: r.date,
    url: r.url,
    copyRead: r.copy_read,
    note: r.note,
    figureCount: Number(r.figure_count),
    backlog: backlog.filter((b) => b.source.id === r.id).map(({ source: _source, ...rest }) => rest),
  }));
}
