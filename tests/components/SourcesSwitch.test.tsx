import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Designs from '../../src/sections/designs/Designs';
import { resetExplorerStore, useExplorerStore } from '../../src/store';
import { startUrlSync } from '../../src/store/urlSync';

let stop: () => void = () => {};

function renderAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  stop = startUrlSync(window);
  return render(<Designs />);
}

beforeEach(() => resetExplorerStore());
afterEach(() => stop());

const participantsMarker = () =>
  screen.getAllByRole('button', {
    name: /^secondary: PsyPost 2024 — source and tier of “Participants”/,
  })[0]!;

describe('Show sources', () => {
  it('is off by default: compact tier markers that keep the source in their name, and no fact lists', () => {
    renderAt('?view=designs');
    const toggle = screen.getByRole('switch', { name: 'Show sources' });
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    // The marker shows its tier; its accessible name still gives the source.
    expect(participantsMarker()).toHaveTextContent(/^secondary$/);
    expect(screen.queryByText('Drawn from:')).not.toBeInTheDocument();
    // Each figure still names its sources and their tiers in one line.
    const flow = screen.getByRole('figure', { name: /Participant flow/ });
    const line = within(flow).getByText('Sources:').parentElement!;
    expect(line).toHaveTextContent(/PsyPost 2024\s*secondary/);
  });

  it('switched on, writes each source beside its fact, lists the facts under each figure, and goes into the URL', async () => {
    const user = userEvent.setup();
    renderAt('?view=designs');
    await user.click(screen.getByRole('switch', { name: 'Show sources' }));
    expect(screen.getByRole('switch', { name: 'Show sources' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(useExplorerStore.getState().sources).toBe(true);
    expect(window.location.search).toContain('sources=1');
    expect(participantsMarker()).toHaveTextContent('secondary: PsyPost 2024');
    expect(screen.getAllByText('Drawn from:').length).toBeGreaterThan(0);
    // A paper-tier fact gets its source written beside the marker.
    const paperMarker = screen.getAllByRole('button', { name: /^paper — source and tier of/ })[0]!;
    expect(paperMarker.nextElementSibling).toHaveClass('fact__source');
    expect(paperMarker.nextElementSibling!.textContent!.trim()).toMatch(/et al\. 20\d\d/);
  });

  it('opens on from a link (sources=1)', () => {
    renderAt('?view=designs&sources=1');
    expect(screen.getByRole('switch', { name: 'Show sources' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(screen.getAllByText('Drawn from:').length).toBeGreaterThan(0);
  });
});
