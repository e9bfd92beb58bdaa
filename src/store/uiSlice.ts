/**
 * UI state: transient things that never go into the URL (notices, open panels).
 */
import type { StateCreator } from 'zustand';
import type { ExplorerState } from './index';

/** A notice's words: a title and a list of items. */
export interface NoticeText {
  title: string;
  items: string[];
}

export interface Notice {
  id: number;
  /**
   * The notice's words, built when it is shown (not when it is raised), so that a notice follows
   * the reader's language when it changes.
   */
  text: () => NoticeText;
}

export interface UiSlice {
  notices: Notice[];
  addNotice: (text: () => NoticeText) => void;
  dismissNotice: (id: number) => void;
}

let nextNoticeId = 1;

export const createUiSlice: StateCreator<ExplorerState, [], [], UiSlice> = (set) => ({
  notices: [],
  addNotice: (text) =>
    set((state) => ({ notices: [...state.notices, { id: nextNoticeId++, text }] })),
  dismissNotice: (id) =>
    set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
});
