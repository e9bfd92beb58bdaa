/**
 * Analytic power of the two designs' t-tests, from the noncentral t distribution (jStat).
 *
 *   power(δ, df, α) = P(|T| > t_{df,1−α/2}),  T ~ t(df, noncentrality δ)
 *
 * Crossover (AB/BA, m completers split evenly, m = n(1 − dropout)):
 *   Var(τ̂) = 2σ²(1 − ρ)/m,  E[τ̂] = τ − λ/2,  δ = (τ − λ/2)/√(2σ²(1 − ρ)/m),  df = m − 2
 * Parallel (n people split evenly, one measurement each; dropout before a second period does not
 * apply):
 *   Var(τ̂) = 4σ²/n,  δ = τ/√(4σ²/n),  df = n − 2
 * See e.g. Senn, Cross-over Trials in Clinical Research (2002), ch. 3; Julious, Stat Med 2004.
 */
import { jStat } from '../stats';
import type { LabParams } from './params';

export function tTestPower(delta: number, df: number, alpha: number): number {
  if (!(df >= 1)) return NaN;
  const tc = jStat.studentt.inv(1 - alpha / 2, df);
  if (delta === 0) return alpha;
  const upper = 1 - jStat.noncentralt.cdf(tc, df, delta);
  const lower = jStat.noncentralt.cdf(-tc, df, delta);
  return Math.min(1, Math.max(0, upper + lower));
}

type PowerInput = Pick<LabParams, 'n' | 'effect' | 'sd' | 'rho' | 'alpha' | 'dropout'> & {
  /** Carryover present in period 2 (λ), in SD units. */
  lambda: number;
};

export function crossoverPower(p: PowerInput): number {
  const m = p.n * (1 - p.dropout);
  const se = Math.sqrt((2 * p.sd * p.sd * (1 - p.rho)) / m);
  return tTestPower((p.effect - p.lambda / 2) / se, m - 2, p.alpha);
}

export function parallelPower(p: Pick<LabParams, 'n' | 'effect' | 'sd' | 'alpha'>): number {
  const se = Math.sqrt((4 * p.sd * p.sd) / p.n);
  return tTestPower(p.effect / se, p.n - 2, p.alpha);
}

/**
 * The smallest even total n (≥ 4) whose power reaches `target`, or null if none up to `maxN`.
 * Power rises with n, so a binary search over even numbers is enough.
 */
export function sampleSizeFor(
  target: number,
  powerAt: (n: number) => number,
  maxN = 20_000,
): number | null {
  if (!(powerAt(maxN) >= target)) return null;
  let lo = 2; // half of 4
  let hi = maxN / 2;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (powerAt(2 * mid) >= target) hi = mid;
    else lo = mid + 1;
  }
  return 2 * lo;
}

export interface PowerCurves {
  crossover: [number, number][];
  parallel: [number, number][];
  /** Smallest even total n reaching 80% and 90% power (null: more than `limit`). */
  n80: { crossover: number | null; parallel: number | null };
  n90: { crossover: number | null; parallel: number | null };
  maxN: number;
}

/**
 * Analytic power of both designs over a range of sample sizes, and the n needed for 80% and 90%.
 * About 200 noncentral-t evaluations: callers should memoise it (the lab defers it during drags).
 */
export function powerCurves(
  params: Pick<LabParams, 'n' | 'effect' | 'sd' | 'rho' | 'alpha' | 'dropout'>,
  lambda: number,
  limit = 4000,
): PowerCurves {
  const crossAt = (n: number) => crossoverPower({ ...params, n, lambda });
  const parAt = (n: number) => parallelPower({ ...params, n });
  const n80 = {
    crossover: sampleSizeFor(0.8, crossAt, limit),
    parallel: sampleSizeFor(0.8, parAt, limit),
  };
  const n90 = {
    crossover: sampleSizeFor(0.9, crossAt, limit),
    parallel: sampleSizeFor(0.9, parAt, limit),
  };
  const maxN = Math.min(1000, Math.max(60, params.n * 2, (n80.parallel ?? 0) * 1.2));
  const step = Math.max(2, Math.round(maxN / 60 / 2) * 2);
  const crossover: [number, number][] = [];
  const parallel: [number, number][] = [];
  for (let n = 4; n <= maxN; n += step) {
    crossover.push([n, crossAt(n)]);
    parallel.push([n, parAt(n)]);
  }
  return { crossover, parallel, n80, n90, maxN };
}
