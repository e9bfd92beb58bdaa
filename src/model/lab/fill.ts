/**
 * "Watch it fill": the lab's seeded simulation (./simulate.ts) one trial at a time, so a view can
 * show estimates arriving at a pace the eye can follow. Trial k is the same trial the full-speed
 * run draws (its random stream depends only on the seed and k), and the totals are merged in the
 * same chunks as the worker's run (`chunk` trials at a time, each chunk summed from zero), so a
 * finished fill has exactly the full-speed run's totals, to the last bit.
 *
 *   step(count)  adds up to `count` trials and returns them (estimate of the chosen design, and
 *                whether its test rejected)
 *   finish()     adds every remaining trial at once (no per-trial work)
 *   totals()     the totals so far: the finished chunks plus the trials of the open chunk
 */
import { emptyTotals, mergeTotals, simulateMany, type MonteCarloTotals } from './simulate';
import type { LabParams } from './params';

export interface FilledTrial {
  /** Index of the trial in the run (0-based). */
  index: number;
  estimate: number;
  rejected: boolean;
}

export interface Fill {
  readonly total: number;
  /** Trials added so far. */
  added(): number;
  step(count: number): FilledTrial[];
  finish(): void;
  totals(): MonteCarloTotals;
}

/** Pace: trials per second after `added` trials — a few a second at first, then doubling. */
export function fillRate(added: number): number {
  return Math.min(4000, Math.max(3, added / 3));
}

export function createFill(params: LabParams, lambda: number, chunk: number): Fill {
  const total = Math.max(0, Math.round(params.sims));
  const row = params.design === 'crossover' ? 'crossover' : 'parallel';
  let committed = emptyTotals();
  let open = emptyTotals();
  let next = 0;
  const chunkStart = () => next - (next % chunk);

  const commitIfChunkEnds = () => {
    if (next % chunk === 0 || next === total) {
      const from = next % chunk === 0 ? next - chunk : chunkStart();
      committed = mergeTotals(committed, simulateMany(params, lambda, Math.max(0, from), next));
      open = emptyTotals();
    }
  };

  return {
    total,
    added: () => next,
    step(count) {
      const out: FilledTrial[] = [];
      const end = Math.min(total, next + Math.max(0, Math.floor(count)));
      while (next < end) {
        const one = simulateMany(params, lambda, next, next + 1);
        open = mergeTotals(open, one);
        const counted = one[row][3]! > 0;
        out.push({
          index: next,
          estimate: counted ? one[row][1]! : Number.NaN,
          rejected: one[row][0]! > 0,
        });
        next += 1;
        commitIfChunkEnds();
      }
      return out;
    },
    finish() {
      while (next < total) {
        const to = Math.min(total, chunkStart() + chunk);
        committed = mergeTotals(committed, simulateMany(params, lambda, chunkStart(), to));
        open = emptyTotals();
        next = to;
      }
    },
    totals: () => (open.sims > 0 ? mergeTotals(committed, open) : committed),
  };
}
