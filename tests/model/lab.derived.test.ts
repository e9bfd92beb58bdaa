// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { labDerived } from '../../src/model/lab/derived';
import { DEFAULT_LAB } from '../../src/model/lab/params';
import { DEFAULT_EFFECT_CURVE, fractionRemaining } from '../../src/model/effectCurve';
import { crossoverPower, parallelPower } from '../../src/model/lab/power';
import { labInterpretation } from '../../src/messages/lab';

describe('labDerived(params, curve) computes every derived number of the lab once', () => {
  it('ties carryover to the washout through the illustrative curve: λ = λ₀ × remaining', () => {
    const params = { ...DEFAULT_LAB, washout: 1, carryover: 0.6 };
    const derived = labDerived(params, DEFAULT_EFFECT_CURVE);
    const remaining = fractionRemaining(1, DEFAULT_EFFECT_CURVE);
    expect(derived.remaining).toBe(remaining);
    expect(derived.lambda).toBeCloseTo(0.6 * remaining, 12);
    expect(derived.powerCrossover).toBe(crossoverPower({ ...params, lambda: derived.lambda }));
    expect(derived.powerParallel).toBe(parallelPower(params));
    expect(derived.reading).toMatchObject({ kind: 'carryover', bias: -derived.lambda / 2 });
  });

  it('has no carryover in a parallel design', () => {
    const derived = labDerived(
      { ...DEFAULT_LAB, design: 'parallel', carryover: 1, washout: 0 },
      DEFAULT_EFFECT_CURVE,
    );
    expect(derived.lambda).toBe(0);
    expect(derived.reading.kind).toBe('power');
  });
});

describe('labInterpretation(reading) words the reading', () => {
  it('names the carryover bias −λ/2 with the washout', () => {
    expect(
      labInterpretation({
        kind: 'carryover',
        washout: 1,
        bias: -0.21,
        estimated: 0.29,
        effect: 0.5,
      }),
    ).toBe(
      'With a one-day washout, carryover makes the active treatment look 0.21 SD weaker than it is: on average the crossover estimates 0.29 SD instead of 0.50 SD.',
    );
  });

  it('compares the designs when there is no carryover', () => {
    expect(
      labInterpretation({
        kind: 'power',
        design: 'crossover',
        n: 68,
        effect: 0.5,
        powerCrossover: 0.953,
        powerParallel: 0.538,
      }),
    ).toBe(
      'With 68 people, a crossover detects a true effect of 0.50 SD in about 95% of trials; a parallel trial with the same people, in about 54%.',
    );
  });

  it('explains α when there is no effect, and follows the numbers', () => {
    const derived = labDerived({ ...DEFAULT_LAB, effect: 0, alpha: 0.01 }, DEFAULT_EFFECT_CURVE);
    expect(labInterpretation(derived.reading)).toMatch(/^With no true effect, about 1% of trials/);
  });
});
