// Reads a table pasted from a report (one donor per line, its amount at the end): matches each name
// to a donor, and checks that the rows add up to the table's stated total. The text itself is parsed
// in the parse worker (parseInWorker.ts); this reads the parsed table against the database.

import type { ImportRequest, ImportRow } from '../contract/imports.js';
import { formatCentsAsPlainUsd } from '../contract/money.js';
import type { Queryable } from '../db/connection.js';
import type { DonorRecord } from '../domain/donorNames.js';
import { matchDonorNamesWithChoices } from './donorChoices.js';
import { donorFigureDraft, givenSource, type PlannedFigure, type TableReading } from './importReading.js';
import type { PastedTable } from './pastedTable.js';

const usd = (cents: number) => `US$${formatCentsAsPlainUsd(cents).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;

export async function readPastedTable(db: Queryable, request: ImportRequest, table: PastedTable): Promise<TableReading> {
  const reading: TableReading = { rows: [], errors: [...table.errors], reconciliation: null, planned: [] };
  const matches = await matchDonorNamesWithChoices(db, table.rows.map((r) => r.donorName), request.donorChoices);
  const seenDonors = new Map<string, number>();
  const listed = (donors: DonorRecord[]) => donors.map((c) => c.name.en).join('; ');
  for (const parsed of table.rows) {
    const { match, ambiguous, candidates } = matches.get(parsed.donorName) ?? { match: null, ambiguous: false, candidates: [] };
    const donor = match ? { id: match.id, iso3: match.iso3, name: match.name } : null;
    const row: ImportRow = {
      line: parsed.line,
      page: null,
      donorName: parsed.donorName,
      donor,
      valueCents: parsed.valueCents,
      state: null,
      figureId: null,
      ...(donor ? {} : { candidates: candidates.map((c) => ({ id: c.id, iso3: c.iso3, kind: c.kind, name: c.name })) }),
    };
    reading.rows.push(row);
    const error = (message: string) => reading.errors.push({ line: parsed.line, column: 1, message });
    if (!donor) {
      error(
        ambiguous
          ? `"${parsed.donorName}" matches several donors (${listed(candidates)}); write the full name`
          : `no donor matches "${parsed.donorName}"${candidates.length > 0 ? ` (closest: ${listed(candidates)})` : ''}: choose one, correct the name, or add it as an alias in data/entities.csv`,
      );
      continue;
    }
    const previous = seenDonors.get(donor.id);
    if (previous !== undefined) {
      error(`${donor.name.en} already appears on line ${previous}`);
      continue;
    }
    seenDonors.set(donor.id, parsed.line);
    const draft = donorFigureDraft(request, { value: parsed.valueCents, donorId: donor.id, precision: request.precision, locator: givenSource(request).locator });
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
