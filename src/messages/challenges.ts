/**
 * The words of the lab's challenges and of "watch it fill" (catalogue `teach`), built from the
 * values of src/model/lab/challenges.ts and of the run the reader triggered.
 */
import {
  POWER_TARGET,
  WASHOUT_CARRYOVER,
  WASHOUT_DAYS,
  WILLIAMS_LOOK,
  WILLIAMS_PLANNED,
  challengeSetup,
  type ChallengeChoice,
  type ChallengeId,
  type ChallengeResult,
  type Share,
} from '../model/lab/challenges';
import { t, type MessageId } from './i18n';
import { formatInterval, formatNumber, formatPercent } from './format';

const pct = (x: number) => (x === x ? formatPercent(x, 1) : '—');
const sd = (x: number, decimals = 2) => t('unit.SD', { value: formatNumber(x, decimals, true) });
const count = (x: number) => formatNumber(x, 0);
const interval = (s: Share) => formatInterval(pct(s.lower), pct(s.upper));

export function challengesText() {
  return {
    heading: t('challenges.heading'),
    intro: t('challenges.intro'),
    nudge: t('challenges.nudge'),
    nudgeLink: t('challenges.nudgeLink'),
    listLabel: t('challenges.listLabel'),
    number: (number: number, total: number) => t('challenges.number', { number, count: total }),
    predictLegend: t('challenges.predictLegend'),
    predictFirst: t('challenges.predictFirst'),
    run: t('challenges.run'),
    runAgain: t('challenges.runAgain'),
    notRun: t('challenges.notRun'),
    changed: (changed: number) => t('challenges.changed', { count: changed }),
    running: (done: number, total: number) =>
      t('challenges.running', { done: count(done), total: count(total) }),
    stopped: t('challenges.stopped'),
    resultHeading: t('challenges.resultHeading'),
    close: t('challenges.close'),
    next: (title: string) => t('challenges.next', { title }),
    seedNote: (seed: number, trials: number) =>
      t('challenges.seedNote', { seed: String(seed), trials: count(trials) }),
  };
}

/** A challenge's title and task, from its setup. */
export function challengeTask(id: ChallengeId): { title: string; task: string } {
  const setup = challengeSetup(id);
  const values = {
    days: WASHOUT_DAYS,
    carryover: formatNumber(WASHOUT_CARRYOVER, 2),
    target: formatPercent(POWER_TARGET),
    effect: formatNumber(setup.effect ?? 0, 2),
    rho: formatNumber(setup.rho ?? 0, 2),
    planned: WILLIAMS_PLANNED,
    look: WILLIAMS_LOOK,
    alpha: formatNumber(setup.alpha ?? 0.05, 2),
    n: setup.n ?? 0,
  };
  return {
    title: t(`challenge.${id}.title` as MessageId, values),
    task: t(`challenge.${id}.task` as MessageId, values),
  };
}

/** The label of one of a challenge's choices. */
export function choiceLabel(id: ChallengeId, choice: ChallengeChoice): string {
  return t(`challenge.${id}.choice.${choice}` as MessageId);
}

/** What the run shows, in words: the numbers, and why (the why depends on the numbers' answer). */
export function challengeResultText(result: ChallengeResult): { result: string; why: string } {
  switch (result.id) {
    case 'washout':
      return {
        result: t('challenge.washout.result', {
          trials: count(result.trials),
          n: count(challengeSetup('washout').n ?? 0),
          mean: sd(result.meanEstimate),
          truth: sd(result.trueEffect),
          bias: sd(result.bias),
          se: sd(result.biasSe, 3),
          power: pct(result.power.value),
        }),
        why: t(`challenge.washout.why.${result.answer as 'lower' | 'same' | 'higher'}`),
      };
    case 'power-80':
      return {
        result: t('challenge.power-80.result', {
          n: count(result.n),
          below: count(result.n - 2),
          analytic: pct(result.analytic),
          analyticBelow: pct(result.analyticBelow),
          trials: count(result.trials),
          power: pct(result.power.value),
          interval: interval(result.power),
        }),
        why: t('challenge.power-80.why', { target: formatPercent(POWER_TARGET) }),
      };
    case 'naive-stop':
      return {
        result: t('challenge.naive-stop.result', {
          rate: pct(result.falsePositive.value),
          trials: count(result.trials),
          interval: interval(result.falsePositive),
          alpha: formatPercent(result.alpha),
          early: pct(result.stoppedEarly),
          look: count(result.lookN),
        }),
        why: t('challenge.naive-stop.why'),
      };
    case 'parallel':
      return {
        result: t('challenge.parallel.result', {
          trials: count(result.trials),
          n: count(result.n),
          crossover: pct(result.crossover.value),
          parallel: pct(result.parallel.value),
          lost: formatNumber(result.lost * 100, 1, true),
        }),
        why: t('challenge.parallel.why'),
      };
    case 'two-stage':
      return {
        result: t('challenge.two-stage.result', {
          rate: pct(result.falsePositive.value),
          trials: count(result.trials),
          interval: interval(result.falsePositive),
          crossover: pct(result.crossover.value),
          period1: pct(result.period1Only),
        }),
        why: t('challenge.two-stage.why'),
      };
  }
}

/**
 * The prediction against the answer. For power-80 the answer is the formula's smallest trial (the
 * run checks its power), so the words say so.
 */
export function verdictText(result: ChallengeResult, guess: ChallengeChoice) {
  const { id, answer } = result;
  if (result.id === 'power-80') {
    const values = { guess: choiceLabel(id, guess), answer: choiceLabel(id, answer), n: result.n };
    return guess === answer
      ? t('challenge.power-80.match', values)
      : t('challenge.power-80.noMatch', values);
  }
  return guess === answer
    ? t('challenges.match', { guess: choiceLabel(id, guess) })
    : t('challenges.noMatch', { guess: choiceLabel(id, guess), answer: choiceLabel(id, answer) });
}

export function fillText() {
  return {
    heading: t('fill.heading'),
    intro: t('fill.intro'),
    start: t('fill.start'),
    pause: t('fill.pause'),
    resume: t('fill.resume'),
    finish: t('fill.finish'),
    restart: t('fill.restart'),
    reduced: t('fill.reduced'),
    chartTitle: t('fill.chartTitle'),
    chartDescription: t('fill.chartDescription'),
    gaugeTitle: t('fill.gaugeTitle'),
    gaugeAnalytic: t('fill.gaugeAnalytic'),
    progress: (done: number, total: number) =>
      t('fill.progress', { done: count(done), total: count(total) }),
    rate: (done: number, total: number, rate: Share, analytic: number, isNull: boolean) =>
      isNull
        ? t('fill.rateNull', {
            done: count(done),
            total: count(total),
            rate: pct(rate.value),
            interval: interval(rate),
          })
        : t('fill.rate', {
            done: count(done),
            total: count(total),
            rate: pct(rate.value),
            interval: interval(rate),
            analytic: pct(analytic),
          }),
    done: (total: number) => t('fill.done', { total: count(total) }),
  };
}
