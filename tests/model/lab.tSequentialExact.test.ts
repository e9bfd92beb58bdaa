// @vitest-environment node
/**
 * The exact calculation for group-sequential t-tests (tSequentialExact.ts): its χ² pieces, the
 * one-look and many-df limits, and the lab's small-df designs against the lab's own simulation.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAB } from '../../src/model/lab/params';
import { DEFAULT_LAB_SETTINGS, type LabConfig } from '../../src/model/lab/settings';
import { nullConfig, simulateLab, summariseLab } from '../../src/model/lab/labSimulation';
import { EXACT_T_BELOW_DF, labAnalytic } from '../../src/model/lab/labPower';
import {
  chiSquareQuantile,
  Phi,
  exactTSequential,
  type ExactTLooks,
} from '../../src/model/lab/tSequentialExact';
import {
  groupSequentialBoundary,
  sequentialCharacteristicsAt,
} from '../../src/model/lab/groupSequential';
import { tSequentialCharacteristics } from '../../src/model/lab/tSequential';
import { tTestPower } from '../../src/model/lab/power';
import { jStat } from '../../src/model/stats';

const base: LabConfig = { ...DEFAULT_LAB, ...DEFAULT_LAB_SETTINGS, seed: 2026 };
const cfg = (over: Partial<LabConfig>): LabConfig => ({ ...base, ...over });
const SLOW = 60_000;

/** Equally spaced looks of a t-test with `sequences` groups, drift θ at full information. */
function looksFor(
  n: number,
  analyses: number,
  spending: 'obf' | 'pocock',
  theta: number,
  sequences = 2,
): ExactTLooks & { design: ReturnType<typeof groupSequentialBoundary> } {
  const fractions = Array.from(
    { length: analyses },
    (_, i) => Math.round(((i + 1) * n) / analyses) / n,
  );
  const design = groupSequentialBoundary({ alpha: 0.05, fractions, spending, sided: 2 });
  const df = fractions.map((f) => Math.round(f * n) - sequences);
  return {
    design,
    fractions,
    df,
    critical: design.nominalP.map((p, k) => jStat.studentt.inv(1 - p / 2, df[k]!)),
    means: fractions.map((f) => theta * Math.sqrt(f)),
  };
}

describe('the χ² and normal pieces', () => {
  it('the tabulated χ² quantile agrees with jStat from 1 to 300 df', () => {
    for (const nu of [1, 2, 3, 7.5, 30, 300])
      for (const p of [1e-6, 0.01, 0.3, 0.5, 0.9, 0.999, 1 - 1e-9]) {
        const x = jStat.chisquare.inv(p, nu);
        expect(Math.abs(chiSquareQuantile(nu, p) - x)).toBeLessThan(1e-7 * (1 + x));
      }
  });

  it('Φ (Hart / West) agrees with jStat to 1e-15', () => {
    for (let x = -12; x <= 12; x += 0.01)
      expect(Math.abs(Phi(x) - jStat.normal.cdf(x, 0, 1))).toBeLessThan(1e-15);
    expect(Phi(-20) / 2.7536241186062e-89).toBeCloseTo(1, 9);
  });
});

