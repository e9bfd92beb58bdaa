/** The design lab's parameters from the store, as one shallow-stable object. */
import { useShallow } from 'zustand/react/shallow';
import { useExplorerStore } from '../store';
import type { LabParams } from '../model/lab/params';
import type { ExplorerState } from '../store';

function pickLab(state: ExplorerState): LabParams {
  const {
    design,
    n,
    effect,
    sd,
    rho,
    period,
    carryover,
    washout,
    dropout,
    alpha,
    sims,
    seed,
    interim,
    boundary,
  } = state;
  return {
    design,
    n,
    effect,
    sd,
    rho,
    period,
    carryover,
    washout,
    dropout,
    alpha,
    sims,
    seed,
    interim,
    boundary,
  };
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
