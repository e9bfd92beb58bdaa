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
 *   interim    fraction of participants at an interim look (0 = none)
 *   boundary   obf (O'Brien–Fleming-type) or naive (p < alpha at both looks)
 */

export type LabDesign = 'crossover' | 'parallel';
export type Boundary = 'obf' | 'naive';

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
