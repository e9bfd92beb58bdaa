/**
 * Simulating 2×2 crossover trials (and the parallel trial made of their first periods).
 *
 * Person i: level s ~ N(0, σ²ρ); each measurement adds e ~ N(0, σ²(1−ρ)). People alternate
 * between sequences (i even: AB, i odd: BA), which is a balanced randomisation since people are
 * exchangeable. A = active (effect τ), B = control.
 *   period 1:  y₁ = s + e₁ + τ·[AB]
 *   period 2:  y₂ = s + e₂ + π + τ·[BA] + λ·[AB],  λ = λ₀ · c(washout)
 * Each person leaves before period 2 with probability `dropout`.
 *
 * Analyses (all t-tests, two-sided):
 *   crossover  d = y₁ − y₂ per completer; τ̂ = (mean d_AB − mean d_BA)/2, pooled SD,
 *              df = n_AB + n_BA − 2. E[τ̂] = τ − λ/2 (the carryover bias).
 *   parallel   period 1 only, everyone: τ̂ = mean y₁(AB) − mean y₁(BA), df = n − 2 — exactly a
 *              parallel-group trial of n people with one measurement each.
 *   two-stage  (Grizzle; shown to be biased by Freeman 1989, Li et al. 2015) test carryover on
 *              the sums y₁ + y₂ at α = 0.10; if significant use period 1 only, else the crossover.
 *
 * The Monte Carlo loop keeps only running sums in typed arrays: no per-person objects.
 */
import { jStat } from '../stats';
import { createRng, trialSeed, type Rng } from './random';
import { simulateTrial, type TrialData } from './trialDraw';
import { twoLookBoundary } from './boundaries';
import type { LabParams } from './params';

export { simulateTrial, type TrialData };

export const CARRYOVER_TEST_ALPHA = 0.1;
export const HISTOGRAM_BINS = 40;

export interface TestResult {
  estimate: number;
  se: number;
  df: number;
  t: number;
  p: number;
  lower: number;
  upper: number;
}

/** The carryover actually present in period 2: λ₀ × (fraction of the effect left after the washout). */
export function effectiveCarryover(params: LabParams, fractionRemaining: number): number {
  return params.carryover * fractionRemaining;
}

function tTest(estimate: number, se: number, df: number, alpha: number): TestResult {
  if (!(df >= 1) || !(se > 0)) {
    return { estimate, se, df, t: NaN, p: NaN, lower: NaN, upper: NaN };
  }
  const t = estimate / se;
  const p = 2 * (1 - jStat.studentt.cdf(Math.abs(t), df));
  const crit = jStat.studentt.inv(1 - alpha / 2, df);
  return { estimate, se, df, t, p, lower: estimate - crit * se, upper: estimate + crit * se };
}

/** Sums over the first `count` people (completers only for crossover quantities). */
interface Sums {
  nd: [number, number];
  sd: [number, number];
  sdd: [number, number];
  n1: [number, number];
  s1: [number, number];
  s11: [number, number];
  ns: [number, number];
  ss: [number, number];
  sss: [number, number];
}

function sums(data: TrialData, count: number): Sums {
  const out: Sums = {
    nd: [0, 0],
    sd: [0, 0],
    sdd: [0, 0],
    n1: [0, 0],
    s1: [0, 0],
    s11: [0, 0],
    ns: [0, 0],
    ss: [0, 0],
    sss: [0, 0],
  };
  for (let i = 0; i < count; i += 1) {
    const g = data.sequence[i] as 0 | 1;
    const y1 = data.y1[i]!;
    const y2 = data.y2[i]!;
    out.n1[g] += 1;
    out.s1[g] += y1;
    out.s11[g] += y1 * y1;
    if (y2 === y2) {
      const d = y1 - y2;
      const total = y1 + y2;
      out.nd[g] += 1;
      out.sd[g] += d;
      out.sdd[g] += d * d;
      out.ns[g] += 1;
      out.ss[g] += total;
      out.sss[g] += total * total;
    }
  }
  return out;
}

