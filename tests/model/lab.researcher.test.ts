// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAB, originalLook } from '../../src/model/lab/params';
import {
  DEFAULT_LAB_SETTINGS,
  LAB_SETTINGS_FIELDS,
  type LabConfig,
} from '../../src/model/lab/settings';
import { allocate, designStructure } from '../../src/model/lab/designs';
import {
  mainlandGart,
  mcnemar,
  pairProbabilities,
  twoProportion,
  twoProportionPower,
} from '../../src/model/lab/binary';
import { tTestPower, crossoverPower } from '../../src/model/lab/power';
import { sequentialCharacteristics } from '../../src/model/lab/groupSequential';
import {
  labSequentialDesign,
  lookSizes,
  mergeLabTotals,
  nullConfig,
  simulateLab,
  simulateLabPeople,
  simulateLabRows,
  summariseLab,
  type LabTotals,
} from '../../src/model/lab/labSimulation';
import { labAnalytic, labPowerCurve } from '../../src/model/lab/labPower';
import { labPeopleCsv, labTrialsCsv } from '../../src/model/lab/labCsv';

const base: LabConfig = { ...DEFAULT_LAB, ...DEFAULT_LAB_SETTINGS, seed: 2026 };
const cfg = (over: Partial<LabConfig>): LabConfig => ({ ...base, ...over });
const rate = (row: Float64Array) => row[0]! / row[3]!;
const within3 = (observed: number, expected: number, count: number) =>
  expect(Math.abs(observed - expected)).toBeLessThan(
    3 * Math.sqrt((expected * (1 - expected)) / count),
  );

describe('published power reference values (issue #12, “Also”)', () => {
  it('R power.t.test: n = 20/group, δ = 1, σ = 1 → 0.8689528; n = 100, δ = 2, σ = 5 → 0.8036466', () => {
    expect(tTestPower(1 / Math.sqrt(2 / 20), 38, 0.05)).toBeCloseTo(0.8689528, 6);
    // jStat's noncentral t is good to about 1e-6 here.
    expect(tTestPower(2 / (5 * Math.sqrt(2 / 100)), 198, 0.05)).toBeCloseTo(0.8036466, 5);
    // The same numbers for a parallel lab trial of 40 (and 200) people …
    expect(labAnalytic(cfg({ design: 'parallel', n: 40, effect: 1, sd: 1 }), 0).power).toBeCloseTo(
      0.8689528,
      6,
    );
    // … and for a 2×2 crossover of m = 40 with σ√((1−ρ)/2) = 1 (ρ = 0.5, σ = 2).
    const cross = cfg({ n: 40, effect: 1, sd: 2, rho: 0.5 });
    expect(labAnalytic(cross, 0).power).toBeCloseTo(0.8689528, 6);
    expect(crossoverPower({ ...cross, lambda: 0 })).toBeCloseTo(0.8689528, 6);
  });

  it('R power.prop.test(n = 50, p1 = .5, p2 = .75) → 0.7401659', () => {
    // By hand: (√50·0.25 − 1.959964·√(1.25·0.75/2)) / √(0.25 + 0.1875) = 0.643853; Φ = 0.7401659.
    expect(twoProportionPower(0.5, 0.75, 50, 50, 0.05, false)).toBeCloseTo(0.7401659, 7);
    expect(
      labAnalytic(
        cfg({ design: 'parallel', outcome: 'binary', n: 100, pActive: 0.75, pControl: 0.5 }),
        0,
      ).power,
    ).toBeCloseTo(0.74017, 4);
  });
});

