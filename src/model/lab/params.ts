/**
 * The design lab's parameters, their ranges and defaults. Outcomes are in standard-deviation
 * units of the total between-measurement SD σ.
 *
 *   design     crossover (2×2, AB/BA) or parallel (two arms, one measurement each)
 *   n          total participants (split as evenly as possible between sequences or arms)
 *   effect     τ, the true effect of the active condition
 *   sd         σ, total SD of one measurement
 *   rho        ρ, within-person correlation of two measurements
 *   period     π, added to every period-2 measurement
 *   carryover  λ₀, extra effect carried into period 2 after the active condition, before any washout
 *   washout    days between the periods; λ = λ₀ × c(washout), c from the illustrative effect curve
 *   dropout    probability of leaving before period 2
 *   alpha      two-sided significance level
 *   sims       number of simulated trials (capped at SIMS_MAX)
 *   seed       seed of the simulation
 *   interim    fraction of participants at the single interim look of this engine (0 = none)
 *   boundary   the spending at that look: obf, pocock (Lan–DeMets types) or naive (p < α twice)
 *
 * `interim` and `boundary` are not document fields: the document has one set of look settings,
 * `interimLooks`, `firstLook` and `spending` (./settings.ts), from which `originalLook` derives
 * them for this engine (the original figures run only with at most one interim look).
 */
import type { Spending } from './groupSequential';

export type LabDesign = 'crossover' | 'parallel';
export type Boundary = Spending;

export interface LabParams {
  design: LabDesign;
  n: number;
  effect: number;
  sd: number;
  rho: number;
  period: number;
  carryover: number;
  washout: number;
  dropout: number;
  alpha: number;
  sims: number;
  seed: number;
  interim: number;
  boundary: Boundary;
}

export const SIMS_MAX = 20_000;

/** Ranges (inclusive) and the number of decimals kept. */
export const LAB_LIMITS = {
  n: { min: 4, max: 400, decimals: 0 },
  effect: { min: -2, max: 2, decimals: 2 },
  sd: { min: 0.1, max: 5, decimals: 2 },
  rho: { min: 0, max: 0.95, decimals: 2 },
  period: { min: -2, max: 2, decimals: 2 },
  carryover: { min: 0, max: 2, decimals: 2 },
  washout: { min: 0, max: 90, decimals: 0 },
  dropout: { min: 0, max: 0.5, decimals: 2 },
  alpha: { min: 0.001, max: 0.2, decimals: 3 },
  sims: { min: 100, max: SIMS_MAX, decimals: 0 },
  seed: { min: 0, max: 999_999_999, decimals: 0 },
  interim: { min: 0, max: 0.9, decimals: 2 },
} as const;

export const DEFAULT_LAB: Readonly<LabParams> = Object.freeze({
  design: 'crossover',
  n: 68,
  effect: 0.5,
  sd: 1,
  rho: 0.5,
  period: 0,
  carryover: 0,
  washout: 14,
  dropout: 0,
  alpha: 0.05,
  sims: 2000,
  seed: 1,
  interim: 0,
  boundary: 'obf',
});

/**
 * The original engine's single look from the document's look settings: the fraction of people at
 * the first interim look (equal spacing, 1/2, when `firstLook` is 0), or 0 with no interim look.
 */
export function originalLook(looks: {
  interimLooks: number;
  firstLook: number;
  spending: Spending;
}): { interim: number; boundary: Boundary } {
  if (!(looks.interimLooks >= 1)) return { interim: 0, boundary: looks.spending };
  const share = looks.firstLook > 0 ? looks.firstLook : 1 / (Math.round(looks.interimLooks) + 1);
  return { interim: share, boundary: looks.spending };
}
