/**
 * The lazily loaded views' chunks, each import started at most once: App renders them through
 * React.lazy, and main.tsx starts the chunk for the URL's view before the first render, so it
 * downloads while the shell renders instead of after (the CSP allows no inline preload script).
 */
import type { View } from './document/fields';

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= load());
}

export const loadSources = once(() => import('./sections/Sources'));
export const loadDesigns = once(() => import('./sections/designs/Designs'));
export const loadEffects = once(() => import('./sections/effects/Effects'));
export const loadBlockade = once(() => import('./sections/blockade/Blockade'));
export const loadLab = once(() => import('./sections/lab/Lab'));
export const loadLectureShell = once(() => import('./lecture/LectureShell'));
export const loadPrintHandout = once(() => import('./print/PrintHandout'));

const VIEW_CHUNKS: Partial<Record<View, () => Promise<unknown>>> = {
  sources: loadSources,
  designs: loadDesigns,
  timeline: loadEffects,
  blockade: loadBlockade,
  lab: loadLab,
};

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
  else if (!(embed && figure !== 'none')) {
    const load = VIEW_CHUNKS[view];
    if (load) loads.push(load);
  }
  for (const load of loads) load().catch(() => {});
}

/** Start a view's chunk by its name from the address, if it is a lazily loaded view. */
export function preloadViewChunk(name: string): void {
  if (Object.hasOwn(VIEW_CHUNKS, name)) VIEW_CHUNKS[name as View]!().catch(() => {});
}
