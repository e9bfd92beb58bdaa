// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clopperPearson, percent } from '../../src/model/binomialInterval';

/** P(X = k) for X ~ Binomial(n, p), summed directly (independent of any beta function). */
function binomialPmf(k: number, n: number, p: number): number {
  let logChoose = 0;
  for (let i = 1; i <= k; i += 1) logChoose += Math.log(n - k + i) - Math.log(i);
  return Math.exp(logChoose + k * Math.log(p) + (n - k) * Math.log1p(-p));
}
const upperTail = (x: number, n: number, p: number) => {
  let sum = 0;
  for (let k = x; k <= n; k += 1) sum += binomialPmf(k, n, p);
  return sum;
};
const lowerTail = (x: number, n: number, p: number) => {
  let sum = 0;
  for (let k = 0; k <= x; k += 1) sum += binomialPmf(k, n, p);
  return sum;
};

describe('clopperPearson(x, n)', () => {
  it('7 of 12 matches the published exact interval (R binom.test: 0.2766697, 0.8483478)', () => {
    const ci = clopperPearson(7, 12);
    expect(ci.estimate).toBeCloseTo(0.5833333, 7);
    expect(ci.lower).toBeCloseTo(0.2766697, 6);
    expect(ci.upper).toBeCloseTo(0.8483478, 6);
    expect([percent(ci.estimate), percent(ci.lower), percent(ci.upper)]).toEqual([
      '58%',
      '28%',
      '85%',
    ]);
  });

  it('0 of n has the closed form upper = 1 − (α/2)^(1/n)', () => {
    for (const n of [1, 5, 12, 30]) {
      const ci = clopperPearson(0, n);
      expect(ci.lower).toBe(0);
      expect(ci.upper).toBeCloseTo(1 - Math.pow(0.025, 1 / n), 10);
    }
  });

  it('n of n has the closed form lower = (α/2)^(1/n)', () => {
    expect(clopperPearson(12, 12).lower).toBeCloseTo(Math.pow(0.025, 1 / 12), 10);
    expect(clopperPearson(12, 12).upper).toBe(1);
  });

  it('its ends are where the binomial tail probabilities equal α/2', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 59 }), (n, raw) => {
        const x = raw % n;
        if (x === 0) return;
        const { lower, upper } = clopperPearson(x, n);
        // The defining property: P(X ≥ x | p = lower) = 0.025 and P(X ≤ x | p = upper) = 0.025.
        expect(upperTail(x, n, lower)).toBeCloseTo(0.025, 6);
        expect(lowerTail(x, n, upper)).toBeCloseTo(0.025, 6);
        expect(lower).toBeLessThan(x / n);
        expect(upper).toBeGreaterThan(x / n);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects impossible counts', () => {
    expect(() => clopperPearson(13, 12)).toThrow(RangeError);
    expect(() => clopperPearson(1.5, 12)).toThrow(RangeError);
    expect(() => clopperPearson(1, 0)).toThrow(RangeError);
  });
});
