/**
 * Keeps the audience stage and the presenter window in step over a BroadcastChannel (same origin,
 * same browser). Each window sends its lecture state whenever it changes locally; the other
 * applies it. A received state is remembered so that applying it does not echo it back.
 */
import { useExplorerStore } from '../store';
import { pickDocument } from '../store/documentSlice';
import { decode, encode } from '../document/codec';
import type { DocumentState } from '../document/fields';
import { decodeContext } from '../store/urlSync';

export const CHANNEL_NAME = 'ketamine-explainer-lecture';

type Message = { type: 'state'; search: string } | { type: 'hello' };

/** The shared part of the state: everything but this window's theme and presenter flag. */
function sharedSearch(document: DocumentState): string {
  return encode({ ...document, theme: 'auto', presenter: false });
}

/** Start syncing; returns a stop function. No-op where BroadcastChannel is missing. */
export function startLectureSync(): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL_NAME);
  const store = useExplorerStore;
  let lastShared = sharedSearch(pickDocument(store.getState()));

  const send = (message: Message) => channel.postMessage(message);

  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message.type === 'hello') {
      send({ type: 'state', search: lastShared });
      return;
    }
    if (message.type !== 'state' || message.search === lastShared) return;
    lastShared = message.search;
    const own = store.getState();
    const { state } = decode(message.search, decodeContext());
    store
      .getState()
      .applyDocument({ ...state, theme: own.theme, presenter: own.presenter, lecture: true });
  };

  const unsubscribe = store.subscribe((next) => {
    const search = sharedSearch(pickDocument(next));
    if (search === lastShared || !next.lecture) return;
    lastShared = search;
    send({ type: 'state', search });
  });

  send({ type: 'hello' });
  return () => {
    unsubscribe();
    channel.close();
  };
}
