import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WatchItFill } from '../../src/sections/lab/WatchItFill';
import { resetExplorerStore } from '../../src/store';
import { startUrlSync } from '../../src/store/urlSync';
import { runJob } from '../../src/workers/simulationProtocol';
import type { MonteCarloTotals } from '../../src/model/lab/simulate';
import { clopperPearson } from '../../src/model/binomialInterval';
import { labParamsNow } from './labParamsNow';

let stop: () => void = () => {};
let frames: FrameRequestCallback[] = [];
let clock = 0;

function mockReducedMotion(reduce: boolean) {
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({
      matches: reduce && query.includes('reduce'),
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    })),
  );
}

/** Animation frames run by hand: each one 100 ms after the last. */
function runFrames(count: number) {
  for (let i = 0; i < count; i += 1) {
    const due = frames;
    frames = [];
    clock = Math.max(clock, performance.now()) + 100;
    act(() => due.forEach((callback) => callback(clock)));
  }
}

beforeEach(() => {
  resetExplorerStore();
  window.history.replaceState(null, '', '/?view=lab&n=30&sims=700&seed=4');
  stop = startUrlSync(window);
  frames = [];
  clock = performance.now();
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.push(callback);
    return frames.length;
  });
  vi.stubGlobal('cancelAnimationFrame', () => {
    frames = [];
  });
});
afterEach(() => {
  stop();
  vi.unstubAllGlobals();
});

async function fullSpeed(): Promise<MonteCarloTotals> {
  const params = labParamsNow();
  let out: MonteCarloTotals | null = null;
  await runJob(
    { params, lambda: 0 },
    (main) => {
      out = main;
    },
    () => true,
    async () => {},
  );
  return out!;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
function expectedRate(totals: MonteCarloTotals) {
  const rejected = totals.crossover[0]!;
  const count = totals.crossover[3]!;
  const ci = clopperPearson(rejected, count);
  return `700 of 700 trials: ${pct(ci.estimate)} found the effect (95% interval ${pct(ci.lower)}–${pct(ci.upper)})`;
}

describe('Watch it fill', () => {
  it('adds trials a few at a time, pauses and resumes, and finishes with the full-speed result', async () => {
    mockReducedMotion(false);
    const user = userEvent.setup();
    const { container } = render(<WatchItFill />);
    const run = () => container.querySelector('.fill__run')!;
    await user.click(screen.getByRole('button', { name: 'Watch the trials arrive' }));
    expect(run().getAttribute('data-mode')).toBe('running');
    runFrames(4); // 0.4 s at 3 trials a second: one trial
    expect(run().getAttribute('data-trials')).toBe('1');
    runFrames(6);
    const before = Number(run().getAttribute('data-trials'));
    expect(before).toBeGreaterThanOrEqual(2);
    expect(before).toBeLessThanOrEqual(4);

    await user.click(screen.getByRole('button', { name: 'Pause' }));
    runFrames(20);
    expect(run().getAttribute('data-trials')).toBe(String(before));
    expect(screen.getByRole('status')).toHaveTextContent(`${before} of 700 trials`);

    await user.click(screen.getByRole('button', { name: 'Resume' }));
    runFrames(100); // it speeds up: 700 trials in well under a minute
    expect(Number(run().getAttribute('data-trials'))).toBeGreaterThan(before + 10);
    runFrames(300);
    expect(run().getAttribute('data-mode')).toBe('done');
    expect(screen.getByText(expectedRate(await fullSpeed()), { exact: false })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('All 700 trials are in');
  });

  it('finish now, part-way, gives the full-speed result too', async () => {
    mockReducedMotion(false);
    const user = userEvent.setup();
    render(<WatchItFill />);
    await user.click(screen.getByRole('button', { name: 'Watch the trials arrive' }));
    runFrames(30);
    await user.click(screen.getByRole('button', { name: 'Finish now' }));
    expect(screen.getByText(expectedRate(await fullSpeed()), { exact: false })).toBeVisible();
  });

  it('under reduced motion the trials are added at once', async () => {
    mockReducedMotion(true);
    const user = userEvent.setup();
    const { container } = render(<WatchItFill />);
    expect(screen.getByText(/asks for reduced motion/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Watch the trials arrive' }));
    expect(frames).toHaveLength(0);
    expect(container.querySelector('.fill__run')!.getAttribute('data-trials')).toBe('700');
    expect(container.querySelectorAll('.fill__drop')).toHaveLength(0);
    expect(screen.getByText(expectedRate(await fullSpeed()), { exact: false })).toBeVisible();
  });
});
