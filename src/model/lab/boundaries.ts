/**
 * Stopping boundaries for one interim look at information fraction f and a final look, two-sided,
 * on the z scale.
 *
 * O'Brien–Fleming-type (Lan & DeMets 1983 spending function α₁(f) = 2 − 2Φ(z_{1−α/2} / √f)):
 *   c₁ = Φ⁻¹(1 − α₁/2);  c₂ solves P(|Z₁| < c₁, |Z₂| ≥ c₂) = α − α₁,
 *   where Z₂ = √f·Z₁ + √(1−f)·W (independent increments). The probability is a 1-D integral,
 *   computed with Simpson's rule; c₂ by bisection.
 * Naive: p < α at both looks (c₁ = c₂ = z_{1−α/2}), which inflates the type I error.
 */
import { jStat } from '../stats';
import type { Boundary } from './params';

const Phi = (x: number) => jStat.normal.cdf(x, 0, 1);
const phi = (x: number) => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
const PhiInv = (p: number) => jStat.normal.inv(p, 0, 1);

/** P(|Z₁| < c₁ and |Z₂| ≥ c₂) under H0. */
export function crossingProbability(c1: number, c2: number, f: number): number {
  const a = Math.sqrt(f);
  const b = Math.sqrt(1 - f);
  const steps = 600;
  const h = (2 * c1) / steps;
  let sum = 0;
  for (let i = 0; i <= steps; i += 1) {
    const z = -c1 + i * h;
    const tail = Phi((-c2 - a * z) / b) + 1 - Phi((c2 - a * z) / b);
    const weight = i === 0 || i === steps ? 1 : i % 2 === 1 ? 4 : 2;
    sum += weight * phi(z) * tail;
  }
  return (sum * h) / 3;
}

export interface TwoLookBoundary {
  /** Critical |z| at the interim and at the final look. */
  z1: number;
  z2: number;
  /** The same as nominal two-sided p-value thresholds. */
  p1: number;
  p2: number;
}

const boundaryCache = new Map<string, TwoLookBoundary>();

/** Memoised: the bisection costs a few milliseconds and is asked for once per simulation chunk. */
export function twoLookBoundary(alpha: number, fraction: number, kind: Boundary): TwoLookBoundary {
  const key = `${alpha}:${fraction}:${kind}`;
  const cached = boundaryCache.get(key);
  if (cached) return cached;
  const result = computeBoundary(alpha, fraction, kind);
  if (boundaryCache.size > 64) boundaryCache.clear();
  boundaryCache.set(key, result);
  return result;
}

function computeBoundary(alpha: number, fraction: number, kind: Boundary): TwoLookBoundary {
  const zAlpha = PhiInv(1 - alpha / 2);
  if (kind === 'naive') return { z1: zAlpha, z2: zAlpha, p1: alpha, p2: alpha };
  const alpha1 = 2 - 2 * Phi(zAlpha / Math.sqrt(fraction));
  const z1 = PhiInv(1 - alpha1 / 2);
  const remaining = alpha - alpha1;
  let lo = 0.5;
  let hi = 6;
  for (let i = 0; i < 45; i += 1) {
    const mid = (lo + hi) / 2;
    if (crossingProbability(z1, mid, fraction) > remaining) lo = mid;
    else hi = mid;
  }
  const z2 = (lo + hi) / 2;
  return { z1, z2, p1: 2 * (1 - Phi(z1)), p2: 2 * (1 - Phi(z2)) };
}
