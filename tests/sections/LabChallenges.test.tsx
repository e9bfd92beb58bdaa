import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChallengeHead, Challenges } from '../../src/sections/lab/Challenges';
import { resetExplorerStore, useExplorerStore } from '../../src/store';
import { startUrlSync } from '../../src/store/urlSync';
import {
  effectiveCarryover,
  simulateMany,
  summarise,
  summariseInterim,
} from '../../src/model/lab/simulate';
import { DEFAULT_EFFECT_CURVE, fractionRemaining } from '../../src/model/effectCurve';
import { labParamsNow } from './labParamsNow';

let stop: () => void = () => {};
function startAt(search: string) {
  resetExplorerStore();
  window.history.replaceState(null, '', `/${search}`);
  stop = startUrlSync(window);
}
beforeEach(() => startAt('?view=lab'));
afterEach(() => stop());

const setSeed = (seed: number) => act(() => useExplorerStore.getState().setField('seed', seed));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The lab's run for the current settings, computed here on its own (the trials are seeded). */
function runNow() {
  const params = labParamsNow();
  const lambda = effectiveCarryover(
    params,
    fractionRemaining(params.washout, DEFAULT_EFFECT_CURVE),
  );
  return { params, main: simulateMany(params, lambda, 0, params.sims) };
}

describe('Lab challenges', () => {
  it('washout: a link opens it, it asks for a prediction first, sets the lab, and reports the run', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ChallengeHead />
        <Challenges />
      </>,
    );
    const link = screen.getByRole('link', { name: 'A washout of only 3 days' });
    expect(link.getAttribute('href')).toContain('challenge=washout');
    await user.click(link);
    expect(window.location.search).toContain('challenge=washout');
    const card = screen.getByRole('article', { name: 'A washout of only 3 days' });

    // Predict first: no way to run until a choice is made.
    expect(within(card).queryByRole('button', { name: 'Set the lab and run' })).toBeNull();
    expect(card).toHaveTextContent('Predict first');
    await user.click(
      within(card).getByRole('radio', { name: 'It comes out lower than the true effect' }),
    );
    expect(window.location.search).toContain('guessWashout=lower');

    await user.click(within(card).getByRole('button', { name: 'Set the lab and run' }));
    expect(useExplorerStore.getState()).toMatchObject({ washout: 3, carryover: 0.5, n: 68 });

    const first = runNow();
    const mean1 = summarise(first.main.crossover).meanEstimate;
    const status = () => within(card).getByRole('status');
    await waitFor(() => expect(status()).toHaveTextContent('What the run shows'), {
      timeout: 20_000,
    });
    expect(status()).toHaveTextContent(
      `Over 2,000 simulated trials of 68 people, the crossover estimate averaged ${mean1.toFixed(2)} SD against a true effect of 0.50 SD`,
    );
    expect(status()).toHaveTextContent(
      `${pct(summarise(first.main.crossover).rate)} of the trials found the effect`,
    );
    expect(status()).toHaveTextContent(
      'You predicted “It comes out lower than the true effect”, and that is what the run shows.',
    );

    // Another seed: other trials, and the words follow their numbers.
    setSeed(2);
    const second = runNow();
    const mean2 = summarise(second.main.crossover).meanEstimate;
    expect(mean2.toFixed(2)).not.toBe(mean1.toFixed(2));
    await waitFor(() => expect(status()).toHaveTextContent(`averaged ${mean2.toFixed(2)} SD`), {
      timeout: 20_000,
    });
    expect(status()).toHaveTextContent('Seed 2, 2,000 simulated trials');

    // Moving a setting of the challenge: its result no longer applies, and it says so.
    act(() => useExplorerStore.getState().setField('washout', 20));
    expect(card).toHaveTextContent('The lab no longer has this challenge’s settings');
    expect(within(card).getByRole('button', { name: 'Set the lab again and run' })).toBeVisible();
  }, 60_000);

  it('naive stop: opened from its link with a prediction, it states the false-positive rate of that run', async () => {
    stop();
    startAt(
      '?view=lab&challenge=naive-stop&guessStop=about-5&n=30&effect=0&interimLooks=1&firstLook=0.47&spending=naive&sims=1000',
    );
    render(
      <>
        <ChallengeHead />
        <Challenges />
      </>,
    );
    const card = screen.getByRole('article', { name: 'Stop Williams at 14 with a naive boundary' });
    expect(within(card).getByRole('radio', { name: 'About 5%, as α promises' })).toBeChecked();
    const status = () => within(card).getByRole('status');
    const check = async () => {
      const { params, main } = runNow();
      const interim = summariseInterim(main, params)!;
      await waitFor(
        () =>
          expect(status()).toHaveTextContent(
            `With a true effect of zero, ${pct(interim.rejection)} of 1,000 simulated trials declared an effect`,
          ),
        { timeout: 20_000 },
      );
      expect(status()).toHaveTextContent(
        `${pct(interim.stoppedEarly)} stopped at the look after 14 people`,
      );
      return interim.rejection;
    };
    const rate1 = await check();
    expect(status()).toHaveTextContent('You predicted “About 5%, as α promises”; the run shows');
    setSeed(11);
    const rate11 = await check();
    expect(rate11).not.toBe(rate1);
  }, 60_000);

  it('power-80: the verdict is about the formula’s smallest trial, the run gives its simulated power', async () => {
    stop();
    startAt('?view=lab&challenge=power-80&guessPower=under-20&n=34&sims=1000');
    render(<ChallengeHead />);
    const status = () => screen.getByRole('status');
    const { main } = runNow();
    await waitFor(
      () =>
        expect(status()).toHaveTextContent(
          `Of 1,000 simulated trials of 34 people, ${pct(summarise(main.crossover).rate)} found the effect`,
        ),
      { timeout: 20_000 },
    );
    expect(status()).toHaveTextContent(
      'You predicted “Fewer than 20”; the formula’s answer, 34 people, is in “20 to 49”.',
    );
  }, 60_000);

  it('every challenge has a title, a task and a next link; Close closes it', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ChallengeHead />
        <Challenges />
      </>,
    );
    const titles = within(screen.getByRole('navigation', { name: 'Challenges' }))
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(titles).toHaveLength(5);
    await user.click(screen.getByRole('link', { name: titles[4]! }));
    const card = screen.getByRole('article', { name: titles[4]! });
    await user.click(within(card).getByRole('link', { name: `Next: ${titles[0]}` }));
    expect(useExplorerStore.getState().challenge).toBe('washout');
    await user.click(screen.getByRole('button', { name: 'Close the challenge' }));
    expect(useExplorerStore.getState().challenge).toBe('none');
    expect(screen.queryByRole('article')).toBeNull();
  });
});
