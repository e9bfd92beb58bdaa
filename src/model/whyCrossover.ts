/**
 * "Why a crossover?": the same few simulated people measured in a parallel design and in a
 * crossover, from the design lab's model (./lab/simulate.ts), so its numbers agree with the lab.
 *
 * Person i has a level s ~ N(0, σ²ρ) and each measurement adds noise N(0, σ²(1−ρ)); the active
 * condition adds τ (all in SD units of one measurement). Person i is in sequence AB when i is even.
 *   parallel   each person's period-1 measurement only: AB people form the active arm, BA people
 *              the control arm; the estimate compares two groups of different people, so the
 *              spread between people stays in it.
 *   crossover  each person's active minus control measurement; the person's own level s cancels.
 * No period effect, carryover or dropout: this is the idea, not a trial.
 */
import { DEFAULT_LAB, type LabParams } from './lab/params';
import { simulateTrial } from './lab/trialDraw';

export interface WhyPerson {
  /** 1-based label. */
  id: number;
  /** The arm this person joins in the parallel design (their period-1 condition). */
  parallelArm: 'active' | 'control';
  /** Their measurement on each condition in the crossover. */
  active: number;
  control: number;
}

export interface WhyCrossover {
  people: WhyPerson[];
  /** The parallel estimate: mean period-1 score of the active arm minus the control arm's. */
  parallelEstimate: number;
  /**
   * The crossover estimate, as the lab's analysis computes it: (mean d_AB − mean d_BA) / 2 with
   * d = period 1 − period 2 (equal to the mean active − control difference when sequences are
   * balanced).
   */
  crossoverEstimate: number;
  /** SD of all people's single measurements: the spread a parallel comparison carries. */
  spreadBetweenPeople: number;
  /** SD of the people's active − control differences: the spread a crossover carries. */
  spreadWithinPeople: number;
}

export const WHY_PEOPLE = 8;

/**
 * The picture's own teaching settings (illustrative, not from either study): a true effect of
 * 0.8 SD and people who differ a lot from each other (ρ = 0.9), so the point shows with eight.
 */
export const WHY_SETTINGS = { effect: 0.8, sd: 1, rho: 0.9 } as const;

function sampleSd(values: readonly number[]): number {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const ss = values.reduce((sum, v) => sum + (v - mean) ** 2, 0);
  return Math.sqrt(ss / (values.length - 1));
}

/** The same `people` simulated people in both designs, seeded by the lab's seed. */
export function whyCrossover(
  params: Pick<LabParams, 'effect' | 'sd' | 'rho' | 'seed'> = { ...WHY_SETTINGS, seed: 1 },
  people = WHY_PEOPLE,
): WhyCrossover {
  const trial = simulateTrial(
    {
      ...DEFAULT_LAB,
      ...params,
      design: 'crossover',
      n: people,
      period: 0,
      carryover: 0,
      dropout: 0,
      interim: 0,
    },
    0,
  );
  const list: WhyPerson[] = [];
  for (let i = 0; i < trial.n; i += 1) {
    const activeFirst = trial.sequence[i] === 0;
    list.push({
      id: i + 1,
      parallelArm: activeFirst ? 'active' : 'control',
      active: activeFirst ? trial.y1[i]! : trial.y2[i]!,
      control: activeFirst ? trial.y2[i]! : trial.y1[i]!,
    });
  }
  const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const bySequence = (sequence: 0 | 1, value: (i: number) => number) =>
    mean(
      list
        .filter((_, i) => trial.sequence[i] === sequence)
        .map((_, j, all) => value(all[j]!.id - 1)),
    );
  const d = (i: number) => trial.y1[i]! - trial.y2[i]!;
  return {
    people: list,
    parallelEstimate: bySequence(0, (i) => trial.y1[i]!) - bySequence(1, (i) => trial.y1[i]!),
    crossoverEstimate: (bySequence(0, d) - bySequence(1, d)) / 2,
    spreadBetweenPeople: sampleSd(Array.from(trial.y1)),
    spreadWithinPeople: sampleSd(list.map((p) => p.active - p.control)),
  };
}
