/**
 * Group-sequential boundaries for up to four analyses (three interim looks and the final), and
 * their operating characteristics, on the z scale.
 *
 *   t_k        information fractions, 0 < t_1 < … < t_K = 1 (here: people analysed / planned)
 *   Z_k        the standardised test statistic at analysis k; under the canonical joint
 *              distribution (Jennison & Turnbull 2000, §3.1) Cov(Z_j, Z_k) = √(t_j / t_k) and
 *              E[Z_k] = θ√t_k, θ = the drift (E[Z] at full information)
 *   c_k        critical |Z| at analysis k (two-sided, symmetric) or critical Z (one-sided)
 *
 * Spending (Lan & DeMets 1983), in the convention of gsDesign (`sfLDOF`, `sfLDPocock`) and rpact
 * (`asOF`, `asP`): a spending function α*(a, t) spends the ONE-SIDED level a. A two-sided test at
 * level α is two symmetric one-sided tests at a = α/2, so each side spends α*(α/2, t):
 *   O'Brien–Fleming-type  α*(a, t) = 2 − 2Φ(Φ⁻¹(1 − a/2) / √t)
 *   Pocock-type           α*(a, t) = a · ln(1 + (e − 1)t)
 *   naive                 no spending: c_k = Φ⁻¹(1 − α/2) at every look (overall error > α)
 *
 * Probabilities come from the recursive numerical integration of Armitage, McPherson & Rowe
 * (J R Stat Soc A 1969;132:235–244), in the form of Jennison & Turnbull (2000, ch. 19): the
 * sub-density of Z_k on the continuation region is carried forward on a grid (Simpson's rule)
 * and each boundary c_k is found by bisection so that the probability of first crossing at k
 * equals the α spent at k. Normal approximation throughout: for t-tests and binomial tests
 * the lab converts c_k to nominal p-value thresholds.
 */
import { jStat } from '../stats';

export type Spending = 'obf' | 'pocock' | 'naive';

/** The convention this module implements, for the lab and README to name on screen. */
export const SPENDING_CONVENTION = {
  id: 'lan-demets-one-sided-alpha',
  label:
    'Lan–DeMets spending of the one-sided α (α/2 per side), as gsDesign sfLDOF/sfLDPocock and rpact asOF/asP',
} as const;

/** Names of the spending rules, as ids (the UI words live in the message catalogue). */
export const SPENDING_KINDS: readonly Spending[] = ['obf', 'pocock', 'naive'];

/** The most analyses (interim looks + final) the lab offers. */
export const MAX_ANALYSES = 4;

const Phi = (x: number) => jStat.normal.cdf(x, 0, 1);
const PhiInv = (p: number) => jStat.normal.inv(p, 0, 1);
const SQRT_2PI = Math.sqrt(2 * Math.PI);
/** A boundary that can never be crossed (no α left to spend at that look). */
const NEVER = 12;

/** Cumulative one-sided α spent by information fraction t, for one-sided level a. */
export function spendingFunction(kind: Exclude<Spending, 'naive'>, a: number, t: number): number {
  if (t <= 0) return 0;
  if (t >= 1) return a;
  if (kind === 'obf') return 2 - 2 * Phi(PhiInv(1 - a / 2) / Math.sqrt(t));
  return a * Math.log(1 + (Math.E - 1) * t);
}

export interface GroupSequentialDesign {
  fractions: number[];
  /** Critical |Z| per analysis (two-sided) or Z (one-sided). */
  z: number[];
  /** Nominal p-value thresholds: 2(1 − Φ(c_k)) two-sided, 1 − Φ(c_k) one-sided. */
  nominalP: number[];
  /** Cumulative α spent (both sides for a two-sided design) by each analysis, under H0. */
  cumulativeAlpha: number[];
  /** Overall probability of rejecting H0 under H0 (= α for spending designs; more for naive). */
  overallAlpha: number;
  alpha: number;
  sided: 1 | 2;
  spending: Spending;
}

export interface BoundaryInput {
  /** Overall level: two-sided α when sided = 2, one-sided when sided = 1. */
  alpha: number;
  /** Increasing information fractions ending at 1. */
  fractions: number[];
  spending: Spending;
  sided?: 1 | 2;
}

/** Grid spacing on the z scale for the recursive integration. */
const H = 0.02;

interface Grid {
  z: Float64Array;
  /** Simpson weight × sub-density at each node. */
  w: Float64Array;
}

