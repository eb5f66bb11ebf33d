// Read models of the facts that are not figures: how each fund was established (one entry per
// source, so that sources that disagree are all shown) and the calls on States to contribute.

import type { Queryable } from '../db/connection.js';
import type { CouncilCall, EstablishmentEvent, FigureSource } from '../contract/schemas.js';
import type { InstrumentKind } from '../contract/vocabulary.js';

interface SourceColumns {
  source_id: string;
  source_kind: FigureSource['kind'];
  source_title: string;
  source_title_is: FigureSource['titleIs'];
  source_symbol: string | null;
  source_url: string;
  source_date: string | null;
  source_language: string | null;
  source_copy_read: string | null;
  locator: string | null;
}

const SOURCE_SELECT = `s.id AS source_id, s.kind AS source_kind, s.title AS source_title, s.title_is AS source_title_is,
  s.symbol AS source_symbol, COALESCE(s.url, s.copy_read) AS source_url, s.date AS source_date,
  s.language AS source_language, s.copy_read AS source_copy_read`;

const toSource = (r: SourceColumns): FigureSource => ({
  id: r.source_id,
  kind: r.source_kind,
  title: r.source_title,
  titleIs: r.source_title_is,
  symbol: r.source_symbol,
  locator: r.locator,
  url: r.source_url,
  date: r.source_date,
  language: r.source_language,
  copyRead: r.source_copy_read === r.source_url ? null : r.source_copy_read,
});

/** node-postgres and PGlite return text[] as arrays. */
const textArray = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.map(String);
  throw new TypeError(`expected a text[] from the database, got ${typeof value}`);
};

export async function listEstablishment(db: Queryable, fund?: string): Promise<(EstablishmentEvent & { fund: string })[]> {
  const rows = await db.query<SourceColumns & { id: string; fund_id: string; date: string | null; body: EstablishmentEvent['body']; instruments: unknown; note: string | null }>(
    `SELECT e.id, e.fund_id, e.date, e.body, e.instruments, e.locator, e.note, ${SOURCE_SELECT}
       FROM fund_establishment e JOIN sources s ON s.id = e.source_id
      WHERE ($1::text IS NULL OR e.fund_id = $1)
      ORDER BY e.fund_id, e.position`,
    [fund ?? null],
  );
  return rows.map((r) => ({
    id: r.id,
    fund: r.fund_id,
    date: r.date,
    body: r.body,
    instruments: textArray(r.instruments).map((text) => {
      const [kind, number] = text.split(':') as [InstrumentKind, string];
      return { kind, number };
    }),
    source: toSource(r),
    note: r.note,
  }));
}

export async function listCouncilCalls(db: Queryable, fund?: string): Promise<CouncilCall[]> {
  const rows = await db.query<SourceColumns & { id: string; body: CouncilCall['body']; call: CouncilCall['call']; adopted: string; fund_ids: unknown; reference: CouncilCall['reference']; note: string | null }>(
    `SELECT c.id, c.body, c.call, c.adopted, c.fund_ids, c.reference, c.locator, c.note, ${SOURCE_SELECT}
       FROM council_calls c JOIN sources s ON s.id = c.source_id
      WHERE ($1::text IS NULL OR $1 = ANY(c.fund_ids))
      ORDER BY c.adopted DESC, c.position`,
    [fund ?? null],
  );
  return rows.map((r) => ({
    id: r.id,
    body: r.body,
    call: r.call,
    adopted: r.adopted,
    funds: textArray(r.fund_ids) as CouncilCall['funds'],
    reference: r.reference,
    source: toSource(r),
    note: r.note,
  }));
}
