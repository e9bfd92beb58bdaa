import { describe, expect, it } from 'vitest';
import {
  CHALLENGE_CHOICES,
  CHALLENGE_IDS,
  PREDICTION_FIELD,
  challengeResult,
  challengeSetup,
  changedSettings,
  type ChallengeId,
} from '../../src/model/lab/challenges';
import { DEFAULT_LAB, originalLook, type LabParams } from '../../src/model/lab/params';
import { DEFAULT_LAB_SETTINGS } from '../../src/model/lab/settings';
import { crossoverPower } from '../../src/model/lab/power';
import {
  effectiveCarryover,
  simulateMany,
  summarise,
  summariseInterim,
} from '../../src/model/lab/simulate';
import { DEFAULT_EFFECT_CURVE, fractionRemaining } from '../../src/model/effectCurve';
import { FIELDS } from '../../src/document/fields';

/** The lab as a challenge sets it, with a seed and a number of trials. */
function labFor(id: ChallengeId, seed: number, sims = 2000) {
  const config = { ...DEFAULT_LAB, ...DEFAULT_LAB_SETTINGS, ...challengeSetup(id), seed, sims };
  const params = { ...config, ...originalLook(config) } as LabParams;
  const lambda =
    params.design === 'crossover'
      ? effectiveCarryover(params, fractionRemaining(params.washout, DEFAULT_EFFECT_CURVE))
      : 0;
  return { config, params, lambda, main: simulateMany(params, lambda, 0, sims) };
}

function resultFor(id: ChallengeId, seed: number) {
  const { params, lambda, main } = labFor(id, seed);
  return { params, main, result: challengeResult(id, main, params, lambda)! };
}

describe('lab challenges', () => {
  it('are at least five, each with choices kept in a document field of the lab', () => {
    expect(CHALLENGE_IDS.length).toBeGreaterThanOrEqual(5);
    expect(FIELDS.challenge.values).toEqual(['none', ...CHALLENGE_IDS]);
    for (const id of CHALLENGE_IDS) {
      const field = FIELDS[PREDICTION_FIELD[id]];
      expect(field.scope).toBe('lab');
      expect(field.values).toEqual(CHALLENGE_CHOICES[id]);
      expect(field.default).toBe('none');
      // Every key a challenge sets is a document field, so its link carries it.
      for (const key of Object.keys(challengeSetup(id))) expect(FIELDS).toHaveProperty(key);
    }
  });

  it('power-80 sets the smallest even crossover with 80% analytic power (noncentral t): 34', () => {
    const n = challengeSetup('power-80').n!;
    const base = { ...DEFAULT_LAB, lambda: 0 };
    expect(n).toBe(34);
    expect(crossoverPower({ ...base, n })).toBeGreaterThanOrEqual(0.8);
    expect(crossoverPower({ ...base, n: n - 2 })).toBeLessThan(0.8);
  });

  it('naive-stop is Williams-like: 30 planned, the look after 14, naive rule, no true effect', () => {
    const { params } = labFor('naive-stop', 1);
    expect(params).toMatchObject({ n: 30, effect: 0, boundary: 'naive' });
    const { main } = labFor('naive-stop', 1, 200);
    expect(summariseInterim(main, params)!.lookN).toBe(14);
  });

  it('changedSettings lists the settings a reader moved away from the challenge', () => {
    const { config } = labFor('washout', 1);
    expect(changedSettings('washout', config)).toEqual([]);
    expect(changedSettings('washout', { ...config, seed: 7, sims: 500 })).toEqual([]);
    expect(changedSettings('washout', { ...config, washout: 4, n: 40 })).toEqual(['n', 'washout']);
  });

  it('the washout result is read from the run: a short washout pulls the estimate down', () => {
    const { params, main, result } = resultFor('washout', 1);
    if (result.id !== 'washout') throw new Error('wrong result');
    const crossover = summarise(main.crossover);
    expect(result.meanEstimate).toBe(crossover.meanEstimate);
    expect(result.bias).toBeCloseTo(crossover.meanEstimate - params.effect, 12);
    expect(result.power.value).toBe(crossover.rate);
    expect(result.answer).toBe('lower');
    // E[τ̂] = τ − λ/2: the run agrees with the formula within a few Monte Carlo SEs.
    const lambda = effectiveCarryover(params, fractionRemaining(3, DEFAULT_EFFECT_CURVE));
    expect(Math.abs(result.bias + lambda / 2)).toBeLessThan(4 * result.biasSe);
    // Another seed draws other trials, and the result follows them.
    const other = resultFor('washout', 2).result;
    expect(other.id === 'washout' && other.meanEstimate).not.toBe(result.meanEstimate);
  });

  it('with a long washout the same check answers "about the same"', () => {
    const { params, main } = labFor('washout', 3);
    const longWashout = { ...params, washout: 60 };
    const lambda = effectiveCarryover(longWashout, fractionRemaining(60, DEFAULT_EFFECT_CURVE));
    const run = simulateMany(longWashout, lambda, 0, 2000);
    expect(challengeResult('washout', run, longWashout, lambda)!.answer).toBe('same');
    expect(challengeResult('washout', main, params, 0)!.answer).toBe('lower');
  });

  it('the false-positive rates come from the run: naive stop and two-stage above α', () => {
    for (const seed of [1, 2]) {
      const naive = resultFor('naive-stop', seed);
      if (naive.result.id !== 'naive-stop') throw new Error('wrong result');
      const interim = summariseInterim(naive.main, naive.params)!;
      expect(naive.result.falsePositive.value).toBe(interim.rejection);
      expect(naive.result.falsePositive.value).toBeGreaterThan(0.06);
      expect(naive.result.answer).toBe('6-10');

      const twoStage = resultFor('two-stage', seed);
      if (twoStage.result.id !== 'two-stage') throw new Error('wrong result');
      expect(twoStage.result.falsePositive.value).toBe(summarise(twoStage.main.twoStage).rate);
      expect(twoStage.result.falsePositive.value).toBeGreaterThan(twoStage.result.crossover.value);
    }
  });

  it('parallel compares the two analyses of the same simulated trials', () => {
    const { main, result } = resultFor('parallel', 1);
    if (result.id !== 'parallel') throw new Error('wrong result');
    expect(result.crossover.value).toBe(summarise(main.crossover).rate);
    expect(result.parallel.value).toBe(summarise(main.parallel).rate);
    expect(result.lost).toBeCloseTo(result.crossover.value - result.parallel.value, 12);
    expect(result.answer).toBe('much-lower');
  });

  it('ranges: a rate rounds to whole percent before it is placed', () => {
    const { params, main } = labFor('two-stage', 1, 100);
    const fake = (rejected: number, count: number) => {
      const totals = { ...main, twoStage: new Float64Array([rejected, 0, 0, count]) };
      return challengeResult('two-stage', totals, params, 0)!.answer;
    };
    expect(fake(5, 100)).toBe('about-5');
    expect(fake(6, 100)).toBe('6-10');
    expect(fake(10, 100)).toBe('6-10');
    expect(fake(11, 100)).toBe('over-10');
  });
});
