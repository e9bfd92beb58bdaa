/**
 * The data's words in the reader's language. Each data module registers the JSON objects it holds
 * (`registerDataText`: the same objects the registry and the deck read); changing language swaps
 * their reader-facing strings in place — to data/i18n/<code>/… (loaded on demand, one chunk per
 * file), to the pseudo-locale's text, or back to the English kept aside — at the same moment the UI
 * catalogue switches (src/messages/i18n.ts), just before the app re-renders. A module that loads
 * later (the lecture deck) is put into the active language as it registers. Units are the
 * exception: the model reads them, so their words sit beside the fact (`displayUnit`). Identities stay the
 * same, so every index of facts and sources stays valid; numbers, ids, tiers and sources never
 * change.
 */
import { textsOf, setAtPath } from './dataText';
import { pseudoText } from '../messages/pseudo';
import { isPseudo, type Locale } from '../messages/languages';

type Translation = Record<string, string>;
const TRANSLATIONS = import.meta.glob<Translation>('../../data/i18n/*/**/*.json', {
  import: 'default',
});

interface Root {
  /** The path below data/, e.g. "studies/hess-2024.json". */
  file: string;
  json: object;
  /** Its English texts, read when it registers (before any swap). */
  english: Map<string, string>;
}

const roots: Root[] = [];
let current: { locale: Locale; translations: ReadonlyMap<string, Translation> } = {
  locale: 'en',
  translations: new Map(),
};

/**
 * Units stay in English in the data, because the model reads them ("weeks", "days"): their words
 * for readers are kept beside the fact and read by displayUnit.
 */
const unitWords = new WeakMap<object, string>();

/** The unit of a fact as the reader's language writes it. */
export function displayUnit(fact: { unit?: string }): string | undefined {
  return unitWords.get(fact) ?? fact.unit;
}

function parentOf(root: object, path: string): object | undefined {
  const parts = path.match(/[^.[\]]+/g) ?? [];
  let node: unknown = root;
  for (const part of parts.slice(0, -1)) {
    node = (node as Record<string, unknown> | undefined)?.[part];
  }
  return node !== null && typeof node === 'object' ? node : undefined;
}

function apply(root: Root): void {
  const { locale, translations } = current;
  const translation = translations.get(root.file);
  for (const [path, english] of root.english) {
    const text = isPseudo(locale) ? pseudoText(english) : (translation?.[path] ?? english);
    if (path.endsWith('.unit')) {
      const fact = parentOf(root.json, path);
      if (fact) unitWords.set(fact, text);
    } else {
      setAtPath(root.json, path, text);
    }
  }
}

/** A data file's object whose words follow the language (`file` is its path below data/). */
export function registerDataText(file: string, json: object): void {
  if (roots.some((root) => root.json === json)) return;
  const root = { file, json, english: textsOf(file, json) };
  roots.push(root);
  if (current.locale !== 'en') apply(root);
}

/**
 * Loads every data translation of `locale` and returns the function that puts it in place (called
 * by activateLocale right before the re-render). A file without a translation keeps its English.
 */
export async function loadDataText(locale: Locale): Promise<() => void> {
  const translations = new Map<string, Translation>();
  if (locale !== 'en' && !isPseudo(locale)) {
    const prefix = `../../data/i18n/${locale}/`;
    await Promise.all(
      Object.entries(TRANSLATIONS)
        .filter(([path]) => path.startsWith(prefix))
        .map(async ([path, load]) => translations.set(path.slice(prefix.length), await load())),
    );
  }
  return () => {
    current = { locale, translations };
    roots.forEach(apply);
  };
}
