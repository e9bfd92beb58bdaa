// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dayStatus, effectTimeline } from '../../src/model/effectTimeline';
import { TIMELINE_INPUT } from '../../src/sections/effects/chapter';
import { daySentences } from '../../src/messages/timeline';

const timeline = effectTimeline(TIMELINE_INPUT);
const summary = (day: number) => daySentences(dayStatus(day, timeline));

describe('effectTimeline (Hess et al. 2024 and its rats)', () => {
  it('puts the human window at 7 days, the rat window at 6, the second infusion at 14', () => {
    const [human, rat] = timeline.tracks;
    expect(human.windowEnd).toBe(7);
    expect(rat.windowEnd).toBe(6);
    expect(human.secondInfusion!.day).toBe(14);
    expect(human.assessmentBand).toMatchObject({ start: 0, end: 7 });
    expect(human.assessmentBand!.fact.tier).toBe('not-reported');
    expect(timeline.maxDay).toBe(21);
  });
});

describe('dayStatus(day, timeline) at the boundaries, and its words', () => {
  it('day 0: treatment day for both', () => {
    expect(dayStatus(0, timeline)).toMatchObject({ human: 'treatment', companion: 'treatment' });
    expect(summary(0).sentence).toBe(
      'Day 0 — people: infusion day (ketamine or placebo). Rats: injection day (ketamine or vehicle).',
    );
  });

  it('day 6: both effects still reported', () => {
    expect(dayStatus(6, timeline)).toMatchObject({ human: 'inside', companion: 'inside' });
    expect(summary(6).human).toMatch(/^inside the first 7 days/);
    expect(summary(6).companion).toMatch(/^inside the 6 days/);
  });

  it('day 7: the human window holds, the rat one has ended', () => {
    expect(dayStatus(7, timeline)).toMatchObject({ human: 'inside', companion: 'after' });
    expect(summary(7).companion).toBe('past day 6; no effect is reported');
  });

  it('day 8: neither is reported any more', () => {
    expect(dayStatus(8, timeline)).toMatchObject({ human: 'after', companion: 'after' });
    expect(summary(8).human).toBe('past the 7-day window; no difference is reported this late');
  });

  it('day 14: the second session of the crossover; day 15: the second period', () => {
    expect(dayStatus(14, timeline).human).toBe('second-session');
    expect(dayStatus(15, timeline).human).toBe('second-period');
    expect(summary(14).human).toBe('second session, with the other condition (the crossover)');
  });
});
