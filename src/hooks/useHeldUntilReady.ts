/**
 * Keeps the last ready value on screen while a new one is being computed. A figure fed by a
 * stream (the lab's simulation restarts from empty totals when a setting changes) would otherwise
 * drop its chart and tables for the frames before the first chunk arrives, and the page below it
 * would jump up and back on every slider step. The held value is the whole snapshot the figure
 * draws from (the settings with their results), never new settings mixed with old results; the
 * caller marks the figure stale (dimmed, busy) while `stale` is true.
 *
 * `value` must keep its identity while nothing in it changes (a `useMemo`), as React compares it.
 */
import { useState } from 'react';

export function useHeldUntilReady<T>(value: T, ready: boolean): { shown: T; stale: boolean } {
  const [held, setHeld] = useState<{ value: T } | null>(() => (ready ? { value } : null));
  // Adjusting state while rendering (React's pattern for state derived from props): the render
  // restarts at once with the new held value, before anything is committed.
  if (ready && held?.value !== value) setHeld({ value });
  if (ready || held === null) return { shown: value, stale: false };
  return { shown: held.value, stale: true };
}
