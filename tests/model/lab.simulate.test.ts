// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAB, type LabParams } from '../../src/model/lab/params';
import {
  analyseTrial,
  mergeTotals,
  simulateMany,
  simulateTrial,
  summarise,
  summariseInterim,
} from '../../src/model/lab/simulate';
import { createRng, trialSeed } from '../../src/model/lab/random';
import { crossingProbability, twoLookBoundary } from '../../src/model/lab/boundaries';

const base: LabParams = { ...DEFAULT_LAB, n: 40, effect: 0, rho: 0.6, seed: 2026 };
const SIMS = 8000;

describe('random numbers', () => {
  it('are reproducible from a seed and look standard normal', () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 20000 }, () => a.normal());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b.normal()));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
    expect(Math.abs(mean)).toBeLessThan(3 / Math.sqrt(xs.length));
    expect(variance).toBeCloseTo(1, 1);
    expect(trialSeed(1, 0)).not.toBe(trialSeed(1, 1));
    expect(trialSeed(1, 0)).not.toBe(trialSeed(2, 0));
  });
});

describe('simulated crossover trials', () => {
  it('a fixed seed reproduces identical results, and chunks merge to the same totals as one run', () => {
    const one = simulateMany(base, 0, 0, 600);
    const merged = mergeTotals(simulateMany(base, 0, 0, 250), simulateMany(base, 0, 250, 600));
    // Same trials, summed in a different order: equal up to floating-point rounding.
    Array.from(merged.crossover).forEach((value, i) =>
      expect(value).toBeCloseTo(one.crossover[i]!, 9),
    );
    expect(Array.from(merged.histParallel)).toEqual(Array.from(one.histParallel));
    expect(Array.from(simulateMany(base, 0, 0, 600).twoStage)).toEqual(Array.from(one.twoStage));
    expect(simulateTrial(base, 0, 7).y1).toEqual(simulateTrial(base, 0, 7).y1);
  });

  it('with τ = 0 the type I error of the crossover and parallel tests is within 3 Monte Carlo SE of α', () => {
    const totals = simulateMany(base, 0, 0, SIMS);
    for (const row of [totals.crossover, totals.parallel]) {
      const { rate, mcse } = summarise(row);
      expect(Math.abs(rate - 0.05)).toBeLessThan(3 * Math.sqrt((0.05 * 0.95) / SIMS));
      expect(mcse).toBeGreaterThan(0);
    }
  });

  it('without carryover the crossover estimate is unbiased', () => {
    const params = { ...base, effect: 0.4, period: 0.3 };
    const { meanEstimate, sdEstimate, count } = summarise(
      simulateMany(params, 0, 0, SIMS).crossover,
    );
    expect(Math.abs(meanEstimate - 0.4)).toBeLessThan((3 * sdEstimate) / Math.sqrt(count));
    // Its spread matches the analytic SE √(2σ²(1−ρ)/n).
    expect(sdEstimate).toBeCloseTo(Math.sqrt((2 * 0.4) / 40), 1);
  });

  it('with carryover λ the crossover estimate is biased by −λ/2 (the AB/BA algebra)', () => {
    const lambda = 0.6;
    const params = { ...base, effect: 0.4 };
    const { meanEstimate, sdEstimate, count } = summarise(
      simulateMany(params, lambda, 0, SIMS).crossover,
    );
    expect(Math.abs(meanEstimate - (0.4 - lambda / 2))).toBeLessThan(
      (3 * sdEstimate) / Math.sqrt(count),
    );
    // The parallel (period-1) estimate is not touched by carryover.
    const parallel = summarise(simulateMany(params, lambda, 0, SIMS).parallel);
    expect(Math.abs(parallel.meanEstimate - 0.4)).toBeLessThan(
      (3 * parallel.sdEstimate) / Math.sqrt(parallel.count),
    );
  });

  it('reproduces the two-stage procedure’s inflated type I error even with no carryover (Freeman 1989)', () => {
    const totals = simulateMany({ ...base, rho: 0.8 }, 0, 0, SIMS);
    const { rate, mcse } = summarise(totals.twoStage);
    expect(rate - 0.05).toBeGreaterThan(3 * mcse);
    expect(totals.twoStagePeriod1 / totals.sims).toBeCloseTo(0.1, 1);
  });

  it('dropout removes people from the crossover analysis only', () => {
    const trial = simulateTrial({ ...base, dropout: 0.5 }, 0, 3);
    const analysis = analyseTrial(trial, 0.05);
    const dropped = Array.from(trial.y2).filter((y) => Number.isNaN(y)).length;
    expect(dropped).toBeGreaterThan(5);
    expect(analysis.completers).toBe(40 - dropped);
    expect(analysis.crossover.df).toBe(40 - dropped - 2);
    expect(analysis.parallel.df).toBe(38);
    expect(analysis.crossover.lower).toBeLessThan(analysis.crossover.estimate);
    expect(analysis.crossover.upper).toBeGreaterThan(analysis.crossover.estimate);
  });
});

describe('interim analysis', () => {
  it('O’Brien–Fleming boundaries spend α as designed (checked by an independent crossing integral)', () => {
    const b = twoLookBoundary(0.05, 0.5, 'obf');
    expect(b.z1).toBeCloseTo(2.963, 3);
    const total = b.p1 + crossingProbability(b.z1, b.z2, 0.5);
    expect(total).toBeCloseTo(0.05, 5);
    expect(b.z2).toBeCloseTo(1.969, 3);
    expect(b.z2).toBeLessThan(2.0);
  });

  it('naive p < α at both looks inflates the type I error; O’Brien–Fleming keeps it near α', () => {
    const params = { ...base, n: 60, interim: 0.5, seed: 11 };
    const naive = summariseInterim(
      simulateMany({ ...params, boundary: 'naive' }, 0, 0, SIMS),
      params,
    )!;
    const obf = summariseInterim(simulateMany({ ...params, boundary: 'obf' }, 0, 0, SIMS), params)!;
    expect(naive.rejection - 0.05).toBeGreaterThan(3 * naive.mcse);
    expect(Math.abs(obf.rejection - 0.05)).toBeLessThan(3 * obf.mcse + 0.005);
    expect(naive.lookN).toBe(30);
  });

  it('trials that stop early overstate the effect; expected size falls below the planned size', () => {
    const params = {
      ...base,
      n: 60,
      effect: 0.25,
      interim: 0.5,
      boundary: 'naive' as const,
      seed: 5,
    };
    const summary = summariseInterim(simulateMany(params, 0, 0, SIMS), params)!;
    expect(summary.stoppedEarly).toBeGreaterThan(0.2);
    expect(summary.stoppedEarly).toBeLessThan(0.6);
    expect(summary.meanEstimateEarly).toBeGreaterThan(0.25 * 1.3);
    expect(summary.expectedN).toBeLessThan(60);
    expect(summary.expectedN).toBeGreaterThan(30);
  });
});
