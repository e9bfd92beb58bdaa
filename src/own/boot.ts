/**
 * At start: open the studies kept in this browser, then the one in the link's `#own=` fragment
 * (a link's study replaces a kept one of the same id). Problems become notices; the page works on.
 */
import { openKeptStudies, openStudyFromFragment } from './ownStudies';
import { reportOpen } from './report';
import { notOpenedMessage } from '../messages/ownStudy';
import { useExplorerStore } from '../store';

export async function openOwnStudies(win: Window): Promise<void> {
  const kept = await openKeptStudies();
  if (kept.problems.length > 0) {
    const message = notOpenedMessage(kept.problems, { kind: 'kept' });
    useExplorerStore.getState().addNotice(message.title, message.items);
  }
  const fromLink = await openStudyFromFragment(win.location.hash);
  if (fromLink) reportOpen(fromLink, { kind: 'link' });
}
