import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetExplorerStore, useExplorerStore } from '../../src/store';
import { IDLE_MS, MAX_WAIT_MS, startUrlSync } from '../../src/store/urlSync';

function setUrl(search: string) {
  window.history.replaceState(null, '', `/${search}`);
}

describe('store ↔ URL sync', () => {
  let stop: () => void = () => {};

  beforeEach(() => {
    resetExplorerStore();
    setUrl('');
  });

  afterEach(() => {
    stop();
    vi.restoreAllMocks();
  });

  it('reads the URL into the store on start', () => {
    setUrl('?view=sources&theme=projector');
    stop = startUrlSync(window);
    expect(useExplorerStore.getState()).toMatchObject({ view: 'sources', theme: 'projector' });
    expect(useExplorerStore.getState().notices).toEqual([]);
  });

  it('turns a hostile URL into a notice and a clean address', () => {
    setUrl('?view=%3Cscript%3Ealert(1)%3C/script%3E&theme=%00');
    stop = startUrlSync(window);
    const { view, theme, notices } = useExplorerStore.getState();
    expect({ view, theme }).toEqual({ view: 'overview', theme: 'auto' });
    expect(notices).toHaveLength(1);
    const text = notices[0]!.text();
    expect(text.title).toBe('Part of this link was not used');
    expect(text.items).toEqual([
      '“view=<script>alert(1)</script>”: not one of overview, designs, timeline, blockade, lab, sources; the default was used.',
      '“theme=\uFFFD”: not one of auto, light, dark, projector; the default was used.',
    ]);
    expect(window.location.search).toBe('');
  });

  it('pushes a history entry for a view change and replaces it for a theme change', () => {
    stop = startUrlSync(window);
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    useExplorerStore.getState().setView('sources');
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?view=sources');
    useExplorerStore.getState().setTheme('dark');
    useExplorerStore.getState().setTheme('projector');
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace).toHaveBeenCalledTimes(2);
    expect(window.location.search).toBe('?view=sources&theme=projector');
  });

  it('re-reads the URL on popstate without writing it back', () => {
    stop = startUrlSync(window);
    useExplorerStore.getState().setView('sources');
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    setUrl('?view=overview&theme=dark');
    replace.mockClear();
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useExplorerStore.getState()).toMatchObject({ view: 'overview', theme: 'dark' });
    expect(push).not.toHaveBeenCalled();
    expect(replace).not.toHaveBeenCalled();
  });

  it('coalesces replacements into one write after the next frame, flushed by a navigation', () => {
    vi.useFakeTimers();
    try {
      stop = startUrlSync(window, { coalesce: true });
      const replace = vi.spyOn(window.history, 'replaceState');
      const push = vi.spyOn(window.history, 'pushState');
      useExplorerStore.getState().setTheme('dark');
      useExplorerStore.getState().setTheme('projector');
      expect(replace).not.toHaveBeenCalled();
      expect(window.location.search).toBe('');
      vi.runAllTimers();
      expect(replace).toHaveBeenCalledTimes(1);
      expect(window.location.search).toBe('?theme=projector');
      useExplorerStore.getState().setTheme('dark');
      useExplorerStore.getState().setView('sources');
      // The pending theme is written to the entry being left, then the view is pushed.
      expect(replace).toHaveBeenCalledTimes(2);
      expect(replace.mock.calls[1]![2]).toBe('/?theme=dark');
      expect(push).toHaveBeenCalledTimes(1);
      expect(window.location.search).toBe('?view=sources&theme=dark');
      vi.runAllTimers();
      expect(replace).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes a single change after the next paint, a drag once it rests (and every MAX_WAIT_MS)', () => {
    vi.useFakeTimers();
    try {
      stop = startUrlSync(window, { coalesce: true });
      const replace = vi.spyOn(window.history, 'replaceState');
      const day = () => new URLSearchParams(window.location.search).get('day');
      // A drag: a step every 100 ms. The first step comes after a rest: written after a frame.
      let steps = 0;
      useExplorerStore.getState().setField('day', (steps += 1));
      vi.advanceTimersByTime(100);
      expect(replace).toHaveBeenCalledTimes(1);
      expect(day()).toBe('1');
      // The next steps never rest for IDLE_MS: nothing is written until MAX_WAIT_MS has passed.
      for (let elapsed = 100; elapsed < MAX_WAIT_MS; elapsed += 100) {
        useExplorerStore.getState().setField('day', (steps += 1));
        vi.advanceTimersByTime(100);
      }
      expect(replace).toHaveBeenCalledTimes(1);
      for (let elapsed = 0; elapsed < 200; elapsed += 100) {
        useExplorerStore.getState().setField('day', (steps += 1));
        vi.advanceTimersByTime(100);
      }
      expect(replace).toHaveBeenCalledTimes(2);
      // The drag rests: its last step is written IDLE_MS later.
      useExplorerStore.getState().setField('day', (steps += 1));
      vi.advanceTimersByTime(IDLE_MS - 50);
      expect(replace).toHaveBeenCalledTimes(2);
      vi.advanceTimersByTime(100);
      expect(replace).toHaveBeenCalledTimes(3);
      expect(day()).toBe(String(steps));
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes a pending replacement when the page is hidden or the sync stops', () => {
    stop = startUrlSync(window, { coalesce: true });
    useExplorerStore.getState().setTheme('dark');
    expect(window.location.search).toBe('');
    window.dispatchEvent(new Event('pagehide'));
    expect(window.location.search).toBe('?theme=dark');
    useExplorerStore.getState().setTheme('projector');
    stop();
    expect(window.location.search).toBe('?theme=projector');
  });

  it('drops a pending replacement on popstate (it belonged to the entry left)', () => {
    vi.useFakeTimers();
    try {
      stop = startUrlSync(window, { coalesce: true });
      useExplorerStore.getState().setTheme('dark');
      setUrl('?view=sources');
      window.dispatchEvent(new PopStateEvent('popstate'));
      vi.runAllTimers();
      expect(window.location.search).toBe('?view=sources');
      expect(useExplorerStore.getState()).toMatchObject({ view: 'sources', theme: 'auto' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops listening when stopped', () => {
    stop = startUrlSync(window);
    stop();
    useExplorerStore.getState().setView('sources');
    expect(window.location.search).toBe('');
  });
});

describe('store actions', () => {
  beforeEach(() => resetExplorerStore());

  it('adds and dismisses notices', () => {
    const { addNotice } = useExplorerStore.getState();
    addNotice(() => ({ title: 'A', items: ['one'] }));
    addNotice(() => ({ title: 'B', items: ['two'] }));
    const [first, second] = useExplorerStore.getState().notices;
    useExplorerStore.getState().dismissNotice(first!.id);
    expect(useExplorerStore.getState().notices).toEqual([second]);
  });

  it('resetCurrentView keeps the view and theme', () => {
    useExplorerStore.getState().setView('sources');
    useExplorerStore.getState().setTheme('projector');
    useExplorerStore.getState().resetCurrentView();
    expect(useExplorerStore.getState()).toMatchObject({ view: 'sources', theme: 'projector' });
  });
});
