import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { useExplorerStore } from '../../src/store';
import userEvent from '@testing-library/user-event';
import Sources from '../../src/sections/Sources';
import { SOURCES, registerStudy, unregisterStudy } from '../../src/data/studies';
import { registrable } from '../../src/own/register';
import type { OwnSourceData } from '../../src/data/schema';
import template from '../../data/templates/fictional-2030.json';
import { FICTIONAL_STUDY } from '../fixtures/fictionalStudy';

afterEach(() => {
  useExplorerStore.getState().setRevealed(false);
});

describe('Sources', () => {
  it('withholds the Williams title, which states the result, until the reveal; then cites it in full', () => {
    render(<Sources />);
    const entry = screen
      .getByRole('heading', { level: 3, name: 'Williams et al. 2018' })
      .closest('li')!;
    expect(entry.textContent).not.toMatch(/Attenuation/);
    expect(within(entry).getByText(/Title withheld until the reveal/)).toBeInTheDocument();
    const cite = screen.getByRole('region', { name: 'How to cite this app' });
    expect(cite.textContent).not.toMatch(/Attenuation/);
    act(() => useExplorerStore.getState().setRevealed(true));
    expect(within(entry).getByText(/Attenuation of Antidepressant Effects/)).toBeInTheDocument();
    expect(
      within(cite).getByRole('button', { name: 'Copy APA Williams et al. 2018' }),
    ).toBeInTheDocument();
  });

  it('lists every source under its group, with DOI links', () => {
    render(<Sources />);
    for (const source of SOURCES) {
      expect(screen.getByRole('heading', { level: 3, name: source.label })).toBeInTheDocument();
    }
    const hess = screen.getByRole('region', { name: /Hess et al. 2024/ });
    expect(
      within(hess).getByRole('link', { name: /doi:10.1176\/appi.ajp.20230980/ }),
    ).toHaveAttribute('href', 'https://doi.org/10.1176/appi.ajp.20230980');
    const williams = screen.getByRole('region', { name: /Williams et al. 2018/ });
    expect(within(williams).getAllByRole('link', { name: /Registry NCT02911597/ })).toHaveLength(2);
  });

  it('says which facts rest on each source', async () => {
    const user = userEvent.setup();
    render(<Sources />);
    const psypost = screen.getByRole('heading', { name: 'PsyPost 2024' }).closest('li')!;
    const summary = within(psypost).getByText(/facts rest on this source/);
    await user.click(summary);
    expect(within(psypost).getByText('Participants:')).toBeVisible();
    // A fact about methods (data/methods.json) rests on its source too, and says whose it is.
    const freeman = screen.getByRole('heading', { name: 'Freeman 1989' }).closest('li')!;
    await user.click(within(freeman).getByText(/rests? on this source/));
    expect(within(freeman).getByText(/Methods, cited in the design lab/)).toBeVisible();
    expect(within(freeman).getByText(/its estimates are biased/)).toBeVisible();
  });

  it('counts facts per tier and offers APA and BibTeX citations to copy', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<Sources />);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(7);
    const cite = screen.getByRole('region', { name: 'How to cite this app' });
    expect(within(cite).getByText(/\[Interactive web application\]/)).toBeInTheDocument();
    await user.click(within(cite).getByRole('button', { name: 'Copy BibTeX' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^@software\{/));
    expect(within(cite).getByText('BibTeX citation copied.')).toBeInTheDocument();
  });

  it('lists the sources of a study the reader opened, marked as theirs, with the facts resting on them', async () => {
    const user = userEvent.setup();
    const { study, sources } = registrable(FICTIONAL_STUDY, template.sources as OwnSourceData[]);
    registerStudy(study, 'user', sources);
    try {
      render(<Sources />);
      const group = screen.getByRole('region', { name: /^Your study: / });
      expect(within(group).getByText(/has not checked them/)).toBeInTheDocument();
      const entry = within(group).getByRole('heading', { level: 3, name: sources[0]!.label });
      const item = entry.closest('li')!;
      await user.click(within(item).getByText(/rests? on this source/));
      expect(within(item).getAllByText(new RegExp(study.shortName)).length).toBeGreaterThan(0);
      act(() => unregisterStudy(study.id));
      expect(screen.queryByRole('region', { name: /^Your study: / })).toBeNull();
    } finally {
      unregisterStudy(study.id);
    }
  });
});