/** Two-group comparison from sums: returns [mean0 − mean1, SE, df]. */
function twoGroup(
  n: [number, number],
  s: [number, number],
  ss: [number, number],
): [number, number, number] {
  const [n0, n1] = n;
  if (n0 < 1 || n1 < 1 || n0 + n1 < 3) return [NaN, NaN, 0];
  const m0 = s[0] / n0;
  const m1 = s[1] / n1;
  const ssw = ss[0] - n0 * m0 * m0 + (ss[1] - n1 * m1 * m1);
  const df = n0 + n1 - 2;
  const pooled = Math.max(ssw, 0) / df;
  return [m0 - m1, Math.sqrt(pooled * (1 / n0 + 1 / n1)), df];
}

export interface TrialAnalysis {
  crossover: TestResult;
  parallel: TestResult;
  carryoverTest: TestResult;
  twoStage: TestResult & { usedPeriod1Only: boolean };
  completers: number;
}

/** Full analysis of one trial (used for the trial on screen). */
export function analyseTrial(data: TrialData, alpha: number, count = data.n): TrialAnalysis {
  const s = sums(data, count);
  const [dd, seD, dfD] = twoGroup(s.nd, s.sd, s.sdd);
  const crossover = tTest(dd / 2, seD / 2, dfD, alpha);
  const [d1, se1, df1] = twoGroup(s.n1, s.s1, s.s11);
  const parallel = tTest(d1, se1, df1, alpha);
  const [dS, seS, dfS] = twoGroup(s.ns, s.ss, s.sss);
  const carryoverTest = tTest(dS, seS, dfS, CARRYOVER_TEST_ALPHA);
  const usedPeriod1Only = carryoverTest.p < CARRYOVER_TEST_ALPHA;
  return {
    crossover,
    parallel,
    carryoverTest,
    twoStage: { ...(usedPeriod1Only ? parallel : crossover), usedPeriod1Only },
    completers: s.nd[0] + s.nd[1],
  };
}

/** Running totals of many simulated trials; chunks can be merged by adding. */
export interface MonteCarloTotals {
  sims: number;
  /** Per analysis: rejections, sum of estimates, sum of squared estimates, valid count. */
  crossover: Float64Array;
  parallel: Float64Array;
  twoStage: Float64Array;
  /** Histograms of crossover and parallel estimates over the fixed bins of `histogramRange`. */
  histCrossover: Float64Array;
  histParallel: Float64Array;
  /** Interim: [stoppedEarly, rejectedOverall, sumN, sumEstimateEarly, sumEstimateAll, valid]. */
  interim: Float64Array;
  twoStagePeriod1: number;
}

export function emptyTotals(): MonteCarloTotals {
  return {
    sims: 0,
    crossover: new Float64Array(4),
    parallel: new Float64Array(4),
    twoStage: new Float64Array(4),
    histCrossover: new Float64Array(HISTOGRAM_BINS),
    histParallel: new Float64Array(HISTOGRAM_BINS),
    interim: new Float64Array(6),
    twoStagePeriod1: 0,
  };
}

export function mergeTotals(a: MonteCarloTotals, b: MonteCarloTotals): MonteCarloTotals {
  const add = (x: Float64Array, y: Float64Array) => x.map((v, i) => v + y[i]!);
  return {
    sims: a.sims + b.sims,
    crossover: add(a.crossover, b.crossover),
    parallel: add(a.parallel, b.parallel),
    twoStage: add(a.twoStage, b.twoStage),
    histCrossover: add(a.histCrossover, b.histCrossover),
    histParallel: add(a.histParallel, b.histParallel),
    interim: add(a.interim, b.interim),
    twoStagePeriod1: a.twoStagePeriod1 + b.twoStagePeriod1,
  };
}

/** The fixed estimate range the histograms cover: τ ± 4 analytic parallel SEs (the wider). */
export function histogramRange(params: LabParams): [number, number] {
  const se = (2 * params.sd) / Math.sqrt(Math.max(4, params.n));
  return [params.effect - 4.5 * se, params.effect + 4.5 * se];
}

const criticalCache = new Map<string, Float64Array>();

/** Critical |t| by df for a two-sided level; memoised, since t quantiles are slow to compute. */
function criticalTable(alpha: number, maxDf: number): Float64Array {
  const key = `${alpha}:${maxDf}`;
  const cached = criticalCache.get(key);
  if (cached) return cached;
  const table = new Float64Array(maxDf + 1).fill(Infinity);
  for (let df = 1; df <= maxDf; df += 1) table[df] = jStat.studentt.inv(1 - alpha / 2, df);
  if (criticalCache.size > 64) criticalCache.clear();
  criticalCache.set(key, table);
  return table;
}

