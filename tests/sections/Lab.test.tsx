import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Lab from '../../src/sections/lab/Lab';
import { resetExplorerStore, useExplorerStore } from '../../src/store';
import { startUrlSync } from '../../src/store/urlSync';
import { crossoverPower, parallelPower } from '../../src/model/lab/power';

let stop: () => void = () => {};

function renderAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  stop = startUrlSync(window);
  return render(<Lab />);
}

beforeEach(() => resetExplorerStore());
afterEach(() => stop());

describe('Design lab', () => {
  it('reads its parameters from the URL and states the analytic power in words', () => {
    renderAt('?view=lab&n=30&effect=0.5&rho=0.5&sims=200');
    const power = crossoverPower({
      n: 30,
      effect: 0.5,
      sd: 1,
      rho: 0.5,
      alpha: 0.05,
      dropout: 0,
      lambda: 0,
    });
    const parallel = parallelPower({ n: 30, effect: 0.5, sd: 1, alpha: 0.05 });
    expect(
      screen.getByText(
        `With 30 people, a crossover detects a true effect of 0.50 SD in about ${Math.round(power * 100)}% of trials; a parallel trial with the same people, in about ${Math.round(parallel * 100)}%.`,
      ),
    ).toBeInTheDocument();
  });

  it('runs the Monte Carlo (here on the main thread, as jsdom has no Worker) and reports the rates', async () => {
    renderAt('?view=lab&n=30&sims=300&seed=4');
    await waitFor(() => expect(screen.getByText(/^Done: 300 trials/)).toBeInTheDocument(), {
      timeout: 10_000,
    });
    const table = screen.getByRole('table', { name: /Share of trials significant/ });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(
      within(table).getByRole('rowheader', { name: 'Two-stage (carryover test first)' }),
    ).toBeInTheDocument();
  });

  it('a short washout with carryover produces the carryover sentence', () => {
    renderAt('?view=lab&carryover=0.5&washout=1&rise=1&half=3');
    expect(
      screen.getByText(
        /^With a one-day washout, carryover makes the active treatment look 0\.25 SD weaker/,
      ),
    ).toBeInTheDocument();
  });

  it('presets set the study’s numbers from data; New sample changes the seed', async () => {
    const user = userEvent.setup();
    renderAt('?view=lab&n=20&washout=3');
    await user.click(screen.getByRole('button', { name: 'Williams et al. 2018 as stopped' }));
    expect(useExplorerStore.getState()).toMatchObject({
      n: 30,
      interimLooks: 1,
      firstLook: 0.47,
      dropout: 0.14,
      washout: 30,
    });
    expect(window.location.search).toContain('interimLooks=1&firstLook=0.47');
    // One look keeps the original figures, whose interim summary shows the look.
    expect(screen.getByText(/Interim analysis after 14 of 30 people/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hess et al. 2024 as run' }));
    expect(useExplorerStore.getState()).toMatchObject({
      n: 68,
      washout: 14,
      interimLooks: 0,
      firstLook: 0,
    });
    await user.click(screen.getByRole('button', { name: 'New sample' }));
    expect(useExplorerStore.getState().seed).toBe(2);
    expect(window.location.search).toContain('seed=2');
  });

  it('a slider change updates the store, the URL and the slider’s spoken value', () => {
    renderAt('?view=lab');
    const slider = screen.getByRole('slider', { name: /Participants \(total\)/ });
    fireEvent.change(slider, { target: { value: '70' } });
    expect(useExplorerStore.getState().n).toBe(70);
    expect(window.location.search).toContain('n=70');
    expect(slider).toHaveAttribute('aria-valuetext', '70');
  });
});
