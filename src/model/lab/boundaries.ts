/**
 * Stopping boundaries for one interim look at information fraction f and a final look, two-sided,
 * on the z scale — the lab's original two-look API, now a thin wrapper over groupSequential.ts.
 *
 * O'Brien–Fleming-type (Lan & DeMets 1983) in the convention of gsDesign `sfLDOF` and rpact
 * `asOF`: the spending function spends the ONE-SIDED α, α/2 per side:
 *   α₁ = 2 · α*(α/2, f),  α*(a, t) = 2 − 2Φ(Φ⁻¹(1 − a/2)/√t);  c₁ = Φ⁻¹(1 − α₁/2);
 *   c₂ solves P(|Z₁| < c₁, |Z₂| ≥ c₂) = α − α₁, where Z₂ = √f·Z₁ + √(1−f)·W.
 * Two-sided α = 0.05 at f = 0.5 gives c = 2.963, 1.969 (the published gsDesign/rpact values);
 * at Williams' f = 14/30, c = 3.080, 1.966. (Spending the two-sided α instead would give 2.772
 * and 1.979 at f = 0.5 — a different, less conservative boundary; the lab does not use it.)
 * Pocock-type: Lan–DeMets spending a·ln(1 + (e − 1)t) (gsDesign `sfLDPocock`, rpact `asP`).
 * Naive: p < α at both looks (c₁ = c₂ = z_{1−α/2}), which inflates the type I error.
 */
import { jStat } from '../stats';
import type { Boundary } from './params';
import { groupSequentialBoundary } from './groupSequential';

export { SPENDING_CONVENTION as BOUNDARY_CONVENTION } from './groupSequential';

const Phi = (x: number) => jStat.normal.cdf(x, 0, 1);
const phi = (x: number) => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);

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
  const design = groupSequentialBoundary({
    alpha,
    fractions: [fraction, 1],
    spending: kind,
    sided: 2,
  });
  const [z1 = NaN, z2 = NaN] = design.z;
  const [p1 = NaN, p2 = NaN] = design.nominalP;
  return { z1, z2, p1, p2 };
}
