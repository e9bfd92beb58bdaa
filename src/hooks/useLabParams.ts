/** The design lab's parameters from the store, as one shallow-stable object. */
import { useShallow } from 'zustand/react/shallow';
import { useExplorerStore } from '../store';
import { DEFAULT_LAB, originalLook, type LabParams } from '../model/lab/params';
import type { ExplorerState } from '../store';
import type { EffectCurveParams } from '../model/effectCurve';
import { selectNothing, useLabSnapshot } from './labSnapshot';

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

/**
 * The lab's parameters: inside the lab view's figures the deferred snapshot (./labSnapshot.tsx),
 * elsewhere the store's live values.
 */
export function useLabParams(): LabParams {
  const snapshot = useLabSnapshot();
  const live = useExplorerStore(useShallow(snapshot ? selectNothing : pickLab));
  return snapshot ? snapshot.params : (live as LabParams);
}

/** The store's live parameters, even inside the figures' snapshot (the controls read these). */
export function useLiveLabParams(): LabParams {
  return useExplorerStore(useShallow(pickLab));
}

/** The illustrative effect curve's shape (shared with the Effects view). */
export function useCurveParams(): EffectCurveParams {
  const snapshot = useLabSnapshot();
  const live = useExplorerStore(useShallow(snapshot ? selectNothing : pickCurve));
  return snapshot ? snapshot.curve : (live as EffectCurveParams);
}

/** The store's live curve shape, even inside the figures' snapshot. */
export function useLiveCurveParams(): EffectCurveParams {
  return useExplorerStore(useShallow(pickCurve));
}

function pickCurve(state: ExplorerState): EffectCurveParams {
  return { riseDays: state.rise, peak: state.peak, halfLifeDays: state.half };
}
