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
 *
 * A figure well off screen need not redraw on every press of a drag it cannot be seen in: inside
 * `SettleOffscreen`, a part more than half a screen away from the viewport follows the *settled*
 * copy — the settings once no change has come for `SETTLE_MS` — and switches back to the deferred
 * copy as it nears the viewport. So while a reader drags a slider, the figures in view follow every
 * press; the rest (and their worker runs) catch up a moment after the drag stops, or as soon as
 * they scroll near, whichever comes first. Observable's `visibility()` makes the same trade.
 */
import {
  createContext,
  startTransition,
  useContext,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type ReactNode,
} from 'react';
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
/** The settled copy: the deferred one once it has not changed for SETTLE_MS. */
const SettledSnapshotContext = createContext<LabSnapshot | null>(null);

/** How long the settings must rest before the figures off screen catch up. */
export const SETTLE_MS = 300;

/** How near the viewport a part counts as in view: half a screen above and below. */
const NEAR_MARGIN = '50% 0px 50% 0px';

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
  const [settled, setSettled] = useState(snapshot);
  useEffect(() => {
    if (settled === snapshot) return;
    // An interruptible render: a press that comes during it goes first.
    const timer = setTimeout(() => startTransition(() => setSettled(snapshot)), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [snapshot, settled]);
  return (
    <LabSnapshotContext.Provider value={snapshot}>
      <SettledSnapshotContext.Provider value={settled}>{children}</SettledSnapshotContext.Provider>
    </LabSnapshotContext.Provider>
  );
}

/** Whether `ref`'s element is within half a screen of the viewport (true where it cannot be told). */
function useNearViewport(ref: { current: Element | null }): boolean {
  const [near, setNear] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => setNear(entries[entries.length - 1]!.isIntersecting),
      { rootMargin: NEAR_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return near;
}

/**
 * A section of the lab's figures that follows the deferred copy while near the viewport and the
 * settled copy while far from it. Its children must be memoised elements (see above). Outside a
 * `LabSnapshotProvider` it is a plain section.
 */
export function SettleOffscreen({ children, ...props }: ComponentPropsWithoutRef<'section'>) {
  const deferred = useContext(LabSnapshotContext);
  const settled = useContext(SettledSnapshotContext);
  const ref = useRef<HTMLElement>(null);
  const near = useNearViewport(ref);
  const value = near || !settled ? deferred : settled;
  return (
    <section ref={ref} {...props}>
      <LabSnapshotContext.Provider value={value}>{children}</LabSnapshotContext.Provider>
    </section>
  );
}
