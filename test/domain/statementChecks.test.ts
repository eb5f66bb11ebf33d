import { describe, expect, it } from 'vitest';
import { statementChecks, type StatementAmount } from '../../server/domain/statementChecks.js';

const amount = (role: StatementAmount['role'], row: number, cents: number | null, unreadable = false): StatementAmount => ({ role, row, cents, unreadable, stepCents: 0 });

describe('a statement checked against its own totals', () => {
  it('checks the balance from the parts when no total is mapped, parts unmapped counting as 0', () => {
    const checks = statementChecks([
      amount('opening_balance', 0, 1_000),
      amount('contributions', 1, 500),
      amount('other_income', 2, 20),
      amount('expenditure', 3, 300),
      amount('closing_balance', 4, 1_220),
    ]);
    expect(checks).toEqual([
      {
        name: 'balance',
        terms: [
          { role: 'opening_balance', sign: 1, rows: [0] },
          { role: 'contributions', sign: 1, rows: [1] },
          { role: 'expenditure', sign: -1, rows: [3] },
          { role: 'other_income', sign: 1, rows: [2] },
          { role: 'programme_support_costs', sign: -1, rows: [] },
          { role: 'other_changes', sign: 1, rows: [] },
        ],
        statedCents: 1_220,
        computedCents: 1_220,
        toleranceCents: 0,
        ok: true,
      },
    ]);
  });

  it('runs no check that lacks a required row or holds an unreadable amount, and fails one off by a cent when printed exactly', () => {
    expect(statementChecks([amount('closing_balance', 4, 1_220), amount('contributions', 1, 500)])).toEqual([]);
    expect(statementChecks([amount('total_income', 4, 520), amount('contributions', 1, null, true)])).toEqual([]);
    const [income] = statementChecks([amount('total_income', 4, 521), amount('contributions', 1, 500), amount('other_income', 2, 20)]);
    expect(income).toMatchObject({ name: 'income', statedCents: 521, computedCents: 520, ok: false });
  });

  it('allows the difference rounding can make when amounts are printed in thousands', () => {
    const rounded = (role: StatementAmount['role'], row: number, cents: number): StatementAmount => ({ ...amount(role, row, cents), stepCents: 100_000 });
    const [income] = statementChecks([rounded('total_income', 2, 300_000), rounded('contributions', 0, 200_000), rounded('other_income', 1, 200_000)]);
    // Printed to the thousand: three amounts may each be off by US$500, so US$1,000 apart is within rounding.
    expect(income).toMatchObject({ statedCents: 300_000, computedCents: 400_000, toleranceCents: 150_000, ok: true });
    const [far] = statementChecks([rounded('total_income', 2, 300_000), rounded('contributions', 0, 500_000)]);
    expect(far).toMatchObject({ computedCents: 500_000, toleranceCents: 100_000, ok: false });
  });
});
