// Reads a table pasted from a report (one donor per line, its amount at the end): matches each name
// to a donor, and checks that the rows add up to the table's stated total.

import type { ImportRequest, ImportRow } from '../contract/imports.js';
import { formatCentsAsPlainUsd } from '../contract/money.js';
import type { Queryable } from '../db/connection.js';
import { normalizeName } from '../domain/names.js';
import { IMPORT_SOURCE, type PlannedFigure, type TableReading } from './importReading.js';
import { parsePastedTable } from './pastedTable.js';

const usd = (cents: number) => `US$${formatCentsAsPlainUsd(cents).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;

interface DonorMatch {
  id: string;
  iso3: string | null;
  name: { en: string; fr: string };
}

/** Every donor each name could be, on its aliases (with or without "the", "Government of", "le", "Gouvernement de"). */
async function matchDonors(db: Queryable, names: readonly string[]): Promise<Map<string, DonorMatch[]>> {
  const variants = (name: string) => {
    const n = normalizeName(name);
    return [
      ...new Set([
        n,
        n.replace(/^(the|le|la|les|l) /, ''),
        n.replace(/^(government of( the)?|gouvernement (de la|du|des|de l|de)) /, ''),
      ]),
    ];
  };
  const wanted = [...new Set(names.flatMap(variants))];
  const rows = await db.query<{
    normalized: string;
    id: string;
    iso3: string | null;
    name_en: string;
    name_fr: string;
  }>(
    `SELECT a.normalized, e.id, e.iso3, e.name_en, e.name_fr
       FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
      WHERE a.normalized = ANY($1::text[])`,
    [wanted],
  );
  const result = new Map<string, DonorMatch[]>();
  for (const name of names) {
    const forms = new Set(variants(name));
    const matches = new Map<string, DonorMatch>();
    for (const r of rows)
      if (forms.has(r.normalized))
        matches.set(r.id, { id: r.id, iso3: r.iso3, name: { en: r.name_en, fr: r.name_fr } });
    result.set(name, [...matches.values()]);
  }
  return result;
}

export async function readPastedTable(db: Queryable, request: ImportRequest): Promise<TableReading> {
  const table = parsePastedTable(request.content);
  const reading: TableReading = { rows: [], errors: [...table.errors], reconciliation: null, planned: [] };
  const matches = await matchDonors(
    db,
    table.rows.map((r) => r.donorName),
  );
  const seenDonors = new Map<string, number>();
  for (const parsed of table.rows) {
    const candidates = matches.get(parsed.donorName) ?? [];
    const donor = candidates.length === 1 ? (candidates[0] as DonorMatch) : null;
    const row: ImportRow = {
      line: parsed.line,
      donorName: parsed.donorName,
      donor,
      valueCents: parsed.valueCents,
      state: null,
      figureId: null,
    };
    reading.rows.push(row);
    const error = (message: string) => reading.errors.push({ line: parsed.line, column: 1, message });
    if (candidates.length === 0) {
      error(
        `no donor matches "${parsed.donorName}": correct the name, or add it as an alias in data/entities.csv`,
      );
      continue;
    }
    if (!donor) {
      error(
        `"${parsed.donorName}" matches several donors (${candidates.map((c) => c.name.en).join(', ')}); write the full name`,
      );
      continue;
    }
    const previous = seenDonors.get(donor.id);
    if (previous !== undefined) {
      error(`${donor.name.en} already appears on line ${previous}`);
      continue;
    }
    seenDonors.set(donor.id, parsed.line);
    const draft = {
      fund: request.fund,
      year: request.year,
      metric: request.metric,
      value: parsed.valueCents,
      unit: 'usd_cents' as const,
      status: request.metric === 'contributions' ? request.status : null,
      precision: request.precision,
      period: request.period,
      periodStart: null,
      asOf: request.asOf,
      donorId: donor.id,
      countryIds: [],
      scope: null,
      session: null,
      attribution: 'direct' as const,
      basis: 'reported' as const,
      note: null,
      sources: [{ sourceId: IMPORT_SOURCE, locator: request.source.locator }],
    };
    reading.planned.push({ row, draft, givenId: null } satisfies PlannedFigure);
  }
  if (table.total) {
    const computed = table.rows.reduce((sum, r) => sum + r.valueCents, 0);
    const ok = computed === table.total.valueCents;
    reading.reconciliation = { statedTotalCents: table.total.valueCents, computedTotalCents: computed, ok };
    if (!ok) {
      const [stated, sum, difference] = [
        table.total.valueCents,
        computed,
        Math.abs(table.total.valueCents - computed),
      ].map(usd);
      const message = `the table's total ${stated} does not equal the sum of its rows ${sum} (difference ${difference})`;
      reading.errors.push({ line: table.total.line, column: 1, message });
    }
  }
  return reading;
}