describe('limits the exact calculation must reach', () => {
  it('one look is the fixed-size t-test (power.ts) to 1e-6', () => {
    for (const df of [1, 2, 5, 10, 40])
      for (const delta of [0, 0.7, 2, -3]) {
        const b = jStat.studentt.inv(0.975, df);
        const one = exactTSequential({ fractions: [1], df: [df], critical: [b], means: [delta] });
        expect(Math.abs(one.power - tTestPower(delta, df, 0.05))).toBeLessThan(1e-6);
        expect(one.expectedFraction).toBe(1);
      }
  });

  it('a look that cannot be analysed (df < 1) or has no reachable boundary cannot reject', () => {
    const b = jStat.studentt.inv(0.975, 8);
    const alone = exactTSequential({ fractions: [1], df: [8], critical: [b], means: [1.5] });
    for (const first of [
      { df: 0, critical: 3 },
      { df: 0.5, critical: 40 },
      { df: 4, critical: Infinity },
    ]) {
      const two = exactTSequential({
        fractions: [0.4, 1],
        df: [first.df, 8],
        critical: [first.critical, b],
        means: [1.5 * Math.sqrt(0.4), 1.5],
      });
      expect(two.rejectAt[0]).toBe(0);
      expect(two.rejectAt[1]).toBeCloseTo(alone.power, 12);
    }
  });

  it(
    'with many df it is the normal recursion (groupSequential.ts, checked against gsDesign) to 1e-3',
    () => {
      for (const spending of ['obf', 'pocock'] as const)
        for (const analyses of [2, 3, 4])
          for (const theta of [0, 2, 3.2]) {
            const looks = looksFor(40_000, analyses, spending, theta);
            const exact = exactTSequential(looks, 16);
            const normal = sequentialCharacteristicsAt(looks.design, looks.means);
            expect(Math.abs(exact.power - normal.power)).toBeLessThan(1e-3);
            exact.rejectAt.forEach((p, k) =>
              expect(Math.abs(p - normal.rejectAt[k]!)).toBeLessThan(1e-3),
            );
            expect(Math.abs(exact.expectedFraction - normal.expectedFraction)).toBeLessThan(1e-3);
          }
    },
    SLOW,
  );

  it(
    `from ${EXACT_T_BELOW_DF} df at every look the adjusted drift (tSequential.ts) is within 1.5e-3`,
    () => {
      // Where the lab switches from the exact calculation to the adjusted drift (labPower.ts).
      for (const spending of ['obf', 'pocock'] as const)
        for (const theta of [0, 2.8]) {
          const n = 4 * (EXACT_T_BELOW_DF + 2);
          const looks = looksFor(n, 4, spending, theta);
          expect(Math.min(...looks.df)).toBe(EXACT_T_BELOW_DF);
          const exact = exactTSequential(looks, 16);
          const adjusted = tSequentialCharacteristics(
            looks.design,
            looks.means.map((m, k) => ({
              crossing: tTestPower(m, looks.df[k]!, looks.design.nominalP[k]!),
              mean: m,
            })),
          );
          expect(Math.abs(exact.power - adjusted.power)).toBeLessThan(1.5e-3);
        }
    },
    SLOW,
  );

  it(
    'the lab’s rule (2^14 points) is within 1e-3 of a rule with 16 times as many points',
    () => {
      for (const [n, analyses, spending] of [
        [12, 4, 'pocock'],
        [24, 4, 'obf'],
        [12, 3, 'obf'],
        [40, 2, 'pocock'],
      ] as const)
        for (const theta of [0, 2.8]) {
          const looks = looksFor(n, analyses, spending, theta);
          const lab = exactTSequential(looks);
          const fine = exactTSequential(looks, 18);
          expect(Math.abs(lab.power - fine.power)).toBeLessThan(1e-3);
          lab.rejectAt.forEach((p, k) =>
            expect(Math.abs(p - fine.rejectAt[k]!)).toBeLessThan(1e-3),
          );
          expect(Math.abs(lab.expectedFraction - fine.expectedFraction)).toBeLessThan(2e-4);
        }
    },
    SLOW,
  );

  it(
    'with 40 df or more at every look, within 1e-4 of a rule with 16 times as many points',
    () => {
      for (const [n, analyses, spending] of [
        [200, 4, 'pocock'],
        [170, 3, 'obf'],
        [90, 2, 'pocock'],
      ] as const)
        for (const theta of [0, 2.8]) {
          const looks = looksFor(n, analyses, spending, theta);
          expect(Math.min(...looks.df)).toBeGreaterThanOrEqual(40);
          const lab = exactTSequential(looks);
          const fine = exactTSequential(looks, 18);
          expect(Math.abs(lab.power - fine.power)).toBeLessThan(1e-4);
          lab.rejectAt.forEach((p, k) =>
            expect(Math.abs(p - fine.rejectAt[k]!)).toBeLessThan(1e-4),
          );
        }
    },
    SLOW,
  );
});

