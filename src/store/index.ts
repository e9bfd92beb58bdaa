/**
 * The one store of the app, made of slices. Document state is mirrored in the URL (urlSync.ts);
 * UI state is not.
 */
import { createContext, useContext } from 'react';
import { create, createStore, useStore, type StoreApi } from 'zustand';
import { createDocumentSlice, type DocumentSlice } from './documentSlice';
import { createUiSlice, type UiSlice } from './uiSlice';
import type { DocumentState } from '../document/fields';

export type ExplorerState = DocumentSlice & UiSlice;

const appStore = create<ExplorerState>()((...args) => ({
  ...createDocumentSlice(...args),
  ...createUiSlice(...args),
}));

/**
 * A document scope: inside it, `useExplorerStore` reads a store of its own rather than the app's —
 * the lecture handout draws each slide's figure at that slide's settings, side by side on one
 * page. A scoped store is not mirrored in the URL. `useExplorerStore.getState()` and friends stay
 * the app's store (event handlers); scopes are for figures that are read, not driven.
 */
export const ExplorerStoreScope = createContext<StoreApi<ExplorerState> | null>(null);

/** A store of its own with the app's initial state and the given document fields. */
export function createScopedStore(document: Partial<DocumentState>): StoreApi<ExplorerState> {
  const store = createStore<ExplorerState>()((...args) => ({
    ...createDocumentSlice(...args),
    ...createUiSlice(...args),
  }));
  store.setState(document as Partial<ExplorerState>);
  return store;
}

function useScopedExplorerStore<U>(selector: (state: ExplorerState) => U): U {
  return useStore(useContext(ExplorerStoreScope) ?? appStore, selector);
}

/** The app's one store, read through the nearest scope (the app's own outside any scope). */
export const useExplorerStore = Object.assign(useScopedExplorerStore, appStore) as typeof appStore;

/** Back to the state the app starts with (tests; "Reset all"). */
export function resetExplorerStore(): void {
  useExplorerStore.setState(useExplorerStore.getInitialState(), true);
}
