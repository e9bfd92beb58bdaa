/**
 * Drawing one simulated trial's people (the model is described in ./simulate.ts): person i is in
 * sequence AB when i is even; level s ~ N(0, σ²ρ), noise N(0, σ²(1−ρ)) per measurement; period 2
 * adds π, the effect τ (BA) or the carryover λ (AB); dropout before period 2 leaves NaN.
 * Kept apart from the analyses so a figure that only draws people does not load the t
 * distribution (jStat) into the first screen.
 */
import { createRng, trialSeed, type Rng } from './random';
import type { LabParams } from './params';

/** One trial's raw data, for drawing people. */
export interface TrialData {
  n: number;
  /** 0 = AB (active first), 1 = BA. */
  sequence: Uint8Array;
  y1: Float64Array;
  /** NaN when the person left before period 2. */
  y2: Float64Array;
}

function draw(params: LabParams, lambda: number, rng: Rng, count: number, out: TrialData) {
  const sdPerson = params.sd * Math.sqrt(params.rho);
  const sdNoise = params.sd * Math.sqrt(1 - params.rho);
  for (let i = 0; i < count; i += 1) {
    const seq = i & 1;
    const s = sdPerson * rng.normal();
    const y1 = s + sdNoise * rng.normal() + (seq === 0 ? params.effect : 0);
    const noise2 = sdNoise * rng.normal();
    // No uniform is drawn without dropout (it would only cost time).
    const stays = params.dropout === 0 || rng.next() >= params.dropout;
    out.sequence[i] = seq;
    out.y1[i] = y1;
    out.y2[i] = stays ? s + noise2 + params.period + (seq === 1 ? params.effect : lambda) : NaN;
  }
}

/** Generate one trial (seeded by seed and index k). */
export function simulateTrial(params: LabParams, lambda: number, k = 0): TrialData {
  const data: TrialData = {
    n: params.n,
    sequence: new Uint8Array(params.n),
    y1: new Float64Array(params.n),
    y2: new Float64Array(params.n),
  };
  draw(params, lambda, createRng(trialSeed(params.seed, k)), params.n, data);
  return data;
}
