/**
 * The one store of the app, made of slices. Document state is mirrored in the URL (urlSync.ts);
 * UI state is not.
 */
import { create } from 'zustand';
import { createDocumentSlice, type DocumentSlice } from './documentSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type ExplorerState = DocumentSlice & UiSlice;

export const useExplorerStore = create<ExplorerState>()((...args) => ({
  ...createDocumentSlice(...args),
  ...createUiSlice(...args),
}));

/** Back to the state the app starts with (tests; "Reset all"). */
export function resetExplorerStore(): void {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
}