describe('binary tests', () => {
  it('Mainland–Gart: Pearson χ² of the discordant 2×2 table and Gart’s log odds ratio', () => {
    // a, b = 10, 2 (AB: 1,0 / 0,1); c, d = 3, 9: χ² = 24·(90 − 6)²/(12·12·13·11) = 8.2238.
    const r = mainlandGart(10, 2, 3, 9);
    expect(r.z * r.z).toBeCloseTo(8.2238, 3);
    expect(r.estimate).toBeCloseTo(0.5 * Math.log(90 / 6), 10);
    expect(r.p).toBeCloseTo(0.004135, 5);
  });

  it('McNemar and two proportions', () => {
    const m = mcnemar(15, 5, 50);
    expect(m.z).toBeCloseTo(10 / Math.sqrt(20), 12);
    expect(m.estimate).toBeCloseTo(0.2, 12);
    const t = twoProportion(30, 50, 20, 50);
    expect(t.z).toBeCloseTo(0.2 / Math.sqrt(0.25 * (2 / 50)), 12);
  });

  it('the latent model gives the right margins and, at ρ = 0, independence', () => {
    const p = pairProbabilities(0.6, 0.3, 0);
    expect(p.p11).toBeCloseTo(0.18, 10);
    const q = pairProbabilities(0.6, 0.3, 0.7);
    expect(q.p11 + q.p10).toBeCloseTo(0.6, 10);
    expect(q.p11 + q.p01).toBeCloseTo(0.3, 10);
    expect(q.p11).toBeGreaterThan(0.18);
  });
});

describe('design structures', () => {
  it('returns sequences × periods → treatment for each design', () => {
    expect(designStructure('crossover', 'abb-baa').sequences.map((s) => s.label)).toEqual([
      'ABB',
      'BAA',
    ]);
    expect(designStructure('crossover', 'balaam').sequences.map((s) => s.label)).toEqual([
      'AB',
      'BA',
      'AA',
      'BB',
    ]);
    expect(designStructure('parallel', 'ab-ba').periods).toBe(1);
    expect(designStructure('crossover', 'ab-ba', 0.3).shares).toEqual([0.3, 0.7]);
    expect(LAB_SETTINGS_FIELDS.interimLooks.max).toBe(3);
  });

  it('allocates people in balance as they arrive', () => {
    expect(Array.from(allocate(designStructure('crossover', 'ab-ba'), 6))).toEqual([
      0, 1, 0, 1, 0, 1,
    ]);
    const counts = [0, 0];
    allocate(designStructure('crossover', 'ab-ba', 0.3), 100).forEach((s) => (counts[s]! += 1));
    expect(counts).toEqual([30, 70]);
    expect(lookSizes(30, 1)).toEqual([15, 30]);
    expect(lookSizes(100, 3)).toEqual([25, 50, 75, 100]);
  });

  it('places the first look where firstLook says, the later ones equally spaced after it', () => {
    // Williams as stopped: one look after 14 of 30 (the original engine's round(n·f) look).
    expect(lookSizes(30, 1, 0.47)).toEqual([14, 30]);
    expect(lookSizes(100, 3, 0.4)).toEqual([40, 60, 80, 100]);
    expect(lookSizes(60, 2, 0.25)).toEqual([15, 38, 60]);
    // firstLook = 0 keeps equal spacing; the original engine's look agrees with lookSizes.
    expect(lookSizes(100, 3, 0)).toEqual(lookSizes(100, 3));
    for (const [n, looks, first] of [
      [30, 1, 0.47],
      [68, 1, 0],
      [200, 1, 0.3],
    ] as const) {
      const { interim } = originalLook({ interimLooks: looks, firstLook: first, spending: 'obf' });
      expect(Math.max(4, Math.min(n - 2, Math.round(n * interim)))).toBe(
        lookSizes(n, looks, first)[0],
      );
    }
    expect(originalLook({ interimLooks: 0, firstLook: 0.5, spending: 'naive' })).toEqual({
      interim: 0,
      boundary: 'naive',
    });
  });
});

