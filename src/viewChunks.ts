/**
 * The views' chunks (every view, the Overview too), each import started at most once: App renders
 * them through React.lazy, and main.tsx starts the chunk for the URL's view before the first
 * render, so it downloads while the shell renders instead of after (the CSP allows no inline
 * preload script).
 */
import type { View } from './document/fields';
import type * as OverviewExports from './sections/Overview';

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= load());
}

type OverviewModule = typeof OverviewExports;
let overviewModule: OverviewModule | undefined;
export const loadOverview = once(() =>
  import('./sections/Overview').then((module) => (overviewModule = module)),
);
/** The Overview's module once its chunk has loaded (App then renders it without suspending). */
export function loadedOverview(): OverviewModule | undefined {
  return overviewModule;
}
export const loadSources = once(() => import('./sections/Sources'));
export const loadDesigns = once(() => import('./sections/designs/Designs'));
export const loadEffects = once(() => import('./sections/effects/Effects'));
export const loadBlockade = once(() => import('./sections/blockade/Blockade'));
export const loadLab = once(() => import('./sections/lab/Lab'));
export const loadLectureShell = once(() => import('./lecture/LectureShell'));
export const loadPrintHandout = once(() => import('./print/PrintHandout'));
export const loadFigureHost = once(() => import('./figures/registry'));

const VIEW_CHUNKS: Record<View, () => Promise<unknown>> = {
  overview: loadOverview,
  sources: loadSources,
  designs: loadDesigns,
  timeline: loadEffects,
  blockade: loadBlockade,
  lab: loadLab,
};

/**
 * The Overview's chunk when the page opens on it, until the first render has waited for it (see
 * `firstPaintWait`); null otherwise.
 */
let overviewFirst: Promise<unknown> | null = null;

/** Start loading what the first render will need (errors surface where the view renders). */
export function preloadFirstView({
  view,
  lecture,
  print,
  embed,
  figure,
}: {
  view: View;
  lecture: boolean;
  print: boolean;
  embed: boolean;
  figure: string;
}): void {
  const loads: (() => Promise<unknown>)[] = [];
  if (print) loads.push(loadPrintHandout);
  else if (lecture && !embed) loads.push(loadLectureShell);
  else if (embed && figure !== 'none') loads.push(loadFigureHost);
  else loads.push(VIEW_CHUNKS[view]);
  for (const load of loads) load().catch(() => {});
  overviewFirst =
    loads.length === 1 && loads[0] === loadOverview ? loadOverview().catch(() => {}) : null;
}

/**
 * What the first render waits for before anything is painted: the Overview's chunk, when the page
 * opens on it. The Overview used to come with the entry and paint with the shell; it still does,
 * rather than flashing "Loading Overview…" under the header for a moment. Other views keep their
 * loading line (they always had one). Never rejects: a chunk that fails to load is reported where
 * the view renders, inside its error boundary.
 */
export function firstPaintWait(): Promise<unknown> | null {
  return overviewFirst;
}

/** The first render has happened: later renders never wait at the root. */
export function firstPaintDone(): void {
  overviewFirst = null;
}

/** Start a view's chunk by its name from the address, if it names a view. */
export function preloadViewChunk(name: string): void {
  if (Object.hasOwn(VIEW_CHUNKS, name)) VIEW_CHUNKS[name as View]().catch(() => {});
}