/** A Simpson grid on [lo, hi] with an even number of intervals of width about H. */
function simpsonNodes(lo: number, hi: number): { z: Float64Array; weight: Float64Array } {
  const intervals = Math.max(2, 2 * Math.ceil((hi - lo) / (2 * H)));
  const h = (hi - lo) / intervals;
  const z = new Float64Array(intervals + 1);
  const weight = new Float64Array(intervals + 1);
  for (let i = 0; i <= intervals; i += 1) {
    z[i] = lo + i * h;
    weight[i] = ((i === 0 || i === intervals ? 1 : i % 2 === 1 ? 4 : 2) * h) / 3;
  }
  return { z, weight };
}

/** Continuation region at analysis k for the given critical value. */
function region(c: number, sided: 1 | 2, mean: number): [number, number] {
  return [sided === 2 ? -c : Math.min(-c, mean - 10), c];
}

/** First-stage grid: density of Z_1 (mean `mean`) on its continuation region, times Simpson weights. */
function firstGrid(c: number, sided: 1 | 2, mean: number): Grid {
  const [lo, hi] = region(c, sided, mean);
  const { z, weight } = simpsonNodes(lo, hi);
  const w = new Float64Array(z.length);
  for (let i = 0; i < z.length; i += 1) {
    const d = z[i]! - mean;
    w[i] = (weight[i]! * Math.exp(-0.5 * d * d)) / SQRT_2PI;
  }
  return { z, w };
}

/**
 * P(first crossing at analysis k above c, and below −c when two-sided), given the grid at k−1.
 * `inc` is the mean of the score increment S_k − S_{k−1} (S_k = Z_k·√t_k): θ·(t_k − t_{k−1}) for
 * a constant drift, E[Z_k]√t_k − E[Z_{k−1}]√t_{k−1} in general.
 */
function crossing(
  prev: Grid,
  tPrev: number,
  t: number,
  inc: number,
  c: number,
  sided: 1 | 2,
): { upper: number; lower: number } {
  const dt = t - tPrev;
  const sdInc = Math.sqrt(dt);
  const st = Math.sqrt(t);
  const sp = Math.sqrt(tPrev);
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < prev.z.length; i += 1) {
    const m = prev.z[i]! * sp + inc;
    upper += prev.w[i]! * (1 - Phi((c * st - m) / sdInc));
    if (sided === 2) lower += prev.w[i]! * Phi((-c * st - m) / sdInc);
  }
  return { upper, lower };
}

/**
 * The c with P(first upper crossing at k) = target, under H0: Newton's method on the smooth,
 * decreasing crossing probability (its derivative is a sum of normal densities), kept inside a
 * shrinking bracket so it cannot wander; converges in a handful of steps.
 */
function solveBoundary(prev: Grid, tPrev: number, t: number, target: number): number {
  const sdInc = Math.sqrt(t - tPrev);
  const st = Math.sqrt(t);
  const sp = Math.sqrt(tPrev);
  let lo = 0;
  let hi = NEVER;
  let c = Math.min(NEVER - 1, Math.max(0.5, PhiInv(1 - target)));
  for (let iter = 0; iter < 60; iter += 1) {
    let value = 0;
    let slope = 0;
    for (let i = 0; i < prev.z.length; i += 1) {
      const u = (c * st - prev.z[i]! * sp) / sdInc;
      value += prev.w[i]! * (1 - Phi(u));
      slope -= (prev.w[i]! * Math.exp(-0.5 * u * u) * st) / (sdInc * SQRT_2PI);
    }
    const f = value - target;
    if (f > 0) lo = c;
    else hi = c;
    let next = slope < 0 ? c - f / slope : (lo + hi) / 2;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - c) < 1e-12 || hi - lo < 1e-12) return next;
    c = next;
  }
  return c;
}

/** Carry the sub-density forward to analysis k's continuation region (E[Z_k] = meanK). */
function nextGrid(
  prev: Grid,
  tPrev: number,
  t: number,
  inc: number,
  meanK: number,
  c: number,
  sided: 1 | 2,
): Grid {
  const dt = t - tPrev;
  const sdInc = Math.sqrt(dt);
  const st = Math.sqrt(t);
  const sp = Math.sqrt(tPrev);
  const [lo, hi] = region(c, sided, meanK);
  const { z, weight } = simpsonNodes(lo, hi);
  const w = new Float64Array(z.length);
  const scale = st / (sdInc * SQRT_2PI);
  const n = prev.z.length;
  const means = new Float64Array(n);
  for (let j = 0; j < n; j += 1) means[j] = prev.z[j]! * sp + inc;
  // The means increase with j, so the kernel's ±9 SD window is a contiguous run of j.
  let first = 0;
  let last = 0;
  for (let i = 0; i < z.length; i += 1) {
    const x = z[i]! * st;
    while (first < n && means[first]! < x - 9 * sdInc) first += 1;
    if (last < first) last = first;
    while (last < n && means[last]! <= x + 9 * sdInc) last += 1;
    let sum = 0;
    for (let j = first; j < last; j += 1) {
      const d = (x - means[j]!) / sdInc;
      sum += prev.w[j]! * Math.exp(-0.5 * d * d);
    }
    w[i] = weight[i]! * sum * scale;
  }
  return { z, w };
}

