/**
 * At start: open the studies kept in this browser, then the one in the link's `#own=` fragment
 * (a link's study replaces a kept one of the same id). Problems become notices; the page works on.
 */
import { openKeptStudies, openStudyFromFragment } from './ownStudies';
import { reportOpen } from './report';
import { ensureOwnWords, notOpenedMessage } from '../messages/ownStudy';
import { useExplorerStore } from '../store';

export async function openOwnStudies(win: Window): Promise<void> {
  const kept = await openKeptStudies();
  if (kept.problems.length > 0) {
    await ensureOwnWords();
    useExplorerStore.getState().addNotice(() => notOpenedMessage(kept.problems, { kind: 'kept' }));
  }
  const fromLink = await openStudyFromFragment(win.location.hash);
  if (fromLink) await reportOpen(fromLink, { kind: 'link' });
}
