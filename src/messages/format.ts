/**
 * Numbers, percentages and intervals in the active locale, through Intl (English 0.68, 28%–85%;
 * Spanish 0,68, 28 %–85 %). Formatters are cached per locale and options: building one per call
 * is slow.
 */
import { activeLocale } from './i18n';
import { intlTag } from './languages';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const tag = intlTag(activeLocale());
  const key = `${tag}|${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.NumberFormat(tag, options);
    cache.set(key, found);
  }
  return found;
}

/** A number with at most `decimals` places (exactly `decimals` when `fixed`). */
export function formatNumber(value: number, decimals = 2, fixed = false): string {
  return formatter({
    maximumFractionDigits: decimals,
    minimumFractionDigits: fixed ? decimals : 0,
  }).format(value);
}

/** A share (0.28) as a percentage ("28%", "28 %"). */
export function formatPercent(share: number, decimals = 0): string {
  return formatter({
    style: 'percent',
    maximumFractionDigits: decimals,
    minimumFractionDigits: decimals,
  }).format(share);
}

/** Two formatted ends joined by an en dash: "28%–85%", "0.41–0.95". */
export function formatInterval(low: string, high: string): string {
  return `${low}–${high}`;
}

/** A list in the locale's words: "A, B and C", "A, B y C". */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(intlTag(activeLocale()), { type: 'conjunction' }).format(items);
}

/** A date in the locale's words: "23 November 2026", "23 de noviembre de 2026". */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat(intlTag(activeLocale()), { dateStyle: 'long' }).format(date);
}

/** A clock time, hours and minutes: "14:05". */
export function formatTime(date: Date): string {
  return new Intl.DateTimeFormat(intlTag(activeLocale()), {
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}
