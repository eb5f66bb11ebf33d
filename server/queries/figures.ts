// Read model of figures: each with its sources, countries, donor and the figures it disagrees with.

import type { EntityRef, Figure } from '../contract/schemas.js';
import type { Queryable } from '../db/connection.js';
import { toSafeInteger } from '../db/values.js';

export interface FigureFilter {
  id?: string | undefined;
  /** Exactly these figures (e.g. those a view cites). */
  ids?: readonly string[] | undefined;
  fund?: string | undefined;
  year?: number | undefined;
  metric?: string | undefined;
  /** Donor entity id or ISO3 code. */
  donor?: string | undefined;
  /** Beneficiary State (ISO3). */
  country?: string | undefined;
}

interface FigureRowDb {
  id: string;
  fund_id: Figure['fund'];
  year: number | null;
  metric: Figure['metric'];
  value: unknown;
  unit: Figure['unit'];
  status: Figure['status'];
  precision: Figure['precision'];
  period: Figure['period'];
  period_start: number | null;
  as_of: string | null;
  donor_id: string | null;
  donor_iso3: string | null;
  donor_kind: EntityRef['kind'] | null;
  donor_name_en: string | null;
  donor_name_fr: string | null;
  scope: string | null;
  session: string | null;
  note: string | null;
  attribution: Figure['attribution'];
  basis: Figure['basis'];
}

/** The figures a filter selects ($1–$7, see filterParams). */
const FILTERED_FIGURES = `
       FROM figures f
       LEFT JOIN entities d ON d.id = f.donor_id
      WHERE ($1::text IS NULL OR f.fund_id = $1)
        AND ($6::text IS NULL OR f.id = $6)
        AND ($2::int IS NULL OR f.year = $2)
        AND ($3::text IS NULL OR f.metric = $3)
        AND ($4::text IS NULL OR f.donor_id = $4 OR d.iso3 = upper($4))
        AND ($7::text[] IS NULL OR f.id = ANY($7::text[]))
        AND ($5::text IS NULL OR EXISTS (SELECT 1 FROM figure_countries fc WHERE fc.figure_id = f.id AND fc.entity_id = upper($5)))`;

const filterParams = (filter: FigureFilter) => [
  filter.fund ?? null,
  filter.year ?? null,
  filter.metric ?? null,
  filter.donor ?? null,
  filter.country ?? null,
  filter.id ?? null,
  filter.ids ? [...filter.ids] : null,
];

/** Where a page of figures starts: just after this figure in the newest-first order. */
export interface FigureCursor {
  /** The figure's year, or -1 without one (sorts last). */
  year: number;
  /** Its as-of date, or '' without one (sorts last within its year). */
  asOf: string;
  id: string;
}

/** The cursor as the API gives it out: opaque, URL-safe. */
export const encodeCursor = (cursor: FigureCursor): string => Buffer.from(JSON.stringify([cursor.year, cursor.asOf, cursor.id])).toString('base64url');

/** A cursor this API gave out, or null for anything else. */
export function decodeCursor(text: string): FigureCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [year, asOf, id] = value as unknown[];
    if (!Number.isInteger(year) || typeof asOf !== 'string' || typeof id !== 'string' || asOf.length > 10 || id.length > 80) return null;
    return { year: year as number, asOf, id };
  } catch {
    return null;
  }
}

export interface FigurePage {
  figures: Figure[];
  /** The cursor of the next page, or null on the last one. */
  next: string | null;
}

/**
 * One page of the figures a filter selects, newest first (year, as-of date, then id, all descending,
 * text compared byte by byte whatever the database's locale; no year or date last), starting after `cursor`. Keyset paging: each page is an index range, however deep.
 */
export async function listFigurePage(db: Queryable, filter: FigureFilter, page: { cursor: FigureCursor | null; limit: number }): Promise<FigurePage> {
  const rows = await db.query<{ id: string; sort_year: number; sort_as_of: string }>(
    `SELECT f.id, COALESCE(f.year, -1) AS sort_year, COALESCE(f.as_of, '') AS sort_as_of
     ${FILTERED_FIGURES}
        AND ($8::int IS NULL OR (COALESCE(f.year, -1), COALESCE(f.as_of, '') COLLATE "C", f.id COLLATE "C") < ($8::int, $9::text COLLATE "C", $10::text COLLATE "C"))
      ORDER BY COALESCE(f.year, -1) DESC, COALESCE(f.as_of, '') COLLATE "C" DESC, f.id COLLATE "C" DESC
      LIMIT $11`,
    [...filterParams(filter), page.cursor?.year ?? null, page.cursor?.asOf ?? null, page.cursor?.id ?? null, page.limit + 1],
  );
  const shown = rows.slice(0, page.limit);
  const byId = new Map((shown.length > 0 ? await listFigures(db, { ids: shown.map((r) => r.id) }) : []).map((f) => [f.id, f]));
  const last = shown[shown.length - 1];
  return {
    figures: shown.map((r) => byId.get(r.id)!),
    next: rows.length > page.limit && last ? encodeCursor({ year: Number(last.sort_year), asOf: last.sort_as_of, id: last.id }) : null,
  };
}

