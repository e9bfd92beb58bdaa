/**
 * The session schedule of a two-period crossover, in days since the first session (day 0), plus
 * the minute-by-minute timing of one session.
 *
 * Pure. Known days are placed exactly; an interval reported only roughly ("about one month") is
 * converted with 1 month = 30 days and every event that depends on it is marked approximate. When
 * assessment days are not reported, the schedule holds a band over the window, never guessed ticks.
 */
import type { FactData } from '../data/schema';

const DAYS_PER_UNIT: Record<string, number> = {
  day: 1,
  days: 1,
  week: 7,
  weeks: 7,
  month: 30,
  months: 30,
};

/** A duration fact in days, or null if unknown or not a duration. */
export function toDays(fact: FactData): { days: number; approximate: boolean } | null {
  if (typeof fact.value !== 'number' || !fact.unit) return null;
  const unit = fact.unit.trim().split(/\s+/)[0]!.toLowerCase();
  const factor = DAYS_PER_UNIT[unit];
  if (factor === undefined) return null;
  return {
    days: fact.value * factor,
    // Months vary in length, so a month-based interval is approximate even if stated exactly.
    approximate: Boolean(fact.approximate) || factor === 30,
  };
}

export type AssessmentPlan =
  | { kind: 'band'; windowDays: number; count: FactData | null; window: FactData; days: FactData }
  | { kind: 'days'; days: number[]; fact: FactData };

export interface ScheduleInput {
  interval: FactData;
  infusion: FactData;
  infusionMinutes: FactData;
  assessments: AssessmentPlan;
  pretreatment?: { what: FactData; leadMinutes: FactData };
}

export type ScheduleEventKind = 'session' | 'assessment-band' | 'rating';

export interface ScheduleEvent {
  id: string;
  kind: ScheduleEventKind;
  period: 1 | 2;
  startDay: number;
  /** End of a band (assessment window). */
  endDay?: number;
  /** True when the day depends on an approximate interval. */
  approximate: boolean;
  /** Ratings: the day after the session; assessment bands: how many assessments (or null). */
  detail: number | null;
  fact: FactData;
}

/** An event with its words (src/messages adds them), as the schedule chart draws it. */
export interface LabelledScheduleEvent extends ScheduleEvent {
  label: string;
  /** A shorter label for narrow charts. */
  shortLabel: string;
}

export interface Schedule {
  events: ScheduleEvent[];
  secondSessionDay: number;
  intervalApproximate: boolean;
  /** The last day the axis should show. */
  horizonDays: number;
}

/** Build the day-level schedule; throws if the interval is not a known duration. */
export function sessionSchedule(input: ScheduleInput): Schedule {
  const interval = toDays(input.interval);
  if (!interval)
    throw new Error(`"${input.interval.label}" is not a duration in days, weeks or months`);
  const events: ScheduleEvent[] = [];
  let lastDay = interval.days;
  for (const period of [1, 2] as const) {
    const start = period === 1 ? 0 : interval.days;
    const approximate = period === 2 && interval.approximate;
    events.push({
      id: `session-${period}`,
      kind: 'session',
      period,
      startDay: start,
      approximate,
      detail: null,
      fact: period === 1 ? input.infusion : input.interval,
    });
    if (input.assessments.kind === 'band') {
      const { windowDays } = input.assessments;
      const count = input.assessments.count;
      events.push({
        id: `assessments-${period}`,
        kind: 'assessment-band',
        period,
        startDay: start,
        endDay: start + windowDays,
        approximate,
        detail: count && typeof count.value === 'number' ? count.value : null,
        fact: input.assessments.days,
      });
      lastDay = Math.max(lastDay, start + windowDays);
    } else {
      for (const day of input.assessments.days) {
        events.push({
          id: `rating-${period}-${day}`,
          kind: 'rating',
          period,
          startDay: start + day,
          approximate,
          detail: day,
          fact: input.assessments.fact,
        });
        lastDay = Math.max(lastDay, start + day);
      }
    }
  }
  return {
    events,
    secondSessionDay: interval.days,
    intervalApproximate: interval.approximate,
    horizonDays: lastDay,
  };
}

export interface MinuteSegment {
  id: string;
  kind: 'pill' | 'infusion';
  startMinute: number;
  endMinute: number;
  fact: FactData;
  /** The pretreatment's own fact (what is given), for the pill. */
  what?: FactData;
}

/** One session in minutes relative to the start of the ketamine infusion (minute 0). */
export function sessionMinutes(input: ScheduleInput): MinuteSegment[] {
  const segments: MinuteSegment[] = [];
  if (input.pretreatment && typeof input.pretreatment.leadMinutes.value === 'number') {
    const lead = input.pretreatment.leadMinutes.value;
    segments.push({
      id: 'pill',
      kind: 'pill',
      startMinute: -lead,
      endMinute: -lead,
      fact: input.pretreatment.leadMinutes,
      what: input.pretreatment.what,
    });
  }
  const duration =
    typeof input.infusionMinutes.value === 'number' ? input.infusionMinutes.value : 0;
  segments.push({
    id: 'infusion',
    kind: 'infusion',
    startMinute: 0,
    endMinute: duration,
    fact: input.infusionMinutes,
  });
  return segments;
}
