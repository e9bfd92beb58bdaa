/** Words for the session schedule and one session in minutes (src/model/sessionSchedule.ts). */
import type {
  LabelledScheduleEvent,
  MinuteSegment,
  Schedule,
  ScheduleEvent,
} from '../model/sessionSchedule';
import { formatFactValue } from '../data/format';
import { t } from './i18n';

function eventLabels(event: ScheduleEvent): { label: string; shortLabel: string } {
  switch (event.kind) {
    case 'session':
      return {
        label: t('designs.schedule.session', { period: event.period }),
        shortLabel: t('designs.schedule.sessionShort', { period: event.period }),
      };
    case 'assessment-band':
      return event.detail === null
        ? {
            label: t('designs.schedule.ratingsUnreported'),
            shortLabel: t('designs.schedule.ratingsShort'),
          }
        : {
            label: t('designs.schedule.assessmentsUnreported', { count: event.detail ?? '' }),
            shortLabel: t('designs.schedule.assessmentsShort', { count: event.detail ?? '' }),
          };
    case 'rating':
      return {
        label: t('designs.schedule.ratingDay', { day: event.detail ?? '' }),
        shortLabel: t('designs.schedule.dayShort', { day: event.detail ?? '' }),
      };
  }
}

/** The schedule's events with their words. */
export function labelSchedule(schedule: Schedule): LabelledScheduleEvent[] {
  return schedule.events.map((event) => ({ ...event, ...eventLabels(event) }));
}

/** "Naltrexone 50 mg or placebo, 45 min before" / "Infusion over 40 min". */
export function minuteLabel(segment: MinuteSegment): string {
  if (segment.kind === 'pill') {
    const what = segment.what ? formatFactValue(segment.what) : t('designs.minutes.pretreatment');
    return t('designs.minutes.before', { what, minutes: -segment.startMinute });
  }
  return t('designs.minutes.infusion', { minutes: segment.endMinute - segment.startMinute });
}
