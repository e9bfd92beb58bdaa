/**
 * Analytic (or approximate) power of the lab's primary analysis for any configuration, its
 * group-sequential operating characteristics, power curves up to 1,000 people and the
 * sample-size search.
 *
 *   continuous, contrast or parallel t-test   noncentral t: δ = E[τ̂]/SE, df = N − S (power.ts)
 *   binary, Mainland–Gart                     normal approximation on discordant people (binary.ts)
 *   binary, ABB/BAA contrast on 0/1           noncentral t (df = N − S, as simulated) with the
 *                                             latent model's exact means and covariances of
 *                                             the 0/1 responses
 *   binary, parallel                          two-proportion normal approximation
 *   with looks, t-tests on a continuous       exact: the joint law of the looks' t statistics,
 *   outcome, some look under 100 df           integrated numerically (tSequentialExact.ts;
 *                                             Jennison & Turnbull 1991): power, type I error,
 *                                             stopping probabilities, E[N] = Σ n_k·P(stop at k)
 *   with looks, otherwise                     per look, the test's own chance of rejecting at
 *                                             the look's nominal p with the people analysed by
 *                                             then (noncentral t for t-tests), carried into the
 *                                             recursive integration as an adjusted drift
 *                                             (tSequential.ts); under H0 the normal
 *                                             integration of groupSequential.ts
 * Expected counts: m = n(1 − dropout) completers shared by allocation (n for parallel).
 */
import { jStat } from '../stats';
import { tTestPower, sampleSizeFor } from './power';
import { designStructure, type DesignStructure } from './designs';
import { expectation, treatmentContrast } from './contrasts';
import { bivariateNormalCdf } from './bivariateNormal';
import { mcnemarPower, twoProportionPower } from './binary';
import {
  sequentialCharacteristics,
  type GroupSequentialDesign,
  type SequentialCharacteristics,
} from './groupSequential';
import { tSequentialCharacteristics, type LookTest } from './tSequential';
import { exactTSequential, type ExactTLooks } from './tSequentialExact';
import {
  labSequentialDesign,
  lookSizes,
  primaryAnalysis,
  type PrimaryAnalysis,
} from './labSimulation';
import type { LabConfig } from './settings';

const Phi = (x: number) => jStat.normal.cdf(x, 0, 1);
const PhiInv = (p: number) => jStat.normal.inv(p, 0, 1);

export interface LabAnalytic {
  analysis: PrimaryAnalysis;
  /** Power of the fixed-size primary test at α. */
  power: number;
  /** Signed noncentrality δ (E[estimate]/SE) on the z/t scale, and df (Infinity for z). */
  delta: number;
  df: number;
  /** Bias of the estimate from carryover (continuous outcomes; 0 where adjusted). */
  carryoverBias: number;
  sequential: {
    lookSizes: number[];
    z: number[];
    nominalP: number[];
    /**
     * Overall type I error of the stopping rule: exact for t-tests with few df; otherwise the
     * normal integration (exact marginals under H0).
     */
    typeIError: number;
    power: number;
    rejectAt: number[];
    expectedN: number;
    expectedNNull: number;
  };
  /** Power of the secondary analyses where a formula exists (null otherwise). */
  parallelPower: number;
  mcnemarPower: number | null;
}

/** Share of people whose first period is on A (the parallel comparison's arm A). */
function shareOnA(st: DesignStructure): number {
  return st.sequences.reduce((sum, s, i) => sum + (s.treatments[0] === 'A' ? st.shares[i]! : 0), 0);
}

function normalPower(delta: number, alpha: number): number {
  const z = PhiInv(1 - alpha / 2);
  return Phi(delta - z) + Phi(-delta - z);
}

/** Thresholds per (sequence, period) of the binary model (see labSimulation.ts). */
function thresholds(config: LabConfig, lambda: number): { labels: string[]; t: number[][] } {
  const st = designStructure(config.design, config.crossoverDesign, config.allocation);
  return {
    labels: st.sequences.map((s) => s.label),
    t: st.sequences.map((s) =>
      s.treatments.map(
        (tr, p) =>
          PhiInv(tr === 'A' ? config.pActive : config.pControl) +
          (p > 0 ? config.period : 0) +
          (p > 0 && s.treatments[p - 1] === 'A' ? lambda : 0),
      ),
    ),
  };
}

