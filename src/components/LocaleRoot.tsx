/**
 * Shows the app in the reader's language: resolves the `lang` field (or, for 'auto', the browser's
 * preference), loads that catalogue, sets `<html lang>` and `dir`, and re-renders everything below
 * when the active locale changes. Until a new catalogue has loaded, the previous language stays.
 */
import { Fragment, useEffect, useLayoutEffect, type ReactNode } from 'react';
import { useExplorerStore } from '../store';
import { activateLocale, useActiveLocale } from '../messages/i18n';
import { directionOf, resolveLocale, type Locale } from '../messages/languages';

/** The locale the document asks for, with the browser's preference for 'auto'. */
export function wantedLocale(lang: Parameters<typeof resolveLocale>[0]): Locale {
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? []);
  return resolveLocale(lang, preferred);
}

/** `<html lang>` for a locale: pseudo-locales use the conventional pseudo tags. */
function htmlLang(locale: Locale): string {
  if (locale === 'pseudo') return 'en-XA';
  if (locale === 'pseudo-rtl') return 'ar-XB';
  return locale;
}

export function LocaleRoot({ children }: { children: ReactNode }) {
  const lang = useExplorerStore((state) => state.lang);
  const wanted = wantedLocale(lang);
  const active = useActiveLocale();

  useEffect(() => {
    void activateLocale(wanted);
  }, [wanted]);

  useLayoutEffect(() => {
    const html = document.documentElement;
    html.lang = htmlLang(active);
    html.dir = directionOf(active);
  }, [active]);

  // A new key re-renders every component with the new words (memoised text included).
  return <Fragment key={active}>{children}</Fragment>;
}
