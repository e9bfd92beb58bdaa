/** Results of opening a reader's study, shown as the page's notices (drops, links, kept studies). */
import { useExplorerStore } from '../store';
import {
  ensureOwnWords,
  notOpenedMessage,
  openedMessage,
  type OpenedFrom,
} from '../messages/ownStudy';
import type { OpenResult } from './ownStudies';

export async function reportOpen(result: OpenResult, from: OpenedFrom): Promise<void> {
  if (result.ok && result.unchanged) return;
  await ensureOwnWords();
  const { addNotice } = useExplorerStore.getState();
  if (!result.ok) addNotice(() => notOpenedMessage(result.problems, from));
  else addNotice(() => openedMessage(result, from));
}
