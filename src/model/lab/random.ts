/**
 * Seeded random numbers. mulberry32 (a 32-bit generator, period 2^32) gives uniform draws; the
 * Marsaglia polar method turns pairs of them into standard normals. Every simulated trial k gets
 * its own generator seeded from (seed, k), so a trial's data depend only on the seed and k — the
 * same in the worker, in tests and in any chunking of the work.
 */

export interface Rng {
  /** Uniform on [0, 1). */
  next(): number;
  /** Standard normal. */
  normal(): number;
}

/** A 32-bit hash of (seed, k) (splitmix-style avalanche), for per-trial seeds. */
export function trialSeed(seed: number, k: number): number {
  let h = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(k + 1, 0x85ebca77)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  let spare = 0;
  let hasSpare = false;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * next() - 1;
      v = 2 * next() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const factor = Math.sqrt((-2 * Math.log(s)) / s);
    spare = v * factor;
    hasSpare = true;
    return u * factor;
  };
  return { next, normal };
}
