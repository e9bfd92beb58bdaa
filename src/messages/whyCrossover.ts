/** The words of the "Why a crossover?" figure, built from the values of src/model/whyCrossover.ts. */
import type { WhyCrossover } from '../model/whyCrossover';

const sd = (x: number) => `${x.toFixed(2)} SD`;

export const WHY_TEXT = {
  title: 'Why a crossover? The same people, two designs',
  description:
    'The same eight simulated people on one scale. Left, a parallel design: each person is measured once, and two groups’ means (bars) are compared. Right, a crossover: each person is measured on both conditions, a line joining their two scores. Filled dots: active; open dots: control; numbers name the people.',
  parallelTitle: 'Parallel: each person once',
  crossoverTitle: 'Crossover: each person twice',
  control: 'control',
  active: 'active',
  axis: 'score (SD units)',
  person: (id: number) => `Person ${id}`,
  illustrative:
    'Simulated by the design lab’s model with its seed, a true effect of 0.8 SD and a within-person correlation of 0.9 — a teaching picture, not study data.',
  redraw: 'Draw eight new people',
  tableCaption: 'The simulated people (illustrative, not study data)',
  columns: ['Person', 'Group in the parallel design', 'Control', 'Active', 'Active − control'],
  arms: { active: 'active', control: 'control' },
  lab: 'Try it in the design lab',
  labHint: 'change the correlation and watch the two designs’ power',
} as const;

/** One live sentence: the spread each design carries into its comparison. */
export function whyCrossoverSummary(why: WhyCrossover): string {
  return `People differ from each other by about ${sd(why.spreadBetweenPeople)}, and a parallel comparison carries that spread; each person’s own active − control difference varies by about ${sd(why.spreadWithinPeople)}, because their own level cancels. Parallel estimate ${sd(why.parallelEstimate)}, crossover estimate ${sd(why.crossoverEstimate)}.`;
}

/** The point of the picture, in one line beside it. */
export const WHY_TAKEAWAY =
  'In a crossover each person is their own control: the differences between people cancel, so fewer people give a sharper answer.';
