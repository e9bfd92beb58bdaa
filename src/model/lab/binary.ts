/**
 * Binary (responder yes/no) outcomes: the model, the tests and their approximate power.
 *
 * Model (latent threshold, a probit random-intercept model): person i has a latent level
 * s_i ~ N(0, ρ) and in period p a latent value L = s_i + e_ip, e_ip ~ N(0, 1 − ρ), so two of
 * one person's latent values correlate ρ. The person responds (Y = 1) when
 *   L < Φ⁻¹(p_treatment) + π·[period > 1] + λ·[previous period on A],
 * so P(Y = 1) = p_A on the active condition and p_B on control (before period and carryover
 * shifts, which act on the probit scale in latent-SD units).
 *
 * Tests (two-sided, normal approximations):
 *   Mainland–Gart   the crossover test for a binary outcome (Mainland, Elementary Medical
 *                   Statistics 1963; Gart, Biometrika 1969;56:75–80; Jones & Kenward 2003 §2.13):
 *                   the 2×2 table of sequence (AB, BA) × preference among discordant people
 *                   ((1,0): responded in period 1 only; (0,1): period 2 only), tested with
 *                   Pearson's χ² (1 df); estimate: the log odds ratio of response on A vs B,
 *                   ½·ln(ad/bc), SE ½√(1/a + 1/b + 1/c + 1/d) (0.5 added to each cell if any is 0)
 *   McNemar         ignores period: pairs (Y_A, Y_B) per person; z = (b − c)/√(b + c)
 *   two proportions the parallel comparison (period 1 only): pooled-variance z test
 *
 * Approximate power:
 *   two proportions  the normal approximation of R's power.prop.test (Fleiss, Statistical
 *                    Methods for Rates and Proportions, 1981), with unequal groups
 *   McNemar          Connor, Biometrics 1987;43:207–211:
 *                    power = Φ((√n·|δ| − z_{1−α/2}·√ψ) / √(ψ − δ²)), ψ = p10 + p01, δ = p10 − p01
 *   Mainland–Gart    our approximation: the two-proportion formula applied to the expected
 *                    discordant people per sequence, n_s·ψ, with preference probabilities
 *                    p10/ψ (AB) and p01/ψ (BA); ignores the randomness of the discordant counts
 * with (p11, p10, p01, p00) from the bivariate normal at correlation ρ.
 */
import { jStat } from '../stats';
import { bivariateNormalCdf } from './bivariateNormal';

const Phi = (x: number) => jStat.normal.cdf(x, 0, 1);
const PhiInv = (p: number) => jStat.normal.inv(p, 0, 1);

export interface ZTestResult {
  estimate: number;
  se: number;
  z: number;
  p: number;
  lower: number;
  upper: number;
}

const NAN_RESULT: ZTestResult = { estimate: NaN, se: NaN, z: NaN, p: NaN, lower: NaN, upper: NaN };

function zResult(estimate: number, se: number, z: number, alpha: number): ZTestResult {
  const crit = PhiInv(1 - alpha / 2);
  return {
    estimate,
    se,
    z,
    p: 2 * (1 - Phi(Math.abs(z))),
    lower: estimate - crit * se,
    upper: estimate + crit * se,
  };
}

/** Pearson z (signed √χ²) of the Mainland–Gart 2×2 table; NaN if a margin is empty. */
export function mainlandGartZ(a: number, b: number, c: number, d: number): number {
  const n = a + b + c + d;
  const den = (a + b) * (c + d) * (a + c) * (b + d);
  if (!(den > 0)) return NaN;
  return ((a * d - b * c) * Math.sqrt(n)) / Math.sqrt(den);
}

/**
 * Mainland–Gart test. a, b: AB people with (1,0) and (0,1); c, d: BA people with (1,0) and (0,1).
 * Estimate: log odds ratio for response on A vs B (Gart 1969).
 */
export function mainlandGart(
  a: number,
  b: number,
  c: number,
  d: number,
  alpha = 0.05,
): ZTestResult {
  const z = mainlandGartZ(a, b, c, d);
  if (!(z === z)) return NAN_RESULT;
  const k = a === 0 || b === 0 || c === 0 || d === 0 ? 0.5 : 0;
  const [A, B, C, D] = [a + k, b + k, c + k, d + k];
  const estimate = 0.5 * Math.log((A * D) / (B * C));
  const se = 0.5 * Math.sqrt(1 / A + 1 / B + 1 / C + 1 / D);
  return zResult(estimate, se, z, alpha);
}

/** McNemar's test: b people responded on A only, c on B only, of n pairs. Estimate p_A − p_B. */
export function mcnemar(b: number, c: number, n: number, alpha = 0.05): ZTestResult {
  if (!(b + c > 0) || !(n > 0)) return NAN_RESULT;
  const estimate = (b - c) / n;
  const se = Math.sqrt(Math.max(0, b + c - ((b - c) * (b - c)) / n)) / n;
  return zResult(estimate, se, (b - c) / Math.sqrt(b + c), alpha);
}

/** Two-proportion z test (pooled variance), x responders of n in each group; estimate p1 − p2. */
export function twoProportion(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  alpha = 0.05,
): ZTestResult {
  if (!(n1 > 0 && n2 > 0)) return NAN_RESULT;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const pooled = (x1 + x2) / (n1 + n2);
  const sePooled = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (!(sePooled > 0)) return NAN_RESULT;
  const se = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  return zResult(p1 - p2, se, (p1 - p2) / sePooled, alpha);
}

/**
 * Power of the two-proportion z test, normal approximation. With n1 = n2 = n and
 * strict = false this is R's power.prop.test(n, p1, p2, sig.level = alpha).
 */
export function twoProportionPower(
  p1: number,
  p2: number,
  n1: number,
  n2: number,
  alpha: number,
  strict = true,
): number {
  const z = PhiInv(1 - alpha / 2);
  const pbar = (n1 * p1 + n2 * p2) / (n1 + n2);
  const null_ = Math.sqrt(pbar * (1 - pbar) * (1 / n1 + 1 / n2));
  const alt = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  const diff = Math.abs(p1 - p2);
  if (!(alt > 0)) return NaN;
  const upper = Phi((diff - z * null_) / alt);
  return strict ? upper + Phi((-diff - z * null_) / alt) : upper;
}

/** Joint probabilities of (Y_A, Y_B) for one person under the latent model with correlation ρ. */
export function pairProbabilities(
  pA: number,
  pB: number,
  rho: number,
): { p11: number; p10: number; p01: number; p00: number } {
  const p11 = bivariateNormalCdf(PhiInv(pA), PhiInv(pB), rho);
  const p10 = pA - p11;
  const p01 = pB - p11;
  return { p11, p10, p01, p00: 1 - p11 - p10 - p01 };
}

/** Connor (1987) power of McNemar's test with n pairs. */
export function mcnemarPower(p10: number, p01: number, n: number, alpha: number): number {
  const psi = p10 + p01;
  const delta = p10 - p01;
  const z = PhiInv(1 - alpha / 2);
  const sd = Math.sqrt(psi - delta * delta);
  if (!(sd > 0)) return NaN;
  return Phi((Math.sqrt(n) * Math.abs(delta) - z * Math.sqrt(psi)) / sd);
}

/** Approximate power of the Mainland–Gart test with nAB and nBA people (see header). */
export function mainlandGartPower(
  p10: number,
  p01: number,
  nAB: number,
  nBA: number,
  alpha: number,
): number {
  const psi = p10 + p01;
  if (!(psi > 0)) return NaN;
  return twoProportionPower(p10 / psi, p01 / psi, nAB * psi, nBA * psi, alpha);
}
