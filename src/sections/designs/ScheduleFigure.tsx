/**
 * A study's session schedule in days (sessions, and the rating days or the window they fell in)
 * and one session in minutes (pretreatment, infusion).
 */
import { useMemo } from 'react';
import type { FactData, StudyData } from '../../data/schema';
import { FIELDS, type FlowMode } from '../../document/fields';
import { armLabels as armLabelsOf, scheduleInput } from '../../data/studyInputs';
import { armsOf, type SequenceId } from '../../model/crossoverFlow';
import { sessionMinutes, sessionSchedule } from '../../model/sessionSchedule';
import { labelSchedule, minuteLabel } from '../../messages/schedule';
import { sequenceSentence } from '../../messages/flow';
import { formatFactValue } from '../../data/format';
import { useChartDimensions } from '../../hooks/useChartDimensions';
import { ScheduleChart, type SessionLabel } from '../../charts/ScheduleChart';
import { SessionMinutesChart } from '../../charts/SessionMinutesChart';
import { ChartFigure, figureDescriptionId, figureTitleId } from '../../components/ChartFigure';
import { Fact } from '../../components/Fact';
import { TableScroll } from '../../components/TableScroll';

interface ScheduleFigureProps {
  study: StudyData;
  followed: SequenceId | null;
  mode: FlowMode;
}

export function ScheduleFigure({ study, followed, mode }: ScheduleFigureProps) {
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  const input = useMemo(() => scheduleInput(study), [study]);
  const schedule = useMemo(() => {
    const days = sessionSchedule(input);
    return { ...days, events: labelSchedule(days) };
  }, [input]);
  const armLabels = armLabelsOf(study);
  const id = `schedule-${study.id}`;

  const labels = ([1, 2] as const).map((period): SessionLabel => {
    if (!followed) {
      return {
        title:
          mode === 'period'
            ? `Period ${period}: ${armLabels.A} or ${armLabels.B}`
            : `${armLabels.A} or ${armLabels.B}`,
        followed: false,
      };
    }
    const arm = armsOf(followed)[period - 1]!;
    return {
      title:
        mode === 'period'
          ? `Period ${period}: ${armLabels[arm]}`
          : `${armLabels[arm]} (period ${period})`,
      followed: true,
    };
  }) as [SessionLabel, SessionLabel];

  const { assessments } = input;
  const ratingsSentence =
    assessments.kind === 'band'
      ? `After each session, ${assessments.count ? `${formatFactValue(assessments.count)} ` : 'ratings '}within ${formatFactValue(assessments.window)}; their days are not reported.`
      : `Ratings on days ${assessments.days.join(' and ')} after each session.`;
  const summary = `${sequenceSentence({ armLabels, interval: input.interval, sequence: followed, step: FIELDS.step.max })} ${ratingsSentence}`;
  const facts: FactData[] = [
    input.infusion,
    input.infusionMinutes,
    input.interval,
    ...(input.pretreatment ? [input.pretreatment.what, input.pretreatment.leadMinutes] : []),
    ...(assessments.kind === 'band'
      ? [...(assessments.count ? [assessments.count] : []), assessments.days]
      : [assessments.fact]),
  ];

  return (
    <ChartFigure
      id={id}
      figureId="schedule"
      title="Sessions and ratings, in days"
      description={
        schedule.intervalApproximate
          ? 'Diamonds mark the two sessions; the second is drawn dashed because the gap is reported only approximately. Dots mark rating days.'
          : assessments.kind === 'band'
            ? 'Diamonds mark the two sessions. The shaded bands are the windows of ratings: their exact days were not reported, so no day is marked.'
            : 'Diamonds mark the two sessions; dots mark rating days.'
      }
      summary={summary}
      facts={facts}
      table={<ScheduleTable events={schedule.events} />}
    >
      <div ref={containerRef} className="chart-figure__canvas">
        <ScheduleChart
          schedule={schedule}
          width={size.width}
          fontSize={size.fontSize}
          sessionLabels={labels}
          titleId={figureTitleId(id)}
          descriptionId={figureDescriptionId(id)}
        />
      </div>
    </ChartFigure>
  );
}

export function MinutesFigure({ study }: { study: StudyData }) {
  const [containerRef, size] = useChartDimensions<HTMLDivElement>();
  const segments = useMemo(() => sessionMinutes(scheduleInput(study)), [study]);
  const labelled = useMemo(
    () => segments.map((segment) => ({ ...segment, label: minuteLabel(segment) })),
    [segments],
  );
  const id = `minutes-${study.id}`;
  const hasPill = segments.some((segment) => segment.kind === 'pill');
  return (
    <ChartFigure
      id={id}
      figureId="session"
      title="One session, in minutes"
      description={
        hasPill
          ? 'The pretreatment is given first; the infusion starts at minute 0.'
          : 'The infusion starts at minute 0.'
      }
      summary={labelled.map((segment) => segment.label).join('; ') + '.'}
      facts={segments.flatMap((segment) => [segment.fact, ...(segment.what ? [segment.what] : [])])}
      table={
        <TableScroll label="One session as a table">
          <table className="data-table">
            <caption>One session, in minutes from the start of the infusion</caption>
            <thead>
              <tr>
                <th scope="col">Step</th>
                <th scope="col">From (min)</th>
                <th scope="col">To (min)</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {labelled.map((segment) => (
                <tr key={segment.id}>
                  <th scope="row">{segment.label}</th>
                  <td className="data-table__number">{segment.startMinute}</td>
                  <td className="data-table__number">{segment.endMinute}</td>
                  <td>
                    <Fact fact={segment.fact} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      }
    >
      <div ref={containerRef} className="chart-figure__canvas">
        <SessionMinutesChart
          segments={labelled}
          width={size.width}
          fontSize={size.fontSize}
          titleId={figureTitleId(id)}
          descriptionId={figureDescriptionId(id)}
        />
      </div>
    </ChartFigure>
  );
}

function ScheduleTable({ events }: { events: ReturnType<typeof labelSchedule> }) {
  return (
    <TableScroll label="Session schedule as a table">
      <table className="data-table">
        <caption>Session schedule, in days since the first session</caption>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Day</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <th scope="row">
                {event.label}
                {event.kind !== 'session' && ` (after session ${event.period})`}
              </th>
              <td className="data-table__number">
                {event.approximate ? 'about ' : ''}
                {event.endDay !== undefined ? `${event.startDay}–${event.endDay}` : event.startDay}
              </td>
              <td>
                <Fact fact={event.fact} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
