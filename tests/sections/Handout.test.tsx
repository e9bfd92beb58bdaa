import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/App';
import { resetExplorerStore, useExplorerStore } from '../../src/store';
import { startUrlSync } from '../../src/store/urlSync';
import { DECK } from '../../src/lecture/deck';

let stop: () => void = () => {};

function openAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  stop = startUrlSync(window);
  render(<App />);
}

beforeEach(() => resetExplorerStore());
afterEach(() => stop());

describe('Handout', () => {
  it('prints every view in order, with the permalink and a QR code of it', async () => {
    openAt('?print=1&study=williams-2018&revealed=1&sims=100');
    const qr = await screen.findByRole(
      'img',
      { name: /^QR code of the live version: / },
      { timeout: 10_000 },
    );
    const permalink = qr.getAttribute('aria-label')!.replace('QR code of the live version: ', '');
    expect(permalink).toContain('study=williams-2018');
    expect(permalink).not.toContain('print=1');
    expect(qr.querySelectorAll('.qr__cells rect').length).toBeGreaterThan(100);
    const sections = screen.getAllByRole('region', { name: /^\d\. / });
    expect(sections.map((s) => s.getAttribute('aria-label'))).toEqual([
      '1. Overview',
      '2. Designs',
      '3. Effects over time',
      '4. Naltrexone blockade',
      '5. Design lab',
      '6. Sources',
    ]);
    expect(
      (await within(sections[3]!).findAllByText(/7 of 12 responded/, {}, { timeout: 10_000 }))
        .length,
    ).toBeGreaterThan(0);
  });

  it('with lecture=1 prints the deck: every step with its notes and its own link', async () => {
    openAt('?print=1&lecture=1');
    const steps = await screen.findAllByRole('listitem');
    const deckItems = steps.filter((item) => item.classList.contains('handout__step'));
    expect(deckItems).toHaveLength(DECK.steps.length);
    expect(deckItems[5]).toHaveTextContent(DECK.steps[5]!.notes);
    expect(within(deckItems[5]!).getByRole('link').getAttribute('href')).toContain('slide=6');
  });

  it('opens from the header and goes back', async () => {
    const user = userEvent.setup();
    openAt('');
    await user.click(screen.getByRole('button', { name: 'Handout' }));
    expect(useExplorerStore.getState().print).toBe(true);
    expect(window.location.search).toContain('print=1');
    await user.click(await screen.findByRole('button', { name: 'Back to the app' }));
    expect(useExplorerStore.getState().print).toBe(false);
  });
});
