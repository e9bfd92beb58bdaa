/** The "Your own crossover study" panel by role and label: open, refuse, share, remove. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import OwnStudyPanel from '../../src/own/OwnStudyPanel';
import { memoryKeeper, setStudyKeeper } from '../../src/own/storage';
import { findStudy, unregisterStudy } from '../../src/data/studies';
import { resetExplorerStore, useExplorerStore } from '../../src/store';
import { FICTIONAL_FILE_TEXT } from '../fixtures/fictionalStudy';

const LABEL = 'Open a study (JSON file, at most 1 MB)';

beforeEach(() => {
  setStudyKeeper(memoryKeeper());
  resetExplorerStore();
});
afterEach(() => {
  unregisterStudy('fictional-2030');
  setStudyKeeper(null);
});

describe('OwnStudyPanel', () => {
  it('opens a file, lists it as the reader’s, shows its design, shares and removes it', async () => {
    const user = userEvent.setup();
    render(<OwnStudyPanel />);
    const file = new File([FICTIONAL_FILE_TEXT], 'fictional-2030.json', {
      type: 'application/json',
    });
    await user.upload(screen.getByLabelText(LABEL), file);
    expect(
      await screen.findByText(
        'Opened your study “Fictional et al. 2030” from “fictional-2030.json”',
      ),
    ).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Your studies' });
    expect(within(list).getByText('your study')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show its design Fictional et al. 2030' }));
    expect(useExplorerStore.getState()).toMatchObject({ view: 'designs', study: 'fictional-2030' });

    await user.click(screen.getByRole('button', { name: 'Share as a link Fictional et al. 2030' }));
    const link = (await screen.findByLabelText(
      'Link to Fictional et al. 2030',
    )) as HTMLInputElement;
    expect(link.value).toMatch(/study=fictional-2030.*#own=1\./);

    await user.click(screen.getByRole('button', { name: 'Remove Fictional et al. 2030' }));
    expect(await screen.findByText('Removed “Fictional et al. 2030”')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Your studies' })).not.toBeInTheDocument();
    expect(findStudy('fictional-2030')).toBeUndefined();
    expect(useExplorerStore.getState().study).toBe('hess-2024');
  });

  it('a bad file: what was wrong, by path, as text', async () => {
    const user = userEvent.setup({ applyAccept: false });
    render(<OwnStudyPanel />);
    const bad = JSON.parse(FICTIONAL_FILE_TEXT) as { flow: { enrolled: { tier: string } } };
    bad.flow.enrolled.tier = '<em>papr</em>';
    await user.upload(
      screen.getByLabelText(LABEL),
      new File([JSON.stringify(bad)], 'bad.json', { type: 'application/json' }),
    );
    const status = await screen.findByRole('status');
    expect(
      await within(status).findByText(
        'The file “bad.json” was not opened. Nothing else has changed.',
      ),
    ).toBeInTheDocument();
    expect(status).toHaveTextContent(
      'flow.enrolled.tier: expected one of paper|registry|secondary|derived|not-reported|illustrative, got "<em>papr</em>"',
    );
    expect(status.querySelector('em')).toBeNull();
    expect(findStudy('fictional-2030')).toBeUndefined();
  });

  it('a study too big for a link: says so and offers the file instead', async () => {
    const user = userEvent.setup();
    render(<OwnStudyPanel />);
    const big = JSON.parse(FICTIONAL_FILE_TEXT) as { sources: { note: string }[] };
    // Text that does not compress: the link would run far past 8,000 characters.
    big.sources[0]!.note = Array.from({ length: 4000 }, (_, i) =>
      ((i * 7919) % 9973).toString(36),
    ).join(' ');
    await user.upload(
      screen.getByLabelText(LABEL),
      new File([JSON.stringify(big)], 'big.json', { type: 'application/json' }),
    );
    await user.click(
      await screen.findByRole('button', { name: 'Share as a link Fictional et al. 2030' }),
    );
    expect(
      await screen.findByText(
        /more than the 8,000 that can be shared safely .* Send the study file instead\./,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Link to Fictional et al. 2030')).not.toBeInTheDocument();
    expect(
      screen.getAllByRole('button', { name: 'Download the file Fictional et al. 2030' }),
    ).toHaveLength(2);
  });
});
