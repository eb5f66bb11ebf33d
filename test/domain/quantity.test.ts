import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { floorAtZero, negate, ratio, subtract, sum, unknownQuantity, type Bound, type Quantity } from '../../server/domain/quantity.js';

const cents = fc.integer({ min: 0, max: 10_000_000_000 });
const quantity = (bounds: Bound[] = ['exact', 'at_least']) =>
  fc.record({
    value: cents,
    bound: fc.constantFrom(...bounds),
    approximate: fc.boolean(),
    partialYear: fc.boolean(),
    figureIds: fc.array(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 2 }),
  }) as fc.Arbitrary<Quantity>;
const maybeUnknown = fc.oneof(quantity(), fc.constant(unknownQuantity(['u'])));

describe('sum', () => {
  it('adds exact figures exactly, in integer cents', () => {
    fc.assert(
      fc.property(fc.array(quantity(['exact']).map((q) => ({ ...q, approximate: false, partialYear: false })), { minLength: 1, maxLength: 8 }), (parts) => {
        const total = sum(parts);
        expect(total.bound).toBe('exact');
        expect(total.value).toBe(parts.reduce((acc, q) => acc + (q.value as number), 0));
        expect(Number.isInteger(total.value)).toBe(true);
      }),
    );
  });

  it('is a lower bound as soon as one part is a lower bound (and nothing is an upper bound)', () => {
    fc.assert(
      fc.property(fc.array(quantity(), { minLength: 1, maxLength: 8 }), (parts) => {
        const total = sum(parts);
        expect(total.bound).toBe(parts.some((q) => q.bound === 'at_least') ? 'at_least' : 'exact');
      }),
    );
  });

  it('stays unknown — never 0 — when any part is unknown, and when there are no parts', () => {
    expect(sum([]).value).toBeNull();
    fc.assert(
      fc.property(fc.array(maybeUnknown, { minLength: 1, maxLength: 8 }), (parts) => {
        const total = sum(parts);
        if (parts.some((q) => q.value === null)) expect(total.value).toBeNull();
        else expect(total.value).not.toBeNull();
      }),
    );
  });

  it('does not depend on the order of its parts, and keeps every figure id for citation', () => {
    fc.assert(
      fc.property(fc.array(maybeUnknown, { maxLength: 8 }), (parts) => {
        const forward = sum(parts);
        const backward = sum([...parts].reverse());
        expect(backward).toEqual(forward);
        for (const q of parts) for (const id of q.figureIds) expect(forward.figureIds).toContain(id);
      }),
    );
  });

  it('is approximate when any part is rounded, partial when any part is a part-year figure', () => {
    fc.assert(
      fc.property(fc.array(quantity(), { minLength: 1, maxLength: 8 }), (parts) => {
        const total = sum(parts);
        expect(total.approximate).toBe(parts.some((q) => q.approximate));
        expect(total.partialYear).toBe(parts.some((q) => q.partialYear));
      }),
    );
  });

  it('cannot bound a sum of a lower and an upper bound', () => {
    const total = sum([{ ...unknownQuantity(), value: 5, bound: 'at_least' }, { ...unknownQuantity(), value: 3, bound: 'at_most' }]);
    expect(total.value).toBeNull();
  });
});

describe('subtract, negate, floorAtZero', () => {
  it('subtracting a lower bound gives an upper bound', () => {
    const requirement = { ...unknownQuantity(), value: 1000, bound: 'exact' as const };
    const received = { ...unknownQuantity(), value: 400, bound: 'at_least' as const };
    expect(subtract(requirement, received)).toMatchObject({ value: 600, bound: 'at_most' });
  });

  it('negating twice is the identity', () => {
    fc.assert(
      fc.property(maybeUnknown, (q) => {
        expect(negate(negate(q))).toEqual(q);
      }),
    );
  });

  it('floors at zero truthfully: an upper bound below zero means exactly zero, a lower bound below zero only "at least 0"', () => {
    expect(floorAtZero({ ...unknownQuantity(), value: -5, bound: 'at_most' })).toMatchObject({ value: 0, bound: 'exact' });
    expect(floorAtZero({ ...unknownQuantity(), value: -5, bound: 'at_least' })).toMatchObject({ value: 0, bound: 'at_least' });
    expect(floorAtZero({ ...unknownQuantity(), value: -5, bound: 'exact' })).toMatchObject({ value: 0, bound: 'exact' });
    expect(floorAtZero(unknownQuantity()).value).toBeNull();
    fc.assert(
      fc.property(quantity(['exact', 'at_least', 'at_most']), fc.boolean(), (q, negative) => {
        const signed = negative ? negate(q) : q;
        const floored = floorAtZero(signed);
        expect(floored.value).toBeGreaterThanOrEqual(0);
        if ((signed.value as number) >= 0) expect(floored).toEqual(signed);
      }),
    );
  });
});

describe('ratio', () => {
  it('is unknown without a positive denominator', () => {
    expect(ratio({ ...unknownQuantity(), value: 5 }, unknownQuantity()).value).toBeNull();
    expect(ratio({ ...unknownQuantity(), value: 5 }, { ...unknownQuantity(), value: 0 }).value).toBeNull();
  });
  it('a lower-bound numerator over an exact denominator is a lower bound; over a lower-bound denominator, no bound', () => {
    const half = ratio({ ...unknownQuantity(), value: 50, bound: 'at_least' }, { ...unknownQuantity(), value: 100 });
    expect(half).toMatchObject({ value: 0.5, bound: 'at_least' });
    expect(ratio({ ...unknownQuantity(), value: 50, bound: 'at_least' }, { ...unknownQuantity(), value: 100, bound: 'at_least' }).value).toBeNull();
    expect(ratio({ ...unknownQuantity(), value: 50 }, { ...unknownQuantity(), value: 100, bound: 'at_least' })).toMatchObject({ bound: 'at_most' });
  });
});
