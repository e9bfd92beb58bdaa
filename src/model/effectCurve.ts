/**
 * An ILLUSTRATIVE effect-over-time curve — a teaching model, not study data.
 *
 * It describes a treatment's difference from control as it builds up and fades after one dose:
 *   t        days since treatment (t < 0: no effect)
 *   rise     days from treatment to the peak (0 = immediate); the rise is a quarter sine wave
 *   peak     height at the peak, relative and unitless (0 < peak ≤ 1); no study scale is implied
 *   halfLife days for the effect to halve after the peak (exponential decay)
 *
 *   effect(t) = peak · sin(π/2 · t / rise)           for 0 ≤ t < rise
 *   effect(t) = peak · 2^(−(t − rise) / halfLife)     for t ≥ rise
 *
 * `fractionRemaining(days)` = effect(days) / peak is what is left of the effect a given number of
 * days after a dose; the design lab uses it to turn a washout length into carryover.
 */

export interface EffectCurveParams {
  riseDays: number;
  peak: number;
  halfLifeDays: number;
}

export const DEFAULT_EFFECT_CURVE: Readonly<EffectCurveParams> = Object.freeze({
  riseDays: 1,
  peak: 1,
  halfLifeDays: 3,
});

/** Allowed ranges (inclusive); the URL codec clamps to these. */
export const EFFECT_CURVE_LIMITS = Object.freeze({
  riseDays: [0, 7] as const,
  peak: [0.1, 1] as const,
  halfLifeDays: [0.5, 30] as const,
});

/** The curve's height at day t (0 before treatment). */
export function effectAt(t: number, params: EffectCurveParams): number {
  const { riseDays, peak, halfLifeDays } = params;
  if (!(t >= 0)) return 0;
  if (t < riseDays) return peak * Math.sin((Math.PI / 2) * (t / riseDays));
  return peak * Math.pow(2, -(t - riseDays) / halfLifeDays);
}

/** Share of the peak effect still present `days` after a dose (0–1). */
export function fractionRemaining(days: number, params: EffectCurveParams): number {
  return params.peak > 0 ? effectAt(days, params) / params.peak : 0;
}

/** The first day after the peak at which the effect has fallen below `fraction` of its peak. */
export function daysUntilBelow(fraction: number, params: EffectCurveParams): number {
  if (fraction <= 0) return Infinity;
  if (fraction >= 1) return params.riseDays;
  return params.riseDays + params.halfLifeDays * Math.log2(1 / fraction);
}

/** Points [day, height] for drawing, evenly spaced from `from` to `to`. */
export function effectCurvePoints(
  params: EffectCurveParams,
  from: number,
  to: number,
  count = 120,
): [number, number][] {
  const points: [number, number][] = [];
  const n = Math.max(2, Math.floor(count));
  for (let i = 0; i < n; i += 1) {
    const t = from + ((to - from) * i) / (n - 1);
    points.push([t, effectAt(t, params)]);
  }
  // Make sure the peak itself is drawn.
  if (params.riseDays > from && params.riseDays < to) {
    points.push([params.riseDays, params.peak]);
    points.sort((a, b) => a[0] - b[0]);
  }
  return points;
}
