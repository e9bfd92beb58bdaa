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
import {
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
    expect(naiveAnalytic).toBeCloseTo(0.107, 3);
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

describe('the limit of the normal approximation at small looks (said on screen)', () => {
  it('with t-tests at the looks, simulated trials stop at an early look less often than the z-scale integration says', () => {
    // n = 68, two interim looks (23 and 45 people), O'Brien–Fleming-type: look 1 needs p < 0.0002,
    // i.e. |t₂₁| ≥ 4.48 rather than |z| ≥ 3.71.
    const config = cfg({ n: 68, interimLooks: 2, effect: 0.5, sims: 4000 });
    const analytic = labAnalytic(config, 0).sequential;
    const sim = summariseLab(simulateLab(config, 0, 0, 4000));
    const se = Math.sqrt((analytic.rejectAt[0]! * (1 - analytic.rejectAt[0]!)) / 4000);
    expect(sim.rejectAt[0]!).toBeLessThan(analytic.rejectAt[0]! - 3 * se);
    expect(sim.expectedN).toBeGreaterThan(analytic.expectedN);
    // Overall power still agrees within 3 Monte Carlo SEs.
    within3(sim.rejection, analytic.power, 4000);
  });
});
