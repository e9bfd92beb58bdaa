import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EffectTimeline, illustrativeLabel } from '../../src/charts/EffectTimeline';
import { effectTimeline } from '../../src/model/effectTimeline';
import { effectCurvePoints } from '../../src/model/effectCurve';
import { TIMELINE_INPUT } from '../../src/sections/effects/chapter';

const timeline = effectTimeline(TIMELINE_INPUT);
const props = {
  timeline,
  dayText: 'Day 3',
  width: 800,
  fontSize: 14,
  labels: {
    humanTrack: 'People',
    companionTrack: 'Rats',
    humanWindowLength: '7 days',
    companionWindowLength: '6 days',
    humanWindow: 'h',
    ratWindow: 'r',
    assessments: 'a',
    secondInfusion: 's',
    shocks: 'x',
  },
  tierTags: {
    humanWindow: 'paper',
    ratWindow: 'paper',
    assessments: '',
    secondInfusion: 'secondary',
    shocks: 'paper',
  },
  titleId: 't',
  descriptionId: 'd',
};

describe('<EffectTimeline>', () => {
  it('is a slider for the day: arrows ±1, PageUp/PageDown ±7, Home/End to the ends, clamped', async () => {
    const user = userEvent.setup();
    const onDayChange = vi.fn();
    const { rerender } = render(<EffectTimeline {...props} day={3} onDayChange={onDayChange} />);
    const slider = screen.getByRole('slider', { name: 'Day since treatment' });
    expect(slider).toHaveAttribute('aria-valuenow', '3');
    expect(slider).toHaveAttribute('aria-valuemax', '21');
    expect(slider).toHaveAttribute('aria-valuetext', 'Day 3');
    slider.focus();
    await user.keyboard('{ArrowRight}');
    await user.keyboard('{ArrowLeft}');
    await user.keyboard('{PageUp}');
    await user.keyboard('{PageDown}');
    await user.keyboard('{Home}');
    await user.keyboard('{End}');
    expect(onDayChange.mock.calls.map((call) => call[0])).toEqual([4, 2, 10, 0, 0, 21]);
    onDayChange.mockClear();
    rerender(<EffectTimeline {...props} day={21} onDayChange={onDayChange} />);
    await user.keyboard('{PageUp}');
    expect(onDayChange).toHaveBeenLastCalledWith(21);
  });

  it('never draws the illustrative curve without its label, and draws no numeric axis for it', () => {
    const curve = effectCurvePoints({ riseDays: 1, peak: 1, halfLifeDays: 3 }, 0, 21);
    const { container, rerender } = render(
      <EffectTimeline {...props} day={3} onDayChange={() => {}} curve={curve} />,
    );
    const group = container.querySelector('.illustrative')!;
    expect(group).not.toBeNull();
    expect(within(group as HTMLElement).getByText(illustrativeLabel())).toBeInTheDocument();
    expect(group.querySelector('path.illustrative__curve')!.getAttribute('d')).toMatch(/^M/);
    expect(within(group as HTMLElement).queryByText(/^\d/)).toBeNull();
    rerender(<EffectTimeline {...props} day={3} onDayChange={() => {}} />);
    expect(container.querySelector('.illustrative__curve')).toBeNull();
    expect(screen.queryByText(illustrativeLabel())).toBeNull();
  });

  it('draws the windows to their reported days and the second infusion at day 14', () => {
    const { container } = render(<EffectTimeline {...props} day={0} onDayChange={() => {}} />);
    expect(screen.getByText('7 days · paper')).toBeInTheDocument();
    expect(screen.getByText('6 days · paper')).toBeInTheDocument();
    expect(screen.getByText('s · secondary')).toBeInTheDocument();
    expect(container.querySelector('.timeline-assessments__label')!.textContent).toBe('a');
  });

  it('moves only the cursor on a day step: one translated group, the marks left as they were', () => {
    const { container, rerender } = render(
      <EffectTimeline {...props} day={0} onDayChange={() => {}} />,
    );
    const layer = container.querySelector('.day-cursor-layer')!;
    const x0 = Number(/translate\(([\d.]+)/.exec(layer.getAttribute('transform')!)![1]);
    const band = container.querySelector('.timeline-window__rect')!;
    const bandAttributes = band.outerHTML;
    // Fresh label objects with the same words, as a re-rendering parent passes them.
    rerender(
      <EffectTimeline
        {...props}
        labels={{ ...props.labels }}
        tierTags={{ ...props.tierTags }}
        day={7}
        onDayChange={() => {}}
      />,
    );
    const x7 = Number(/translate\(([\d.]+)/.exec(layer.getAttribute('transform')!)![1]);
    // Day 0 sits at the left margin, and 7 of 21 days is a third of the axis further right.
    expect(x7).toBeGreaterThan(x0);
    expect(x7 - x0).toBeCloseTo((800 - 14 * 0.8 - 14 * 1.6) / 3, 5);
    expect(container.querySelector('.timeline-window__rect')).toBe(band);
    expect(band.outerHTML).toBe(bandAttributes);
    expect(screen.getByRole('slider')).toHaveAttribute('aria-valuenow', '7');
    expect(layer.querySelector('.day-cursor__text')!.textContent).toBe('7');
  });
});
