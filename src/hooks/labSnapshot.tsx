/**
 * The lab's figures draw a deferred copy of the settings (issue #14). A key press on a lab slider
 * updates the store; the slider, its value and its hint re-render at once, in the frame of the key
 * press, while the figures (a trial of up to 1,000 people, the histogram, power curves, the flow
 * diagram) re-render from `useDeferredValue`'s copy in the frames after it — an interruptible
 * render React drops if the next press comes first. Nothing is skipped: every figure shows the
 * settings of the last press within the next frames, and the copy is the store's, field for field.
 *
 * `LabSnapshotProvider` wraps the lab view's figures; the lab hooks (useLabParams, useLabSettings,
 * useCurveParams) read the snapshot inside it and the live store everywhere else (the controls,
 * a slide, an embed, the handout), so a figure's code does not change with where it is drawn.
 */
import { createContext, useContext, useDeferredValue, useMemo, type ReactNode } from 'react';
import type { ExplorerState } from '../store';
import type { LabParams } from '../model/lab/params';
import type { LabSettings } from '../model/lab/settings';
import type { EffectCurveParams } from '../model/effectCurve';

export interface LabSnapshot {
  params: LabParams;
  settings: LabSettings;
  curve: EffectCurveParams;
}

const LabSnapshotContext = createContext<LabSnapshot | null>(null);

/** The deferred snapshot when inside the lab's figures, else null (read the store). */
export function useLabSnapshot(): LabSnapshot | null {
  return useContext(LabSnapshotContext);
}

/** A selector that subscribes to nothing, for hooks that read the snapshot instead. */
export const selectNothing = (_state: ExplorerState) => null;

/**
 * Provides the deferred snapshot to its children. Its children must be memoised elements (a
 * `memo` component with stable props), so that they re-render through the snapshot only, not with
 * every render of the provider's parent.
 */
export function LabSnapshotProvider({
  live,
  children,
}: {
  live: LabSnapshot;
  children: ReactNode;
}) {
  const params = useDeferredValue(live.params);
  const settings = useDeferredValue(live.settings);
  const curve = useDeferredValue(live.curve);
  const snapshot = useMemo(() => ({ params, settings, curve }), [params, settings, curve]);
  return <LabSnapshotContext.Provider value={snapshot}>{children}</LabSnapshotContext.Provider>;
}
