/** Turning a fact's value into display text. */
import type { FactData, SourceData } from './schema';

export const NOT_REPORTED = 'not reported';

/** Shown instead of a result the reader has not revealed yet ("revealed in Naltrexone blockade"). */
export const HIDDEN_PREFIX = 'revealed in';
export const HIDDEN_TEXT = `${HIDDEN_PREFIX} Naltrexone blockade`;

/** The value as a reader may see it now: a result not yet revealed is not shown. */
export function visibleFactValue(fact: FactData, revealed: boolean): string {
  return fact.reveals && !revealed ? HIDDEN_TEXT : formatFactValue(fact);
}

/** A source's citation as a reader may see it now: one whose title states the result waits for the reveal. */
export function visibleCitation(source: SourceData, revealed: boolean): string {
  return !revealed && source.citationBeforeReveal ? source.citationBeforeReveal : source.citation;
}

/** One formatter for every number (toLocaleString would build a new one per call). */
const NUMBER = new Intl.NumberFormat('en-GB');

/** The value as a reader sees it, e.g. "0.5 mg/kg intravenous", "about 1 month", "not reported". */
export function formatFactValue(fact: FactData): string {
  const { value, unit, approximate } = fact;
  if (value === null) return NOT_REPORTED;
  const text = Array.isArray(value)
    ? value.map(String).join(typeof value[0] === 'number' ? ', ' : '; ')
    : typeof value === 'number'
      ? NUMBER.format(value)
      : value;
  const withUnit = unit ? (unit === '%' ? `${text}%` : `${text} ${unit}`) : text;
  return approximate ? `about ${withUnit}` : withUnit;
}
