/**
 * UI state: transient things that never go into the URL (notices, open panels).
 */
import type { StateCreator } from 'zustand';
import type { ExplorerState } from './index';

export interface Notice {
  id: number;
  title: string;
  items: string[];
}

export interface UiSlice {
  notices: Notice[];
  addNotice: (title: string, items: string[]) => void;
  dismissNotice: (id: number) => void;
}

let nextNoticeId = 1;

export const createUiSlice: StateCreator<ExplorerState, [], [], UiSlice> = (set) => ({
  notices: [],
  addNotice: (title, items) =>
    set((state) => ({ notices: [...state.notices, { id: nextNoticeId++, title, items }] })),
  dismissNotice: (id) =>
    set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
});
