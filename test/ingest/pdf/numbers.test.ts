import { describe, expect, it } from 'vitest';
import { amountCents, classifyCell, isTotalLabel, unitOf } from '../../../server/ingest/pdf/numbers.js';

describe('a table cell as UN reports print it', () => {
  it('reads thousands separated by a space, a non-breaking space, a narrow one or a comma', () => {
    expect(amountCents('1 250 000')).toBe(125_000_000);
    expect(amountCents('1\u00a0250\u00a0000')).toBe(125_000_000);
    expect(amountCents('1\u202f250')).toBe(125_000);
    expect(amountCents('1,250,000')).toBe(125_000_000);
    expect(amountCents('$1,250')).toBe(125_000);
  });

  it('reads a decimal comma in French and a thousands comma in English', () => {
    expect(amountCents('13 600,5', 1000, 'fr')).toBe(1_360_050_000);
    expect(amountCents('1,250', 1, 'fr')).toBe(125);
    expect(amountCents('1,250', 1, 'en')).toBe(125_000);
  });

  it('applies the unit exactly, and reads parentheses and a leading minus as negative', () => {
    expect(amountCents('4 663.6', 1000)).toBe(466_360_000);
    expect(amountCents('(3 541.7)', 1000)).toBe(-354_170_000);
    expect(amountCents('-45.25')).toBe(-4525);
    expect(amountCents('(1.46)', 1_000_000)).toBe(-146_000_000);
  });

  it('reads a dash as none, never as zero', () => {
    for (const dash of ['–', '-', '—']) {
      expect(classifyCell(dash)).toBe('none');
      expect(amountCents(dash)).toBeNull();
    }
  });

  it('refuses a number holding letters (OCR) instead of reading it', () => {
    for (const misread of ['13 60O', '78 UOO', 'UOO', '1 7l2', '10li UOO', '29 1+lU']) {
      expect(classifyCell(misread)).toBe('ocr');
      expect(amountCents(misread)).toBeNull();
    }
    expect(classifyCell('2024 budget')).toBe('text');
    expect(classifyCell('n/a')).toBe('text');
  });

  it('refuses amounts finer than a cent and mixed separators', () => {
    expect(amountCents('1.23')).toBe(123);
    expect(amountCents('1.234')).toBeNull();
    expect(amountCents('1.2345', 1)).toBeNull();
    expect(classifyCell('1,234,5')).toBe('text');
  });

  it('finds the unit a caption states, and total lines', () => {
    expect(unitOf('(Thousands of United States dollars)')?.multiplier).toBe(1000);
    expect(unitOf('(En milliers de dollars des États-Unis)')?.multiplier).toBe(1000);
    expect(unitOf('(Millions of United States dollars)')?.multiplier).toBe(1_000_000);
    expect(unitOf('(United States dollars)')?.multiplier).toBe(1);
    expect(unitOf('Number of posts')).toBeNull();
    expect(['Total', 'Subtotal, B', 'Total des contributions', 'Sous-total'].every(isTotalLabel)).toBe(true);
    expect(isTotalLabel('Totalitarian regimes')).toBe(false);
  });
});