export async function listFigures(db: Queryable, filter: FigureFilter = {}): Promise<Figure[]> {
  const rows = await db.query<FigureRowDb>(
    `SELECT f.id, f.fund_id, f.year, f.metric, f.value, f.unit, f.status, f.precision, f.period, f.period_start,
            f.as_of, f.donor_id, d.iso3 AS donor_iso3, d.kind AS donor_kind, d.name_en AS donor_name_en,
            d.name_fr AS donor_name_fr, f.scope, f.session, f.note, f.attribution, f.basis
${FILTERED_FIGURES}
      ORDER BY f.fund_id, f.year NULLS LAST, f.metric, f.id`,
    filterParams(filter),
  );
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);

  const [sourceRows, countryRows, conflictRows] = await Promise.all([
    db.query<{
      figure_id: string;
      id: string;
      kind: Figure['sources'][number]['kind'];
      title: string;
      symbol: string | null;
      locator: string | null;
      title_is: Figure['sources'][number]['titleIs'];
      url: string;
      date: string | null;
      language: string | null;
      copy_read: string | null;
    }>(
      `SELECT fs.figure_id, s.id, s.kind, s.title, s.title_is, s.symbol, fs.locator, COALESCE(s.url, s.copy_read) AS url, s.date, s.language, s.copy_read
         FROM figure_sources fs JOIN sources s ON s.id = fs.source_id
        WHERE fs.figure_id = ANY($1::text[])
        ORDER BY fs.figure_id, fs.position`,
      [ids],
    ),
    db.query<{ figure_id: string; id: string; iso3: string | null; kind: EntityRef['kind']; name_en: string; name_fr: string }>(
      `SELECT fc.figure_id, e.id, e.iso3, e.kind, e.name_en, e.name_fr
         FROM figure_countries fc JOIN entities e ON e.id = fc.entity_id
        WHERE fc.figure_id = ANY($1::text[])
        ORDER BY fc.figure_id, e.name_en`,
      [ids],
    ),
    db.query<{ figure_a: string; figure_b: string }>(
      `SELECT figure_a, figure_b FROM figure_conflicts WHERE figure_a = ANY($1::text[]) OR figure_b = ANY($1::text[])`,
      [ids],
    ),
  ]);

  const group = <T extends { figure_id: string }>(list: T[]) => {
    const map = new Map<string, T[]>();
    for (const item of list) map.set(item.figure_id, [...(map.get(item.figure_id) ?? []), item]);
    return map;
  };
  const sourcesByFigure = group(sourceRows);
  const countriesByFigure = group(countryRows);
  const conflicts = new Map<string, string[]>();
  for (const { figure_a, figure_b } of conflictRows) {
    conflicts.set(figure_a, [...(conflicts.get(figure_a) ?? []), figure_b]);
    conflicts.set(figure_b, [...(conflicts.get(figure_b) ?? []), figure_a]);
  }

  return rows.map((r): Figure => {
    const sources = (sourcesByFigure.get(r.id) ?? []).map((s) => ({
      id: s.id,
      kind: s.kind,
      title: s.title,
      titleIs: s.title_is,
      symbol: s.symbol,
      locator: s.locator,
      url: s.url,
      date: s.date,
      language: s.language,
      copyRead: s.copy_read === s.url ? null : s.copy_read,
    }));
    const countries = (countriesByFigure.get(r.id) ?? []).map((c) => ({ id: c.id, iso3: c.iso3, kind: c.kind, name: { en: c.name_en, fr: c.name_fr } }));
    return {
      id: r.id,
      fund: r.fund_id,
      year: r.year,
      metric: r.metric,
      value: toSafeInteger(r.value),
      unit: r.unit,
      status: r.status,
      precision: r.precision,
      period: r.period,
      periodStart: r.period_start,
      asOf: r.as_of,
      donor:
        r.donor_id === null
          ? null
          : { id: r.donor_id, iso3: r.donor_iso3, kind: r.donor_kind ?? 'state', name: { en: r.donor_name_en ?? r.donor_id, fr: r.donor_name_fr ?? r.donor_id } },
      country: countries.length === 1 ? (countries[0]?.iso3 ?? null) : null,
      countries,
      scope: r.scope,
      session: r.session,
      attribution: r.attribution,
      basis: r.basis,
      note: r.note,
      secondary: sources.length > 0 && sources.every((s) => s.kind === 'secondary'),
      sources,
      conflictsWith: (conflicts.get(r.id) ?? []).sort(),
    };
  });
}

