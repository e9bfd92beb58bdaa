/**
 * Document state: what the reader chose. Mirrored in the URL by ./urlSync.ts.
 */
import type { StateCreator } from 'zustand';
import { DEFAULT_DOCUMENT, type DocumentState } from './urlCodec';
import type { FlowMode, SequenceChoice, StudyId, Theme, View } from './views';
import { DESIGN_STEP_MAX, DESIGN_STEP_MIN } from './views';
import type { ExplorerState } from './index';

export interface DocumentSlice extends DocumentState {
  setView: (view: View) => void;
  setTheme: (theme: Theme) => void;
  /** Designs: show a study (keeps the followed sequence and arrangement). */
  setStudy: (study: StudyId) => void;
  setSequence: (sequence: SequenceChoice) => void;
  setFlowMode: (by: FlowMode) => void;
  /** Designs: reveal the flow diagram up to this stage (clamped to 1–6). */
  setStep: (step: number) => void;
  /** Replace the whole document state (used when the URL changes under us: load, Back/Forward). */
  applyDocument: (document: DocumentState) => void;
  /** Put the current view's own parameters back to their defaults (keeps view and theme). */
  resetCurrentView: () => void;
}

export const createDocumentSlice: StateCreator<ExplorerState, [], [], DocumentSlice> = (set) => ({
  ...DEFAULT_DOCUMENT,
  setView: (view) => set({ view }),
  setTheme: (theme) => set({ theme }),
  setStudy: (study) => set({ study }),
  setSequence: (sequence) => set({ sequence }),
  setFlowMode: (by) => set({ by }),
  setStep: (step) =>
    set({ step: Math.min(DESIGN_STEP_MAX, Math.max(DESIGN_STEP_MIN, Math.round(step))) }),
  applyDocument: (document) => set({ ...document }),
  resetCurrentView: () =>
    set((state) => ({ ...DEFAULT_DOCUMENT, view: state.view, theme: state.theme })),
});

/** The document fields of the whole state (drops actions and UI state). */
export function pickDocument(state: DocumentState): DocumentState {
  const { view, theme, study, sequence, by, step } = state;
  return { view, theme, study, sequence, by, step };
}