describe('simulated lab trials agree with the analytic values (within 3 Monte Carlo SEs)', () => {
  const SIMS = 3000;

  it.each([
    ['AB/BA, 30% in AB', cfg({ n: 40, effect: 0.5, allocation: 0.3 })],
    ['ABB/BAA with carryover', cfg({ n: 30, effect: 0.5, crossoverDesign: 'abb-baa' })],
    ['Balaam with carryover', cfg({ n: 80, effect: 0.5, crossoverDesign: 'balaam' })],
  ])(
    '%s: power (noncentral t), type I error, unbiased where carryover is adjusted',
    (_, config) => {
      const lambda = config.crossoverDesign === 'ab-ba' ? 0 : 0.5;
      const totals = simulateLab(config, lambda, 0, SIMS);
      const analytic = labAnalytic(config, lambda);
      within3(rate(totals.fixed), analytic.power, SIMS);
      within3(rate(simulateLab(nullConfig(config), 0, 0, SIMS).fixed), 0.05, SIMS);
      const mean = totals.fixed[1]! / SIMS;
      const sd = Math.sqrt(totals.fixed[2]! / SIMS - mean * mean);
      expect(Math.abs(mean - 0.5)).toBeLessThan((3 * sd) / Math.sqrt(SIMS));
      // The carryover estimate is unbiased too in ABB/BAA and Balaam's design.
      if (lambda > 0) {
        const c = totals.carryover;
        const cm = c[1]! / c[3]!;
        const cs = Math.sqrt(c[2]! / c[3]! - cm * cm);
        expect(Math.abs(cm - lambda)).toBeLessThan((3 * cs) / Math.sqrt(c[3]!));
      }
    },
  );

  it('binary AB/BA: Mainland–Gart, McNemar (Connor 1987) and two-proportion power and type I error', () => {
    const config = cfg({ outcome: 'binary', n: 120, pActive: 0.45, pControl: 0.3, rho: 0.5 });
    const totals = simulateLab(config, 0, 0, SIMS);
    const analytic = labAnalytic(config, 0);
    // Normal approximations at n = 120: allow 3 MC SEs plus 0.02 for the approximation.
    const mc = (p: number) => 3 * Math.sqrt((p * (1 - p)) / SIMS) + 0.02;
    expect(Math.abs(rate(totals.fixed) - analytic.power)).toBeLessThan(mc(analytic.power));
    expect(Math.abs(rate(totals.mcnemar) - analytic.mcnemarPower!)).toBeLessThan(
      mc(analytic.mcnemarPower!),
    );
    expect(Math.abs(rate(totals.parallel) - analytic.parallelPower)).toBeLessThan(
      mc(analytic.parallelPower),
    );
    const nul = simulateLab(nullConfig(config), 0, 0, SIMS);
    for (const row of [nul.fixed, nul.mcnemar, nul.parallel])
      expect(Math.abs(rate(row) - 0.05)).toBeLessThan(mc(0.05));
  });

  it('three looks: O’Brien–Fleming-type keeps α, naive inflates it, E[N] as the integration says', () => {
    const config = cfg({ n: 200, effect: 0, interimLooks: 2, spending: 'obf' });
    const obf = summariseLab(simulateLab(config, 0, 0, SIMS));
    within3(obf.rejection, 0.05, SIMS);
    const naive = summariseLab(simulateLab({ ...config, spending: 'naive' }, 0, 0, SIMS));
    const naiveAnalytic = labAnalytic({ ...config, spending: 'naive' }, 0).sequential.typeIError;
    // z-tests: 10.7%; the lab's t-tests (65, 131 and 198 df): 10.76% (2^18-point rule).
    const naiveDesign = labSequentialDesign({ ...config, spending: 'naive' });
    expect(sequentialCharacteristics(naiveDesign, 0).power).toBeCloseTo(0.107, 3);
    expect(Math.abs(naiveAnalytic - 0.1076)).toBeLessThan(1e-3);
    within3(naive.rejection, naiveAnalytic, SIMS);
    // Under the alternative (Pocock-type): power and expected size.
    const alt = cfg({ n: 200, effect: 0.3, interimLooks: 2, spending: 'pocock' });
    const sim = summariseLab(simulateLab(alt, 0, 0, SIMS));
    const an = labAnalytic(alt, 0).sequential;
    expect(Math.abs(sim.rejection - an.power)).toBeLessThan(
      3 * Math.sqrt((an.power * (1 - an.power)) / SIMS) + 0.005,
    );
    expect(Math.abs(sim.expectedN - an.expectedN)).toBeLessThan(0.03 * alt.n);
  });
});

