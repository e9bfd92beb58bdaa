// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  SPENDING_CONVENTION,
  equallySpaced,
  groupSequentialBoundary,
  sequentialCharacteristics,
  spendingFunction,
  wangTsiatisBoundary,
} from '../../src/model/lab/groupSequential';
import { BOUNDARY_CONVENTION, twoLookBoundary } from '../../src/model/lab/boundaries';
import { bivariateNormalCdf } from '../../src/model/lab/bivariateNormal';
import { jStat } from '../../src/model/stats';

const Phi = (x: number) => jStat.normal.cdf(x, 0, 1);

/**
 * Second method for two looks: P(reject) = 1 − P(|Z₁| < c₁, |Z₂| < c₂) with corr(Z₁, Z₂) = √f,
 * from the bivariate normal CDF (Genz's algorithm), not from the recursive grid integration.
 */
function twoLookAlphaByBivariateNormal(c1: number, c2: number, f: number): number {
  const r = Math.sqrt(f);
  const inside =
    bivariateNormalCdf(c1, c2, r) -
    bivariateNormalCdf(-c1, c2, r) -
    bivariateNormalCdf(c1, -c2, r) +
    bivariateNormalCdf(-c1, -c2, r);
  return 1 - inside;
}

describe('bivariate normal CDF (Genz 2004)', () => {
  it('matches the closed form Φ₂(0, 0; r) = 1/4 + asin(r)/(2π) and the independent case', () => {
    for (const r of [-0.95, -0.5, 0, 0.3, 0.8, 0.97]) {
      expect(bivariateNormalCdf(0, 0, r)).toBeCloseTo(0.25 + Math.asin(r) / (2 * Math.PI), 12);
    }
    expect(bivariateNormalCdf(1.2, -0.4, 0)).toBeCloseTo(Phi(1.2) * Phi(-0.4), 12);
    expect(bivariateNormalCdf(0.5, 2, 1)).toBeCloseTo(Phi(0.5), 12);
  });
});

describe('O’Brien–Fleming-type boundary: the one-sided-α convention (issue #12, item 11)', () => {
  it('two-sided 0.05 at f = 0.5 gives 2.963 then 1.969 (gsDesign sfLDOF / rpact asOF)', () => {
    const b = twoLookBoundary(0.05, 0.5, 'obf');
    expect(b.z1).toBeCloseTo(2.963, 3);
    expect(b.z2).toBeCloseTo(1.969, 3);
    // Not the two-sided-α convention (2.772, 1.979) the lab used before.
    expect(Math.abs(b.z1 - 2.772)).toBeGreaterThan(0.1);
    expect(twoLookAlphaByBivariateNormal(b.z1, b.z2, 0.5)).toBeCloseTo(0.05, 8);
  });

  it('at Williams’ interim (14 of 30, f = 14/30): 3.0803 then 1.9659, checked by a second method', () => {
    // Our values, from the recursive integration (grid-converged to 1e-9): c₁ = 3.08026,
    // c₂ = 1.96588; nominal two-sided p thresholds 0.002068 and 0.04931.
    const b = twoLookBoundary(0.05, 14 / 30, 'obf');
    expect(b.z1).toBeCloseTo(3.08026, 4);
    expect(b.z2).toBeCloseTo(1.96588, 4);
    expect(b.p1).toBeCloseTo(0.002068, 5);
    expect(b.p2).toBeCloseTo(0.04931, 4);
    // c₁ is closed-form: α₁ = 2·(2 − 2Φ(z_{0.9875}/√f)).
    const alpha1 = 2 * spendingFunction('obf', 0.025, 14 / 30);
    expect(b.z1).toBeCloseTo(jStat.normal.inv(1 - alpha1 / 2, 0, 1), 10);
    // The total error from the bivariate normal CDF is exactly 0.05.
    expect(twoLookAlphaByBivariateNormal(b.z1, b.z2, 14 / 30)).toBeCloseTo(0.05, 8);
  });

  it('names its convention', () => {
    expect(BOUNDARY_CONVENTION).toBe(SPENDING_CONVENTION);
    expect(SPENDING_CONVENTION.label).toMatch(/one-sided/);
  });
});

