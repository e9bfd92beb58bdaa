/**
 * The languages the app speaks: one row per language with a catalogue in src/locales/<code>.json
 * and data text in data/i18n/<code>/ (English, the source, lives in the code and data/ itself).
 * Adding a language is adding its catalogue files and one row here; the build checks that every
 * row has complete catalogues and every catalogue has a row.
 *
 * Two pseudo-locales, generated from English and never offered in the menu, serve the tests: an
 * accented, lengthened one (text that did not come from a catalogue shows up unaccented; text that
 * is about 40 % longer shows what overflows) and the same text right-to-left.
 *
 * Pure data: the document table (src/document/fields.ts) reads it.
 */
export interface Language {
  /** The BCP 47 tag written in the URL (`lang=es`) and on `<html lang>`. */
  code: string;
  /** The language's name in itself, as the language menu shows it. */
  name: string;
  dir: 'ltr' | 'rtl';
}

export const SOURCE_LANGUAGE = 'en';

export const LANGUAGES = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
] as const satisfies readonly Language[];

export const PSEUDO_LOCALES = ['pseudo', 'pseudo-rtl'] as const;
export type PseudoLocale = (typeof PSEUDO_LOCALES)[number];

export type LanguageCode = (typeof LANGUAGES)[number]['code'];
/** A locale the app can show: a real language or a pseudo-locale. */
export type Locale = LanguageCode | PseudoLocale;

export const LANGUAGE_CODES = LANGUAGES.map((language) => language.code) as LanguageCode[];

/** The values of the `lang` document field: 'auto' follows the browser's preference. */
export const LANG_CHOICES = ['auto', ...LANGUAGE_CODES, ...PSEUDO_LOCALES] as const;
export type LangChoice = (typeof LANG_CHOICES)[number];

export function isPseudo(locale: Locale): locale is PseudoLocale {
  return (PSEUDO_LOCALES as readonly string[]).includes(locale);
}

/** Writing direction of a locale. */
export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  if (locale === 'pseudo-rtl') return 'rtl';
  return LANGUAGES.find((language) => language.code === locale)?.dir ?? 'ltr';
}

/** The tag for `<html lang>` and Intl: pseudo-locales format numbers as English does. */
export function intlTag(locale: Locale): string {
  return isPseudo(locale) ? 'en-GB' : locale === 'en' ? 'en-GB' : locale;
}

/**
 * The locale to show: the URL's choice, or for 'auto' the first of the browser's preferred
 * languages the app speaks (matching "es-MX" to "es"), else English.
 */
export function resolveLocale(choice: LangChoice, preferred: readonly string[]): Locale {
  if (choice !== 'auto') return choice;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const match = LANGUAGE_CODES.find((code) => code === base);
    if (match) return match;
  }
  return SOURCE_LANGUAGE;
}