describe('reproducible runs and their CSV', () => {
  const config = cfg({
    n: 24,
    outcome: 'binary',
    crossoverDesign: 'abb-baa',
    interimLooks: 1,
    sims: 300,
  });

  it('chunks merge to the same totals as one run', () => {
    const one = simulateLab(config, 0, 0, 300);
    const merged: LabTotals = mergeLabTotals(
      simulateLab(config, 0, 0, 120),
      simulateLab(config, 0, 120, 300),
    );
    expect(Array.from(merged.rejectAt)).toEqual(Array.from(one.rejectAt));
    expect(merged.fixed[0]).toBe(one.fixed[0]);
  });

  it('the trials CSV carries the seed and reproduces the totals', () => {
    const rows = simulateLabRows(config, 0, 0, 300);
    const csv = labTrialsCsv(config, 0, rows);
    expect(csv).toMatch(/# seed: 2026/);
    const lines = csv
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('#'));
    expect(lines).toHaveLength(301);
    const cols = lines[0]!.split(',');
    const stopped = cols.indexOf('stopped_at');
    const fixedReject = cols.indexOf('fixed_reject');
    const body = lines.slice(1).map((l) => l.split(','));
    const totals = simulateLab(config, 0, 0, 300);
    expect(body.filter((r) => r[stopped] !== '0').length).toBe(
      totals.rejectAt.reduce((a, b) => a + b),
    );
    expect(body.filter((r) => r[fixedReject] === '1').length).toBe(totals.fixed[0]);
  });

  it('one trial’s per-person CSV', () => {
    const people = simulateLabPeople(config, 0, 5);
    expect(people).toHaveLength(24);
    const csv = labPeopleCsv(config, 0, 5, people);
    expect(csv.split('\n').find((l) => l.startsWith('person'))).toBe(
      'person,sequence,period_1,period_2,period_3',
    );
    expect(people.every((p) => p.y.every((y) => y === 0 || y === 1))).toBe(true);
  });
});

describe('power curve to 1,000 people', () => {
  it('rises with n and finds the sample sizes for 80% and 90%', () => {
    const curve = labPowerCurve(cfg({ effect: 0.2 }), 0);
    expect(curve.limit).toBe(1000);
    // The drawn range reaches past the sizes found (and the whole 1,000 for a large n).
    expect(curve.maxN).toBeGreaterThanOrEqual(curve.n90!);
    expect(labPowerCurve(cfg({ effect: 0.2, n: 900 }), 0).maxN).toBe(1000);
    expect(curve.points[curve.points.length - 1]![0]).toBeLessThanOrEqual(1000);
    // The parallel comparison needs more people; its sizes come from the same search.
    expect(curve.parallelN80).toBeGreaterThan(curve.n80!);
    const parAt = (n: number) => labAnalytic(cfg({ effect: 0.2, n }), 0).parallelPower;
    expect(parAt(curve.parallelN80!)).toBeGreaterThanOrEqual(0.8);
    expect(parAt(curve.parallelN80! - 2)).toBeLessThan(0.8);
    // A small effect in a parallel trial needs more than 1,000: not found, said as null.
    expect(labPowerCurve(cfg({ effect: 0.1, design: 'parallel' }), 0).n80).toBeNull();
    for (let i = 1; i < curve.points.length; i += 1)
      expect(curve.points[i]![1]).toBeGreaterThanOrEqual(curve.points[i - 1]![1]);
    const at = (n: number) => labAnalytic(cfg({ effect: 0.2, n }), 0).power;
    expect(at(curve.n80!)).toBeGreaterThanOrEqual(0.8);
    expect(at(curve.n80! - 2)).toBeLessThan(0.8);
    expect(curve.n90).toBeGreaterThan(curve.n80!);
  });
});

/**
 * Agreement of simulated and analytic operating characteristics with interim looks (issue #18):
 * per look the share of trials stopping there (under H1 and H0), overall power and type I error,
 * and the expected sample size under H1 and H0. The tolerance is 3 Monte Carlo SEs of the
 * analytic value, √(p(1 − p)/trials) for a rate and √(Var N / trials) for E[N] (Var N from the
 * analytic stopping probabilities), plus one trial's worth (1/trials; (n − n₁)/trials for E[N]) so
 * that a rare event seen once is not a failure. Each setting has its own seed.
 */
