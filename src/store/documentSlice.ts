/**
 * Document state: what the reader chose. Mirrored in the URL by ./urlSync.ts.
 */
import type { StateCreator } from 'zustand';
import { DEFAULT_DOCUMENT, type DocumentState } from './urlCodec';
import type { Theme, View } from './views';
import type { ExplorerState } from './index';

export interface DocumentSlice extends DocumentState {
  setView: (view: View) => void;
  setTheme: (theme: Theme) => void;
  /** Replace the whole document state (used when the URL changes under us: load, Back/Forward). */
  applyDocument: (document: DocumentState) => void;
  /** Put the current view's own parameters back to their defaults (keeps view and theme). */
  resetCurrentView: () => void;
}

export const createDocumentSlice: StateCreator<ExplorerState, [], [], DocumentSlice> = (set) => ({
  ...DEFAULT_DOCUMENT,
  setView: (view) => set({ view }),
  setTheme: (theme) => set({ theme }),
  applyDocument: (document) => set({ ...document }),
  resetCurrentView: () =>
    set((state) => ({ ...DEFAULT_DOCUMENT, view: state.view, theme: state.theme })),
});

/** The document fields of the whole state (drops actions and UI state). */
export function pickDocument(state: DocumentState): DocumentState {
  return { view: state.view, theme: state.theme };
}
