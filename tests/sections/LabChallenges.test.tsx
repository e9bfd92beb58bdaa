import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Challenges } from '../../src/sections/lab/Challenges';
import { resetExplorerStore, useExplorerStore } from '../../src/store';
import { startUrlSync } from '../../src/store/urlSync';
import { crossoverPower, parallelPower, sampleSizeFor } from '../../src/model/lab/power';
import { labParamsNow } from './labParamsNow';

let stop: () => void = () => {};
beforeEach(() => {
  resetExplorerStore();
  window.history.replaceState(null, '', '/?view=lab');
  stop = startUrlSync(window);
});
afterEach(() => stop());

const set = (key: 'n' | 'effect' | 'washout' | 'design', value: number | string) =>
  act(() => useExplorerStore.getState().setField(key, value as never));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

describe('Lab challenges', () => {
  it('80% power: starts the lab small, says "not yet", and is done only at the smallest crossover', async () => {
    const user = userEvent.setup();
    render(<Challenges />);
    await user.click(
      screen.getByRole('button', { name: 'Start: 80% power with the fewest people' }),
    );
    expect(useExplorerStore.getState().n).toBe(12);
    const status = () => screen.getByRole('status');
    expect(status()).toHaveTextContent(/^Not yet: 12 people give .* power: add people\.$/);

    // The answer from the noncentral t, computed here independently of the challenge's check.
    const params = labParamsNow();
    const at = (n: number) => crossoverPower({ ...params, n, lambda: 0 });
    const smallest = sampleSizeFor(0.8, at)!;
    set('n', smallest);
    expect(status()).toHaveTextContent(
      `Done: Yes: ${smallest} people give ${pct(at(smallest))} power, and ${smallest - 2} would give only ${pct(at(smallest - 2))}.`,
    );
    set('n', smallest + 2);
    expect(status()).toHaveTextContent(/^Not yet: .*Try fewer\.$/);

    // A different true effect moves the answer, and the wording follows the numbers.
    set('effect', 0.8);
    const smaller = sampleSizeFor(0.8, (n) => crossoverPower({ ...labParamsNow(), n, lambda: 0 }))!;
    expect(smaller).toBeLessThan(smallest);
    set('n', smaller);
    expect(status()).toHaveTextContent(`Done: Yes: ${smaller} people give`);
  });

  it('a parallel trial as powerful as the crossover of 40: done at the fewest people, and Start again resets', async () => {
    const user = userEvent.setup();
    render(<Challenges />);
    const item = screen
      .getByRole('heading', { name: 'What a parallel trial needs' })
      .closest('li')!;
    await user.click(within(item).getByRole('button', { name: /^Start: / }));
    const target = crossoverPower({ ...labParamsNow(), n: 40, lambda: 0 });
    expect(within(item).getByRole('status')).toHaveTextContent(
      `The crossover of 40 has ${pct(target)} power. Now switch the design to parallel.`,
    );
    set('design', 'parallel');
    const need = sampleSizeFor(target, (n) => parallelPower({ ...labParamsNow(), n }))!;
    set('n', need);
    expect(within(item).getByRole('status')).toHaveTextContent(
      `Done: Yes: a parallel trial needs ${need} people`,
    );
    await user.click(within(item).getByRole('button', { name: /^Start again: / }));
    expect(useExplorerStore.getState().design).toBe('crossover');
    expect(useExplorerStore.getState().n).toBe(40);
    expect(within(item).getByRole('status')).toHaveTextContent(/^Not yet: /);
  });

  it('a washout too short: the status reports the bias the model computes after each washout', async () => {
    const user = userEvent.setup();
    render(<Challenges />);
    await user.click(
      screen.getByRole('button', { name: 'Start: A washout too short for the carryover' }),
    );
    const status = () => screen.getByRole('status');
    expect(status()).toHaveTextContent(/^Not yet: After 30 days .* shorten the washout\.$/);
    let done: number | null = null;
    for (let w = 30; w >= 0 && done === null; w -= 1) {
      set('washout', w);
      if (status().textContent!.startsWith('Done')) done = w;
    }
    expect(done).not.toBeNull();
    set('washout', done! - 1);
    expect(status()).toHaveTextContent(/Lengthen it\.$/);
  });
});
