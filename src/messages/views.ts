/** The names of the views, as the navigation, titles and handout show them. */
import type { View } from '../document/fields';
import { t } from './i18n';

export function viewLabel(view: View): string {
  return t(`view.${view}`);
}

/**
 * The names in the header's navigation: the same in English; shorter where a language's full
 * names would not fit one row at 1280 px (Spanish "Naltrexona" for "Bloqueo con naltrexona").
 */
export function navLabel(view: View): string {
  return t(`nav.${view}`);
}

/** The same names as a record (read at render time, so they follow the language). */
export const VIEW_LABELS: Readonly<Record<View, string>> = Object.defineProperties(
  {} as Record<View, string>,
  Object.fromEntries(
    (['overview', 'designs', 'timeline', 'blockade', 'lab', 'sources'] as const).map((view) => [
      view,
      { get: () => viewLabel(view), enumerable: true },
    ]),
  ),
);