function checkFractions(fractions: number[]) {
  if (fractions.length < 1 || fractions.length > MAX_ANALYSES + 6)
    throw new RangeError('1 to 10 analyses');
  fractions.forEach((t, i) => {
    if (!(t > 0 && t <= 1) || (i > 0 && !(t > fractions[i - 1]!)))
      throw new RangeError('fractions must increase in (0, 1]');
  });
}

const designCache = new Map<string, GroupSequentialDesign>();

/**
 * Critical values for the given spending rule, memoised (a few milliseconds per design). The
 * last fraction should be 1; with spending the final look spends whatever α is left.
 */
export function groupSequentialBoundary(input: BoundaryInput): GroupSequentialDesign {
  const sided = input.sided ?? 2;
  const key = `${input.alpha}|${input.fractions.join(',')}|${input.spending}|${sided}`;
  const cached = designCache.get(key);
  if (cached) return cached;
  checkFractions(input.fractions);
  const design = computeBoundary(input.alpha, input.fractions, input.spending, sided);
  if (designCache.size > 256) designCache.clear();
  designCache.set(key, design);
  return design;
}

function computeBoundary(
  alpha: number,
  fractions: number[],
  spending: Spending,
  sided: 1 | 2,
): GroupSequentialDesign {
  const a = sided === 2 ? alpha / 2 : alpha; // one-sided level per side
  const K = fractions.length;
  const z: number[] = [];
  const cumulativeAlpha: number[] = [];
  let grid: Grid | null = null;
  let spent = 0; // one-sided, upper side
  let total = 0; // both sides, as computed
  for (let k = 0; k < K; k += 1) {
    const t = fractions[k]!;
    let c: number;
    if (spending === 'naive') {
      c = PhiInv(1 - a);
    } else {
      const target = (k === K - 1 ? a : spendingFunction(spending, a, t)) - spent;
      if (!(target > 1e-15)) c = NEVER;
      else if (!grid) c = PhiInv(1 - target);
      else {
        const g: Grid = grid;
        const tPrev = fractions[k - 1]!;
        c = solveBoundary(g, tPrev, t, target);
      }
    }
    const cross = grid
      ? crossing(grid, fractions[k - 1]!, t, 0, c, sided)
      : { upper: 1 - Phi(c), lower: sided === 2 ? Phi(-c) : 0 };
    spent += cross.upper;
    total += cross.upper + cross.lower;
    z.push(c);
    cumulativeAlpha.push(total);
    if (k < K - 1) grid = grid ? nextGrid(grid, fractions[k - 1]!, t, 0, 0, c, sided) : null;
    if (k === 0 && K > 1) grid = firstGrid(c, sided, 0);
  }
  return {
    fractions: [...fractions],
    z,
    nominalP: z.map((c) => (sided === 2 ? 2 : 1) * (1 - Phi(c))),
    cumulativeAlpha,
    overallAlpha: total,
    alpha,
    sided,
    spending,
  };
}

export interface SequentialCharacteristics {
  /** P(stop and reject H0 at analysis k), both directions for a two-sided design. */
  rejectAt: number[];
  /** Of which in the direction of the effect (upper side). */
  upperAt: number[];
  /** Probability of rejecting H0 at any analysis. */
  power: number;
  /** Expected information used, as a fraction of the maximum (= E[N]/N when n_k = t_k N). */
  expectedFraction: number;
}

/**
 * Rejection probabilities and expected information for drift θ = E[Z] at full information
 * (θ = δ, the noncentrality of the fixed-size test; θ = 0 under H0): E[Z_k] = θ√t_k. Normal
 * approximation (known variance).
 */
export function sequentialCharacteristics(
  design: GroupSequentialDesign,
  theta: number,
): SequentialCharacteristics {
  return sequentialCharacteristicsAt(
    design,
    design.fractions.map((t) => theta * Math.sqrt(t)),
  );
}