function primary(config: LabConfig, lambda: number): { delta: number; df: number; bias: number } {
  const analysis = primaryAnalysis(config);
  const st = designStructure(config.design, config.crossoverDesign, config.allocation);
  const binary = config.outcome === 'binary';
  const m = config.n * (1 - config.dropout);
  if (analysis === 'parallel-t' || analysis === 'two-proportion') {
    const nA = config.n * shareOnA(st);
    const nB = config.n - nA;
    if (!binary) {
      const se = config.sd * Math.sqrt(1 / nA + 1 / nB);
      return { delta: config.effect / se, df: config.n - 2, bias: 0 };
    }
    return { delta: NaN, df: Infinity, bias: 0 };
  }
  const counts = st.shares.map((s) => s * m);
  const model = treatmentContrast(st);
  const ex = expectation(model, st, counts);
  if (!binary) {
    const u = model.u;
    const uu = u.reduce((s, x) => s + x * x, 0);
    const variance = config.sd * config.sd * (1 - config.rho) * uu;
    const se = Math.sqrt(variance * ex.factor);
    const mean = config.effect * ex.tau + lambda * ex.lambda;
    return { delta: mean / se, df: m - st.sequences.length, bias: lambda * ex.lambda };
  }
  if (analysis === 'mainland-gart') return { delta: NaN, df: Infinity, bias: 0 };
  // Binary contrast on 0/1: exact moments of v = Σ u_p Y_p per sequence.
  const { t } = thresholds(config, lambda);
  let mean = 0;
  let variance = 0;
  t.forEach((ts, s) => {
    const pr = ts.map(Phi);
    let ev = 0;
    let vv = 0;
    ts.forEach((_, p) => {
      ev += model.u[p]! * pr[p]!;
      ts.forEach((__, q) => {
        const cov =
          p === q
            ? pr[p]! * (1 - pr[p]!)
            : bivariateNormalCdf(ts[p]!, ts[q]!, config.rho) - pr[p]! * pr[q]!;
        vv += model.u[p]! * model.u[q]! * cov;
      });
    });
    mean += ex.weights[s]! * ev;
    variance += (ex.weights[s]! ** 2 * vv) / counts[s]!;
  });
  // Tested as the simulation tests it: a t statistic on N − S df.
  return { delta: mean / Math.sqrt(variance), df: m - st.sequences.length, bias: 0 };
}

/** Fixed-size power of the primary test (and δ) — the building block of curves and searches. */
function fixedPower(
  config: LabConfig,
  lambda: number,
): { power: number; delta: number; df: number; bias: number } {
  const analysis = primaryAnalysis(config);
  const st = designStructure(config.design, config.crossoverDesign, config.allocation);
  if (analysis === 'two-proportion') {
    const nA = config.n * shareOnA(st);
    const power = twoProportionPower(
      config.pActive,
      config.pControl,
      nA,
      config.n - nA,
      config.alpha,
    );
    const z = PhiInv(1 - config.alpha / 2);
    // The δ that gives the same power in the normal model (for the sequential calculation).
    const delta = config.pActive === config.pControl ? 0 : z + PhiInv(Math.min(1 - 1e-12, power));
    return {
      power,
      delta: Math.sign(config.pActive - config.pControl) * delta,
      df: Infinity,
      bias: 0,
    };
  }
  if (analysis === 'mainland-gart') {
    const m = config.n * (1 - config.dropout);
    const { t } = thresholds(config, lambda);
    // AB and BA sequences (the first two): P(1,0) and P(0,1).
    const cell = (ts: number[]) => {
      const p11 = bivariateNormalCdf(ts[0]!, ts[1]!, config.rho);
      return { p10: Phi(ts[0]!) - p11, p01: Phi(ts[1]!) - p11 };
    };
    const ab = cell(t[0]!);
    const ba = cell(t[1]!);
    const psiAB = ab.p10 + ab.p01;
    const psiBA = ba.p10 + ba.p01;
    const nAB = m * st.shares[0]!;
    const nBA = m * st.shares[1]!;
    const power = twoProportionPower(
      ab.p10 / psiAB,
      ba.p10 / psiBA,
      nAB * psiAB,
      nBA * psiBA,
      config.alpha,
    );
    const z = PhiInv(1 - config.alpha / 2);
    const same = Math.abs(ab.p10 / psiAB - ba.p10 / psiBA) < 1e-12;
    const delta = same ? 0 : z + PhiInv(Math.min(1 - 1e-12, Math.max(1e-12, power)));
    return {
      power,
      delta: Math.sign(ab.p10 / psiAB - ba.p10 / psiBA) * delta,
      df: Infinity,
      bias: 0,
    };
  }
  const { delta, df, bias } = primary(config, lambda);
  const power =
    df === Infinity ? normalPower(delta, config.alpha) : tTestPower(delta, df, config.alpha);
  return { power, delta, df, bias };
}

const nullCache = new WeakMap<GroupSequentialDesign, SequentialCharacteristics>();
/**
 * Under H0 the characteristics depend on the boundaries alone: memoised per design (the designs
 * themselves are memoised in groupSequential.ts), so a slider that moves the effect, σ or ρ
 * integrates only under H1.
 */