/** Simulated against analytic: power, type I error, stopping per look, E[N] under H1 and H0. */
function failures(config: LabConfig, sims: number, lambda = 0): string[] {
  const h1 = labAnalytic(config, lambda).sequential;
  const h0 = labAnalytic(nullConfig(config), 0).sequential;
  const s1 = summariseLab(simulateLab(config, lambda, 0, sims));
  const s0 = summariseLab(simulateLab(nullConfig(config), 0, 0, sims));
  const sizes = h1.lookSizes;
  const out: string[] = [];
  const rate = (name: string, simulated: number, p: number) => {
    const se = Math.sqrt((p * (1 - p)) / sims);
    if (!(Math.abs(simulated - p) <= 3 * se + 1 / sims))
      out.push(`${name}: simulated ${simulated.toFixed(4)}, analytic ${p.toFixed(4)}`);
  };
  const size = (name: string, simulated: number, mean: number, rejectAt: number[]) => {
    let second = 0;
    let stopped = 0;
    rejectAt.slice(0, -1).forEach((p, k) => {
      second += p * sizes[k]! ** 2;
      stopped += p;
    });
    second += (1 - stopped) * config.n ** 2;
    const se = Math.sqrt(Math.max(0, second - mean * mean) / sims);
    if (!(Math.abs(simulated - mean) <= 3 * se + config.n / sims))
      out.push(`${name}: simulated ${simulated.toFixed(3)}, analytic ${mean.toFixed(3)}`);
  };
  rate('power', s1.rejection, h1.power);
  rate('type I error', s0.rejection, h1.typeIError);
  h1.rejectAt.forEach((p, k) => rate(`stop at look ${k + 1} under H1`, s1.rejectAt[k]!, p));
  h0.rejectAt.forEach((p, k) => rate(`stop at look ${k + 1} under H0`, s0.rejectAt[k]!, p));
  size('E[N] under H1', s1.expectedN, h1.expectedN, h1.rejectAt);
  size('E[N] under H0', s0.expectedN, h1.expectedNNull, h0.rejectAt);
  return out;
}

describe('few residual df: the lab’s simulation agrees within 3 Monte Carlo SEs', () => {
  const SIMS = 20_000;
  it.each([
    ['AB/BA, n = 12, 2 looks, Pocock', { n: 12, interimLooks: 1, spending: 'pocock' }],
    ['AB/BA, n = 12, 2 looks, O’Brien–Fleming', { n: 12, interimLooks: 1, spending: 'obf' }],
    ['AB/BA, n = 12, 3 looks, Pocock', { n: 12, interimLooks: 2, spending: 'pocock' }],
    ['AB/BA, n = 12, 3 looks, O’Brien–Fleming', { n: 12, interimLooks: 2, spending: 'obf' }],
    [
      'AB/BA, n = 12, 4 looks, Pocock (df 2, 4, 7, 10)',
      { n: 12, interimLooks: 3, spending: 'pocock' },
    ],
    [
      'parallel, n = 12, 4 looks, Pocock',
      { n: 12, interimLooks: 3, spending: 'pocock', design: 'parallel', effect: 1.1 },
    ],
    [
      'ABB/BAA, n = 16, 3 looks, Pocock',
      { n: 16, interimLooks: 2, spending: 'pocock', crossoverDesign: 'abb-baa' },
    ],
    [
      'Balaam (4 sequences), n = 24, 3 looks, first after 20% (df 1, …)',
      { n: 24, interimLooks: 2, firstLook: 0.2, crossoverDesign: 'balaam', effect: 0.8 },
    ],
    [
      'AB/BA, n = 13: groups of 3 split 2 : 1 (unequal rounding)',
      { n: 13, interimLooks: 3, spending: 'pocock' },
    ],
    [
      'AB/BA 70 : 30, n = 20, 3 looks (unequal allocation and rounding)',
      { n: 20, interimLooks: 2, spending: 'pocock', allocation: 0.7 },
    ],
  ] as const)(
    '%s',
    (_, over) => {
      const config = cfg({ effect: 0.6, seed: 4242, ...over });
      expect(failures(config, SIMS)).toEqual([]);
    },
    SLOW,
  );

  it(
    'AB/BA with carryover (λ = 0.4 biases the estimate by −0.2) and a period effect, n = 16, 3 looks',
    () => {
      const config = cfg({ n: 16, interimLooks: 2, spending: 'obf', effect: 0.8, period: 0.4 });
      expect(failures(config, SIMS, 0.4)).toEqual([]);
    },
    SLOW,
  );

  it('n = 12 with three Pocock-type looks: the type I error is about 5.75% (2^18 points: 5.753%), not the normal model’s 5%', () => {
    const config = cfg({ n: 12, interimLooks: 3, spending: 'pocock', effect: 0 });
    const analytic = labAnalytic(config, 0).sequential;
    expect(analytic.lookSizes).toEqual([4, 6, 9, 12]);
    expect(analytic.typeIError).toBeGreaterThan(0.056);
    expect(analytic.typeIError).toBeLessThan(0.059);
  });
});
