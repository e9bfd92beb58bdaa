/**
 * Document state: what the reader chose. Mirrored in the URL by ./urlSync.ts.
 */
import type { StateCreator } from 'zustand';
import { DEFAULT_DOCUMENT, type DocumentState } from './urlCodec';
import type { FlowMode, SequenceChoice, StudyId, Theme, View } from './views';
import {
  DAY_MAX,
  DAY_MIN,
  DESIGN_STEP_MAX,
  DESIGN_STEP_MIN,
  HAT_STEP_MAX,
  HAT_STEP_MIN,
} from './views';
import { EFFECT_CURVE_LIMITS } from '../model/effectCurve';
import { LAB_LIMITS, type Boundary, type LabDesign, type LabParams } from '../model/lab/params';
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
  /** Effects: move the day cursor (clamped to 0–21, whole days). */
  setDay: (day: number) => void;
  setCurveShown: (shown: boolean) => void;
  /** Effects: set one parameter of the illustrative curve (clamped to its range). */
  setCurveParam: (key: 'rise' | 'peak' | 'half', value: number) => void;
  setHatStep: (step: number) => void;
  /** Blockade: show or hide the results. */
  setRevealed: (revealed: boolean) => void;
  /** Lab: set one numeric parameter (clamped to its range and rounded). */
  setLabNumber: (key: keyof typeof LAB_LIMITS, value: number) => void;
  setLabDesign: (design: LabDesign) => void;
  setLabBoundary: (boundary: Boundary) => void;
  /** Handout: open or close the printable page. */
  setPrint: (print: boolean) => void;
  /** Lecture: leave lecture mode (keeps the current view and its state). */
  exitLecture: () => void;
  /** Lab: apply several parameters at once (a preset). */
  applyLabPreset: (values: Partial<LabParams>) => void;
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
  setStep: (step) => set({ step: clampRound(step, DESIGN_STEP_MIN, DESIGN_STEP_MAX, 0) }),
  setDay: (day) => set({ day: clampRound(day, DAY_MIN, DAY_MAX, 0) }),
  setCurveShown: (curve) => set({ curve }),
  setCurveParam: (key, value) => {
    const [min, max] = CURVE_LIMITS[key];
    set({ [key]: clampRound(value, min, max, key === 'peak' ? 2 : 1) });
  },
  setHatStep: (hat) => set({ hat: clampRound(hat, HAT_STEP_MIN, HAT_STEP_MAX, 0) }),
  setRevealed: (revealed) => set({ revealed }),
  setLabNumber: (key, value) => {
    const { min, max, decimals } = LAB_LIMITS[key];
    set({ [key]: clampRound(value, min, max, decimals) });
  },
  setLabDesign: (design) => set({ design }),
  exitLecture: () => set({ lecture: false, presenter: false, slide: 1 }),
  setPrint: (print) => set({ print }),
  setLabBoundary: (boundary) => set({ boundary }),
  applyLabPreset: (values) => {
    const next: Partial<LabParams> = {};
    for (const [key, value] of Object.entries(values) as [
      keyof LabParams,
      LabParams[keyof LabParams],
    ][]) {
      if (typeof value === 'number' && key in LAB_LIMITS) {
        const { min, max, decimals } = LAB_LIMITS[key as keyof typeof LAB_LIMITS];
        (next as Record<string, unknown>)[key] = clampRound(value, min, max, decimals);
      } else {
        (next as Record<string, unknown>)[key] = value;
      }
    }
    set(next);
  },
  applyDocument: (document) => set({ ...document }),
  resetCurrentView: () =>
    set((state) => ({ ...DEFAULT_DOCUMENT, view: state.view, theme: state.theme })),
});

const CURVE_LIMITS = {
  rise: EFFECT_CURVE_LIMITS.riseDays,
  peak: EFFECT_CURVE_LIMITS.peak,
  half: EFFECT_CURVE_LIMITS.halfLifeDays,
} as const;

/** Clamp into [min, max] and round to `decimals` places (NaN becomes min). */
function clampRound(value: number, min: number, max: number, decimals: number): number {
  const factor = 10 ** decimals;
  const safe = Number.isFinite(value) ? value : min;
  return Math.min(max, Math.max(min, Math.round(safe * factor) / factor));
}

/** The document fields of the whole state (drops actions and UI state). */
export function pickDocument(state: DocumentState): DocumentState {
  const out = {} as Record<keyof DocumentState, unknown>;
  for (const key of Object.keys(DEFAULT_DOCUMENT) as (keyof DocumentState)[]) out[key] = state[key];
  return out as unknown as DocumentState;
}