describe('Lan–DeMets spending with up to four analyses', () => {
  // Published one-sided α = 0.025 boundaries for equally spaced analyses, as printed by gsDesign
  // (gsDesign(k, test.type = 1, sfu = sfLDOF / sfLDPocock)) and rpact
  // (getDesignGroupSequential(kMax, typeOfDesign = "asOF" / "asP")), to 3 decimals:
  //   OBF-type K = 2: 2.963 1.969;  K = 3: 3.710 2.511 1.993;  K = 4: 4.333 2.963 2.359 2.014
  //   Pocock-type K = 2: 2.157 2.201;  K = 3: 2.279 2.295 2.296
  // Pocock-type K = 4 (our value, not found printed): 2.368 2.368 2.358 2.350.
  const cases: [Parameters<typeof groupSequentialBoundary>[0]['spending'], number, number[]][] = [
    ['obf', 2, [2.963, 1.969]],
    ['obf', 3, [3.71, 2.511, 1.993]],
    ['obf', 4, [4.333, 2.963, 2.359, 2.014]],
    ['pocock', 2, [2.157, 2.201]],
    ['pocock', 3, [2.279, 2.295, 2.296]],
    ['pocock', 4, [2.368, 2.368, 2.358, 2.35]],
  ];
  it.each(cases)('%s-type, %i analyses, one-sided 0.025', (spending, K, published) => {
    const d = groupSequentialBoundary({
      alpha: 0.025,
      fractions: equallySpaced(K),
      spending,
      sided: 1,
    });
    d.z.forEach((z, k) => expect(z).toBeCloseTo(published[k]!, 3));
    expect(d.overallAlpha).toBeCloseTo(0.025, 9);
    // The same boundary, two-sided at 0.05 (α/2 per side), differs by less than 1e-4.
    const two = groupSequentialBoundary({ alpha: 0.05, fractions: equallySpaced(K), spending });
    two.z.forEach((z, k) => expect(z).toBeCloseTo(d.z[k]!, 4));
    expect(two.overallAlpha).toBeCloseTo(0.05, 9);
  });

  it('the naive rule inflates the error as Armitage, McPherson & Rowe (1969) and gsDesign report', () => {
    // gsDesign unit test "test.Deming.gsProb": repeated one-sided 0.025 tests, upper crossing
    // 0.042 (K = 2) and 0.063 (K = 4); two-sided 0.05: 0.083, 0.107, 0.126 (AMR 1969, Table 2).
    const one = (K: number) =>
      groupSequentialBoundary({ alpha: 0.05, fractions: equallySpaced(K), spending: 'naive' });
    const upper = (K: number) =>
      sequentialCharacteristics(one(K), 0).upperAt.reduce((a, b) => a + b);
    expect(upper(2)).toBeCloseTo(0.042, 3);
    expect(upper(4)).toBeCloseTo(0.063, 3);
    expect(one(2).overallAlpha).toBeCloseTo(0.083, 3);
    expect(one(3).overallAlpha).toBeCloseTo(0.107, 3);
    expect(one(4).overallAlpha).toBeCloseTo(0.126, 3);
  });

  it('operating characteristics: the fixed design has the z-test power; E[N] follows from the stopping probabilities', () => {
    const fixed = groupSequentialBoundary({ alpha: 0.05, fractions: [1], spending: 'obf' });
    const theta = jStat.normal.inv(0.975, 0, 1) + jStat.normal.inv(0.8, 0, 1);
    expect(sequentialCharacteristics(fixed, theta).power).toBeCloseTo(0.8, 4);
    expect(sequentialCharacteristics(fixed, theta).expectedFraction).toBe(1);
    // Pocock-type, 2 analyses: under H0 almost every trial runs to the end.
    const d = groupSequentialBoundary({ alpha: 0.05, fractions: [0.5, 1], spending: 'pocock' });
    const h0 = sequentialCharacteristics(d, 0);
    expect(h0.power).toBeCloseTo(0.05, 9);
    expect(h0.expectedFraction).toBeCloseTo(1 - 0.5 * h0.rejectAt[0]!, 12);
    // Under the alternative the expected size falls well below the maximum.
    expect(sequentialCharacteristics(d, theta).expectedFraction).toBeLessThan(0.85);
  });
});

describe('the recursive integration against the classical tables', () => {
  // Pocock (1977) and O'Brien & Fleming (1979) boundaries for K equally spaced analyses, two-sided
  // α = 0.05: Jennison & Turnbull (2000), Table 2.1 (Pocock C_P: K = 2 → 2.178, K = 3 → 2.289,
  // K = 4 → 2.361) and Table 2.3 (O'Brien–Fleming C_B: 1.977, 2.004, 2.024, so c_k = C_B·√(K/k):
  // K = 2 → 2.797, 1.977; K = 3 → 3.471, 2.454, 2.004). gsDesign(k, test.type = 2,
  // sfu = "Pocock" / "OF") prints the same values. These are not the lab's spending boundaries;
  // they check the integration that computes them, against numbers it was not tuned to.
  const cases: ['pocock' | 'obf', number, number[]][] = [
    ['pocock', 2, [2.178, 2.178]],
    ['pocock', 3, [2.289, 2.289, 2.289]],
    ['pocock', 4, [2.361, 2.361, 2.361, 2.361]],
    ['obf', 2, [2.797, 1.977]],
    ['obf', 3, [3.471, 2.454, 2.004]],
    ['obf', 4, [4.049, 2.863, 2.337, 2.024]],
  ];
  it.each(cases)('%s, %i analyses, two-sided 0.05', (shape, analyses, published) => {
    const d = wangTsiatisBoundary({ alpha: 0.05, analyses, shape });
    d.z.forEach((z, k) => expect(Math.abs(z - published[k]!)).toBeLessThan(0.0015));
    expect(d.overallAlpha).toBeCloseTo(0.05, 8);
  });

  it('the lab’s Lan–DeMets spending boundaries sit close to, but not on, the classical ones', () => {
    // Pocock-type spending at K = 2 gives 2.157, 2.201 (two-sided 0.05), not 2.178 twice; the
    // O’Brien–Fleming-type gives 2.963, 1.969, not 2.797, 1.977 — both as gsDesign documents.
    const ldP = groupSequentialBoundary({ alpha: 0.05, fractions: [0.5, 1], spending: 'pocock' });
    const ldO = groupSequentialBoundary({ alpha: 0.05, fractions: [0.5, 1], spending: 'obf' });
    expect(ldP.z[0]).toBeCloseTo(2.157, 3);
    expect(ldP.z[1]).toBeCloseTo(2.201, 3);
    expect(ldO.z[0]).toBeCloseTo(2.963, 3);
    expect(ldO.z[1]).toBeCloseTo(1.969, 3);
  });
});