/**
 * The same for any means m_k = E[Z_k] per analysis, keeping the canonical covariance
 * Cov(Z_j, Z_k) = √(t_j/t_k): the score S_k = Z_k√t_k has independent normal increments with
 * mean m_k√t_k − m_{k−1}√t_{k−1} and variance t_k − t_{k−1}. With m_k = θ√t_k this is the
 * constant-drift model; tSequential.ts passes per-look "effective" means for t-tests.
 */
export function sequentialCharacteristicsAt(
  design: GroupSequentialDesign,
  means: readonly number[],
): SequentialCharacteristics {
  const { fractions, z, sided } = design;
  const K = fractions.length;
  const rejectAt: number[] = [];
  const upperAt: number[] = [];
  let grid: Grid | null = null;
  for (let k = 0; k < K; k += 1) {
    const t = fractions[k]!;
    const c = z[k]!;
    const mean = means[k]!;
    let cross: { upper: number; lower: number };
    if (!grid) {
      cross = { upper: 1 - Phi(c - mean), lower: sided === 2 ? Phi(-c - mean) : 0 };
      if (K > 1) grid = firstGrid(c, sided, mean);
    } else {
      const g: Grid = grid;
      const tPrev = fractions[k - 1]!;
      const inc = mean * Math.sqrt(t) - means[k - 1]! * Math.sqrt(tPrev);
      cross = crossing(g, tPrev, t, inc, c, sided);
      if (k < K - 1) grid = nextGrid(g, tPrev, t, inc, mean, c, sided);
    }
    rejectAt.push(cross.upper + cross.lower);
    upperAt.push(cross.upper);
  }
  const power = rejectAt.reduce((s, p) => s + p, 0);
  let expectedFraction = 0;
  let stoppedBefore = 0;
  for (let k = 0; k < K - 1; k += 1) {
    expectedFraction += fractions[k]! * rejectAt[k]!;
    stoppedBefore += rejectAt[k]!;
  }
  expectedFraction += fractions[K - 1]! * (1 - stoppedBefore);
  return { rejectAt, upperAt, power, expectedFraction };
}

/** Equally spaced fractions for K analyses: 1/K, 2/K, …, 1. */
export function equallySpaced(analyses: number): number[] {
  return Array.from({ length: analyses }, (_, i) => (i + 1) / analyses);
}

/**
 * The classical boundaries of the Wang–Tsiatis (1987) family for K equally spaced analyses,
 * c_k = C · (k/K)^(Δ − 1/2), with C chosen so that the overall level is exactly α:
 *   Pocock (1977)               Δ = 1/2, a constant c_k = C
 *   O'Brien & Fleming (1979)    Δ = 0,   c_k = C · √(K/k)
 * These are not the lab's spending boundaries (those are Lan–DeMets approximations to them, and
 * allow unequal looks); they are here so the recursive integration can be checked against the
 * published tables (Jennison & Turnbull 2000, Tables 2.1 and 2.3; gsDesign `sfu = "Pocock"/"OF"`).
 */
export function wangTsiatisBoundary(input: {
  alpha: number;
  analyses: number;
  shape: 'pocock' | 'obf';
  sided?: 1 | 2;
}): GroupSequentialDesign {
  const sided = input.sided ?? 2;
  const K = input.analyses;
  const fractions = equallySpaced(K);
  const delta = input.shape === 'pocock' ? 0.5 : 0;
  const shape = fractions.map((t) => t ** (delta - 0.5));
  const designFor = (C: number): GroupSequentialDesign => {
    const z = shape.map((s) => C * s);
    return {
      fractions,
      z,
      nominalP: z.map((c) => sided * (1 - Phi(c))),
      cumulativeAlpha: [],
      overallAlpha: NaN,
      alpha: input.alpha,
      sided,
      spending: input.shape === 'pocock' ? 'pocock' : 'obf',
    };
  };
  // The overall level falls as C rises: bisect on C.
  let lo = 0.5;
  let hi = 6;
  for (let iter = 0; iter < 60; iter += 1) {
    const mid = (lo + hi) / 2;
    if (sequentialCharacteristics(designFor(mid), 0).power > input.alpha) lo = mid;
    else hi = mid;
  }
  const design = designFor((lo + hi) / 2);
  const rejectAt = sequentialCharacteristics(design, 0).rejectAt;
  let total = 0;
  const cumulativeAlpha = rejectAt.map((p) => (total += p));
  return { ...design, cumulativeAlpha, overallAlpha: total };
}
