/** Results of opening a reader's study, shown as the page's notices (drops, links, kept studies). */
import { useExplorerStore } from '../store';
import { notOpenedMessage, openedMessage, type OpenedFrom } from '../messages/ownStudy';
import type { OpenResult } from './ownStudies';

export function reportOpen(result: OpenResult, from: OpenedFrom): void {
  const { addNotice } = useExplorerStore.getState();
  if (!result.ok) {
    const message = notOpenedMessage(result.problems, from);
    addNotice(message.title, message.items);
  } else if (!result.unchanged) {
    const message = openedMessage(result, from);
    addNotice(message.title, message.items);
  }
}