function nullCharacteristics(design: GroupSequentialDesign): SequentialCharacteristics {
  let value = nullCache.get(design);
  if (!value) {
    value = sequentialCharacteristics(design, 0);
    nullCache.set(design, value);
  }
  return value;
}

/** Analytic operating characteristics of a configuration (lambda: carryover after A). */
export function labAnalytic(config: LabConfig, lambda: number): LabAnalytic {
  const fixed = fixedPower(config, lambda);
  const design = labSequentialDesign(config);
  const sizes = lookSizes(config.n, config.interimLooks, config.firstLook);
  const exact = exactLooks(config, lambda, sizes, design);
  const alt = exact
    ? exactTSequential(exact)
    : tSequentialCharacteristics(
        design,
        lookTests(config, lambda, sizes, design.nominalP, fixed.delta),
      );
  const nul = exact ? exactNull(exact) : nullCharacteristics(design);
  const st = designStructure(config.design, config.crossoverDesign, config.allocation);
  const parallelPower = parallelComparisonPower(config, config.n);
  let mcn: number | null = null;
  if (config.outcome === 'binary' && config.design === 'crossover' && st.periods === 2) {
    // Pairs (Y_A, Y_B) ignoring period and carryover (Connor 1987).
    const a = PhiInv(config.pActive);
    const b = PhiInv(config.pControl);
    const p11 = bivariateNormalCdf(a, b, config.rho);
    const pairs = config.n * (1 - config.dropout) * (st.id === 'balaam' ? 0.5 : 1);
    mcn = mcnemarPower(config.pActive - p11, config.pControl - p11, pairs, config.alpha);
  }
  return {
    analysis: primaryAnalysis(config),
    power: fixed.power,
    delta: fixed.delta,
    df: fixed.df,
    carryoverBias: fixed.bias,
    sequential: {
      lookSizes: sizes,
      z: design.z,
      nominalP: design.nominalP,
      typeIError: nul.power,
      power: sizes.length > 1 ? alt.power : fixed.power,
      rejectAt: alt.rejectAt,
      expectedN: config.n * alt.expectedFraction,
      expectedNNull: config.n * nul.expectedFraction,
    },
    parallelPower,
    mcnemarPower: mcn,
  };
}

/**
 * Below this many residual df at some look, t-test looks use the exact calculation; from here
 * on the adjusted drift of tSequential.ts is within 1.5·10⁻³ of it (lab.tSequentialExact.test.ts)
 * and costs less (no χ² tables to build for each new n).
 */
export const EXACT_T_BELOW_DF = 100;

/**
 * The looks of a continuous outcome's t-test (parallel or contrast) for the exact calculation
 * (tSequentialExact.ts), or null where it does not apply: binary outcomes, or every analysable
 * look with at least EXACT_T_BELOW_DF residual df (there the adjusted drift is as accurate).
 */
function exactLooks(
  config: LabConfig,
  lambda: number,
  sizes: number[],
  design: GroupSequentialDesign,
): ExactTLooks | null {
  const analysis = primaryAnalysis(config);
  if (config.outcome === 'binary' || !(analysis === 'contrast-t' || analysis === 'parallel-t'))
    return null;
  if (sizes.length < 2) return null;
  const df: number[] = [];
  const means: number[] = [];
  const critical: number[] = [];
  sizes.forEach((size, k) => {
    const look = primary({ ...config, n: size }, lambda);
    const p = design.nominalP[k]!;
    df.push(look.df);
    means.push(look.delta);
    critical.push(look.df >= 1 && p > 1e-12 ? jStat.studentt.inv(1 - p / 2, look.df) : Infinity);
  });
  const small = df.some((d, k) => Number.isFinite(critical[k]!) && d < EXACT_T_BELOW_DF);
  return small ? { fractions: design.fractions, df, critical, means } : null;
}

const exactNullCache = new Map<string, SequentialCharacteristics>();
/** The exact calculation under H0 (memoised: it depends on the looks' df and critical values). */
function exactNull(looks: ExactTLooks): SequentialCharacteristics {
  const key = JSON.stringify([looks.fractions, looks.df, looks.critical]);
  let value = exactNullCache.get(key);
  if (!value) {
    value = exactTSequential({ ...looks, means: looks.means.map(() => 0) });
    if (exactNullCache.size > 64) exactNullCache.clear();
    exactNullCache.set(key, value);
  }
  return value;
}

/**
 * The primary test at each look, taken alone: its chance of rejecting at the look's nominal level
 * p_k with the n_k people analysed by then — the fixed-size power formula of the test (noncentral
 * t with df_k for t-tests; the normal approximations for Mainland–Gart and two proportions) at
 * n = n_k and α = p_k — and the normal model's mean δ√(n_k/n).
 */
