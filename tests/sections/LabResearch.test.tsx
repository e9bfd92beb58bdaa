import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Lab from '../../src/sections/lab/Lab';
import { resetExplorerStore, useExplorerStore } from '../../src/store';
import { startUrlSync } from '../../src/store/urlSync';
import { labAnalytic, labPowerCurve } from '../../src/model/lab/labPower';
import { DEFAULT_LAB } from '../../src/model/lab/params';
import { DEFAULT_LAB_SETTINGS } from '../../src/model/lab/settings';

let stop: () => void = () => {};

function renderAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  stop = startUrlSync(window);
  return render(<Lab />);
}

beforeEach(() => resetExplorerStore());
afterEach(() => stop());

describe('The researcher’s design lab', () => {
  it('keeps the original figures for the original settings', () => {
    renderAt('?view=lab&sims=100');
    expect(screen.queryByRole('heading', { name: /Your design: power/ })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Many simulated trials' })).toBeInTheDocument();
  });

  it('offers the outcome and design settings, and the response probabilities only for binary', () => {
    renderAt('?view=lab&sims=100');
    const group = screen.getByRole('group', { name: 'Outcome and design' });
    expect(within(group).getByRole('radio', { name: 'Continuous (a score)' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: 'Three periods: ABB/BAA' })).not.toBeChecked();
    expect(within(group).queryByRole('slider', { name: /Response probability/ })).toBeNull();
    fireEvent.click(within(group).getByRole('radio', { name: 'Binary (response yes/no)' }));
    expect(useExplorerStore.getState().outcome).toBe('binary');
    expect(
      within(group).getByRole('slider', { name: /Response probability on active/ }),
    ).toBeInTheDocument();
  });

  it('draws the chosen design as a flow diagram, from the same figure code as the studies', () => {
    renderAt('?view=lab&sims=100&n=60');
    const figure = () => screen.getByRole('figure', { name: /Your design’s participant flow/ });
    expect(
      within(figure()).getByRole('button', { name: /^Sequence AB\. 30 people/ }),
    ).toBeInTheDocument();
    expect(within(figure()).queryByRole('button', { name: /^Period 3/ })).toBeNull();
    const group = screen.getByRole('group', { name: 'Outcome and design' });
    fireEvent.click(within(group).getByRole('radio', { name: 'Three periods: ABB/BAA' }));
    expect(
      within(figure()).getAllByRole('button', { name: /^Period 3: A \(active\)/ }),
    ).toHaveLength(1);
    expect(within(figure()).getAllByRole('button', { name: /^Washout\. 14 days/ })).toHaveLength(4);
    fireEvent.click(within(group).getByRole('radio', { name: 'Balaam: AB/BA/AA/BB' }));
    for (const sequence of ['AB', 'BA', 'AA', 'BB'])
      expect(
        within(figure()).getByRole('button', {
          name: new RegExp(`^Sequence ${sequence}\\. 15 people`),
        }),
      ).toBeInTheDocument();
    expect(
      screen.getByText(
        /^60 people randomised to 4 sequences \(AB 15, BA 15, AA 15, BB 15\), two periods/,
      ),
    ).toBeInTheDocument();
  });

  it('has one set of look settings: how many, where the first falls, and the spending', () => {
    renderAt('?view=lab&sims=100&n=60');
    const group = screen.getByRole('group', { name: 'Testing and interim looks' });
    const looks = within(group).getByRole('slider', { name: /Interim looks/ });
    // No look: no first-look slider and no spending choice.
    expect(within(group).queryByRole('slider', { name: /First interim look/ })).toBeNull();
    expect(within(group).queryByRole('radio', { name: 'Pocock-type' })).toBeNull();
    fireEvent.change(looks, { target: { value: '1' } });
    expect(useExplorerStore.getState().interimLooks).toBe(1);
    const first = within(group).getByRole('slider', { name: /First interim look/ });
    expect(first).toHaveAttribute('aria-valuetext', 'equal spacing');
    expect(within(group).getByText('looks after 30, 60 of 60 people')).toBeInTheDocument();
    expect(within(group).getByText(/gsDesign sfLDOF\/sfLDPocock/)).toBeInTheDocument();
    // The legend keeps its Greek α (not capitalised into a Latin-looking "Α").
    expect(
      within(group).getByRole('group', { name: 'α spending at the looks' }),
    ).toBeInTheDocument();
    fireEvent.click(within(group).getByRole('radio', { name: 'Pocock-type' }));
    expect(useExplorerStore.getState().spending).toBe('pocock');
    // One look stays with the original figures, which show it.
    expect(screen.getByText(/Interim analysis after 30 of 60 people/)).toBeInTheDocument();
    fireEvent.change(first, { target: { value: '0.25' } });
    expect(within(group).getByText('looks after 15, 60 of 60 people')).toBeInTheDocument();
    expect(window.location.search).toContain('interimLooks=1&firstLook=0.25&spending=pocock');
    // Two looks need the research figure; the later look sits halfway between the first and the end.
    fireEvent.change(looks, { target: { value: '2' } });
    expect(within(group).getByText('looks after 15, 38, 60 of 60 people')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Your design: power/ })).toBeInTheDocument();
    // Its t-tests at the looks: how the analytic values allow for them is said beside the boundaries.
    expect(
      screen.getByText(
        /fewer than 100 degrees of freedom at some look, the analytic values come from the joint distribution/,
      ),
    ).toBeInTheDocument();
  });

  it('runs a binary three-period trial with a look, with progress, and shows the numbers', async () => {
    renderAt(
      '?view=lab&outcome=binary&crossoverDesign=abb-baa&interimLooks=1&sims=200&n=60&seed=3',
    );
    expect(
      screen.getByRole('heading', { name: /Your design: power, type I error/ }),
    ).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: 'Simulated trials' });
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '200'), { timeout: 15_000 });
    expect(screen.getByText('200 of 200 trials — done')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    // The analysis is named and cited.
    expect(screen.getAllByText(/Jones & Kenward/).length).toBeGreaterThan(0);
    // Boundaries per look, the convention named.
    const bounds = screen.getByRole('table', { name: /Boundaries per look/ });
    expect(within(bounds).getAllByRole('row')).toHaveLength(3);
    expect(within(bounds).getByRole('cell', { name: '30' })).toBeInTheDocument();
    // The design structure.
    const design = screen.getByRole('table', { name: /sequences × periods/ });
    expect(within(design).getByRole('rowheader', { name: 'ABB' })).toBeInTheDocument();
    expect(within(design).getByRole('rowheader', { name: 'BAA' })).toBeInTheDocument();
    // The analytic numbers are the model's.
    const analytic = labAnalytic(
      {
        ...DEFAULT_LAB,
        ...DEFAULT_LAB_SETTINGS,
        outcome: 'binary',
        crossoverDesign: 'abb-baa',
        interimLooks: 1,
        sims: 200,
        n: 60,
        seed: 3,
      },
      0,
    );
    const powerText = `${(analytic.sequential.power * 100).toFixed(1)}%`;
    // The power curve to 1,000 people, with the model's sample sizes for 80% and 90%.
    const curveConfig = {
      ...DEFAULT_LAB,
      ...DEFAULT_LAB_SETTINGS,
      outcome: 'binary' as const,
      crossoverDesign: 'abb-baa' as const,
      interimLooks: 1,
      sims: 200,
      n: 60,
      seed: 3,
    };
    const curve = labPowerCurve(curveConfig, 0);
    expect(screen.getByRole('group', { name: 'Power against sample size' })).toBeInTheDocument();
    expect(
      screen.getByText(
        new RegExp(
          `^One analysis of everyone reaches 80% power with ${curve.n80} people and 90% with ${curve.n90};`,
        ),
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(`(analytic ${powerText})`)).toBeInTheDocument();
    // The live summary names power, type I error and expected sample size.
    expect(
      screen.getByText(
        /^200 of 200 trials: power .* type I error .* expected sample size .* under H1 and .* under H0, out of 60\.$/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Download the simulated trials (CSV)' }),
    ).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Download one trial’s people (CSV)' })).toBeEnabled();
  });

  it('can cancel a run', async () => {
    renderAt('?view=lab&outcome=binary&sims=100000&n=1000');
    const cancel = await screen.findByRole('button', { name: 'Cancel' });
    fireEvent.click(cancel);
    await waitFor(() => expect(screen.getByText(/— cancelled$/)).toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });
});
