import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { useRovingMarks } from '../../src/charts/primitives/useRovingMarks';
import { ResponderChart } from '../../src/charts/ResponderChart';
import { EvidenceTimeline } from '../../src/charts/EvidenceTimeline';
import { EVIDENCE } from '../../src/data/studies';

/** What ChartFigure does for every chart: the chart's marks walked with the keys. */
function Walkable({ children }: { children: ReactNode }) {
  const ref = useRovingMarks();
  return (
    <>
      <button type="button">Before</button>
      <div ref={ref}>{children}</div>
      <button type="button">After</button>
    </>
  );
}

function renderResponders() {
  render(
    <Walkable>
      <ResponderChart
        n={3}
        rows={[
          { label: 'Placebo + ketamine', responders: 2, tier: 'paper' },
          { label: 'Naltrexone + ketamine', responders: 0, known: 2, tier: 'paper' },
        ]}
        width={400}
        fontSize={14}
        titleId="t"
        descriptionId="d"
      />
    </Walkable>,
  );
}

describe('useRovingMarks: charts you can walk', () => {
  it('makes the marks one tab stop, and the arrow keys move from mark to mark naming each', async () => {
    const user = userEvent.setup();
    renderResponders();
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    expect(document.activeElement).toBe(
      screen.getByRole('img', { name: 'Person 1 of 3, Placebo + ketamine: responded (paper)' }),
    );
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName(
      'Person 2 of 3, Placebo + ketamine: responded (paper)',
    );
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName(
      'Person 3 of 3, Placebo + ketamine: did not respond (paper)',
    );
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName(
      'Person 1 of 3, Naltrexone + ketamine: did not respond (paper)',
    );
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAccessibleName(
      'Person 3 of 3, Naltrexone + ketamine: not described',
    );
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName(
      'Person 3 of 3, Naltrexone + ketamine: not described',
    );
    await user.keyboard('{ArrowLeft}{ArrowUp}');
    expect(document.activeElement).toHaveAccessibleName(
      'Person 1 of 3, Naltrexone + ketamine: did not respond (paper)',
    );
    await user.keyboard('{Home}');
    expect(document.activeElement).toHaveAccessibleName(
      'Person 1 of 3, Placebo + ketamine: responded (paper)',
    );
    // One tab stop: Tab leaves the chart, Shift+Tab comes back to the mark last visited.
    await user.keyboard('{ArrowRight}');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'After' }));
    await user.tab({ shift: true });
    expect(document.activeElement).toHaveAccessibleName(
      'Person 2 of 3, Placebo + ketamine: responded (paper)',
    );
    const marks = screen.getAllByRole('img', { name: /^Person/ });
    expect(marks.filter((mark) => mark.getAttribute('tabindex') === '0')).toHaveLength(1);
  });

  it('Escape leaves the chart for the next control', async () => {
    const user = userEvent.setup();
    renderResponders();
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    await user.keyboard('{ArrowRight}{Escape}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'After' }));
  });

  it('walks marks that are buttons too (the evidence timeline), in year order, with their tier', async () => {
    const user = userEvent.setup();
    render(
      <Walkable>
        <EvidenceTimeline
          entries={EVIDENCE}
          activeId={null}
          onActivate={() => {}}
          width={900}
          fontSize={14}
          titleId="t"
          descriptionId="d"
        />
      </Walkable>,
    );
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    const first = document.activeElement!;
    expect(first).toHaveAccessibleName(/^2018 .*\((paper|registry|secondary)\)$/);
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAccessibleName(/^2025 /);
    expect(document.activeElement).not.toBe(first);
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(first);
  });
});
