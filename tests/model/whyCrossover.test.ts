import { describe, expect, it } from 'vitest';
import { WHY_PEOPLE, WHY_SETTINGS, whyCrossover } from '../../src/model/whyCrossover';
import { analyseTrial, simulateTrial } from '../../src/model/lab/simulate';
import { DEFAULT_LAB } from '../../src/model/lab/params';

describe('whyCrossover', () => {
  it('draws the same people as the lab would, and estimates as the lab analyses them', () => {
    const why = whyCrossover({ ...WHY_SETTINGS, seed: 7 });
    const trial = simulateTrial(
      { ...DEFAULT_LAB, ...WHY_SETTINGS, seed: 7, n: WHY_PEOPLE, carryover: 0, period: 0 },
      0,
    );
    const analysis = analyseTrial(trial, 0.05);
    expect(why.people).toHaveLength(WHY_PEOPLE);
    expect(why.crossoverEstimate).toBeCloseTo(analysis.crossover.estimate, 12);
    expect(why.parallelEstimate).toBeCloseTo(analysis.parallel.estimate, 12);
    // Person 1 is in AB: active in period 1.
    expect(why.people[0]!.active).toBe(trial.y1[0]);
    expect(why.people[0]!.parallelArm).toBe('active');
    expect(why.people[1]!.control).toBe(trial.y1[1]);
  });

  it('the crossover difference carries less spread than people do when ρ is high', () => {
    let narrower = 0;
    for (let seed = 1; seed <= 50; seed += 1) {
      const why = whyCrossover({ ...WHY_SETTINGS, seed });
      if (why.spreadWithinPeople < why.spreadBetweenPeople) narrower += 1;
    }
    // Var(difference) = 2σ²(1 − ρ) = 0.2 vs Var(one score) = 1: narrower in most samples of 8.
    expect(narrower).toBeGreaterThan(40);
  });

  it('with ρ = 0 the advantage is gone: differences are wider than single scores', () => {
    let wider = 0;
    for (let seed = 1; seed <= 50; seed += 1) {
      const why = whyCrossover({ effect: 0.8, sd: 1, rho: 0, seed });
      if (why.spreadWithinPeople > why.spreadBetweenPeople) wider += 1;
    }
    expect(wider).toBeGreaterThan(35);
  });
});
