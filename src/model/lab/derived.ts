/**
 * The design lab's derived numbers, computed once for the current settings: how much of the
 * illustrative effect is left after the washout, the carryover λ it leaves, the analytic power of
 * the crossover and the parallel design, and a plain-language reading of the design as data (the
 * words are in src/messages/lab.ts).
 *
 *   remaining  share of the illustrative curve's effect left `washout` days after a dose (0–1)
 *   λ          carryover into period 2 = λ₀ × remaining (crossover only; 0 for parallel)
 */
import { fractionRemaining, type EffectCurveParams } from '../effectCurve';
import type { LabParams } from './params';
import { crossoverPower, parallelPower } from './power';
import { effectiveCarryover } from './simulate';

/** What the lab's one-sentence reading says, as data. */
export type LabReading =
  | { kind: 'carryover'; washout: number; bias: number; estimated: number; effect: number }
  | { kind: 'null'; alpha: number }
  | {
      kind: 'power';
      design: LabParams['design'];
      n: number;
      effect: number;
      powerCrossover: number;
      powerParallel: number;
    };

export interface LabDerived {
  remaining: number;
  lambda: number;
  powerCrossover: number;
  powerParallel: number;
  reading: LabReading;
}

export function labDerived(params: LabParams, curve: EffectCurveParams): LabDerived {
  const remaining = fractionRemaining(params.washout, curve);
  const lambda = params.design === 'crossover' ? effectiveCarryover(params, remaining) : 0;
  const powerCrossover = crossoverPower({ ...params, lambda });
  const powerParallel = parallelPower(params);
  const { design, n, effect, washout, alpha } = params;
  let reading: LabReading;
  if (design === 'crossover' && Math.abs(lambda / 2) >= 0.005) {
    reading = {
      kind: 'carryover',
      washout,
      bias: -lambda / 2,
      estimated: effect - lambda / 2,
      effect,
    };
  } else if (effect === 0) {
    reading = { kind: 'null', alpha };
  } else {
    reading = { kind: 'power', design, n, effect, powerCrossover, powerParallel };
  }
  return { remaining, lambda, powerCrossover, powerParallel, reading };
}