const SIMS_GRID = 4000;
/** Per-test time limit: a setting runs 8,000 trials, slow on a loaded 2-core machine. */
const SLOW = 30_000;

interface Check {
  name: string;
  simulated: number;
  analytic: number;
  tolerance: number;
}

function sequentialChecks(config: LabConfig, sims: number, extra = 0): Check[] {
  const h1 = labAnalytic(config, 0).sequential;
  const h0Config = nullConfig(config);
  const h0 = labAnalytic(h0Config, 0).sequential;
  const s1 = summariseLab(simulateLab(config, 0, 0, sims));
  const s0 = summariseLab(simulateLab(h0Config, 0, 0, sims));
  const sizes = h1.lookSizes;
  const K = sizes.length;
  const checks: Check[] = [];
  const rateCheck = (name: string, simulated: number, p: number) =>
    checks.push({
      name,
      simulated,
      analytic: p,
      tolerance: 3 * Math.sqrt((p * (1 - p)) / sims) + 1 / sims + extra,
    });
  const sizeSe = (rejectAt: number[], mean: number) => {
    let second = 0;
    let stopped = 0;
    for (let k = 0; k < K - 1; k += 1) {
      second += rejectAt[k]! * sizes[k]! ** 2;
      stopped += rejectAt[k]!;
    }
    second += (1 - stopped) * sizes[K - 1]! ** 2;
    return Math.sqrt(Math.max(0, second - mean * mean) / sims);
  };
  const sizeCheck = (name: string, simulated: number, mean: number, rejectAt: number[]) =>
    checks.push({
      name,
      simulated,
      analytic: mean,
      tolerance:
        3 * sizeSe(rejectAt, mean) + (config.n - sizes[0]!) / sims + extra * (config.n - sizes[0]!),
    });
  h1.rejectAt.forEach((p, k) => rateCheck(`stop at look ${k + 1} under H1`, s1.rejectAt[k]!, p));
  h0.rejectAt.forEach((p, k) => rateCheck(`stop at look ${k + 1} under H0`, s0.rejectAt[k]!, p));
  rateCheck('power', s1.rejection, h1.power);
  rateCheck('type I error', s0.rejection, h1.typeIError);
  sizeCheck('E[N] under H1', s1.expectedN, h1.expectedN, h1.rejectAt);
  sizeCheck('E[N] under H0', s0.expectedN, h1.expectedNNull, h0.rejectAt);
  return checks;
}

const failures = (checks: Check[]) =>
  checks
    .filter((c) => !(Math.abs(c.simulated - c.analytic) <= c.tolerance))
    .map(
      (c) => `${c.name}: simulated ${c.simulated.toFixed(4)}, analytic ${c.analytic.toFixed(4)}`,
    );

/** Residual df of the primary t-test at the first look (N − S people-minus-sequences). */
function firstLookDf(config: LabConfig): number {
  const sequences =
    config.design === 'parallel'
      ? 2
      : designStructure(config.design, config.crossoverDesign, config.allocation).sequences.length;
  return (
    lookSizes(config.n, config.interimLooks, config.firstLook)[0]! * (1 - config.dropout) -
    sequences
  );
}

type GridDesign = 'ab-ba' | 'abb-baa' | 'parallel';
function gridConfig(
  n: number,
  interimLooks: number,
  firstLook: number,
  spending: 'obf' | 'pocock',
  design: GridDesign,
  seed: number,
): LabConfig {
  // An effect that gives power of roughly 50–90% at every n (so every look stops some trials).
  return cfg({
    n,
    interimLooks,
    firstLook,
    spending,
    seed,
    design: design === 'parallel' ? 'parallel' : 'crossover',
    crossoverDesign: design === 'parallel' ? 'ab-ba' : design,
    effect: design === 'parallel' ? 3.9 / Math.sqrt(n) : 2 / Math.sqrt(n),
  });
}

