// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { labInterpretation } from '../../src/model/lab/interpretation';
import { DEFAULT_LAB } from '../../src/model/lab/params';

describe('labInterpretation', () => {
  it('names the carryover bias −λ/2 with the washout', () => {
    expect(
      labInterpretation({
        params: { ...DEFAULT_LAB, washout: 1, effect: 0.5 },
        lambda: 0.42,
        powerCrossover: 0.5,
        powerParallel: 0.3,
      }),
    ).toBe(
      'With a one-day washout, carryover makes the active treatment look 0.21 SD weaker than it is: on average the crossover estimates 0.29 SD instead of 0.50 SD.',
    );
  });

  it('compares the designs when there is no carryover', () => {
    expect(
      labInterpretation({
        params: DEFAULT_LAB,
        lambda: 0,
        powerCrossover: 0.953,
        powerParallel: 0.538,
      }),
    ).toBe(
      'With 68 people, a crossover detects a true effect of 0.50 SD in about 95% of trials; a parallel trial with the same people, in about 54%.',
    );
  });

  it('explains α when there is no effect', () => {
    expect(
      labInterpretation({
        params: { ...DEFAULT_LAB, effect: 0 },
        lambda: 0,
        powerCrossover: 0.05,
        powerParallel: 0.05,
      }),
    ).toMatch(/^With no true effect, about 5% of trials/);
  });
});
