/**
 * The lab's guided challenges (in the manner of PhET's challenge prompts): a starting point for the
 * lab's settings and a check computed from the lab's current settings through the lab's own model
 * (analytic power, ./power.ts; carryover left after the washout, ../effectCurve.ts). Values only:
 * the words are in src/messages/challenges.ts.
 *
 *   power-80           the smallest crossover (even n) whose analytic power reaches 80%:
 *                      met when power(n) ≥ 0.8 and power(n − 2) < 0.8
 *   washout-too-short  the longest washout whose carryover still biases the crossover estimate by
 *                      at least BIAS_LIMIT SD: |λ(w)|/2 ≥ limit and |λ(w + 1)|/2 < limit,
 *                      λ(w) = λ₀ × c(w) from the illustrative effect curve
 *   parallel-match     the smallest parallel trial as powerful as a crossover of MATCH_N people
 *                      with the same settings: parallelPower(n) ≥ target, parallelPower(n − 2) < target
 */
import { fractionRemaining, type EffectCurveParams } from '../effectCurve';
import { DEFAULT_LAB_SETTINGS, type LabConfig } from './settings';
import { DEFAULT_LAB, type LabParams } from './params';
import { crossoverPower, parallelPower } from './power';
import { effectiveCarryover } from './simulate';

export const CHALLENGE_IDS = ['power-80', 'washout-too-short', 'parallel-match'] as const;
export type ChallengeId = (typeof CHALLENGE_IDS)[number];

export const POWER_TARGET = 0.8;
/** Bias (SD) that counts as "too short a washout". */
export const BIAS_LIMIT = 0.05;
/** The crossover's size the parallel trial is asked to match. */
export const MATCH_N = 40;

/** The original lab (AB/BA, continuous outcome, no interim look) with everything else neutral. */
const NEUTRAL: Partial<LabConfig> = {
  ...pick(DEFAULT_LAB, [
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
    'outcome',
    'crossoverDesign',
    'allocation',
  ]),
};

function pick<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, from[key]])) as Pick<T, K>;
}

/** Where each challenge starts the lab. */
export const CHALLENGE_START: Record<ChallengeId, Partial<LabConfig>> = {
  'power-80': { ...NEUTRAL, design: 'crossover', n: 12 },
  'washout-too-short': { ...NEUTRAL, design: 'crossover', n: 68, carryover: 0.5, washout: 30 },
  'parallel-match': { ...NEUTRAL, design: 'crossover', n: MATCH_N },
};

export type ChallengeCheck =
  | {
      id: 'power-80';
      met: boolean;
      /** The lab is not on a crossover: the check cannot apply. */
      wrongDesign: boolean;
      n: number;
      power: number;
      /** Power with two people fewer (NaN below the smallest trial). */
      powerBelow: number;
    }
  | {
      id: 'washout-too-short';
      met: boolean;
      wrongDesign: boolean;
      noCarryover: boolean;
      washout: number;
      bias: number;
      biasNextDay: number;
    }
  | {
      id: 'parallel-match';
      met: boolean;
      wrongDesign: boolean;
      n: number;
      target: number;
      power: number;
      powerBelow: number;
    };

type Settings = Pick<
  LabParams,
  'design' | 'n' | 'effect' | 'sd' | 'rho' | 'alpha' | 'dropout' | 'carryover' | 'washout'
>;

const SMALLEST_N = 4;

function lambdaAt(settings: Settings, washout: number, curve: EffectCurveParams): number {
  return effectiveCarryover(settings as LabParams, fractionRemaining(washout, curve));
}

/** Check one challenge against the lab's current settings and illustrative curve. */
export function checkChallenge(
  id: ChallengeId,
  settings: Settings,
  curve: EffectCurveParams,
): ChallengeCheck {
  switch (id) {
    case 'power-80': {
      const lambda = lambdaAt(settings, settings.washout, curve);
      const at = (n: number) =>
        n >= SMALLEST_N ? crossoverPower({ ...settings, n, lambda }) : Number.NaN;
      const power = at(settings.n);
      const powerBelow = at(settings.n - 2);
      const wrongDesign = settings.design !== 'crossover';
      return {
        id,
        met: !wrongDesign && power >= POWER_TARGET && !(powerBelow >= POWER_TARGET),
        wrongDesign,
        n: settings.n,
        power,
        powerBelow,
      };
    }
    case 'washout-too-short': {
      const bias = Math.abs(lambdaAt(settings, settings.washout, curve)) / 2;
      const biasNextDay = Math.abs(lambdaAt(settings, settings.washout + 1, curve)) / 2;
      const wrongDesign = settings.design !== 'crossover';
      const noCarryover = !(settings.carryover > 0);
      return {
        id,
        met: !wrongDesign && bias >= BIAS_LIMIT && biasNextDay < BIAS_LIMIT,
        wrongDesign,
        noCarryover,
        washout: settings.washout,
        bias,
        biasNextDay,
      };
    }
    case 'parallel-match': {
      const lambda = lambdaAt(settings, settings.washout, curve);
      const target = crossoverPower({ ...settings, n: MATCH_N, lambda });
      const at = (n: number) => (n >= SMALLEST_N ? parallelPower({ ...settings, n }) : Number.NaN);
      const power = at(settings.n);
      const powerBelow = at(settings.n - 2);
      const wrongDesign = settings.design !== 'parallel';
      return {
        id,
        met: !wrongDesign && power >= target && !(powerBelow >= target),
        wrongDesign,
        n: settings.n,
        target,
        power,
        powerBelow,
      };
    }
  }
}
