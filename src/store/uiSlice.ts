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

export type Prediction = 'blocked' | 'not-blocked' | 'unsure';
export type PredictionQuestion = 'antidepressant' | 'dissociation';

export interface UiSlice {
  notices: Notice[];
  /** Blockade: the reader's predictions (never in the URL: they are the reader's own). */
  predictions: Record<PredictionQuestion, Prediction | null>;
  setPrediction: (question: PredictionQuestion, prediction: Prediction) => void;
  clearPredictions: () => void;
  addNotice: (title: string, items: string[]) => void;
  dismissNotice: (id: number) => void;
}

let nextNoticeId = 1;

export const createUiSlice: StateCreator<ExplorerState, [], [], UiSlice> = (set) => ({
  notices: [],
  predictions: { antidepressant: null, dissociation: null },
  setPrediction: (question, prediction) =>
    set((state) => ({ predictions: { ...state.predictions, [question]: prediction } })),
  clearPredictions: () => set({ predictions: { antidepressant: null, dissociation: null } }),
  addNotice: (title, items) =>
    set((state) => ({ notices: [...state.notices, { id: nextNoticeId++, title, items }] })),
  dismissNotice: (id) =>
    set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
});
