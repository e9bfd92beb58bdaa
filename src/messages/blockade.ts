/**
 * Words for the Naltrexone blockade view that are built from values: the exact interval's formula
 * and its derived fact, the two conditions' names and the evidence timeline's findings. The words
 * themselves are in src/locales/<code>/blockade.json; numbers go through ./format (Intl).
 */
import type { Finding } from '../data/schema';
import type { FactData } from '../data/schema';
import type { ProportionInterval } from '../model/binomialInterval';
import { t } from './i18n';
import { formatNumber, formatPercent } from './format';

/** A finding of the evidence timeline in words ("not blocked"). */
export function findingLabel(finding: Finding): string {
  return t(`blockade.finding.${finding}`);
}

/** The two conditions of Williams et al. 2018, as the rows of the responders chart name them. */
export function conditionLabel(condition: 'placebo' | 'naltrexone'): string {
  return t(`blockade.condition.${condition}`);
}

/** An interval between two percentages: "28% to 85%", "del 28 % al 85 %". */
export function percentInterval(ci: { lower: number; upper: number }): string {
  return t('blockade.interval', { low: formatPercent(ci.lower), high: formatPercent(ci.upper) });
}

/**
 * How an exact (Clopper–Pearson) 95% interval was computed, in words. A Beta quantile with a zero
 * parameter is undefined, so the bound at 0 of n (lower) or n of n (upper) is stated by
 * convention instead: 0 and 1.
 */
export function clopperPearsonFormula(
  x: number,
  n: number,
  ci: { lower: number; upper: number },
): string {
  const beta = { a: x, b: n - x + 1, c: x + 1, d: n - x };
  const bounds =
    x === 0 && x === n
      ? 'blockade.formula.boundsOne'
      : x === 0
        ? 'blockade.formula.boundsNone'
        : x === n
          ? 'blockade.formula.boundsAll'
          : 'blockade.formula.bounds';
  return t('blockade.formula', {
    x,
    n,
    bounds: t(bounds, beta),
    low: formatNumber(ci.lower, 3, true),
    high: formatNumber(ci.upper, 3, true),
  });
}

/** The exact interval as a derived fact (its value and formula in the reader's language). */
export function intervalFact(
  x: number,
  n: number,
  ci: ProportionInterval,
  label: string,
  sourceId: string,
): FactData {
  return {
    label,
    value: percentInterval(ci),
    sourceId,
    tier: 'derived',
    formula: clopperPearsonFormula(x, n, ci),
  };
}
