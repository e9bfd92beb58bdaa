/**
 * Keeps the store's document state and the address bar in step.
 * - On start, the URL is decoded into the store; anything ignored becomes a notice, and the URL is
 *   rewritten (replaceState) to what was actually used.
 * - A change of view adds a history entry (pushState) so Back/Forward work; every other change
 *   (a slider drag, a theme) replaces the current entry, so history is not flooded.
 * - popstate (Back/Forward) re-reads the URL into the store without writing it back.
 * - With `coalesce` (the app's setting), a change that comes after a rest (a click, a choice) is
 *   written just after the next paint; a run of changes closer together than IDLE_MS (a drag)
 *   becomes one write once they rest (and at least every MAX_WAIT_MS), also after a paint:
 *   each `history.replaceState` costs the page ~2–8 ms at 4× CPU throttle, and Chromium then
 *   fetches the page's icon again (through the service worker), work that competed with the next
 *   key press's frame. The address bar is not something the reader watches while dragging.
 *   A navigation, popstate, the page being hidden and stopping all write what is pending first.
 */
import { decode, encode, isNavigation, sameDocument, type DecodeContext } from '../document/codec';
import { pickDocument, type DocumentState } from '../document/fields';
import { knownStudyIds } from '../data/studyIndex';
import { linkProblemText, linkProblemsTitle } from '../messages/linkProblems';
import { useExplorerStore } from './index';

/** How long the document must rest before a coalesced replacement is written. */
export const IDLE_MS = 250;
/** The longest a replacement waits during changes that never rest. */
export const MAX_WAIT_MS = 1000;

/** What the URL's ids are checked against: the built-in studies and those registered since. */
export function decodeContext(): DecodeContext {
  return { ids: { study: knownStudyIds() } };
}

function urlFor(location: Location, document: DocumentState): string {
  const query = encode(document);
  return `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
}

export interface UrlSyncOptions {
  /** Write replacements after the next paint, one per frame (default: at once). */
  coalesce?: boolean;
}

/** Start syncing; returns a function that stops it (tests, StrictMode). */
export function startUrlSync(win: Window = window, options: UrlSyncOptions = {}): () => void {
  const store = useExplorerStore;
  const readUrl = (isInitial: boolean) => {
    const { state, ignored } = decode(win.location.search, decodeContext());
    store.getState().applyDocument(state);
    if (ignored.length > 0) {
      store.getState().addNotice(() => ({
        title: linkProblemsTitle(),
        items: ignored.map(linkProblemText),
      }));
    }
    if (isInitial || ignored.length > 0) {
      const clean = urlFor(win.location, state);
      if (clean !== `${win.location.pathname}${win.location.search}${win.location.hash}`) {
        win.history.replaceState(win.history.state, '', clean);
      }
    }
  };

  readUrl(true);
  let last = pickDocument(store.getState());

  /** A replacement not yet written (coalesce only). */
  let pending: DocumentState | null = null;
  /** The idle timer, and when the oldest unwritten change came. */
  let timer: number | undefined;
  let firstPending = 0;
  /** When the latest change came. */
  let lastChange = -Infinity;
  const flush = () => {
    win.clearTimeout(timer);
    timer = undefined;
    if (pending === null) return;
    const document = pending;
    pending = null;
    win.history.replaceState(win.history.state, '', urlFor(win.location, document));
  };
  const afterPaint = () => {
    // A timeout queued from an animation frame runs after that frame is painted.
    if (typeof win.requestAnimationFrame === 'function') {
      win.requestAnimationFrame(() => win.setTimeout(flush, 0));
    } else flush();
  };
  const schedule = () => {
    const now = Date.now();
    const afterRest = now - lastChange >= IDLE_MS;
    lastChange = now;
    if (timer === undefined) firstPending = now;
    win.clearTimeout(timer);
    const wait = afterRest ? 0 : Math.max(0, Math.min(IDLE_MS, firstPending + MAX_WAIT_MS - now));
    timer = win.setTimeout(afterPaint, wait);
  };

  const unsubscribe = store.subscribe((next) => {
    const document = pickDocument(next);
    if (sameDocument(document, last)) return;
    const previous = last;
    last = document;
    if (isNavigation(previous, document)) {
      flush(); // the entry being left keeps its latest state
      win.history.pushState(null, '', urlFor(win.location, document));
    } else if (options.coalesce) {
      pending = document;
      schedule();
    } else win.history.replaceState(win.history.state, '', urlFor(win.location, document));
  });

  const onPopState = () => {
    pending = null; // the entry it belonged to is no longer current
    const { state } = decode(win.location.search, decodeContext());
    last = state; // already in the URL: do not write it back
    store.getState().applyDocument(state);
  };
  const onHide = () => {
    if (win.document.visibilityState === 'hidden') flush();
  };
  win.addEventListener('popstate', onPopState);
  win.addEventListener('pagehide', flush);
  win.document.addEventListener('visibilitychange', onHide);

  return () => {
    flush();
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
    win.removeEventListener('pagehide', flush);
    win.document.removeEventListener('visibilitychange', onHide);
  };
}
