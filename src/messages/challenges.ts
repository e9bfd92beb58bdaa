/** The words of the lab's challenges, built from the values of src/model/lab/challenges.ts. */
import {
  BIAS_LIMIT,
  MATCH_N,
  POWER_TARGET,
  type ChallengeCheck,
  type ChallengeId,
} from '../model/lab/challenges';

const pct = (x: number) => (x === x ? `${(x * 100).toFixed(1)}%` : '—');
const sd = (x: number) => `${x.toFixed(3)} SD`;
const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

export const CHALLENGES_TEXT = {
  heading: 'Challenges',
  intro:
    'Three short tasks. Start one: the lab is set to its starting point, and the line under the task says, from the lab’s own model, how close you are.',
  start: 'Start',
  restart: 'Start again',
  met: 'Done',
  notYet: 'Not yet',
} as const;

export const CHALLENGE_TASKS: Record<ChallengeId, { title: string; task: string }> = {
  'power-80': {
    title: '80% power with the fewest people',
    task: `Change the participants until the crossover reaches ${POWER_TARGET * 100}% power with as few people as possible.`,
  },
  'washout-too-short': {
    title: 'A washout too short for the carryover',
    task: `Carryover is on. Shorten the washout: find the longest washout at which carryover still shifts the estimate by ${BIAS_LIMIT} SD or more.`,
  },
  'parallel-match': {
    title: 'What a parallel trial needs',
    task: `A crossover of ${MATCH_N} people has some power to find the effect. Switch the design to parallel and find the fewest people that give at least the same power.`,
  },
};

/** One sentence on where the reader stands, from the check's values. */
export function challengeFeedback(check: ChallengeCheck): string {
  switch (check.id) {
    case 'power-80':
      if (check.wrongDesign) return 'Switch the design back to crossover.';
      if (check.met)
        return `Yes: ${check.n} people give ${pct(check.power)} power, and ${check.n - 2} would give only ${pct(check.powerBelow)}.`;
      if (check.power >= POWER_TARGET)
        return `${check.n} people give ${pct(check.power)} power — enough, but ${check.n - 2} would too (${pct(check.powerBelow)}). Try fewer.`;
      return `${check.n} people give ${pct(check.power)} power: add people.`;
    case 'washout-too-short':
      if (check.wrongDesign)
        return 'Switch the design back to crossover: carryover needs two periods.';
      if (check.noCarryover) return 'Turn the carryover λ₀ up above 0 first.';
      if (check.met)
        return `Yes: after ${days(check.washout)} carryover still shifts the estimate by ${sd(check.bias)}; one day more and it is ${sd(check.biasNextDay)}.`;
      if (check.bias < BIAS_LIMIT)
        return `After ${days(check.washout)} carryover shifts the estimate by ${sd(check.bias)}, less than ${BIAS_LIMIT} SD: shorten the washout.`;
      return `After ${days(check.washout)} carryover shifts the estimate by ${sd(check.bias)} — a longer washout still does too (${sd(check.biasNextDay)} after ${days(check.washout + 1)}). Lengthen it.`;
    case 'parallel-match':
      if (check.wrongDesign)
        return `The crossover of ${MATCH_N} has ${pct(check.target)} power. Now switch the design to parallel.`;
      if (check.met)
        return `Yes: a parallel trial needs ${check.n} people for ${pct(check.power)} power, against ${MATCH_N} in the crossover (${pct(check.target)}) — ${(check.n / MATCH_N).toFixed(1)} times as many.`;
      if (check.power >= check.target)
        return `${check.n} people give ${pct(check.power)}, at least the crossover’s ${pct(check.target)} — but ${check.n - 2} would too. Try fewer.`;
      return `${check.n} people in parallel give ${pct(check.power)}; the crossover of ${MATCH_N} gives ${pct(check.target)}. Add people.`;
  }
}