describe('interim looks with t-tests: simulated rates agree with the t-aware analytic values', () => {
  const settings: [string, LabConfig][] = [];
  let index = 0;
  for (const n of [24, 40, 68, 120, 200])
    for (const looks of [1, 2, 3])
      for (const firstLook of [0, 0.2])
        for (const spending of ['obf', 'pocock'] as const) {
          const design = (['ab-ba', 'abb-baa', 'parallel'] as const)[index % 3]!;
          index += 1;
          const config = gridConfig(n, looks, firstLook, spending, design, 5000 + index);
          // Every setting, down to a first look with 1 residual df (lab.tSequentialExact.test.ts
          // has the smallest designs).
          if (firstLookDf(config) >= 1)
            settings.push([
              `n = ${n}, ${looks} look(s), first ${firstLook || 'equal'}, ${spending}, ${design}`,
              config,
            ]);
        }

  it('covers n from 24 to 200, one to three looks, both spending rules and the three designs', () => {
    expect(settings.length).toBeGreaterThanOrEqual(40);
    const names = settings.map(([name]) => name).join('\n');
    for (const word of ['n = 24', 'n = 200', '3 look(s)', 'pocock', 'obf', 'abb-baa', 'parallel'])
      expect(names).toContain(word);
  });

  it.each(settings)(
    '%s',
    (_, config) => {
      expect(failures(sequentialChecks(config, SIMS_GRID))).toEqual([]);
    },
    SLOW,
  );

  it(
    'without looks the analytic power is the noncentral t’s, down to n = 12',
    () => {
      for (const design of ['ab-ba', 'abb-baa', 'parallel'] as const) {
        const config = gridConfig(12, 0, 0, 'obf', design, 77);
        expect(failures(sequentialChecks(config, SIMS_GRID))).toEqual([]);
      }
    },
    SLOW,
  );

  it(
    'the case that used to differ: n = 68, looks after 23 and 45 people, O’Brien–Fleming-type',
    () => {
      // Look 1 needs p < 0.0002, |t₂₁| ≥ 4.48 rather than |z| ≥ 3.71. The normal integration said
      // 10.0% of trials stop there; the t-aware value is 5.0%, as simulated (about 5%).
      const config = cfg({ n: 68, interimLooks: 2, effect: 0.5 });
      const analytic = labAnalytic(config, 0).sequential;
      expect(analytic.lookSizes).toEqual([23, 45, 68]);
      expect(analytic.rejectAt[0]!).toBeCloseTo(0.0499, 3);
      expect(failures(sequentialChecks(config, 4000))).toEqual([]);
    },
    SLOW,
  );
});

describe('binary outcomes with looks', () => {
  it.each([
    [
      'ABB/BAA (contrast t on 0/1), n = 120, 3 looks, Pocock',
      { crossoverDesign: 'abb-baa', n: 120, interimLooks: 3, spending: 'pocock' },
    ],
    [
      'ABB/BAA (contrast t on 0/1), n = 200, 2 looks, first after 20%',
      { crossoverDesign: 'abb-baa', n: 200, interimLooks: 2, firstLook: 0.2 },
    ],
  ] as const)(
    '%s: within 3 Monte Carlo SEs',
    (_, over) => {
      const config = cfg({ outcome: 'binary', pControl: 0.3, pActive: 0.45, seed: 31, ...over });
      expect(failures(sequentialChecks(config, SIMS_GRID))).toEqual([]);
    },
    SLOW,
  );

  it.each([
    ['Mainland–Gart, n = 200, 2 looks, O’Brien–Fleming', { n: 200, interimLooks: 2 }],
    [
      'two proportions (parallel), n = 200, 3 looks, Pocock',
      { design: 'parallel', n: 200, interimLooks: 3, spending: 'pocock' },
    ],
  ] as const)(
    '%s: within 3 Monte Carlo SEs plus 0.04 for the normal approximation of a discrete test',
    (_, over) => {
      const config = cfg({ outcome: 'binary', pControl: 0.3, pActive: 0.45, seed: 37, ...over });
      expect(failures(sequentialChecks(config, SIMS_GRID, 0.04))).toEqual([]);
    },
    SLOW,
  );
});