/*
 * Hot-loop accumulator layout, per group g ∈ {0, 1} at offset 9g:
 *   0 completers, 1 Σd, 2 Σd², 3 people in period 1, 4 Σy₁, 5 Σy₁², 6 completers, 7 ΣS, 8 ΣS²
 * (d = y₁ − y₂, S = y₁ + y₂).
 */
const ACC = 18;

/** Draw one trial and accumulate its sums in a single pass; snapshot the first `lookN` people. */
function accumulate(
  params: LabParams,
  lambda: number,
  rng: Rng,
  lookN: number,
  acc: Float64Array,
  look: Float64Array,
) {
  acc.fill(0);
  const n = params.n;
  const sdPerson = params.sd * Math.sqrt(params.rho);
  const sdNoise = params.sd * Math.sqrt(1 - params.rho);
  const { effect, period, dropout } = params;
  for (let i = 0; i < n; i += 1) {
    if (i === lookN) look.set(acc);
    const g = i & 1;
    const o = 9 * g;
    const s = sdPerson * rng.normal();
    const y1 = s + sdNoise * rng.normal() + (g === 0 ? effect : 0);
    const noise2 = sdNoise * rng.normal();
    const stays = dropout === 0 || rng.next() >= dropout;
    acc[o + 3]! += 1;
    acc[o + 4]! += y1;
    acc[o + 5]! += y1 * y1;
    if (stays) {
      const y2 = s + noise2 + period + (g === 1 ? effect : lambda);
      const d = y1 - y2;
      const total = y1 + y2;
      acc[o]! += 1;
      acc[o + 1]! += d;
      acc[o + 2]! += d * d;
      acc[o + 6]! += 1;
      acc[o + 7]! += total;
      acc[o + 8]! += total * total;
    }
  }
  if (lookN >= n) look.set(acc);
}

/** Two-group comparison from an accumulator at field offset f: [mean0 − mean1, SE, df]. */
function twoGroupAcc(acc: Float64Array, f: number): [number, number, number] {
  const n0 = acc[f]!;
  const n1 = acc[9 + f]!;
  if (n0 < 1 || n1 < 1 || n0 + n1 < 3) return [NaN, NaN, 0];
  const m0 = acc[f + 1]! / n0;
  const m1 = acc[9 + f + 1]! / n1;
  const ssw = acc[f + 2]! - n0 * m0 * m0 + (acc[9 + f + 2]! - n1 * m1 * m1);
  const df = n0 + n1 - 2;
  return [m0 - m1, Math.sqrt((Math.max(ssw, 0) / df) * (1 / n0 + 1 / n1)), df];
}

/**
 * Simulate trials k = from … to−1 and return their totals. Deterministic in (params, k), so
 * chunks computed anywhere and merged give the same answer as one long run.
 */
