/**
 * Operating characteristics of a group-sequential design whose looks are t-tests (or other tests
 * with their own power formula), not the known-variance z-tests of groupSequential.ts.
 *
 * The lab's simulated trials test look k with its own statistic at the look's nominal two-sided
 * level p_k = 2(1 − Φ(c_k)) (the "significance level" use of a z-scale boundary); for a t-test,
 * reject when |T_k| ≥ t_{df_k, 1 − p_k/2}. With few people at a look that needs a much larger
 * statistic than c_k (n = 68, first of three looks after 23 people: |t₂₁| ≥ 4.48 against
 * |z| ≥ 3.71), so trials stop early less often than the normal integration says (10.0% vs 5.0%).
 *
 * Method (per-look adjusted drift). Each look's own chance of crossing, taken alone, is known:
 *   q_k = P(|T_k| ≥ t_{df_k, 1 − p_k/2}),  T_k ~ noncentral t(df_k, δ_k),  δ_k = E[estimate]/SE_k
 * (for Mainland–Gart and two proportions: their normal-approximation power at level p_k with the
 * n_k people analysed). For each look we find the mean m_k of a normal Z_k with the same chance
 * of crossing the z boundary, Φ(m_k − c_k) + Φ(−m_k − c_k) = q_k (sign of δ_k), and run the usual
 * recursive integration (Armitage, McPherson & Rowe 1969) with those means and the canonical
 * covariance √(t_j/t_k) (groupSequential.ts, `sequentialCharacteristicsAt`). Each look's marginal
 * crossing probability is then exact; how the looks move together is taken from the z
 * statistics. This extends, look by look, the single adjustment rpact's `getPowerMeans` makes
 * when `normalApproximation = FALSE` (Wassmer & Pahlke, rpact, R/f_design_plan_means.R): there
 * one drift is chosen so that the normal model reproduces the fixed-size t-test's power at the
 * final analysis and is used at every look, which leaves small early looks uncorrected. Under H0
 * every q_k = p_k exactly, so m_k = 0 and the type I error is the normal integration's.
 *
 * Where the lab uses it (labPower.ts): for the binary outcomes' tests (Mainland–Gart, two
 * proportions, the ABB/BAA contrast on 0/1 responses), and for t-tests on a continuous outcome
 * when every look that can reject has at least 100 residual df. With fewer df the t statistics
 * of successive looks move together less than the z statistics (each look's variance estimate
 * is so much its own), so this method understates the chance that some look rejects (n = 12 with
 * three interim Pocock-type looks, df 2, 4, 7, 10: type I error 5.0% here, about 5.75%
 * exactly and as simulated); there the lab uses the exact calculation of tSequentialExact.ts. From 100 df at
 * every look the two agree within 1.5·10⁻³ (measured for four looks, both spending rules).
 * A look that cannot be analysed (df < 1) cannot reject.
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

/**
 * One look's test taken alone: the chance that it rejects at the look's nominal level (null: the
 * look cannot be analysed, so it cannot reject), and the normal model's mean E[Z_k] = δ√t_k,
 * whose sign gives the direction and which is kept where the boundary is out of reach.
 */
export interface LookTest {
  crossing: number | null;
  mean: number;
}

/**
 * P(|T| ≥ t_{df, 1 − p/2}) for T ~ noncentral t(df, δ): the t-test's chance of crossing (the same
 * as power.ts `tTestPower(δ, df, p)`; here for the tests and the header's worked example).
 */
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
 * The mean m (sign of `sign`) of a normal Z with P(|Z| ≥ c) = `crossing`: the normal model's
 * stand-in for a test whose own chance of crossing at the nominal level 2(1 − Φ(c)) is known.
 */
export function effectiveMean(crossing: number, c: number, sign: number): number {
  const p = 2 * (1 - Phi(c));
  if (sign === 0 || !(crossing > p)) return 0;
  const chance = (m: number) => Phi(m - c) + Phi(-m - c);
  // Bisection on m ≥ 0 (the crossing chance rises with m).
  let lo = 0;
  let hi = c + 8;
  for (let iter = 0; iter < 60; iter += 1) {
    const mid = (lo + hi) / 2;
    if (chance(mid) < crossing) lo = mid;
    else hi = mid;
  }
  return Math.sign(sign) * ((lo + hi) / 2);
}

/**
 * Rejection probabilities per look, power and expected information of `design` when look k's
 * test, taken alone, crosses with chance `looks[k].crossing`; see the header.
 */
export function tSequentialCharacteristics(
  design: GroupSequentialDesign,
  looks: readonly LookTest[],
): SequentialCharacteristics & { means: number[] } {
  const z = design.z.map((c, k) => (looks[k]!.crossing === null ? OUT_OF_REACH : c));
  const means = z.map((c, k) => {
    const look = looks[k]!;
    return look.crossing === null || !(c < OUT_OF_REACH)
      ? look.mean
      : effectiveMean(look.crossing, c, look.mean);
  });
  return { ...sequentialCharacteristicsAt({ ...design, z }, means), means };
}
