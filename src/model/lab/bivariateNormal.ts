/**
 * The standard bivariate normal distribution with correlation r.
 *
 *   bivariateNormalUpper(h, k, r) = P(X > h, Y > k)
 *   bivariateNormalCdf(h, k, r)   = P(X ≤ h, Y ≤ k) = P(X > −h, Y > −k)
 *
 * Algorithm: Genz (Statistics and Computing 2004;14:251–260), the method of R's mvtnorm
 * (`pmvnorm` for two dimensions) — Drezner & Wesolowsky's (1990) Gauss–Legendre integration of
 * Plackett's identity for |r| < 0.925, and an asymptotic expansion plus quadrature for |r| near
 * 1. Absolute accuracy about 1e-15. Gauss–Legendre nodes are computed here (Newton on Legendre
 * polynomials) rather than copied as tables.
 */
import { jStat } from '../stats';

const Phi = (x: number) => jStat.normal.cdf(x, 0, 1);
const TWO_PI = 2 * Math.PI;

/** Gauss–Legendre nodes x ∈ (−1, 0) and weights for an n-point rule (the lower half). */
function gaussLegendreHalf(n: number): { x: number[]; w: number[] } {
  const x: number[] = [];
  const w: number[] = [];
  for (let i = 1; i <= n / 2; i += 1) {
    let z = Math.cos((Math.PI * (i - 0.25)) / (n + 0.5));
    let dp = 1;
    for (let iter = 0; iter < 100; iter += 1) {
      let p1 = 1;
      let p2 = 0;
      for (let j = 1; j <= n; j += 1) {
        const p3 = p2;
        p2 = p1;
        p1 = ((2 * j - 1) * z * p2 - (j - 1) * p3) / j;
      }
      dp = (n * (z * p1 - p2)) / (z * z - 1);
      const dz = p1 / dp;
      z -= dz;
      if (Math.abs(dz) < 1e-16) break;
    }
    x.push(-z);
    w.push(2 / ((1 - z * z) * dp * dp));
  }
  return { x, w };
}

const RULES = [gaussLegendreHalf(6), gaussLegendreHalf(12), gaussLegendreHalf(20)];

/** P(X > h, Y > k) for a standard bivariate normal with correlation r (Genz's BVND). */
export function bivariateNormalUpper(h: number, k: number, r: number): number {
  const rule = Math.abs(r) < 0.3 ? RULES[0]! : Math.abs(r) < 0.75 ? RULES[1]! : RULES[2]!;
  const { x, w } = rule;
  let hk = h * k;
  let bvn = 0;
  if (Math.abs(r) < 0.925) {
    const hs = (h * h + k * k) / 2;
    const asr = Math.asin(r);
    for (let i = 0; i < x.length; i += 1) {
      let sn = Math.sin((asr * (1 + x[i]!)) / 2);
      bvn += w[i]! * Math.exp((sn * hk - hs) / (1 - sn * sn));
      sn = Math.sin((asr * (1 - x[i]!)) / 2);
      bvn += w[i]! * Math.exp((sn * hk - hs) / (1 - sn * sn));
    }
    return (bvn * asr) / (2 * TWO_PI) + Phi(-h) * Phi(-k);
  }
  if (r < 0) {
    k = -k;
    hk = -hk;
  }
  if (Math.abs(r) < 1) {
    const as = (1 - r) * (1 + r);
    let a = Math.sqrt(as);
    const bs = (h - k) ** 2;
    const c = (4 - hk) / 8;
    const d = (12 - hk) / 16;
    bvn =
      a *
      Math.exp(-(bs / as + hk) / 2) *
      (1 - (c * (bs - as) * (1 - (d * bs) / 5)) / 3 + (c * d * as * as) / 5);
    if (hk > -160) {
      const b = Math.sqrt(bs);
      bvn -=
        Math.exp(-hk / 2) *
        Math.sqrt(TWO_PI) *
        Phi(-b / a) *
        b *
        (1 - (c * bs * (1 - (d * bs) / 5)) / 3);
    }
    a /= 2;
    for (let i = 0; i < x.length; i += 1) {
      for (const sign of [-1, 1]) {
        const xs = (a * (sign * x[i]! + 1)) ** 2;
        const rs = Math.sqrt(1 - xs);
        const asr = -(bs / xs + hk) / 2;
        if (asr > -100) {
          bvn +=
            a *
            w[i]! *
            Math.exp(asr) *
            (Math.exp((-hk * (1 - rs)) / (2 * (1 + rs))) / rs - (1 + c * xs * (1 + d * xs)));
        }
      }
    }
    bvn = -bvn / TWO_PI;
  }
  if (r > 0) return bvn + Phi(-Math.max(h, k));
  bvn = -bvn;
  if (k > h) bvn += h < 0 ? Phi(k) - Phi(h) : Phi(-h) - Phi(-k);
  return bvn;
}

/** P(X ≤ h, Y ≤ k) for a standard bivariate normal with correlation r. */
export function bivariateNormalCdf(h: number, k: number, r: number): number {
  return Math.min(1, Math.max(0, bivariateNormalUpper(-h, -k, r)));
}
