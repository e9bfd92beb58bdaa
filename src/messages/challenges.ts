/** The words of the lab's challenges, built from the values of src/model/lab/challenges.ts. */
import {
  BIAS_LIMIT,
  MATCH_N,
  POWER_TARGET,
  type ChallengeCheck,
  type ChallengeId,
} from '../model/lab/challenges';
import { t } from './i18n';
import { formatNumber, formatPercent } from './format';

const pct = (x: number) => (x === x ? formatPercent(x, 1) : '—');
const sd = (x: number) => t('unit.SD', { value: formatNumber(x, 3, true) });

export function challengesText() {
  return {
    heading: t('challenges.heading'),
    intro: t('challenges.intro'),
    start: t('challenges.start'),
    restart: t('challenges.restart'),
    met: t('challenges.met'),
    notYet: t('challenges.notYet'),
    buttonName: (action: string, title: string) => t('challenges.buttonName', { action, title }),
  };
}

export function challengeTask(id: ChallengeId): { title: string; task: string } {
  const values = {
    target: formatPercent(POWER_TARGET),
    limit: t('unit.SD', { value: formatNumber(BIAS_LIMIT, 3) }),
    n: MATCH_N,
  };
  switch (id) {
    case 'power-80':
      return {
        title: t('challenge.power-80.title', values),
        task: t('challenge.power-80.task', values),
      };
    case 'washout-too-short':
      return {
        title: t('challenge.washout-too-short.title'),
        task: t('challenge.washout-too-short.task', values),
      };
    case 'parallel-match':
      return {
        title: t('challenge.parallel-match.title'),
        task: t('challenge.parallel-match.task', values),
      };
  }
}

/** One sentence on where the reader stands, from the check's values. */
export function challengeFeedback(check: ChallengeCheck): string {
  switch (check.id) {
    case 'power-80': {
      if (check.wrongDesign) return t('challenge.power-80.wrongDesign');
      const values = {
        n: check.n,
        below: check.n - 2,
        power: pct(check.power),
        powerBelow: pct(check.powerBelow),
      };
      if (check.met) return t('challenge.power-80.met', values);
      if (check.power >= POWER_TARGET) return t('challenge.power-80.tooMany', values);
      return t('challenge.power-80.tooFew', values);
    }
    case 'washout-too-short': {
      if (check.wrongDesign) return t('challenge.washout-too-short.wrongDesign');
      if (check.noCarryover) return t('challenge.washout-too-short.noCarryover');
      const values = {
        days: check.washout,
        next: check.washout + 1,
        bias: sd(check.bias),
        biasNext: sd(check.biasNextDay),
        limit: t('unit.SD', { value: formatNumber(BIAS_LIMIT, 3) }),
      };
      if (check.met) return t('challenge.washout-too-short.met', values);
      if (check.bias < BIAS_LIMIT) return t('challenge.washout-too-short.tooLong', values);
      return t('challenge.washout-too-short.tooShort', values);
    }
    case 'parallel-match': {
      const values = {
        n: check.n,
        below: check.n - 2,
        matchN: MATCH_N,
        power: pct(check.power),
        target: pct(check.target),
        ratio: formatNumber(check.n / MATCH_N, 1, true),
      };
      if (check.wrongDesign) return t('challenge.parallel-match.wrongDesign', values);
      if (check.met) return t('challenge.parallel-match.met', values);
      if (check.power >= check.target) return t('challenge.parallel-match.tooMany', values);
      return t('challenge.parallel-match.tooFew', values);
    }
  }
}
