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

export async function listFigures(db: Queryable, filter: FigureFilter = {}): Promise<Figure[]> {
  const rows = await db.query<FigureRowDb>(
    `SELECT f.id, f.fund_id, f.year, f.metric, f.value, f.unit, f.status, f.precision, f.period, f.period_start,
            f.as_of, f.donor_id, d.iso3 AS donor_iso3, d.kind AS donor_kind, d.name_en AS donor_name_en,
            d.name_fr AS donor_name_fr, f.scope, f.session, f.note, f.attribution, f.basis
       FROM figures f
       LEFT JOIN entities d ON d.id = f.donor_id
      WHERE ($1::text IS NULL OR f.fund_id = $1)
        AND ($6::text IS NULL OR f.id = $6)
        AND ($2::int IS NULL OR f.year = $2)
        AND ($3::text IS NULL OR f.metric = $3)
        AND ($4::text IS NULL OR f.donor_id = $4 OR d.iso3 = upper($4))
        AND ($7::text[] IS NULL OR f.id = ANY($7::text[]))
        AND ($5::text IS NULL OR EXISTS (SELECT 1 FROM figure_countries fc WHERE fc.figure_id = f.id AND fc.entity_id = upper($5)))
      ORDER BY f.fund_id, f.year NULLS LAST, f.metric, f.id`,
    [filter.fund ?? null, filter.year ?? null, filter.metric ?? null, filter.donor ?? null, filter.country ?? null, filter.id ?? null, filter.ids ? [...filter.ids] : null],
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

