/**
 * The cross-species timeline: what is known, day by day after treatment (day 0), for people
 * (Hess et al. 2024, one week) and rats (six days). Pure: facts in, tracks and sentences out.
 * Nothing here claims a magnitude: windows say only when ketamine differed from control.
 */
import type { FactData } from '../data/schema';
import { toDays } from './sessionSchedule';

export interface TimelineInput {
  human: {
    window: FactData;
    assessments: FactData;
    assessmentDays: FactData;
    secondInfusion: FactData;
    result: FactData;
  };
  rat: {
    window: FactData;
    result: FactData;
    shocks: FactData;
  };
}

export interface TimelineTrack {
  id: 'human' | 'rat';
  label: string;
  windowEnd: number;
  windowFact: FactData;
  /** Human track: the assessment band (days not reported). */
  assessmentBand?: { start: number; end: number; fact: FactData; countFact: FactData };
  /** Human track: the second infusion, drawn faintly. */
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
  const ratEnd = days(input.rat.window);
  const second = days(input.human.secondInfusion);
  return {
    maxDay: Math.max(TIMELINE_MAX_DAY, second + 1),
    tracks: [
      {
        id: 'human',
        label: 'People (Hess et al. 2024)',
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
        id: 'rat',
        label: 'Rats (Hess et al. 2024)',
        windowEnd: ratEnd,
        windowFact: input.rat.result,
        notes: [input.rat.window, input.rat.shocks],
      },
    ],
  };
}

export interface DaySummary {
  human: string;
  rat: string;
  /** One sentence for the live region. */
  sentence: string;
}

/** What is known on a given day for each species. */
export function daySummary(day: number, timeline: Timeline): DaySummary {
  const [human, rat] = timeline.tracks;
  const d = Math.round(day);
  const second = human.secondInfusion?.day ?? Infinity;

  let humanText: string;
  if (d <= 0) humanText = 'infusion day (ketamine or placebo)';
  else if (d <= human.windowEnd) {
    humanText = `inside the first week, when ketamine exceeded placebo on all four social items (assessment days not reported)`;
  } else if (d < second) {
    humanText = `past the one-week window; no difference is reported this late`;
  } else if (d === second) {
    humanText = `second infusion, with the other condition (the crossover)`;
  } else {
    humanText = `second period; no separate day-by-day result is reported`;
  }

  let ratText: string;
  if (d <= 0) ratText = 'injection day (ketamine or vehicle)';
  else if (d <= rat.windowEnd) {
    ratText = `inside the six days when ketamine rats pressed further below baseline than vehicle rats`;
  } else {
    ratText = `past day ${rat.windowEnd}; no rat effect is reported`;
  }

  return {
    human: humanText,
    rat: ratText,
    sentence: `Day ${d} — people: ${humanText}. Rats: ${ratText}.`,
  };
}
