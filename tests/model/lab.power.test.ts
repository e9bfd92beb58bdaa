// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  crossoverPower,
  parallelPower,
  sampleSizeFor,
  tTestPower,
  powerCurves,
} from '../../src/model/lab/power';
import { jStat } from '../../src/model/stats';

/**
 * A second, independent implementation of the noncentral t CDF by numerical integration:
 *   P(T ≤ x) = ∫₀^∞ Φ(x·√(v/df) − δ) f_{χ²(df)}(v) dv,
 * with the chi-square density written out with a Lanczos log-gamma (no jStat involved).
 */
function logGamma(z: number): number {
  const g = 7;
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - logGamma(1 - z);
  z -= 1;
  let x = c[0]!;
  for (let i = 1; i < g + 2; i += 1) x += c[i]! / (z + i);
  const t = z + g + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(x);
}
function normalCdf(x: number): number {
  // Abramowitz–Stegun 7.1.26 is too coarse; use erfc via a continued fraction-free series.
  const t = 1 / (1 + (0.5 * Math.abs(x)) / Math.SQRT2);
  const z = Math.abs(x) / Math.SQRT2;
  const erfc =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t *
                              (-1.13520398 +
                                t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}
function nctCdfByIntegration(x: number, df: number, delta: number): number {
  const logNorm = -(df / 2) * Math.log(2) - logGamma(df / 2);
  const upper = df + 40 * Math.sqrt(2 * df) + 60;
  const steps = 20000;
  const h = upper / steps;
  let sum = 0;
  for (let i = 1; i <= steps; i += 1) {
    const v = i * h;
    const density = Math.exp(logNorm + (df / 2 - 1) * Math.log(v) - v / 2);
    const weight = i === steps ? 1 : i % 2 === 1 ? 4 : 2;
    sum += weight * density * normalCdf(x * Math.sqrt(v / df) - delta);
  }
  return (sum * h) / 3;
}
function powerByIntegration(delta: number, df: number, alpha: number): number {
  const tc = jStat.studentt.inv(1 - alpha / 2, df);
  return 1 - nctCdfByIntegration(tc, df, delta) + nctCdfByIntegration(-tc, df, delta);
}

describe('analytic power', () => {
  it('parallel: 64 per group, d = 0.5, α = 0.05 gives the textbook 0.801', () => {
    expect(parallelPower({ n: 128, effect: 0.5, sd: 1, alpha: 0.05 })).toBeCloseTo(0.8015, 3);
  });

  it('noncentral-t power matches an independent numerical integration to 3 decimals', () => {
    for (const [delta, df] of [
      [2.0, 10],
      [2.9155, 66],
      [1.2, 5],
      [-2.5, 20],
      [3.5, 28],
    ] as const) {
      expect(tTestPower(delta, df, 0.05)).toBeCloseTo(powerByIntegration(delta, df, 0.05), 3);
    }
  });

  it('crossover: δ = τ/√(2σ²(1−ρ)/n) — Hess-sized trial, τ = 0.5, ρ = 0.5', () => {
    const power = crossoverPower({
      n: 68,
      effect: 0.5,
      sd: 1,
      rho: 0.5,
      alpha: 0.05,
      dropout: 0,
      lambda: 0,
    });
    expect(power).toBeCloseTo(powerByIntegration(0.5 / Math.sqrt(1 / 68), 66, 0.05), 3);
    // The within-person comparison beats the parallel design with the same people.
    expect(power).toBeGreaterThan(parallelPower({ n: 68, effect: 0.5, sd: 1, alpha: 0.05 }));
  });

  it('crossover with ρ = 0 equals a parallel trial of twice as many measurements', () => {
    const cross = crossoverPower({
      n: 40,
      effect: 0.6,
      sd: 1,
      rho: 0,
      alpha: 0.05,
      dropout: 0,
      lambda: 0,
    });
    // Same δ as a parallel trial of 80, but df = 38 instead of 78, so slightly lower.
    expect(cross).toBeLessThan(parallelPower({ n: 80, effect: 0.6, sd: 1, alpha: 0.05 }));
    expect(cross).toBeCloseTo(powerByIntegration(0.6 / Math.sqrt(2 / 40), 38, 0.05), 3);
  });

  it('carryover λ lowers the crossover power through its bias −λ/2', () => {
    const p = { n: 30, effect: 0.5, sd: 1, rho: 0.5, alpha: 0.05, dropout: 0 };
    expect(crossoverPower({ ...p, lambda: 1 })).toBeCloseTo(
      crossoverPower({ ...p, effect: 0, lambda: 0 }),
      6,
    );
  });

  it('is α when there is no effect', () => {
    expect(tTestPower(0, 20, 0.05)).toBe(0.05);
  });

  it('sampleSizeFor finds the smallest even n reaching the target', () => {
    const powerAt = (n: number) => parallelPower({ n, effect: 0.5, sd: 1, alpha: 0.05 });
    expect(sampleSizeFor(0.8, powerAt)).toBe(128);
    expect(powerAt(126)).toBeLessThan(0.8);
    expect(sampleSizeFor(0.9, powerAt)).toBe(172);
    expect(sampleSizeFor(0.8, () => 0.1)).toBeNull();
  });
});

describe('powerCurves', () => {
  it('gives both curves, rising with n, and the sample sizes for 80% and 90%', () => {
    const curves = powerCurves({ n: 68, effect: 0.5, sd: 1, rho: 0.5, alpha: 0.05, dropout: 0 }, 0);
    expect(curves.n80.parallel).toBe(128);
    expect(curves.n90.parallel).toBe(172);
    expect(curves.n80.crossover).toBeLessThan(curves.n80.parallel!);
    for (const line of [curves.crossover, curves.parallel]) {
      for (let i = 1; i < line.length; i += 1)
        expect(line[i]![1]).toBeGreaterThanOrEqual(line[i - 1]![1]);
    }
    expect(curves.crossover[0]![0]).toBe(4);
    expect(curves.maxN).toBeGreaterThanOrEqual(136);
  });
});
