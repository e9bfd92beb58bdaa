/**
 * The lab's guided challenges (in the manner of PhET's challenge prompts). Each challenge asks the
 * reader for a prediction (a short choice, kept in the document), then sets the lab to its starting
 * point and lets the lab's seeded simulation run; what the run shows is read from that run's totals
 * (./simulate.ts), never from a stored answer. Values only: the words are in
 * src/messages/challenges.ts.
 *
 *   washout      crossover, carryover λ₀ = 0.5 SD, washout 3 days: is the average estimate lower,
 *                about the same as, or higher than the true effect? "About the same" when the
 *                bias is within 2 Monte Carlo SEs of 0.
 *   power-80     the smallest crossover (even n) whose analytic power reaches 80% (noncentral t,
 *                ./power.ts); the run checks the simulated power there. The answer is the range
 *                that holds that n.
 *   naive-stop   Williams-like: a crossover planned for 30, one interim look after 14, naive rule
 *                (p < α at the look and again at the end), true effect 0: the share of trials that
 *                reject is the false-positive rate. The answer is the range that holds it.
 *   parallel     the same 68 people, analysed as a parallel trial (period 1 only): how much power is
 *                lost against the crossover analysis of the same simulated trials?
 *   two-stage    true effect 0 and no carryover, the two-stage procedure (test carryover at 10%,
 *                then period 1 only if it is significant; Freeman 1989): its false-positive rate.
 *
 * A challenge's result applies while the lab holds its settings (`isSetUp`); a reader who moves a
 * slider afterwards is told so rather than shown a result for other settings.
 */
import { DEFAULT_LAB_SETTINGS, type LabConfig } from './settings';
import { DEFAULT_LAB, type LabParams } from './params';
import { crossoverPower, sampleSizeFor } from './power';
import { summarise, summariseInterim, type MonteCarloTotals } from './simulate';
import type { ChallengeChoice, ChallengeId } from './challengeChoices';

export {
  CHALLENGE_CHOICES,
  CHALLENGE_IDS,
  PREDICTION_FIELD,
  type ChallengeChoice,
  type ChallengeId,
} from './challengeChoices';

export const POWER_TARGET = 0.8;
/** The carryover (λ₀, SD) and washout (days) of the washout challenge. */
export const WASHOUT_CARRYOVER = 0.5;
export const WASHOUT_DAYS = 3;
/** The Williams-like trial: planned size and the interim look. */
export const WILLIAMS_PLANNED = 30;
export const WILLIAMS_LOOK = 14;
/** Power lost (percentage points / 100) that counts as "about the same" / "somewhat lower". */
export const PARALLEL_SAME = 0.05;
export const PARALLEL_SOMEWHAT = 0.25;

/** The original lab (AB/BA, continuous outcome, no interim look) with everything else neutral. */
const NEUTRAL: Partial<LabConfig> = {
  ...pick(DEFAULT_LAB, [
    'design',
    'n',
    'effect',
    'sd',
    'rho',
    'period',
    'carryover',
    'washout',
    'dropout',
    'alpha',
  ]),
  ...pick(DEFAULT_LAB_SETTINGS, [
    'interimLooks',
    'firstLook',
    'spending',
    'outcome',
    'crossoverDesign',
    'allocation',
  ]),
};

function pick<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, from[key]])) as Pick<T, K>;
}

/** The smallest even crossover reaching 80% analytic power with the neutral settings. */
function smallestCrossover(): number {
  const base = { ...DEFAULT_LAB, ...(NEUTRAL as Partial<LabParams>) };
  return sampleSizeFor(POWER_TARGET, (n) => crossoverPower({ ...base, n, lambda: 0 })) ?? base.n;
}

let setups: Record<ChallengeId, Partial<LabConfig>> | null = null;

/** Where each challenge sets the lab (the seed and the number of simulated trials stay). */
export function challengeSetup(id: ChallengeId): Partial<LabConfig> {
  setups ??= {
    washout: { ...NEUTRAL, carryover: WASHOUT_CARRYOVER, washout: WASHOUT_DAYS },
    'power-80': { ...NEUTRAL, n: smallestCrossover() },
    'naive-stop': {
      ...NEUTRAL,
      n: WILLIAMS_PLANNED,
      effect: 0,
      interimLooks: 1,
      // Two decimals, as the field keeps them: round(30 × 0.47) = 14 people at the look.
      firstLook: Math.round((WILLIAMS_LOOK / WILLIAMS_PLANNED) * 100) / 100,
      spending: 'naive',
    },
    parallel: { ...NEUTRAL, design: 'parallel' },
    'two-stage': { ...NEUTRAL, effect: 0 },
  };
  return setups[id];
}

/** The setting keys that differ between the lab and the challenge's setup (empty: set up). */
export function changedSettings(id: ChallengeId, lab: Partial<LabConfig>): (keyof LabConfig)[] {
  const setup = challengeSetup(id);
  return (Object.keys(setup) as (keyof LabConfig)[]).filter((key) => lab[key] !== setup[key]);
}