export function simulateMany(
  params: LabParams,
  lambda: number,
  from: number,
  to: number,
): MonteCarloTotals {
  const totals = emptyTotals();
  const n = params.n;
  const acc = new Float64Array(ACC);
  const look = new Float64Array(ACC);
  const crit = criticalTable(params.alpha, n);
  const critCarry = criticalTable(CARRYOVER_TEST_ALPHA, n);
  const hasInterim = params.interim > 0;
  const lookN = hasInterim ? Math.max(4, Math.min(n - 2, Math.round(n * params.interim))) : n;
  const boundary = hasInterim ? twoLookBoundary(params.alpha, lookN / n, params.boundary) : null;
  const critLook1 = boundary ? criticalTable(boundary.p1, n) : crit;
  const critLook2 = boundary ? criticalTable(boundary.p2, n) : crit;
  const [lo, hi] = histogramRange(params);
  const binWidth = (hi - lo) / HISTOGRAM_BINS;
  const bin = (x: number) =>
    Math.min(HISTOGRAM_BINS - 1, Math.max(0, Math.floor((x - lo) / binWidth)));
  const record = (into: Float64Array, estimate: number, rejected: boolean) => {
    if (!(estimate === estimate)) return;
    into[0]! += rejected ? 1 : 0;
    into[1]! += estimate;
    into[2]! += estimate * estimate;
    into[3]! += 1;
  };

  for (let k = from; k < to; k += 1) {
    accumulate(params, lambda, createRng(trialSeed(params.seed, k)), lookN, acc, look);
    const [dd, seD, dfD] = twoGroupAcc(acc, 0);
    const crossEst = dd / 2;
    const crossReject = dfD >= 1 && Math.abs(dd / seD) >= crit[dfD]!;
    const [d1, se1, df1] = twoGroupAcc(acc, 3);
    const parReject = df1 >= 1 && Math.abs(d1 / se1) >= crit[df1]!;
    record(totals.crossover, crossEst, crossReject);
    record(totals.parallel, d1, parReject);
    if (crossEst === crossEst) totals.histCrossover[bin(crossEst)]! += 1;
    if (d1 === d1) totals.histParallel[bin(d1)]! += 1;

    const [dS, seS, dfS] = twoGroupAcc(acc, 6);
    const carrySignificant = dfS >= 1 && Math.abs(dS / seS) >= critCarry[dfS]!;
    if (carrySignificant) totals.twoStagePeriod1 += 1;
    record(
      totals.twoStage,
      carrySignificant ? d1 : crossEst,
      carrySignificant ? parReject : crossReject,
    );

    if (boundary) {
      const crossover = params.design === 'crossover';
      const [e, se, df] = twoGroupAcc(look, crossover ? 0 : 3);
      const estimate1 = crossover ? e / 2 : e;
      const stop = df >= 1 && Math.abs(e / se) >= critLook1[df]!;
      const finalEstimate = crossover ? crossEst : d1;
      const finalDf = crossover ? dfD : df1;
      const finalT = crossover ? dd / seD : d1 / se1;
      const rejectFinal = finalDf >= 1 && Math.abs(finalT) >= critLook2[finalDf]!;
      const estimate = stop ? estimate1 : finalEstimate;
      if (estimate === estimate) {
        totals.interim[0]! += stop ? 1 : 0;
        totals.interim[1]! += stop || rejectFinal ? 1 : 0;
        totals.interim[2]! += stop ? lookN : n;
        totals.interim[3]! += stop ? estimate1 : 0;
        totals.interim[4]! += estimate;
        totals.interim[5]! += 1;
      }
    }
    totals.sims += 1;
  }
  return totals;
}

export interface RateSummary {
  /** Share of trials that rejected H0 (power, or type I error when τ = 0). */
  rate: number;
  /** Monte Carlo standard error of that share. */
  mcse: number;
  meanEstimate: number;
  sdEstimate: number;
  count: number;
}

export function summarise(row: Float64Array): RateSummary {
  const count = row[3]!;
  if (count === 0) return { rate: NaN, mcse: NaN, meanEstimate: NaN, sdEstimate: NaN, count };
  const rate = row[0]! / count;
  const mean = row[1]! / count;
  const variance = count > 1 ? (row[2]! - count * mean * mean) / (count - 1) : NaN;
  return {
    rate,
    mcse: Math.sqrt((rate * (1 - rate)) / count),
    meanEstimate: mean,
    sdEstimate: Math.sqrt(Math.max(0, variance)),
    count,
  };
}

export interface InterimSummary {
  stoppedEarly: number;
  rejection: number;
  mcse: number;
  expectedN: number;
  /** Mean estimate among trials that stopped at the interim (NaN if none did). */
  meanEstimateEarly: number;
  meanEstimate: number;
  lookN: number;
}

export function summariseInterim(
  totals: MonteCarloTotals,
  params: LabParams,
): InterimSummary | null {
  if (!(params.interim > 0)) return null;
  const [early = 0, rejected = 0, sumN = 0, sumEarly = 0, sumAll = 0, count = 0] = totals.interim;
  if (count === 0) return null;
  const rejection = rejected / count;
  return {
    stoppedEarly: early / count,
    rejection,
    mcse: Math.sqrt((rejection * (1 - rejection)) / count),
    expectedN: sumN / count,
    meanEstimateEarly: early > 0 ? sumEarly / early : NaN,
    meanEstimate: sumAll / count,
    lookN: Math.max(4, Math.min(params.n - 2, Math.round(params.n * params.interim))),
  };
}
