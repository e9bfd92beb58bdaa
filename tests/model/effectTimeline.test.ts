// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { daySummary, effectTimeline } from '../../src/model/effectTimeline';
import { TIMELINE_INPUT } from '../../src/data/modelInputs';

const timeline = effectTimeline(TIMELINE_INPUT);

describe('effectTimeline', () => {
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

describe('daySummary at the boundaries', () => {
  it('day 0: treatment day for both', () => {
    expect(daySummary(0, timeline).sentence).toBe(
      'Day 0 — people: infusion day (ketamine or placebo). Rats: injection day (ketamine or vehicle).',
    );
  });

  it('day 6: both effects still reported', () => {
    const s = daySummary(6, timeline);
    expect(s.human).toMatch(/^inside the first week/);
    expect(s.rat).toMatch(/^inside the six days/);
  });

  it('day 7: the human window holds, the rat one has ended', () => {
    const s = daySummary(7, timeline);
    expect(s.human).toMatch(/^inside the first week/);
    expect(s.rat).toBe('past day 6; no rat effect is reported');
  });

  it('day 8: neither is reported any more', () => {
    const s = daySummary(8, timeline);
    expect(s.human).toBe('past the one-week window; no difference is reported this late');
    expect(s.rat).toBe('past day 6; no rat effect is reported');
  });

  it('day 14: the second infusion of the crossover', () => {
    expect(daySummary(14, timeline).human).toBe(
      'second infusion, with the other condition (the crossover)',
    );
    expect(daySummary(15, timeline).human).toMatch(/^second period/);
  });
});
