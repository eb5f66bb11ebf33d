// A first guess of what each row of a statement of income and expenditure is, from its label in
// English or French, for the editor to check and correct; a row the guess does not know is left out.

import type { StatementRole } from '../../../server/contract/imports.js';

// Order matters: totals and specific lines before the general words they contain.
const PATTERNS: [RegExp, StatementRole][] = [
  [/^total (income|revenue)|^total des (recettes|produits)/i, 'total_income'],
  [/^total expenditure|^total des dépenses/i, 'total_expenditure'],
  [/programme support|appui aux programmes/i, 'programme_support_costs'],
  [/(beginning|opening|start) of (the )?(year|period)|opening balance|en début d.(exercice|année|période)|solde d.ouverture/i, 'opening_balance'],
  [/(end|close) of (the )?(year|period)|closing balance|en fin d.(exercice|année|période)|solde de clôture/i, 'closing_balance'],
  [/pledges? (outstanding|unpaid|receivable)|contributions? (receivable|unpaid)|annonces? de contributions? non (versées|acquittées)|contributions? à recevoir/i, 'pledges_outstanding'],
  [/transfer|refund|prior.period|adjustment|virement|rembourse|ajustement|exercices? antérieur/i, 'other_changes'],
  [/contribution/i, 'contributions'],
  [/interest|investment|other (income|revenue)|miscellaneous|intérêts|produits? des placements|autres (recettes|produits)|recettes diverses/i, 'other_income'],
  [/expenditure|expenses|dépenses|charges/i, 'expenditure'],
];

export function guessRole(label: string): StatementRole | null {
  const text = label.replace(/[\s.…]+$/, '').trim();
  if (text === '' || /^total$/i.test(text)) return null;
  return PATTERNS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** Each row's guessed role, by row index; a role already taken by an earlier row is not guessed again, except for the parts that add up. */
export function guessRowMetrics(labels: string[]): Record<number, StatementRole> {
  const ADDS_UP: StatementRole[] = ['other_income', 'expenditure', 'other_changes'];
  const taken = new Set<StatementRole>();
  const out: Record<number, StatementRole> = {};
  labels.forEach((label, row) => {
    const role = guessRole(label);
    if (role === null || (taken.has(role) && !ADDS_UP.includes(role))) return;
    taken.add(role);
    out[row] = role;
  });
  return out;
}

/** The request's rowMetrics: the rows the editor mapped, in table order. */
export const rowMetricsOf = (mapping: Record<number, StatementRole | ''>) =>
  Object.entries(mapping)
    .filter((entry): entry is [string, StatementRole] => entry[1] !== '')
    .map(([row, metric]) => ({ row: Number(row), metric }))
    .sort((a, b) => a.row - b.row);
