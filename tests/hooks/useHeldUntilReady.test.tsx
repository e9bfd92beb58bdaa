import { describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import { useHeldUntilReady } from '../../src/hooks/useHeldUntilReady';

type Snap = { settings: number; totals: number[] | null };

describe('useHeldUntilReady', () => {
  it('shows the value as it is while it is ready', () => {
    const a: Snap = { settings: 1, totals: [1] };
    const { result } = renderHook(({ v }) => useHeldUntilReady(v, v.totals !== null), {
      initialProps: { v: a },
    });
    expect(result.current).toEqual({ shown: a, stale: false });
  });

  it('before anything was ready, shows the value (nothing to hold) and is not stale', () => {
    const a: Snap = { settings: 1, totals: null };
    const { result } = renderHook(({ v }) => useHeldUntilReady(v, v.totals !== null), {
      initialProps: { v: a },
    });
    expect(result.current).toEqual({ shown: a, stale: false });
  });

  it('holds the whole last ready snapshot while a new one has no results, then moves on', () => {
    const a: Snap = { settings: 1, totals: [1, 2] };
    const b: Snap = { settings: 2, totals: null };
    const c: Snap = { settings: 2, totals: [3] };
    const d: Snap = { settings: 3, totals: null };
    const { result, rerender } = renderHook(({ v }) => useHeldUntilReady(v, v.totals !== null), {
      initialProps: { v: a },
    });
    rerender({ v: b });
    // The old settings with their own results, never the new settings with the old results.
    expect(result.current.shown).toBe(a);
    expect(result.current.stale).toBe(true);
    rerender({ v: c });
    expect(result.current).toEqual({ shown: c, stale: false });
    rerender({ v: d });
    expect(result.current.shown).toBe(c);
    expect(result.current.stale).toBe(true);
  });
});
