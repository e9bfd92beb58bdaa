/**
 * The cross-species timeline: what is known, day by day after treatment (day 0), for the people
 * of a crossover study (its effect window, its ratings and its second session) and for a companion
 * group experiment (e.g. rats). Pure: facts in, tracks and per-day statuses out — no words (see
 * src/messages). Nothing here claims a magnitude: windows say only when the treatment differed
 * from control.
 */
import type { FactData } from '../data/schema';
import { toDays } from './sessionSchedule';

export interface TimelineInput {
  human: {
    window: FactData;
    /** Number of ratings in the window (when their days are not reported). */
    assessments: FactData | null;
    assessmentDays: FactData;
    secondInfusion: FactData;
    result: FactData;
  };
  companion: {
    window: FactData;
    result: FactData;
    notes: FactData[];
  };
}

export interface TimelineTrack {
  id: 'human' | 'companion';
  windowEnd: number;
  windowFact: FactData;
  /** Human track: the assessment band (days not reported). */
  assessmentBand?: { start: number; end: number; fact: FactData; countFact: FactData | null };
  /** Human track: the second session, drawn faintly. */
  secondInfusion?: { day: number; fact: FactData };
  notes: FactData[];
}

export interface Timeline {
  tracks: [TimelineTrack, TimelineTrack];
  maxDay: number;
}

export const TIMELINE_MAX_DAY = 21;

function days(fact: FactData): number {
  const converted = toDays(fact);
  if (!converted) throw new Error(`"${fact.label}" is not a duration`);
  return converted.days;
}

export function effectTimeline(input: TimelineInput): Timeline {
  const humanEnd = days(input.human.window);
  const companionEnd = days(input.companion.window);
  const second = days(input.human.secondInfusion);
  return {
    maxDay: Math.max(TIMELINE_MAX_DAY, second + 1),
    tracks: [
      {
        id: 'human',
        windowEnd: humanEnd,
        windowFact: input.human.result,
        assessmentBand: {
          start: 0,
          end: humanEnd,
          fact: input.human.assessmentDays,
          countFact: input.human.assessments,
        },
        secondInfusion: { day: second, fact: input.human.secondInfusion },
        notes: [input.human.window],
      },
      {
        id: 'companion',
        windowEnd: companionEnd,
        windowFact: input.companion.result,
        notes: [input.companion.window, ...input.companion.notes],
      },
    ],
  };
}

/** Where a day falls for the people of the crossover. */
export type HumanDayStatus = 'treatment' | 'inside' | 'after' | 'second-session' | 'second-period';
/** Where a day falls for the companion experiment. */
export type CompanionDayStatus = 'treatment' | 'inside' | 'after';

export interface DayStatus {
  day: number;
  human: HumanDayStatus;
  companion: CompanionDayStatus;
  humanWindowEnd: number;
  companionWindowEnd: number;
}

/** What is known on a given day for each track (rounded to a whole day). */
export function dayStatus(day: number, timeline: Timeline): DayStatus {
  const [human, companion] = timeline.tracks;
  const d = Math.round(day);
  const second = human.secondInfusion?.day ?? Infinity;
  const humanStatus: HumanDayStatus =
    d <= 0
      ? 'treatment'
      : d <= human.windowEnd
        ? 'inside'
        : d < second
          ? 'after'
          : d === second
            ? 'second-session'
            : 'second-period';
  const companionStatus: CompanionDayStatus =
    d <= 0 ? 'treatment' : d <= companion.windowEnd ? 'inside' : 'after';
  return {
    day: d,
    human: humanStatus,
    companion: companionStatus,
    humanWindowEnd: human.windowEnd,
    companionWindowEnd: companion.windowEnd,
  };
}
