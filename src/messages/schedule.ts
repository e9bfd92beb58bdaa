/** Words for the session schedule and one session in minutes (src/model/sessionSchedule.ts). */
import type {
  LabelledScheduleEvent,
  MinuteSegment,
  Schedule,
  ScheduleEvent,
} from '../model/sessionSchedule';
import { formatFactValue } from '../data/format';

function eventLabels(event: ScheduleEvent): { label: string; shortLabel: string } {
  switch (event.kind) {
    case 'session':
      return { label: `Session ${event.period}`, shortLabel: `S${event.period}` };
    case 'assessment-band':
      return event.detail === null
        ? { label: 'Ratings, days not reported', shortLabel: 'ratings' }
        : {
            label: `${event.detail} assessments, days not reported`,
            shortLabel: `${event.detail} assessments`,
          };
    case 'rating':
      return { label: `Ratings, day ${event.detail}`, shortLabel: `day ${event.detail}` };
  }
}

/** The schedule's events with their words. */
export function labelSchedule(schedule: Schedule): LabelledScheduleEvent[] {
  return schedule.events.map((event) => ({ ...event, ...eventLabels(event) }));
}

/** "Naltrexone 50 mg or placebo, 45 min before" / "Infusion over 40 min". */
export function minuteLabel(segment: MinuteSegment): string {
  if (segment.kind === 'pill') {
    const what = segment.what ? formatFactValue(segment.what) : 'Pretreatment';
    return `${what}, ${-segment.startMinute} min before`;
  }
  return `Infusion over ${segment.endMinute - segment.startMinute} min`;
}