function lookTests(
  config: LabConfig,
  lambda: number,
  sizes: number[],
  nominalP: number[],
  delta: number,
): LookTest[] {
  const analysis = primaryAnalysis(config);
  const t = analysis === 'contrast-t' || analysis === 'parallel-t';
  return sizes.map((size, k) => {
    const mean = delta * Math.sqrt(size / config.n);
    const p = nominalP[k]!;
    if (!(p > 1e-12)) return { crossing: null, mean };
    const look = fixedPower({ ...config, n: size, alpha: p }, lambda);
    if (t && !(look.df >= 1)) return { crossing: null, mean };
    return { crossing: look.power === look.power ? look.power : null, mean };
  });
}

/**
 * Power of the parallel comparison of period 1 with n people (arm A = the people whose first
 * period is on A): the two-proportion z test for a binary outcome, the two-sample t-test otherwise.
 */
function parallelComparisonPower(config: LabConfig, n: number): number {
  const st = designStructure(config.design, config.crossoverDesign, config.allocation);
  const nA = n * shareOnA(st);
  return config.outcome === 'binary'
    ? twoProportionPower(config.pActive, config.pControl, nA, n - nA, config.alpha)
    : tTestPower(
        config.effect / (config.sd * Math.sqrt(1 / nA + 1 / (n - nA))),
        n - 2,
        config.alpha,
      );
}

export interface LabPowerCurve {
  /** [n, fixed-size power of the primary analysis] from the smallest n to maxN. */
  points: [number, number][];
  /** [n, power of the parallel comparison of period 1] at the same n. */
  parallel: [number, number][];
  /** Smallest n (a multiple of the number of sequences) reaching 80% and 90% (null: > limit). */
  n80: number | null;
  n90: number | null;
  /** The same for the parallel comparison (even n). */
  parallelN80: number | null;
  parallelN90: number | null;
  /** The drawn range: up to 1.2 × the sizes found and 2 × the current n, at most `limit`. */
  maxN: number;
  /** The largest n searched. */
  limit: number;
}

interface CurveMemo {
  primary: Map<number, number>;
  parallel: Map<number, number>;
  sizes: Pick<LabPowerCurve, 'n80' | 'n90' | 'parallelN80' | 'parallelN90'>;
}

const curveCache = new Map<string, CurveMemo>();

/**
 * Fixed-size power of the primary analysis (and of the parallel comparison) against n, and the
 * smallest n reaching 80% and 90% up to `limit` (default 1,000) — by bisection, since power rises
 * with n. Point evaluations are memoised per setting apart from n, so moving the participants
 * slider only recomputes the drawn range. Interim looks do not enter: this is the power of one
 * analysis of everyone (the sequential power is in `labAnalytic`).
 */
export function labPowerCurve(
  config: LabConfig,
  lambda: number,
  limit = 1000,
  points = 60,
): LabPowerCurve {
  const key = JSON.stringify([{ ...config, n: 0, sims: 0, seed: 0 }, lambda, limit]);
  let memo = curveCache.get(key);
  const st = designStructure(config.design, config.crossoverDesign, config.allocation);
  const unit = st.sequences.length;
  const primaryAt = (n: number) => {
    let value = memo!.primary.get(n);
    if (value === undefined) {
      value = fixedPower({ ...config, n }, lambda).power;
      memo!.primary.set(n, value);
    }
    return value;
  };
  const parallelAt = (n: number) => {
    let value = memo!.parallel.get(n);
    if (value === undefined) {
      value = parallelComparisonPower(config, n);
      memo!.parallel.set(n, value);
    }
    return value;
  };
  if (!memo) {
    memo = { primary: new Map(), parallel: new Map(), sizes: null as never };
    const search = (target: number) => {
      const found = sampleSizeFor(target, (n) => primaryAt((n / 2) * unit), limit * (2 / unit));
      return found === null ? null : (found / 2) * unit;
    };
    memo.sizes = {
      n80: search(0.8),
      n90: search(0.9),
      parallelN80: sampleSizeFor(0.8, parallelAt, limit),
      parallelN90: sampleSizeFor(0.9, parallelAt, limit),
    };
    if (curveCache.size > 32) curveCache.clear();
    curveCache.set(key, memo);
  }
  const { sizes } = memo;
  const start = Math.max(4, 2 * unit);
  const wanted = Math.max(60, 2 * config.n, 1.2 * (sizes.n90 ?? 0), 1.2 * (sizes.parallelN80 ?? 0));
  const maxN = Math.min(limit, Math.ceil(wanted / (2 * unit)) * 2 * unit);
  const step = Math.max(2 * unit, Math.round((maxN - start) / points / (2 * unit)) * 2 * unit);
  const pts: [number, number][] = [];
  const par: [number, number][] = [];
  for (let n = start; n <= maxN; n += step) {
    pts.push([n, primaryAt(n)]);
    par.push([n, parallelAt(n)]);
  }
  return { points: pts, parallel: par, ...sizes, maxN, limit };
}
