import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SimulationProgress, progressAnnouncement } from '../../src/components/SimulationProgress';

describe('<SimulationProgress>', () => {
  it('is a progress bar named for what it counts, with the trials done as its value', async () => {
    const onCancel = vi.fn();
    const { rerender } = render(
      <SimulationProgress
        label="Simulated trials"
        trialsDone={2500}
        total={10000}
        isDone={false}
        isCancelled={false}
        onCancel={onCancel}
      />,
    );
    const bar = screen.getByRole('progressbar', { name: 'Simulated trials' });
    expect(bar).toHaveAttribute('aria-valuenow', '2500');
    expect(bar).toHaveAttribute('aria-valuemax', '10000');
    expect(bar).toHaveAttribute('aria-valuetext', '2,500 of 10,000 trials');
    expect(screen.getByRole('status')).toHaveTextContent('25% of 10,000 trials simulated…');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();

    rerender(
      <SimulationProgress
        label="Simulated trials"
        trialsDone={10000}
        total={10000}
        isDone
        isCancelled={false}
        onCancel={onCancel}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Done: 10,000 trials simulated.');
    expect(screen.getByText('10,000 of 10,000 trials — done')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });

  it('speaks at milestones, not on every chunk: at most six different sentences a run', () => {
    const said = new Set<string>();
    for (let done = 0; done <= 10000; done += 500) {
      said.add(progressAnnouncement(done, 10000, false, false));
    }
    said.add(progressAnnouncement(10000, 10000, true, false));
    expect([...said]).toEqual([
      'Simulating 10,000 trials…',
      '25% of 10,000 trials simulated…',
      '50% of 10,000 trials simulated…',
      '75% of 10,000 trials simulated…',
      'Done: 10,000 trials simulated.',
    ]);
    expect(progressAnnouncement(3000, 10000, false, true)).toBe(
      'Cancelled after 3,000 of 10,000 trials.',
    );
  });
});
