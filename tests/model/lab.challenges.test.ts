import { describe, expect, it } from 'vitest';
import {
  BIAS_LIMIT,
  CHALLENGE_START,
  MATCH_N,
  checkChallenge,
} from '../../src/model/lab/challenges';
import { DEFAULT_LAB, type LabParams } from '../../src/model/lab/params';
import { crossoverPower, parallelPower, sampleSizeFor } from '../../src/model/lab/power';
import { DEFAULT_EFFECT_CURVE, fractionRemaining } from '../../src/model/effectCurve';

const curve = DEFAULT_EFFECT_CURVE;
const settings = (start: Partial<LabParams>, change: Partial<LabParams> = {}): LabParams => ({
  ...DEFAULT_LAB,
  ...(start as Partial<LabParams>),
  ...change,
});

describe('checkChallenge', () => {
  it('power-80 is met exactly at the smallest crossover with 80% power (noncentral t)', () => {
    const start = CHALLENGE_START['power-80'] as Partial<LabParams>;
    for (const effect of [0.5, 0.8]) {
      const base = settings(start, { effect });
      const smallest = sampleSizeFor(0.8, (n) => crossoverPower({ ...base, n, lambda: 0 }))!;
      expect(checkChallenge('power-80', { ...base, n: smallest }, curve).met).toBe(true);
      expect(checkChallenge('power-80', { ...base, n: smallest - 2 }, curve).met).toBe(false);
      expect(checkChallenge('power-80', { ...base, n: smallest + 2 }, curve).met).toBe(false);
      expect(
        checkChallenge('power-80', { ...base, n: smallest, design: 'parallel' }, curve).met,
      ).toBe(false);
    }
    // d = 0.5, ρ = 0.5: about 34 people (Var = 2σ²(1 − ρ)/n = 1/n).
    const base = settings(start);
    expect(sampleSizeFor(0.8, (n) => crossoverPower({ ...base, n, lambda: 0 }))).toBe(34);
  });

  it('washout-too-short is met only at the longest washout whose bias is still ≥ the limit', () => {
    const base = settings(CHALLENGE_START['washout-too-short'] as Partial<LabParams>);
    const bias = (w: number) => (base.carryover * fractionRemaining(w, curve)) / 2;
    let longest = -1;
    for (let w = 0; w <= 90; w += 1) if (bias(w) >= BIAS_LIMIT) longest = w;
    expect(longest).toBeGreaterThan(0);
    const metAt = [];
    for (let w = 0; w <= 90; w += 1) {
      if (checkChallenge('washout-too-short', { ...base, washout: w }, curve).met) metAt.push(w);
    }
    expect(metAt).toEqual([longest]);
    // A slower-fading curve moves the answer later.
    const slow = { ...curve, halfLifeDays: 6 };
    const slowMet = [];
    for (let w = 0; w <= 90; w += 1) {
      if (checkChallenge('washout-too-short', { ...base, washout: w }, slow).met) slowMet.push(w);
    }
    expect(slowMet[0]).toBeGreaterThan(longest);
  });

  it('parallel-match is met at the smallest parallel trial as powerful as the crossover of 40', () => {
    const base = settings(CHALLENGE_START['parallel-match'] as Partial<LabParams>);
    const target = crossoverPower({ ...base, n: MATCH_N, lambda: 0 });
    const smallest = sampleSizeFor(target, (n) => parallelPower({ ...base, n }))!;
    const check = checkChallenge(
      'parallel-match',
      { ...base, design: 'parallel', n: smallest },
      curve,
    );
    expect(check.met).toBe(true);
    expect(check.id === 'parallel-match' && check.target).toBeCloseTo(target, 12);
    expect(
      checkChallenge('parallel-match', { ...base, design: 'parallel', n: smallest - 2 }, curve).met,
    ).toBe(false);
    expect(checkChallenge('parallel-match', { ...base, n: smallest }, curve).met).toBe(false);
    // ρ = 0.5: Var(τ̂) is 2σ²(1 − ρ)/n = σ²/n in the crossover against 4σ²/n in parallel, so a
    // parallel trial needs about four times the people.
    expect(smallest).toBeGreaterThan(3 * MATCH_N);
  });
});
