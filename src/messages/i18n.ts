/**
 * The app's one translation function, the active locale and the catalogues' loading.
 *
 * Catalogues are src/locales/<code>/<namespace>.json (message id → ICU MessageFormat), compiled at
 * build time (scripts/catalogs.ts) so the app ships @lingui/core's small runtime and no parser. A
 * namespace is the shell (header, footer, Overview, shared components: bundled with the entry in
 * English) or a lazily loaded part (a view, the lecture): its catalogue is a chunk of its own,
 * loaded when that part first renders (`useCatalog`, which suspends until it is there). Every
 * catalogue of another language loads on demand. The pseudo-locales are made from English at run
 * time (./pseudo.ts).
 *
 * Components read words through `t`; the locale root (src/components/LocaleRoot.tsx) re-renders the
 * app when the active locale changes, so no component needs to subscribe on its own.
 */
import { setupI18n, type Messages } from '@lingui/core';
import { useSyncExternalStore } from 'react';
import shell from '../locales/en/shell.json';
import type designs from '../locales/en/designs.json';
import type timeline from '../locales/en/timeline.json';
import type blockade from '../locales/en/blockade.json';
import type lab from '../locales/en/lab.json';
import type sources from '../locales/en/sources.json';
import type lecture from '../locales/en/lecture.json';
import type own from '../locales/en/own.json';
import type teach from '../locales/en/teach.json';
import { intlTag, isPseudo, type Locale } from './languages';

/** The lazily loaded namespaces (the shell is always there). */
export const NAMESPACES = [
  'designs',
  'timeline',
  'blockade',
  'lab',
  'sources',
  'lecture',
  'own',
  'teach',
] as const;
export type Namespace = 'shell' | (typeof NAMESPACES)[number];

type Ids<T> = keyof T & string;
/** Every message id of the English (source) catalogues. */
export type MessageId =
  | Ids<typeof shell>
  | Ids<typeof designs>
  | Ids<typeof timeline>
  | Ids<typeof blockade>
  | Ids<typeof lab>
  | Ids<typeof sources>
  | Ids<typeof lecture>
  | Ids<typeof own>
  | Ids<typeof teach>;
export type MessageValues = Record<string, string | number>;

const ENGLISH_SHELL = shell as unknown as Messages;

export const i18n = setupI18n({
  locale: 'en',
  locales: ['en-GB'],
  messages: { en: ENGLISH_SHELL },
});

const LOADERS = import.meta.glob<{ default: Messages }>([
  '../locales/*/*.json',
  '!../locales/en/shell.json',
]);

let active: Locale = 'en';
let requested: Locale = 'en';
const listeners = new Set<() => void>();
/** "en/shell", "es/lab": what has been loaded into i18n. */
const loaded = new Set<string>(['en/shell']);
const pending = new Map<string, Promise<void>>();
/** The namespaces the page has used, loaded again in a new locale before it switches. */
const used = new Set<Namespace>(['shell']);

async function englishMessages(namespace: Namespace): Promise<Messages> {
  if (namespace === 'shell') return ENGLISH_SHELL;
  const load = LOADERS[`../locales/en/${namespace}.json`];
  if (!load) throw new Error(`No English catalogue "${namespace}"`);
  return (await load()).default;
}

async function messagesFor(locale: Locale, namespace: Namespace): Promise<Messages> {
  if (isPseudo(locale)) {
    const [{ pseudoMessages }, english] = await Promise.all([
      import('./pseudo'),
      englishMessages(namespace),
    ]);
    return pseudoMessages(english);
  }
  if (locale === 'en') return englishMessages(namespace);
  const load = LOADERS[`../locales/${locale}/${namespace}.json`];
  if (!load) throw new Error(`No catalogue "${namespace}" for "${locale}"`);
  return (await load()).default;
}

/**
 * Namespaces that load with another: the lab's guided challenges and "watch it fill" (`teach`)
 * load with the lab, wherever the lab's words are asked for (its view, its figures, the preload).
 */
const COMPANIONS: Partial<Record<Namespace, readonly Namespace[]>> = { lab: ['teach'] };

/** Loads a namespace of a locale (and its companions); null when they are already loaded. */
export function ensureCatalog(locale: Locale, namespace: Namespace): Promise<void> | null {
  const companions = (COMPANIONS[namespace] ?? [])
    .map((companion) => ensureOne(locale, companion))
    .filter((promise): promise is Promise<void> => promise !== null);
  const own = ensureOne(locale, namespace);
  if (companions.length === 0) return own;
  return Promise.all([own, ...companions]).then(() => {});
}

function ensureOne(locale: Locale, namespace: Namespace): Promise<void> | null {
  used.add(namespace);
  const key = `${locale}/${namespace}`;
  if (loaded.has(key)) return null;
  let promise = pending.get(key);
  if (!promise) {
    // If a catalogue cannot load (offline before it was cached), English words stand in for it,
    // so a suspended view always resumes.
    promise = messagesFor(locale, namespace)
      .catch(() => englishMessages(namespace))
      .then(
        (messages) => i18n.load(locale, messages),
        () => {},
      )
      .then(() => {
        loaded.add(key);
        pending.delete(key);
      });
    pending.set(key, promise);
  }
  return promise;
}

/** Suspends the calling component until `namespace` is loaded in the active locale. */
export function useCatalog(namespace: Namespace): void {
  const locale = useActiveLocale();
  const promise = ensureCatalog(locale, namespace);
  // Thrown as React.lazy does (React's `use` would need the promise cached across renders, which
  // this is, but does not resume inside the tests' act() scopes).
  if (promise) throw promise;
}

/** Text outside the catalogues that follows the language (the data's words, src/data/localize.ts). */
export type LocaleResource = (locale: Locale) => Promise<() => void>;
const resources: LocaleResource[] = [];

/** Adds a resource whose text is loaded with each new locale and put in place as it activates. */
export function registerLocaleResource(resource: LocaleResource): void {
  resources.push(resource);
}

/**
 * Makes `locale` the active one once the catalogues the page uses (and the registered resources)
 * have loaded in it; a later call wins over an earlier one still loading. A resource that cannot
 * load keeps its current text.
 */
export async function activateLocale(locale: Locale): Promise<void> {
  requested = locale;
  if (locale === active) return;
  const [appliers] = await Promise.all([
    Promise.all(resources.map((resource) => resource(locale).catch(() => () => {}))),
    ...[...used].map((namespace) => ensureCatalog(locale, namespace)),
  ]);
  if (requested !== locale) return;
  appliers.forEach((apply) => apply());
  i18n.activate(locale, [intlTag(locale)]);
  active = locale;
  listeners.forEach((listener) => listener());
}

/** The locale whose words are showing now. */
export function activeLocale(): Locale {
  return active;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The active locale, re-rendering when it changes. */
export function useActiveLocale(): Locale {
  return useSyncExternalStore(subscribe, activeLocale, activeLocale);
}

/** The message `id` in the active locale, with `values` put in its placeholders. */
export function t(id: MessageId, values?: MessageValues): string {
  return i18n._(id, values);
}
