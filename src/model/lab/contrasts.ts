/**
 * Within-subject linear contrasts for the lab's crossover designs, the analysis of Jones &
 * Kenward (Design and Analysis of Cross-Over Trials, 2nd ed. 2003, ch. 2–3; after Hills &
 * Armitage 1979): each person's periods are combined into one contrast v = Σ_p u_p·y_p with
 * Σ u_p = 0, so the person's own level cancels; the sequence means of v are then fitted by
 * weighted least squares (weights = people per sequence) on the columns
 *   1 (period effects), u·x_s (treatment: x = 1 on A) and, where estimable, u·c_s (carryover:
 *   c = 1 in a period that follows A),
 * and the error variance is the pooled within-sequence variance of v, df = N − S. This is the
 * ordinary least-squares analysis with fixed subject effects for complete data; τ̂ and λ̂ are
 * unbiased without assuming compound symmetry.
 *   ab-ba    u = (1, −1): τ̂ = (v̄_AB − v̄_BA)/2, biased by −λ/2 (carryover not estimable
 *            within subjects; its between-subject test uses u = (1, 1), Grizzle 1965)
 *   abb-baa  u = (2, −1, −1): τ̂ = (v̄_ABB − v̄_BAA)/4, unbiased under carryover; λ̂ from
 *            u = (0, 1, −1): λ̂ = (v̄_ABB − v̄_BAA)/2
 *   balaam   u = (1, −1) with 4 sequences: τ̂ and λ̂ from the 3-column fit
 */
import type { DesignStructure } from './designs';

export interface ContrastModel {
  /** Contrast over periods. */
  u: number[];
  /** Design matrix rows per sequence (columns: intercept, then treatment and/or carryover). */
  rows: number[][];
  /** Index of the column whose coefficient is estimated. */
  target: number;
  /** E[estimate] = τ·tauCoef + λ·lambdaCoef with equal allocation; filled by `expectation`. */
}

function dot(a: number[], b: number[]): number {
  return a.reduce((s, x, i) => s + x * b[i]!, 0);
}

function treatmentAndCarry(structure: DesignStructure): { x: number[][]; c: number[][] } {
  const x = structure.sequences.map((s) => s.treatments.map((t) => (t === 'A' ? 1 : 0)));
  const c = structure.sequences.map((s) =>
    s.treatments.map((_, p) => (p > 0 && s.treatments[p - 1] === 'A' ? 1 : 0)),
  );
  return { x, c };
}

function isConstant(values: number[]): boolean {
  return values.every((v) => Math.abs(v - values[0]!) < 1e-12);
}

/** Full column rank of a small matrix (Gram determinant). */
function fullRank(rows: number[][]): boolean {
  const k = rows[0]!.length;
  const g = Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => rows.reduce((s, r) => s + r[i]! * r[j]!, 0)),
  );
  return Math.abs(determinant(g)) > 1e-9;
}

function determinant(m: number[][]): number {
  if (m.length === 1) return m[0]![0]!;
  if (m.length === 2) return m[0]![0]! * m[1]![1]! - m[0]![1]! * m[1]![0]!;
  let det = 0;
  for (let j = 0; j < m.length; j += 1) {
    const minor = m.slice(1).map((row) => row.filter((_, c) => c !== j));
    det += (j % 2 === 0 ? 1 : -1) * m[0]![j]! * determinant(minor);
  }
  return det;
}

function build(structure: DesignStructure, u: number[], estimate: 'tau' | 'lambda'): ContrastModel {
  const { x, c } = treatmentAndCarry(structure);
  const ux = x.map((r) => dot(u, r));
  const uc = c.map((r) => dot(u, r));
  const main = estimate === 'tau' ? ux : uc;
  const other = estimate === 'tau' ? uc : ux;
  let rows = structure.sequences.map((_, s) => [1, main[s]!]);
  if (!isConstant(other)) {
    const withOther = structure.sequences.map((_, s) => [1, main[s]!, other[s]!]);
    if (fullRank(withOther)) rows = withOther;
  }
  return { u, rows, target: 1 };
}

