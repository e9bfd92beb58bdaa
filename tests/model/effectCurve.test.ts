// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_EFFECT_CURVE,
  daysUntilBelow,
  effectAt,
  effectCurvePoints,
  fractionRemaining,
} from '../../src/model/effectCurve';

const p = { riseDays: 2, peak: 0.8, halfLifeDays: 3 };

describe('effectAt (illustrative curve)', () => {
  it('is 0 before and at treatment, and reaches the peak at the rise time', () => {
    expect(effectAt(-1, p)).toBe(0);
    expect(effectAt(0, p)).toBe(0);
    expect(effectAt(2, p)).toBeCloseTo(0.8, 12);
    expect(effectAt(1, p)).toBeCloseTo(0.8 * Math.SQRT1_2, 12); // sin(π/4)
  });

  it('halves every half-life after the peak (closed form)', () => {
    expect(effectAt(5, p)).toBeCloseTo(0.4, 12);
    expect(effectAt(8, p)).toBeCloseTo(0.2, 12);
    expect(fractionRemaining(5, p)).toBeCloseTo(0.5, 12);
  });

  it('with no rise, starts at the peak', () => {
    expect(effectAt(0, { ...p, riseDays: 0 })).toBeCloseTo(0.8, 12);
  });

  it('daysUntilBelow inverts the decay', () => {
    expect(daysUntilBelow(0.25, p)).toBeCloseTo(8, 12);
    expect(fractionRemaining(daysUntilBelow(0.1, p), p)).toBeCloseTo(0.1, 12);
  });

  it('for any parameters: rises to the peak, then never increases, and stays within [0, peak]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 7, noNaN: true }),
        fc.double({ min: 0.1, max: 1, noNaN: true }),
        fc.double({ min: 0.5, max: 30, noNaN: true }),
        (riseDays, peak, halfLifeDays) => {
          const params = { riseDays, peak, halfLifeDays };
          const points = effectCurvePoints(params, 0, 30, 200);
          let previous = -1;
          let afterPeak = false;
          for (const [t, y] of points) {
            expect(y).toBeGreaterThanOrEqual(0);
            expect(y).toBeLessThanOrEqual(peak + 1e-12);
            if (t >= riseDays) afterPeak = true;
            if (afterPeak && t > riseDays) expect(y).toBeLessThanOrEqual(previous + 1e-12);
            if (!afterPeak) expect(y).toBeGreaterThanOrEqual(previous - 1e-12);
            previous = y;
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the default curve is a gentle one-week teaching shape', () => {
    expect(fractionRemaining(7, DEFAULT_EFFECT_CURVE)).toBeCloseTo(Math.pow(2, -2), 12);
  });
});
