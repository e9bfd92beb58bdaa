/**
 * Document state: what the reader chose. Its fields, types, defaults and ranges come from the
 * field table (src/document/fields.ts); it is mirrored in the URL by ./urlSync.ts.
 */
import type { StateCreator } from 'zustand';
import {
  DEFAULT_DOCUMENT,
  FIELDS,
  clampNumber,
  fieldsOfScope,
  type DocumentState,
  type FieldKey,
  type FlowMode,
  type NumberKey,
  type Scope,
  type SequenceChoice,
  type Theme,
  type View,
} from '../document/fields';
import type { LabDesign } from '../model/lab/params';
import type { LabConfig } from '../model/lab/settings';
import type { ExplorerState } from './index';

type LabNumberKey = Extract<NumberKey, keyof LabConfig>;

export interface DocumentSlice extends DocumentState {
  /** Set any field; numbers are clamped and rounded to the field's range. */
  setField: <K extends FieldKey>(key: K, value: DocumentState[K]) => void;
  setView: (view: View) => void;
  setTheme: (theme: Theme) => void;
  /** Designs: show a study (keeps the followed sequence and arrangement). */
  setStudy: (study: string) => void;
  setSequence: (sequence: SequenceChoice) => void;
  setFlowMode: (by: FlowMode) => void;
  /** Designs: reveal the flow diagram up to this stage. */
  setStep: (step: number) => void;
  /** Effects: move the day cursor (whole days within the field's range). */
  setDay: (day: number) => void;
  setCurveShown: (shown: boolean) => void;
  /** Effects: set one parameter of the illustrative curve (clamped to its range). */
  setCurveParam: (key: 'rise' | 'peak' | 'half', value: number) => void;
  setHatStep: (step: number) => void;
  /** Blockade: show or hide the results. */
  setRevealed: (revealed: boolean) => void;
  /** Lab: set one numeric parameter (clamped to its range and rounded). */
  setLabNumber: (key: LabNumberKey, value: number) => void;
  setLabDesign: (design: LabDesign) => void;
  /** Handout: open or close the printable page. */
  setPrint: (print: boolean) => void;
  /** Lecture: leave lecture mode (keeps the current view and its state). */
  exitLecture: () => void;
  /** Lab: apply several parameters at once (a preset), each clamped like a slider move. */
  applyLabPreset: (values: Partial<LabConfig>) => void;
  /** Replace the whole document state (used when the URL changes under us: load, Back/Forward). */
  applyDocument: (document: DocumentState) => void;
  /** Put one scope's fields back to their defaults. */
  resetScope: (scope: Scope) => void;
  /** Put the current view's own fields back to their defaults (keeps theme and app modes). */
  resetCurrentView: () => void;
}

/** A value made valid for its field: numbers clamped, anything else as given. */
function valid<K extends FieldKey>(key: K, value: DocumentState[K]): DocumentState[K] {
  return (
    FIELDS[key].kind === 'number' ? clampNumber(key as NumberKey, value as number) : value
  ) as DocumentState[K];
}

function resetOf(scope: Scope): Partial<DocumentState> {
  const out: Record<string, unknown> = {};
  for (const key of fieldsOfScope(scope)) out[key] = DEFAULT_DOCUMENT[key];
  return out as Partial<DocumentState>;
}

export const createDocumentSlice: StateCreator<ExplorerState, [], [], DocumentSlice> = (set) => {
  const setField = <K extends FieldKey>(key: K, value: DocumentState[K]) =>
    set({ [key]: valid(key, value) } as Partial<DocumentState>);
  return {
    ...DEFAULT_DOCUMENT,
    setField,
    setView: (view) => setField('view', view),
    setTheme: (theme) => setField('theme', theme),
    setStudy: (study) => setField('study', study),
    setSequence: (sequence) => setField('sequence', sequence),
    setFlowMode: (by) => setField('by', by),
    setStep: (step) => setField('step', step),
    setDay: (day) => setField('day', day),
    setCurveShown: (curve) => setField('curve', curve),
    setCurveParam: (key, value) => setField(key, value),
    setHatStep: (hat) => setField('hat', hat),
    setRevealed: (revealed) => setField('revealed', revealed),
    setLabNumber: (key, value) => setField(key, value),
    setLabDesign: (design) => setField('design', design),
    setPrint: (print) => setField('print', print),
    exitLecture: () => set({ lecture: false, presenter: false, slide: 1 }),
    applyLabPreset: (values) => {
      const next: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(values)) {
        if (Object.hasOwn(FIELDS, key) && value !== undefined) {
          next[key] = valid(key as FieldKey, value as DocumentState[FieldKey]);
        }
      }
      set(next as Partial<DocumentState>);
    },
    applyDocument: (document) => set({ ...document }),
    resetScope: (scope) => set(resetOf(scope)),
    resetCurrentView: () => set((state) => resetOf(state.view)),
  };
};

export { pickDocument } from '../document/fields';
