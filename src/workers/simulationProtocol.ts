/**
 * Messages between the design lab and its simulation worker. Shared by the worker, the hook and
 * the in-page fallback (used where Workers are missing, e.g. the unit tests' jsdom).
 */
import type { LabParams } from '../model/lab/params';
import {
  emptyTotals,
  mergeTotals,
  simulateMany,
  type MonteCarloTotals,
} from '../model/lab/simulate';

export interface SimulationJob {
  params: LabParams;
  /** Carryover present in period 2 under the alternative. */
  lambda: number;
}

export interface RunMessage {
  type: 'run';
  id: number;
  job: SimulationJob;
}

export interface CancelMessage {
  type: 'cancel';
}

export interface ProgressMessage {
  type: 'progress';
  id: number;
  /** Totals so far with the chosen effect, and under the null (τ = 0, no carryover). */
  main: MonteCarloTotals;
  null: MonteCarloTotals;
  done: boolean;
}

/** Trials per chunk: small enough to stream and cancel quickly, large enough to be efficient. */
export const CHUNK = 500;

/** Offset for the null-hypothesis trials, so they use different random streams. */
export const NULL_SEED_OFFSET = 7_919;

/**
 * Run a job in chunks, reporting cumulative totals after each; stops as soon as `isCurrent`
 * turns false. `yieldToEvents` lets cancellation messages arrive between chunks.
 */
export async function runJob(
  job: SimulationJob,
  report: (main: MonteCarloTotals, nullTotals: MonteCarloTotals, done: boolean) => void,
  isCurrent: () => boolean,
  yieldToEvents: () => Promise<void>,
): Promise<void> {
  const { params, lambda } = job;
  const nullParams: LabParams = {
    ...params,
    effect: 0,
    seed: (params.seed + NULL_SEED_OFFSET) >>> 0,
  };
  let main = emptyTotals();
  let nullTotals = emptyTotals();
  for (let from = 0; from < params.sims; from += CHUNK) {
    const to = Math.min(params.sims, from + CHUNK);
    main = mergeTotals(main, simulateMany(params, lambda, from, to));
    nullTotals = mergeTotals(nullTotals, simulateMany(nullParams, 0, from, to));
    if (!isCurrent()) return;
    report(main, nullTotals, to >= params.sims);
    await yieldToEvents();
    if (!isCurrent()) return;
  }
}