/** A proportion with a normal-approximation 95% interval (Monte Carlo error of a simulated share). */
export interface Share {
  value: number;
  lower: number;
  upper: number;
}

function share(rate: number, mcse: number): Share {
  return {
    value: rate,
    lower: Math.max(0, rate - 1.96 * mcse),
    upper: Math.min(1, rate + 1.96 * mcse),
  };
}

export type ChallengeResult =
  | {
      id: 'washout';
      answer: ChallengeChoice<'washout'>;
      trials: number;
      trueEffect: number;
      meanEstimate: number;
      bias: number;
      /** Monte Carlo SE of the average estimate. */
      biasSe: number;
      power: Share;
    }
  | {
      id: 'power-80';
      answer: ChallengeChoice<'power-80'>;
      trials: number;
      n: number;
      power: Share;
      analytic: number;
      analyticBelow: number;
    }
  | {
      id: 'naive-stop';
      answer: ChallengeChoice<'naive-stop'>;
      trials: number;
      n: number;
      lookN: number;
      falsePositive: Share;
      stoppedEarly: number;
      alpha: number;
    }
  | {
      id: 'parallel';
      answer: ChallengeChoice<'parallel'>;
      trials: number;
      n: number;
      crossover: Share;
      parallel: Share;
      lost: number;
    }
  | {
      id: 'two-stage';
      answer: ChallengeChoice<'two-stage'>;
      trials: number;
      falsePositive: Share;
      crossover: Share;
      /** Share of trials in which the carryover test sent the analysis to period 1 only. */
      period1Only: number;
      alpha: number;
    };

/** Which of the ranged choices holds a share (0.08 → '6-10'); percentages rounded to whole. */
function rangeOfRate<T extends string>(rate: number, bounds: readonly [number, T][], last: T): T {
  const percent = Math.round(rate * 100);
  for (const [upTo, choice] of bounds) if (percent <= upTo) return choice;
  return last;
}

/**
 * What a finished run shows for a challenge, from the run's totals. `params` are the lab's
 * settings the run used; `lambda` the carryover it simulated.
 */
export function challengeResult(
  id: ChallengeId,
  main: MonteCarloTotals,
  params: LabParams,
  lambda: number,
): ChallengeResult | null {
  const crossover = summarise(main.crossover);
  if (!(crossover.count > 0)) return null;
  const trials = main.sims;
  switch (id) {
    case 'washout': {
      const bias = crossover.meanEstimate - params.effect;
      const biasSe = crossover.sdEstimate / Math.sqrt(crossover.count);
      const answer = Math.abs(bias) <= 2 * biasSe ? 'same' : bias < 0 ? 'lower' : 'higher';
      return {
        id,
        answer,
        trials,
        trueEffect: params.effect,
        meanEstimate: crossover.meanEstimate,
        bias,
        biasSe,
        power: share(crossover.rate, crossover.mcse),
      };
    }
    case 'power-80': {
      const n = params.n;
      const at = (size: number) =>
        size >= 4 ? crossoverPower({ ...params, n: size, lambda }) : Number.NaN;
      const answer = n < 20 ? 'under-20' : n < 50 ? '20-49' : n < 100 ? '50-99' : '100-plus';
      return {
        id,
        answer,
        trials,
        n,
        power: share(crossover.rate, crossover.mcse),
        analytic: at(n),
        analyticBelow: at(n - 2),
      };
    }
    case 'naive-stop': {
      const interim = summariseInterim(main, params);
      if (!interim) return null;
      return {
        id,
        answer: rangeOfRate(
          interim.rejection,
          [
            [5, 'about-5'],
            [10, '6-10'],
            [20, '11-20'],
          ],
          'over-20',
        ),
        trials,
        n: params.n,
        lookN: interim.lookN,
        falsePositive: share(interim.rejection, interim.mcse),
        stoppedEarly: interim.stoppedEarly,
        alpha: params.alpha,
      };
    }
    case 'parallel': {
      const parallel = summarise(main.parallel);
      const lost = crossover.rate - parallel.rate;
      return {
        id,
        answer:
          lost < PARALLEL_SAME
            ? 'same'
            : lost < PARALLEL_SOMEWHAT
              ? 'somewhat-lower'
              : 'much-lower',
        trials,
        n: params.n,
        crossover: share(crossover.rate, crossover.mcse),
        parallel: share(parallel.rate, parallel.mcse),
        lost,
      };
    }
    case 'two-stage': {
      const twoStage = summarise(main.twoStage);
      return {
        id,
        answer: rangeOfRate(
          twoStage.rate,
          [
            [5, 'about-5'],
            [10, '6-10'],
          ],
          'over-10',
        ),
        trials,
        falsePositive: share(twoStage.rate, twoStage.mcse),
        crossover: share(crossover.rate, crossover.mcse),
        period1Only: twoStage.count > 0 ? main.twoStagePeriod1 / twoStage.count : Number.NaN,
        alpha: params.alpha,
      };
    }
  }
}
