import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Effects from '../../src/sections/effects/Effects';
import { resetExplorerStore, useExplorerStore } from '../../src/store';
import { startUrlSync } from '../../src/store/urlSync';
import { illustrativeLabel } from '../../src/charts/EffectTimeline';

let stop: () => void = () => {};

function mockReducedMotion(reduce: boolean) {
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({
      matches: reduce && query.includes('reduce'),
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    })),
  );
}

function renderAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  stop = startUrlSync(window);
  return render(<Effects />);
}

beforeEach(() => {
  resetExplorerStore();
  mockReducedMotion(false);
});
afterEach(() => {
  stop();
  vi.unstubAllGlobals();
});

describe('Effects view', () => {
  it('reads the day from the URL and says what is known for each species', () => {
    renderAt('?view=timeline&day=7');
    const figure = screen.getByRole('figure', { name: /When ketamine differed/ });
    expect(within(figure).getByRole('slider')).toHaveAttribute('aria-valuenow', '7');
    expect(
      within(figure).getByText(
        /^Day 7 — people: inside the first 7 days, when ketamine exceeded placebo/,
      ),
    ).toBeInTheDocument();
    expect(within(figure).getByText('past day 6; no effect is reported')).toBeInTheDocument();
  });

  it('moves the day by keyboard and writes it to the URL', async () => {
    const user = userEvent.setup();
    renderAt('?view=timeline&day=7');
    screen.getByRole('slider').focus();
    await user.keyboard('{ArrowRight}');
    expect(useExplorerStore.getState().day).toBe(8);
    expect(window.location.search).toContain('day=8');
    await user.keyboard('{PageUp}');
    expect(window.location.search).toContain('day=15');
  });

  it('the illustrative curve is off by default; turning it on shows it with its label and sliders', async () => {
    const user = userEvent.setup();
    const { container } = renderAt('?view=timeline');
    expect(container.querySelector('.illustrative__curve')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: /Show an illustrative effect curve/ }));
    expect(window.location.search).toContain('curve=1');
    const group = container.querySelector('.illustrative') as HTMLElement;
    expect(within(group).getByText(illustrativeLabel())).toBeInTheDocument();
    const half = screen.getByRole('slider', { name: /Half-life after the peak/ });
    expect(half).toHaveValue('3');
  });

  it('walks through the harm aversion task step by step', async () => {
    const user = userEvent.setup();
    renderAt('?view=timeline');
    const controls = screen.getByRole('group', { name: 'Walk through the task' });
    expect(screen.getByText(/Step 1 of 5\./)).toBeInTheDocument();
    await user.click(within(controls).getByRole('button', { name: 'Next' }));
    await user.click(within(controls).getByRole('button', { name: 'Next' }));
    expect(screen.getByText(/Step 3 of 5\./).parentElement).toHaveTextContent(
      'mild shock to the cage mate',
    );
    expect(window.location.search).toContain('hat=3');
    expect(within(controls).getByRole('button', { name: 'Play' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('under reduced motion shows the whole task as still panels, with no play button', () => {
    mockReducedMotion(true);
    renderAt('?view=timeline');
    const strip = screen.getByRole('list', { name: 'Harm aversion task, step by step' });
    expect(within(strip).getAllByRole('listitem')).toHaveLength(5);
    expect(screen.queryByRole('button', { name: 'Play' })).not.toBeInTheDocument();
  });

  it('shows the four social items, each fact with provenance', () => {
    renderAt('?view=timeline');
    const people = screen.getByRole('article', { name: /People: four questions/ });
    expect(
      within(people).getByText('Receiving praise', { selector: '.domain-card__text' }),
    ).toBeInTheDocument();
    expect(
      within(people).getByRole('button', {
        name: /derived — source and tier of “Matching standard SHAPS items”/,
      }),
    ).toBeInTheDocument();
  });
});
