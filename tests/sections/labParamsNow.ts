/** The lab's parameters as the store holds them now (outside React), for tests. */
import { useExplorerStore } from '../../src/store';
import { DEFAULT_LAB, originalLook, type LabParams } from '../../src/model/lab/params';

export function labParamsNow(): LabParams {
  const state = useExplorerStore.getState();
  const out = { ...DEFAULT_LAB } as Record<string, unknown>;
  for (const key of Object.keys(DEFAULT_LAB)) {
    if (key in state) out[key] = (state as unknown as Record<string, unknown>)[key];
  }
  return { ...(out as unknown as LabParams), ...originalLook(state) };
}
