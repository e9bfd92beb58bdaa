/**
 * Keeps the store's document state and the address bar in step.
 * - On start, the URL is decoded into the store; anything ignored becomes a notice, and the URL is
 *   rewritten (replaceState) to what was actually used.
 * - A change of view adds a history entry (pushState) so Back/Forward work; every other change
 *   (a slider drag, a theme) replaces the current entry, so history is not flooded.
 * - popstate (Back/Forward) re-reads the URL into the store without writing it back.
 */
import { decode, encode, isNavigation, sameDocument, type DecodeContext } from '../document/codec';
import { pickDocument, type DocumentState } from '../document/fields';
import { studyIds } from '../data/studies';
import { useExplorerStore } from './index';

export const IGNORED_NOTICE_TITLE = 'Part of this link was not used';

/** What the URL's ids are checked against: the studies loaded now. */
export function decodeContext(): DecodeContext {
  return { ids: { study: studyIds() } };
}

function urlFor(location: Location, document: DocumentState): string {
  const query = encode(document);
  return `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
}

/** Start syncing; returns a function that stops it (tests, StrictMode). */
export function startUrlSync(win: Window = window): () => void {
  const store = useExplorerStore;
  const readUrl = (isInitial: boolean) => {
    const { state, ignored } = decode(win.location.search, decodeContext());
    store.getState().applyDocument(state);
    if (ignored.length > 0) store.getState().addNotice(IGNORED_NOTICE_TITLE, ignored);
    if (isInitial || ignored.length > 0) {
      const clean = urlFor(win.location, state);
      if (clean !== `${win.location.pathname}${win.location.search}${win.location.hash}`) {
        win.history.replaceState(win.history.state, '', clean);
      }
    }
  };

  readUrl(true);
  let last = pickDocument(store.getState());

  const unsubscribe = store.subscribe((next) => {
    const document = pickDocument(next);
    if (sameDocument(document, last)) return;
    const previous = last;
    last = document;
    const url = urlFor(win.location, document);
    if (isNavigation(previous, document)) win.history.pushState(null, '', url);
    else win.history.replaceState(win.history.state, '', url);
  });

  const onPopState = () => {
    const { state } = decode(win.location.search, decodeContext());
    last = state; // already in the URL: do not write it back
    store.getState().applyDocument(state);
  };
  win.addEventListener('popstate', onPopState);

  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
