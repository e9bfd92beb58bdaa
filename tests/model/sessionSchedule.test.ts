// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sessionMinutes, sessionSchedule, toDays } from '../../src/model/sessionSchedule';
import { scheduleInput } from '../../src/data/studyInputs';
import { builtInStudy } from '../../src/data/studies';
import { labelSchedule } from '../../src/messages/schedule';

const SCHEDULE_INPUTS = {
  'hess-2024': scheduleInput(builtInStudy('hess-2024')),
  'williams-2018': scheduleInput(builtInStudy('williams-2018')),
};
import type { FactData } from '../../src/data/schema';

const duration = (value: number, unit: string, approximate = false): FactData => ({
  label: 'x',
  value,
  unit,
  approximate,
  sourceId: 's',
  tier: 'paper',
});

describe('toDays', () => {
  it('converts days, weeks and months; months are approximate', () => {
    expect(toDays(duration(2, 'weeks'))).toEqual({ days: 14, approximate: false });
    expect(toDays(duration(6, 'days'))).toEqual({ days: 6, approximate: false });
    expect(toDays(duration(1, 'month', true))).toEqual({ days: 30, approximate: true });
    expect(toDays(duration(1, 'furlong'))).toBeNull();
    expect(toDays({ label: 'x', value: null, sourceId: 's', tier: 'not-reported' })).toBeNull();
  });
});

describe('sessionSchedule', () => {
  it('Hess: sessions on day 0 and day 14, each followed by a one-week band with days not reported', () => {
    const schedule = sessionSchedule(SCHEDULE_INPUTS['hess-2024']);
    expect(schedule.secondSessionDay).toBe(14);
    expect(schedule.intervalApproximate).toBe(false);
    const bands = schedule.events.filter((e) => e.kind === 'assessment-band');
    expect(bands.map((b) => [b.startDay, b.endDay])).toEqual([
      [0, 7],
      [14, 21],
    ]);
    expect(bands[0]!.fact.tier).toBe('not-reported');
    expect(labelSchedule(schedule).find((e) => e.kind === 'assessment-band')!.label).toBe(
      '5 assessments, days not reported',
    );
    expect(schedule.events.some((e) => e.kind === 'rating')).toBe(false);
    expect(schedule.horizonDays).toBe(21);
  });

  it('Williams: ratings on days 1 and 3 after each session; the second session is about day 30 and marked approximate', () => {
    const schedule = sessionSchedule(SCHEDULE_INPUTS['williams-2018']);
    const ratings = schedule.events.filter((e) => e.kind === 'rating');
    expect(ratings.map((r) => [r.startDay, r.approximate])).toEqual([
      [1, false],
      [3, false],
      [31, true],
      [33, true],
    ]);
    expect(schedule.events.find((e) => e.id === 'session-2')).toMatchObject({
      startDay: 30,
      approximate: true,
    });
  });

  it('one Williams session in minutes: the pill 45 min before a 40-minute infusion', () => {
    expect(
      sessionMinutes(SCHEDULE_INPUTS['williams-2018']).map((s) => [
        s.kind,
        s.startMinute,
        s.endMinute,
      ]),
    ).toEqual([
      ['pill', -45, -45],
      ['infusion', 0, 40],
    ]);
    expect(sessionMinutes(SCHEDULE_INPUTS['hess-2024']).map((s) => s.kind)).toEqual(['infusion']);
  });
});
