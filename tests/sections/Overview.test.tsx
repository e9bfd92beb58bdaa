import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { Overview } from '../../src/sections/Overview';
import { useExplorerStore } from '../../src/store';

afterEach(() => {
  useExplorerStore.getState().setRevealed(false);
});

describe('Overview', () => {
  it('asks the two questions and shows a card per study', () => {
    render(<Overview />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('crossover');
    const questions = screen.getByRole('region', { name: 'The two questions' });
    expect(within(questions).getAllByRole('listitem')).toHaveLength(2);
    const hess = screen.getByRole('article', { name: 'Hess et al. 2024' });
    const williams = screen.getByRole('article', { name: 'Williams et al. 2018' });
    expect(within(hess).getByText('68 people')).toBeInTheDocument();
    expect(within(williams).getByText('30 people')).toBeInTheDocument();
    expect(within(williams).getByText('14 people studied')).toBeInTheDocument();
  });

  it('gives every value on a card a provenance marker, and shows unknowns as not reported', () => {
    render(<Overview />);
    for (const name of ['Hess et al. 2024', 'Williams et al. 2018']) {
      const card = screen.getByRole('article', { name });
      const values = within(card).getAllByRole('definition');
      for (const value of values) {
        // A result not yet revealed shows where it is revealed instead of a value and marker.
        if (value.textContent?.includes('revealed in')) continue;
        expect(within(value).getByRole('button', { name: /source and tier/ })).toBeInTheDocument();
      }
      expect(within(card).getAllByText('not reported').length).toBeGreaterThan(0);
    }
  });

  it('gives away no blockade result before the reveal', () => {
    render(<Overview />);
    const williams = screen.getByRole('article', { name: 'Williams et al. 2018' });
    expect(williams.textContent).not.toMatch(/blocked|dissociative effect/i);
    expect(within(williams).getAllByText(/revealed in/).length).toBeGreaterThan(0);
  });

  it('keeps the Williams paper title, which states the result, until the reveal', () => {
    render(<Overview />);
    const williams = screen.getByRole('article', { name: 'Williams et al. 2018' });
    expect(williams.textContent).not.toMatch(/Attenuation|Antagonism/);
    expect(
      within(williams).getByText(/Paper title: revealed in Naltrexone blockade/),
    ).toBeVisible();
    act(() => useExplorerStore.getState().setRevealed(true));
    expect(within(williams).getByText(/Attenuation of Antidepressant Effects/)).toBeVisible();
  });

  it('explains all six tiers', () => {
    render(<Overview />);
    const guide = screen.getByRole('region', { name: 'How to read the markers' });
    expect(within(guide).getAllByRole('listitem')).toHaveLength(6);
  });
});
