/**
 * The lab's figures off screen follow the settled copy of the settings: they wait while a drag
 * goes on and catch up SETTLE_MS after it rests, or at once when they come near the viewport.
 * Figures near the viewport follow every change. IntersectionObserver is stubbed: jsdom has none.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { memo } from 'react';
import { LabSnapshotProvider, SETTLE_MS, SettleOffscreen } from '../../src/hooks/labSnapshot';
import { useLabParams } from '../../src/hooks/useLabParams';
import { DEFAULT_LAB } from '../../src/model/lab/params';
import { DEFAULT_LAB_SETTINGS } from '../../src/model/lab/settings';
import { DEFAULT_EFFECT_CURVE } from '../../src/model/effectCurve';

/** Stub observers, one per observed element, each told by the test whether it is near. */
const observers: { element: Element; callback: IntersectionObserverCallback }[] = [];
class StubObserver {
  constructor(private callback: IntersectionObserverCallback) {}
  observe(element: Element) {
    observers.push({ element, callback: this.callback });
  }
  disconnect() {}
  unobserve() {}
  takeRecords() {
    return [];
  }
}
function setNear(label: string, isIntersecting: boolean) {
  const found = observers.filter((o) => o.element.getAttribute('aria-label') === label);
  expect(found.length).toBeGreaterThan(0);
  act(() => {
    for (const { element, callback } of found) {
      callback(
        [{ isIntersecting, target: element } as IntersectionObserverEntry],
        {} as IntersectionObserver,
      );
    }
  });
}

const Probe = memo(function Probe({ name }: { name: string }) {
  return <p data-testid={name}>{useLabParams().n}</p>;
});

function Figures({ n }: { n: number }) {
  const live = {
    params: { ...DEFAULT_LAB, n },
    settings: DEFAULT_LAB_SETTINGS,
    curve: DEFAULT_EFFECT_CURVE,
  };
  return (
    <LabSnapshotProvider live={live}>
      <Sections />
    </LabSnapshotProvider>
  );
}
const Sections = memo(function Sections() {
  return (
    <>
      <SettleOffscreen aria-label="near">
        <Probe name="near" />
      </SettleOffscreen>
      <SettleOffscreen aria-label="far">
        <Probe name="far" />
      </SettleOffscreen>
    </>
  );
});

beforeEach(() => {
  observers.length = 0;
  vi.stubGlobal('IntersectionObserver', StubObserver);
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('SettleOffscreen', () => {
  it('holds a part far from the viewport at the settled settings until they rest', () => {
    const { rerender } = render(<Figures n={68} />);
    setNear('far', false);
    for (const n of [70, 72, 74]) {
      rerender(<Figures n={n} />);
      act(() => vi.advanceTimersByTime(SETTLE_MS / 3));
      expect(screen.getByTestId('near').textContent).toBe(String(n));
      expect(screen.getByTestId('far').textContent).toBe('68');
    }
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(screen.getByTestId('far').textContent).toBe('74');
  });

  it('catches up at once when the part comes near the viewport', () => {
    const { rerender } = render(<Figures n={68} />);
    setNear('far', false);
    rerender(<Figures n={90} />);
    expect(screen.getByTestId('far').textContent).toBe('68');
    setNear('far', true);
    expect(screen.getByTestId('far').textContent).toBe('90');
    rerender(<Figures n={92} />);
    expect(screen.getByTestId('far').textContent).toBe('92');
  });

  it('follows every change where no observer can tell (and outside the lab, reads the store)', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const { rerender } = render(<Figures n={68} />);
    rerender(<Figures n={80} />);
    expect(screen.getByTestId('far').textContent).toBe('80');
  });
});
