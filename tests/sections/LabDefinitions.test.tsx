import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Lab from '../../src/sections/lab/Lab';
import { resetExplorerStore } from '../../src/store';
import { startUrlSync } from '../../src/store/urlSync';

let stop: () => void = () => {};

beforeEach(() => resetExplorerStore());
afterEach(() => stop());

describe('Design lab definitions', () => {
  it('cites Freeman 1989 on screen for the two-stage procedure, not Li et al. 2015', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?view=lab&sims=200');
    stop = startUrlSync(window);
    render(<Lab />);
    const section = screen.getByRole('region', { name: 'What the numbers mean' });
    const marker = within(section).getByRole('button', {
      name: 'paper — source and tier of “The two-stage procedure”',
    });
    await user.click(marker);
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('Freeman 1989');
    expect(note).toHaveTextContent('Stat Med. 1989;8(12):1421–1432');
    expect(section).not.toHaveTextContent(/Li et al/);
  });
});
