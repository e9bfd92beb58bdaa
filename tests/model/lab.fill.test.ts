import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createFill, fillRate } from '../../src/model/lab/fill';
import { DEFAULT_LAB, type LabParams } from '../../src/model/lab/params';
import { simulateMany, type MonteCarloTotals } from '../../src/model/lab/simulate';
import { CHUNK, runJob } from '../../src/workers/simulationProtocol';

/** The worker's full-speed run, to the end. */
async function fullSpeed(params: LabParams, lambda: number): Promise<MonteCarloTotals> {
  let out: MonteCarloTotals | null = null;
  await runJob(
    { params, lambda },
    (main) => {
      out = main;
    },
    () => true,
    async () => {},
  );
  return out!;
}

const plain = (totals: MonteCarloTotals) => ({
  ...totals,
  crossover: [...totals.crossover],
  parallel: [...totals.parallel],
  twoStage: [...totals.twoStage],
  histCrossover: [...totals.histCrossover],
  histParallel: [...totals.histParallel],
  interim: [...totals.interim],
});

describe('watch it fill', () => {
  it('a filled run equals the full-speed run for the same seed, bit for bit', async () => {
    const params: LabParams = { ...DEFAULT_LAB, n: 30, sims: 1234, seed: 5, carryover: 0.4 };
    const lambda = 0.2;
    const fill = createFill(params, lambda, CHUNK);
    const seen: number[] = [];
    while (fill.added() < fill.total) {
      for (const trial of fill.step(1 + (fill.added() % 37))) seen.push(trial.index);
    }
    expect(seen).toEqual(Array.from({ length: 1234 }, (_, i) => i));
    expect(plain(fill.totals())).toEqual(plain(await fullSpeed(params, lambda)));
  });

  it('stepping, pausing anywhere and finishing give the same totals (random cut points)', async () => {
    const params: LabParams = { ...DEFAULT_LAB, n: 20, sims: 1100, seed: 9, design: 'parallel' };
    const expected = plain(await fullSpeed(params, 0));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 6 }), (steps) => {
        const fill = createFill(params, 0, CHUNK);
        for (const count of steps) fill.step(count);
        fill.finish();
        expect(fill.added()).toBe(1100);
        expect(plain(fill.totals())).toEqual(expected);
      }),
      { numRuns: 15 },
    );
  });

  it('each added trial is the run’s trial: its estimate is that trial’s estimate', () => {
    const params: LabParams = { ...DEFAULT_LAB, n: 24, sims: 300, seed: 2 };
    const fill = createFill(params, 0, CHUNK);
    const trials = fill.step(5);
    trials.forEach((trial, k) => {
      const one = simulateMany(params, 0, k, k + 1);
      expect(trial.estimate).toBe(one.crossover[1]);
      expect(trial.rejected).toBe(one.crossover[0] === 1);
    });
    // The totals so far hold exactly those five trials.
    expect(fill.totals().sims).toBe(5);
    expect(fill.totals().crossover[1]).toBeCloseTo(
      trials.reduce((sum, trial) => sum + trial.estimate, 0),
      12,
    );
  });

  it('starts slowly enough to follow, then speeds up', () => {
    expect(fillRate(0)).toBeLessThanOrEqual(5);
    expect(fillRate(10)).toBeLessThanOrEqual(5);
    expect(fillRate(1200)).toBeGreaterThan(100);
  });
});
