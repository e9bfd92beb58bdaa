/**
 * Operating characteristics of a group-sequential design whose looks are t-tests, not z-tests.
 *
 * The lab's simulated trials test look k with a t statistic on df_k degrees of freedom at the
 * look's nominal two-sided level p_k = 2(1 − Φ(c_k)) (the "significance level" use of a z-scale
 * boundary): reject when |T_k| ≥ t_{df_k, 1 − p_k/2}. With few people at a look, that needs a
 * much larger statistic than c_k (n = 68, first of three looks after 23 people: |t₂₁| ≥ 4.48
 * against |z| ≥ 3.71), so trials stop early less often than the normal (known-variance)
 * integration of groupSequential.ts says.
 *
 * Method (per-look t-adjusted drift). T_k ~ noncentral t(df_k, δ_k), δ_k = E[estimate_k]/SE_k, so
 * each look's own chance of crossing is known exactly:
 *   q_k = P(|T_k| ≥ t_{df_k, 1 − p_k/2}).
 * For each look we find the mean m_k of a normal Z_k with the same chance of crossing the z
 * boundary, Φ(m_k − c_k) + Φ(−m_k − c_k) = q_k (sign of δ_k), and run the usual recursive
 * integration (Armitage, McPherson & Rowe 1969) with those means and the canonical covariance
 * √(t_j/t_k) (groupSequential.ts, `sequentialCharacteristicsAt`). Each look's marginal crossing
 * probability is then exact; the joint behaviour of the looks is approximated by that of the
 * z statistics. This extends, look by look, the single adjustment rpact's `getPowerMeans` makes
 * when `normalApproximation = FALSE` (Wassmer & Pahlke, rpact, R/f_design_plan_means.R): there
 * one drift is chosen so that the normal model reproduces the fixed-size t-test's power at the
 * final analysis and is used at every look, which leaves small early looks uncorrected. Under H0
 * (δ_k = 0) every m_k = 0: the t statistic is exactly t-distributed, so the marginal levels are
 * the nominal ones and the normal integration's type I error is used unchanged.
 *
 * z tests (df = ∞: Mainland–Gart, two proportions) keep m_k = δ_k. A look that cannot be
 * analysed (df_k < 1) cannot reject: its boundary is set out of reach.
 */
import { jStat } from '../stats';
import {
  sequentialCharacteristicsAt,
  type GroupSequentialDesign,
  type SequentialCharacteristics,
} from './groupSequential';

const Phi = (x: number) => jStat.normal.cdf(x, 0, 1);
/** A boundary no statistic reaches (as in groupSequential.ts). */
const OUT_OF_REACH = 12;

/** One look of a t-tested design: noncentrality δ_k and degrees of freedom (Infinity for z). */
export interface LookTest {
  delta: number;
  df: number;
}

/** P(|T| ≥ t_{df, 1 − p/2}) for T ~ noncentral t(df, δ): the t-test's chance of crossing. */
export function tCrossingProbability(delta: number, df: number, p: number): number {
  if (!(p > 0)) return 0;
  if (p >= 1) return 1;
  const tc = jStat.studentt.inv(1 - p / 2, df);
  if (delta === 0) return p;
  const upper = 1 - jStat.noncentralt.cdf(tc, df, delta);
  const lower = jStat.noncentralt.cdf(-tc, df, delta);
  return Math.min(1, Math.max(0, upper + lower));
}

/**
 * The mean m (sign of δ) of a normal Z with P(|Z| ≥ c) = P(|T| ≥ t_{df, 1 − p/2}), p = 2(1 − Φ(c)).
 * Equal to δ for a z test; smaller in size than δ for a t-test with few degrees of freedom.
 */
export function effectiveMean(delta: number, df: number, c: number): number {
  if (df === Infinity || delta === 0 || !(c < OUT_OF_REACH)) return delta;
  const p = 2 * (1 - Phi(c));
  const target = tCrossingProbability(Math.abs(delta), df, p);
  const crossing = (m: number) => Phi(m - c) + Phi(-m - c);
  if (!(target > p)) return 0;
  // Bisection on m ≥ 0 (the crossing probability rises with m): 60 halvings of the bracket.
  let lo = 0;
  let hi = Math.abs(delta) + 1;
  while (crossing(hi) < target && hi < 60) hi *= 2;
  for (let iter = 0; iter < 60; iter += 1) {
    const mid = (lo + hi) / 2;
    if (crossing(mid) < target) lo = mid;
    else hi = mid;
  }
  return Math.sign(delta) * ((lo + hi) / 2);
}

/**
 * Rejection probabilities per look, power and expected information of `design` when look k is
 * tested as `looks[k]` says (t-test on df_k, or z test when df_k = ∞); see the header.
 */
export function tSequentialCharacteristics(
  design: GroupSequentialDesign,
  looks: readonly LookTest[],
): SequentialCharacteristics & { means: number[] } {
  const z = design.z.map((c, k) => (looks[k]!.df >= 1 ? c : OUT_OF_REACH));
  const means = z.map((c, k) => effectiveMean(looks[k]!.delta, looks[k]!.df, c));
  return { ...sequentialCharacteristicsAt({ ...design, z }, means), means };
}
