import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/App';
import { resetExplorerStore, useExplorerStore } from '../../src/store';
import { startUrlSync } from '../../src/store/urlSync';
import { DECK, SLIDE_COUNT } from '../../src/lecture/deck';

let stop: () => void = () => {};

async function openAt(search: string, ready: RegExp = /^Step \d+ of/) {
  window.history.replaceState(null, '', `/${search}`);
  stop = startUrlSync(window);
  render(<App />);
  await screen.findAllByText(ready);
}

beforeEach(() => resetExplorerStore());
afterEach(() => stop());

describe('Lecture mode', () => {
  it('a bare step link opens that step with its state, and the keys move through the deck', async () => {
    const user = userEvent.setup();
    await openAt('?lecture=1&slide=3');
    expect(screen.getByText(`Step 3 of ${SLIDE_COUNT}`)).toBeInTheDocument();
    expect(useExplorerStore.getState()).toMatchObject({ view: 'designs', step: 1, lecture: true });
    await user.keyboard('{ArrowRight}');
    expect(screen.getByText(`Step 4 of ${SLIDE_COUNT}`)).toBeInTheDocument();
    expect(window.location.search).toContain('slide=4');
    expect(window.location.search).toContain('step=2');
    await user.keyboard('{PageUp}{PageUp}');
    expect(useExplorerStore.getState().slide).toBe(2);
    await user.keyboard('{End}');
    expect(useExplorerStore.getState().slide).toBe(SLIDE_COUNT);
    await user.keyboard('{Home}');
    expect(useExplorerStore.getState().slide).toBe(1);
  });

  it('blackout hides the stage until any key; help lists every key', async () => {
    const user = userEvent.setup();
    await openAt('?lecture=1&slide=1');
    await user.keyboard('b');
    expect(screen.getByTestId('blackout')).toBeInTheDocument();
    await user.keyboard('x');
    expect(screen.queryByTestId('blackout')).not.toBeInTheDocument();
    expect(useExplorerStore.getState().slide).toBe(1);
    await user.keyboard('?');
    const help = screen.getByRole('dialog', { name: 'Lecture keys' });
    expect(within(help).getAllByRole('row')).toHaveLength(10);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('the overview lists all steps, focuses the current one, and Enter jumps', async () => {
    const user = userEvent.setup();
    await openAt('?lecture=1&slide=2');
    await user.keyboard('o');
    const overview = screen.getByRole('dialog', { name: `All ${SLIDE_COUNT} steps` });
    const tiles = within(overview).getAllByRole('button', { name: /^\d+/ });
    expect(tiles).toHaveLength(SLIDE_COUNT);
    expect(tiles[1]).toHaveFocus();
    expect(tiles[1]).toHaveAttribute('aria-current', 'step');
    tiles[12]!.focus();
    await user.keyboard('{Enter}');
    expect(useExplorerStore.getState().slide).toBe(13);
    expect(useExplorerStore.getState().view).toBe(DECK.steps[12]!.view);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('G goes to a step by number; keys are ignored while typing', async () => {
    const user = userEvent.setup();
    await openAt('?lecture=1&slide=1');
    await user.keyboard('g');
    const input = within(screen.getByRole('dialog', { name: 'Go to step' })).getByRole(
      'spinbutton',
    );
    expect(input).toHaveFocus();
    await user.keyboard('19n{Enter}');
    expect(useExplorerStore.getState().slide).toBe(19);
    expect(useExplorerStore.getState().view).toBe('lab');
  });

  it('the presenter view shows notes, the next step and a timer', async () => {
    await openAt('?lecture=1&slide=13&presenter=1', /^Now: step 13 of/);
    expect(screen.getByRole('heading', { name: /Now: step 13 of/ })).toBeInTheDocument();
    expect(screen.getByText(DECK.steps[12]!.notes)).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: `Next: ${DECK.steps[13]!.title}` }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('elapsed').textContent).toMatch(/^\d\d:\d\d$/);
  });
});
