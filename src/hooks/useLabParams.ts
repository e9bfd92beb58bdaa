/** The design lab's parameters from the store, as one shallow-stable object. */
import { useShallow } from 'zustand/react/shallow';
import { useExplorerStore } from '../store';
import { DEFAULT_LAB, originalLook, type LabParams } from '../model/lab/params';
import type { ExplorerState } from '../store';

/** The document fields among the parameters (`interim` and `boundary` derive from the looks). */
const LAB_KEYS = (Object.keys(DEFAULT_LAB) as (keyof LabParams)[]).filter(
  (key): key is Exclude<keyof LabParams, 'interim' | 'boundary'> =>
    key !== 'interim' && key !== 'boundary',
);

function pickLab(state: ExplorerState): LabParams {
  const out = {} as Record<keyof LabParams, unknown>;
  for (const key of LAB_KEYS) out[key] = state[key];
  const { interim, boundary } = originalLook(state);
  out.interim = interim;
  out.boundary = boundary;
  return out as LabParams;
}

export function useLabParams(): LabParams {
  return useExplorerStore(useShallow(pickLab));
}

/** The illustrative effect curve's shape (shared with the Effects view). */
export function useCurveParams() {
  return useExplorerStore(
    useShallow((state: ExplorerState) => ({
      riseDays: state.rise,
      peak: state.peak,
      halfLifeDays: state.half,
    })),
  );
}