/** The treatment-effect contrast model of a crossover design. */
export function treatmentContrast(structure: DesignStructure): ContrastModel {
  return build(structure, structure.periods === 3 ? [2, -1, -1] : [1, -1], 'tau');
}

/** The carryover contrast model (λ = carryover after A minus after B). */
export function carryoverContrast(structure: DesignStructure): ContrastModel {
  if (structure.id === 'abb-baa') return build(structure, [0, 1, -1], 'lambda');
  if (structure.id === 'balaam') return build(structure, [1, -1], 'lambda');
  return build(structure, [1, 1], 'lambda');
}

const XWX = new Float64Array(9);
const INV = new Float64Array(9);

/**
 * WLS weights g_s (estimate = Σ g_s·v̄_s) and the variance factor Σ g_s²/n_s, for sequence
 * counts n_s. Returns null when the fit is not estimable (an empty sequence).
 */
export function contrastWeights(
  model: ContrastModel,
  counts: ArrayLike<number>,
  out: Float64Array,
): number {
  const k = model.rows[0]!.length;
  const S = model.rows.length;
  // X'WX (k ≤ 3), inverted by cofactors (scratch arrays: this runs once per look per trial).
  const a = XWX;
  a.fill(0);
  for (let s = 0; s < S; s += 1) {
    const r = model.rows[s]!;
    const w = counts[s]!;
    for (let i = 0; i < k; i += 1)
      for (let j = 0; j < k; j += 1) a[3 * i + j]! += w * r[i]! * r[j]!;
  }
  const inv = INV;
  if (k === 2) {
    const det = a[0]! * a[4]! - a[1]! * a[3]!;
    if (!(Math.abs(det) > 1e-12)) return NaN;
    inv[0] = a[4]! / det;
    inv[1] = -a[1]! / det;
    inv[3] = -a[3]! / det;
    inv[4] = a[0]! / det;
  } else {
    const [m00, m01, m02, m10, m11, m12, m20, m21, m22] = a as unknown as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const c00 = m11 * m22 - m12 * m21;
    const c01 = -(m10 * m22 - m12 * m20);
    const c02 = m10 * m21 - m11 * m20;
    const det = m00 * c00 + m01 * c01 + m02 * c02;
    if (!(Math.abs(det) > 1e-12)) return NaN;
    inv.set([
      c00 / det,
      -(m01 * m22 - m02 * m21) / det,
      (m01 * m12 - m02 * m11) / det,
      c01 / det,
      (m00 * m22 - m02 * m20) / det,
      -(m00 * m12 - m02 * m10) / det,
      c02 / det,
      -(m00 * m21 - m01 * m20) / det,
      (m00 * m11 - m01 * m10) / det,
    ]);
  }
  const t = model.target;
  let factor = 0;
  for (let s = 0; s < S; s += 1) {
    const r = model.rows[s]!;
    let g = 0;
    for (let j = 0; j < k; j += 1) g += inv[3 * t + j]! * r[j]!;
    g *= counts[s]!;
    out[s] = g;
    factor += counts[s]! > 0 ? (g * g) / counts[s]! : 0;
  }
  return factor;
}

/** Coefficients of τ and λ in E[estimate] (for bias and analytic power), given counts. */
export function expectation(
  model: ContrastModel,
  structure: DesignStructure,
  counts: ArrayLike<number>,
): { tau: number; lambda: number; factor: number; weights: Float64Array } {
  const weights = new Float64Array(structure.sequences.length);
  const factor = contrastWeights(model, counts, weights);
  const { x, c } = treatmentAndCarry(structure);
  let tau = 0;
  let lambda = 0;
  structure.sequences.forEach((_, s) => {
    tau += weights[s]! * dot(model.u, x[s]!);
    lambda += weights[s]! * dot(model.u, c[s]!);
  });
  return { tau, lambda, factor, weights };
}
