// A statement of income and expenditure checked against its own totals: what the rows an editor mapped
// add up to, beside what the statement states. Amounts printed rounded (in thousands) may differ by
// rounding alone: half the last printed digit of each amount added or compared.

import type { StatementCheck, StatementRole } from '../contract/imports.js';

/** One mapped row's amount; null when the statement prints none ("–"); unreadable when it could not be read. */
export interface StatementAmount {
  role: StatementRole;
  row: number;
  cents: number | null;
  unreadable: boolean;
  /** The amount's last printed step in cents (0 when printed exactly). */
  stepCents: number;
}

interface Term {
  role: StatementRole;
  sign: 1 | -1;
}

const plus = (role: StatementRole): Term => ({ role, sign: 1 });
const minus = (role: StatementRole): Term => ({ role, sign: -1 });

/**
 * Each check: the stated role, the terms that must be mapped for it to run (the first of each list of
 * alternatives that is mapped is used), and the terms counted as 0 when unmapped.
 */
const CHECKS: { name: StatementCheck['name']; stated: StatementRole; required: Term[][]; optional: (mapped: Set<StatementRole>) => Term[] }[] = [
  { name: 'income', stated: 'total_income', required: [[plus('contributions')]], optional: () => [plus('other_income')] },
  { name: 'expenditure', stated: 'total_expenditure', required: [[plus('expenditure')]], optional: () => [plus('programme_support_costs')] },
  {
    name: 'balance',
    stated: 'closing_balance',
    required: [[plus('opening_balance')], [plus('total_income'), plus('contributions')], [minus('total_expenditure'), minus('expenditure')]],
    // Parts count only where their total is not mapped (else they would be counted twice).
    optional: (mapped) => [
      ...(mapped.has('total_income') ? [] : [plus('other_income')]),
      ...(mapped.has('total_expenditure') ? [] : [minus('programme_support_costs')]),
      plus('other_changes'),
    ],
  },
];

export function statementChecks(amounts: readonly StatementAmount[]): StatementCheck[] {
  const byRole = new Map<StatementRole, StatementAmount[]>();
  for (const amount of amounts) byRole.set(amount.role, [...(byRole.get(amount.role) ?? []), amount]);
  const mapped = new Set(byRole.keys());
  const checks: StatementCheck[] = [];
  for (const check of CHECKS) {
    const stated = byRole.get(check.stated);
    if (!stated) continue;
    const required = check.required.map((alternatives) => alternatives.find((t) => mapped.has(t.role)));
    if (required.some((t) => t === undefined)) continue;
    const terms = [...(required as Term[]), ...check.optional(mapped)];
    const used = [stated, ...terms.map((t) => byRole.get(t.role) ?? [])].flat();
    // An unreadable amount is an error already; a check on it would only repeat it wrongly.
    if (used.some((a) => a.unreadable)) continue;
    const total = (rows: readonly StatementAmount[]) => rows.reduce((sum, a) => sum + (a.cents ?? 0), 0);
    const computed = terms.reduce((sum, t) => sum + t.sign * total(byRole.get(t.role) ?? []), 0);
    const statedCents = total(stated);
    const toleranceCents = used.reduce((sum, a) => sum + a.stepCents / 2, 0);
    checks.push({
      name: check.name,
      terms: terms.map((t) => ({ ...t, rows: (byRole.get(t.role) ?? []).map((a) => a.row) })),
      statedCents,
      computedCents: computed,
      toleranceCents: Math.round(toleranceCents),
      ok: Math.abs(statedCents - computed) <= toleranceCents,
    });
  }
  return checks;
}

/** The rounding tolerance of a sum of amounts against a stated total: half a printed step each. */
export const roundingToleranceCents = (stepsCents: readonly number[]): number =>
  Math.round(stepsCents.reduce((sum, step) => sum + step / 2, 0));
