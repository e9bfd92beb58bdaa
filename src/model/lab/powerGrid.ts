/**
 * The lab's power curves, the same numbers as `powerCurves` (./power.ts), computed with memoised
 * point evaluations, so a move of one slider only pays for what it changes:
 * - the parallel curve depends on the effect, SD and α only, so the washout, ρ, carryover and
 *   dropout sliders never recompute it;
 * - the curves do not depend on the current n (only the drawn range does), so a participants move
 *   reuses every point already computed and the sample-size searches for 80% and 90%.
 * Used by the power-curve worker (./powerGrid.worker.ts) and, where Workers are missing (jsdom),
 * on the main thread.
 */
import { crossoverPower, parallelPower, sampleSizeFor, type PowerCurves } from './power';
import type { LabParams } from './params';

export type PowerCurveInput = Pick<LabParams, 'n' | 'effect' | 'sd' | 'rho' | 'alpha' | 'dropout'>;

/** Point caches, least recently used first; a few parameter sets are kept. */
const MAX_CURVES = 24;

interface Curve {
  at: (n: number) => number;
  /** Smallest even n reaching 80% and 90% (null: more than `limit`), per limit. */
  sizes: Map<number, { n80: number | null; n90: number | null }>;
}

const curves = new Map<string, Curve>();

function curveFor(key: string, power: (n: number) => number): Curve {
  let curve = curves.get(key);
  if (curve) {
    curves.delete(key);
    curves.set(key, curve); // most recently used last
    return curve;
  }
  const points = new Map<number, number>();
  curve = {
    at: (n) => {
      let value = points.get(n);
      if (value === undefined) {
        value = power(n);
        points.set(n, value);
      }
      return value;
    },
    sizes: new Map(),
  };
  curves.set(key, curve);
  if (curves.size > MAX_CURVES) curves.delete(curves.keys().next().value!);
  return curve;
}

function sizesFor(curve: Curve, limit: number) {
  let sizes = curve.sizes.get(limit);
  if (!sizes) {
    sizes = { n80: sampleSizeFor(0.8, curve.at, limit), n90: sampleSizeFor(0.9, curve.at, limit) };
    curve.sizes.set(limit, sizes);
  }
  return sizes;
}

/** As `powerCurves(params, lambda, limit)`, point for point, with the evaluations memoised. */
export function powerCurvesMemo(
  params: PowerCurveInput,
  lambda: number,
  limit = 4000,
): PowerCurves {
  const { effect, sd, rho, alpha, dropout } = params;
  const cross = curveFor(`c|${effect}|${sd}|${rho}|${alpha}|${dropout}|${lambda}`, (n) =>
    crossoverPower({ effect, sd, rho, alpha, dropout, n, lambda }),
  );
  const par = curveFor(`p|${effect}|${sd}|${alpha}`, (n) =>
    parallelPower({ effect, sd, alpha, n }),
  );
  const crossSizes = sizesFor(cross, limit);
  const parSizes = sizesFor(par, limit);
  const n80 = { crossover: crossSizes.n80, parallel: parSizes.n80 };
  const n90 = { crossover: crossSizes.n90, parallel: parSizes.n90 };
  const maxN = Math.min(1000, Math.max(60, params.n * 2, (n80.parallel ?? 0) * 1.2));
  const step = Math.max(2, Math.round(maxN / 60 / 2) * 2);
  const crossover: [number, number][] = [];
  const parallel: [number, number][] = [];
  for (let n = 4; n <= maxN; n += step) {
    crossover.push([n, cross.at(n)]);
    parallel.push([n, par.at(n)]);
  }
  return { crossover, parallel, n80, n90, maxN };
}
