import { describe, expect, it } from 'vitest';
import { guessRole, guessRowMetrics, rowMetricsOf } from './statementRoles.js';

describe('guessing what a statement row is', () => {
  it('knows the usual lines in English and French, dotted leaders and all', () => {
    expect(guessRole('Voluntary contributions ..........')).toBe('contributions');
    expect(guessRole('Contributions volontaires')).toBe('contributions');
    expect(guessRole('Interest income')).toBe('other_income');
    expect(guessRole('Intérêts créditeurs')).toBe('other_income');
    expect(guessRole('Programme support costs')).toBe('programme_support_costs');
    expect(guessRole('Dépenses d’appui aux programmes')).toBe('programme_support_costs');
    expect(guessRole('Transfers to other funds')).toBe('other_changes');
    expect(guessRole('Virements à d’autres fonds')).toBe('other_changes');
    expect(guessRole('Fund balance, beginning of year')).toBe('opening_balance');
    expect(guessRole('Fund balance, end of year')).toBe('closing_balance');
    expect(guessRole('Total income')).toBe('total_income');
    expect(guessRole('Total expenditure')).toBe('total_expenditure');
    expect(guessRole('Unpaid pledges receivable')).toBe('pledges_outstanding');
  });

  it('leaves a bare Total and unknown lines to the editor', () => {
    expect(guessRole('Total')).toBeNull();
    expect(guessRole('Staff and other personnel')).toBeNull();
    expect(guessRole('')).toBeNull();
  });

  it('maps a role once unless its rows add up, and sends the mapped rows in order', () => {
    const guess = guessRowMetrics(['Voluntary contributions', 'Interest income', 'Other income', 'Contributions from Member States', 'Total']);
    expect(guess).toEqual({ 0: 'contributions', 1: 'other_income', 2: 'other_income' });
    expect(rowMetricsOf({ 2: 'other_income', 0: 'contributions', 4: '' })).toEqual([
      { row: 0, metric: 'contributions' },
      { row: 2, metric: 'other_income' },
    ]);
  });
});
