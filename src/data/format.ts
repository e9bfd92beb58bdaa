/** Turning a fact's value into display text, in the reader's language. */
import type { FactData, SourceData } from './schema';
import { t } from '../messages/i18n';
import { formatNumber } from '../messages/format';
import { displayUnit } from './localize';

/** "not reported", in the reader's language. */
export function notReported(): string {
  return t('fact.notReported');
}

/** Shown instead of a result the reader has not revealed yet ("revealed in Naltrexone blockade"). */
export function hiddenText(): string {
  return t('fact.hidden', { view: t('view.blockade') });
}

/** The value as a reader may see it now: a result not yet revealed is not shown. */
export function visibleFactValue(fact: FactData, revealed: boolean): string {
  return fact.reveals && !revealed ? hiddenText() : formatFactValue(fact);
}

/** A source's citation as a reader may see it now: one whose title states the result waits for the reveal. */
export function visibleCitation(source: SourceData, revealed: boolean): string {
  return !revealed && source.citationBeforeReveal ? source.citationBeforeReveal : source.citation;
}

/** The value as a reader sees it, e.g. "0.5 mg/kg intravenous", "about 1 month", "not reported". */
export function formatFactValue(fact: FactData): string {
  const { value, approximate } = fact;
  const unit = displayUnit(fact);
  if (value === null) return notReported();
  const text = Array.isArray(value)
    ? value
        .map((item) => (typeof item === 'number' ? formatNumber(item, 3) : item))
        .join(typeof value[0] === 'number' ? ', ' : '; ')
    : typeof value === 'number'
      ? formatNumber(value, 3)
      : value;
  const withUnit = unit
    ? unit === '%'
      ? t('fact.percent', { value: text })
      : t('fact.withUnit', { value: text, unit })
    : text;
  return approximate ? t('fact.about', { value: withUnit }) : withUnit;
}
