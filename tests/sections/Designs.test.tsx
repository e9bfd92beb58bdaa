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

const flowFigure = (name: RegExp = /Participant flow/) => screen.getByRole('figure', { name });

describe('Designs view', () => {
  it('draws the Hess flow with both sequences unknown in size, never an invented split', () => {
    renderAt('?view=designs');
    const figure = flowFigure();
    const chart = within(figure).getByRole('group', { name: /Participant flow/ });
    const allocation = within(chart).getAllByRole('button', { name: /^Sequence (AB|BA)/ });
    expect(allocation).toHaveLength(2);
    for (const box of allocation) expect(box).toHaveAccessibleName(/Participants: not reported/);
    expect(
      within(chart).getByRole('button', { name: /Randomised to an order\. 68 people/ }),
    ).toBeInTheDocument();
    expect(figure.textContent).not.toMatch(/\b34\b/);
  });

  it('follows a sequence chosen by keyboard in the radio group, and updates the live summary and URL', async () => {
    const user = userEvent.setup();
    renderAt('?view=designs');
    const group = screen.getByRole('group', { name: 'Follow a sequence' });
    await user.click(within(group).getByRole('radio', { name: 'Both' }));
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(within(group).getByRole('radio', { name: 'BA: Placebo first' })).toBeChecked();
    expect(useExplorerStore.getState().sequence).toBe('BA');
    expect(window.location.search).toContain('sequence=BA');
    const figure = flowFigure();
    expect(
      within(figure).getByText(/^Sequence BA: placebo first, ketamine 2 weeks later\./),
    ).toBeInTheDocument();
    const followed = within(figure).getAllByRole('button', { pressed: true });
    expect(followed.map((b) => b.getAttribute('data-box-id'))).toEqual([
      'allocation-BA',
      'period1-BA',
      'washout-BA',
      'period2-BA',
    ]);
  });

  it('follows a sequence by activating one of its boxes with Enter, and unfollows on a second press', async () => {
    const user = userEvent.setup();
    renderAt('?view=designs');
    const box = within(flowFigure()).getByRole('button', { name: /^Period 1: Ketamine/ });
    box.focus();
    await user.keyboard('{Enter}');
    expect(useExplorerStore.getState().sequence).toBe('AB');
    expect(within(flowFigure()).getByText('Selected box:').parentElement).toHaveTextContent(
      'Selected box: Period 1: Ketamine',
    );
    await user.keyboard('{Enter}');
    expect(useExplorerStore.getState().sequence).toBe('none');
  });

  it('builds the diagram stage by stage with Next and Previous', async () => {
    const user = userEvent.setup();
    renderAt('?view=designs&step=1');
    const figure = flowFigure();
    expect(within(figure).getAllByRole('button', { name: /\. / })).toHaveLength(1);
    expect(within(figure).getByText('Stage 1 of 6: Enrolment')).toBeInTheDocument();
    expect(within(figure).getByRole('button', { name: '← Previous stage' })).toBeDisabled();
    const next = within(figure).getByRole('button', { name: 'Next stage →' });
    await user.click(next);
    await user.click(next);
    expect(useExplorerStore.getState().step).toBe(3);
    expect(window.location.search).toContain('step=3');
    expect(
      within(figure).getByText(/Showing stages 1–3 of 6, up to period 1\./),
    ).toBeInTheDocument();
    expect(within(figure).queryByRole('button', { name: /^Washout/ })).not.toBeInTheDocument();
    await user.click(within(figure).getByRole('button', { name: 'Show all' }));
    expect(within(figure).getByText('Stage 6 of 6: Analysis')).toBeInTheDocument();
  });

  it('shows Williams stopped at the interim analysis, with the registry figure as a footnote', () => {
    renderAt('?view=designs&study=williams-2018');
    const figure = flowFigure();
    expect(
      within(figure).getByRole('button', { name: /^Trial stopped early/ }),
    ).toBeInTheDocument();
    expect(
      within(figure).getByRole('button', { name: /Planned: 30 \([a-z ]+\); 14 people studied/ }),
    ).toBeInTheDocument();
    expect(
      within(figure).getByRole('button', {
        name: /Analysed: 12 \([a-z ]+\); Did not complete both: 2/,
      }),
    ).toBeInTheDocument();
    expect(
      within(figure).getByText('Actual enrolment in the registry record:'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('figure', { name: /Rat harm-aversion/ })).not.toBeInTheDocument();
  });

  it('arranged by treatment, labels columns by condition', async () => {
    const user = userEvent.setup();
    renderAt('?view=designs');
    await user.click(screen.getByRole('radio', { name: 'Treatment' }));
    expect(window.location.search).toContain('by=treatment');
    expect(
      within(flowFigure()).getByRole('button', { name: /^Placebo \(period 2\)/ }),
    ).toBeInTheDocument();
  });

  it('offers every chart as a table, including the schedule with its unknown days', async () => {
    const user = userEvent.setup();
    renderAt('?view=designs');
    const schedule = screen.getByRole('figure', { name: 'Sessions and ratings, in days' });
    await user.click(within(schedule).getByRole('button', { name: 'Show as table' }));
    const table = within(schedule).getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(5);
    expect(
      within(table)
        .getByRole('rowheader', { name: /Session 2/ })
        .closest('tr'),
    ).toHaveTextContent('14');
    expect(within(table).getAllByText('not reported')).toHaveLength(2);
  });

  it('explains glossary terms on demand', async () => {
    const user = userEvent.setup();
    renderAt('?view=designs');
    await user.click(screen.getByRole('button', { name: 'What is Washout?' }));
    expect(screen.getByRole('note')).toHaveTextContent('The gap between the two periods');
  });

  it('compares the two designs cell by cell, each with provenance', () => {
    renderAt('?view=designs');
    const table = screen.getByRole('table', { name: /design by design/ });
    const ended = within(table).getByRole('rowheader', { name: 'How it ended' }).closest('tr')!;
    // Williams' ending states the blockade result: hidden until the reader reveals it.
    expect(within(ended).getAllByRole('button', { name: /source and tier/ })).toHaveLength(1);
    expect(within(ended).getByText(/revealed in/)).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(11);
    expect(table.textContent).not.toMatch(/blocked (ketamine|the antidepressant)/i);
  });

  it('states no blockade result anywhere before the reveal, and all of it after', () => {
    renderAt('?view=designs&study=williams-2018');
    const main = document.body.textContent ?? '';
    expect(main).not.toMatch(/blocked the antidepressant|not its dissociative|none of the seven/i);
    expect(screen.getAllByText(/revealed in/).length).toBeGreaterThan(1);
    stop();
    document.body.innerHTML = '';
    renderAt('?view=designs&study=williams-2018&revealed=1');
    expect(document.body.textContent).toMatch(/blocked the antidepressant effect/);
    expect(screen.queryAllByText(/revealed in/)).toHaveLength(0);
  });
});
