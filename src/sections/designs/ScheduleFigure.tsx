/**
 * A study's session schedule in days (sessions, and the rating days or the window they fell in)
 * and one session in minutes (pretreatment, infusion).
 */
import { t } from '../../messages/i18n';
import { formatList } from '../../messages/format';
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
            ? t('designs.box.periodByPeriod', {
                period,
                arm: t('designs.schedule.either', { a: armLabels.A, b: armLabels.B }),
              })
            : t('designs.schedule.either', { a: armLabels.A, b: armLabels.B }),
        followed: false,
      };
    }
    const arm = armsOf(followed)[period - 1]!;
    return {
      title:
        mode === 'period'
          ? t('designs.box.periodByPeriod', { period, arm: armLabels[arm] })
          : t('designs.box.periodByTreatment', { period, arm: armLabels[arm] }),
      followed: true,
    };
  }) as [SessionLabel, SessionLabel];

  const { assessments } = input;
  const ratingsSentence =
    assessments.kind === 'band'
      ? t('designs.schedule.ratingsBand', {
          count: assessments.count
            ? formatFactValue(assessments.count)
            : t('designs.schedule.ratingsWord'),
          window: formatFactValue(assessments.window),
        })
      : t('designs.schedule.ratingsDays', { days: formatList(assessments.days.map(String)) });
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
      title={t('figure.schedule.title')}
      description={
        schedule.intervalApproximate
          ? t('designs.schedule.descApprox')
          : assessments.kind === 'band'
            ? t('designs.schedule.descBand')
            : t('designs.schedule.descDays')
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
      title={t('figure.session.title')}
      description={hasPill ? t('designs.minutes.descPill') : t('designs.minutes.desc')}
      summary={labelled.map((segment) => segment.label).join('; ') + '.'}
      facts={segments.flatMap((segment) => [segment.fact, ...(segment.what ? [segment.what] : [])])}
      table={
        <TableScroll label={t('designs.minutes.tableLabel')}>
          <table className="data-table">
            <caption>{t('designs.minutes.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('designs.minutes.step')}</th>
                <th scope="col">{t('designs.minutes.from')}</th>
                <th scope="col">{t('designs.minutes.to')}</th>
                <th scope="col">{t('designs.schedule.source')}</th>
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
    <TableScroll label={t('designs.schedule.tableLabel')}>
      <table className="data-table">
        <caption>{t('designs.schedule.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('designs.schedule.event')}</th>
            <th scope="col">{t('designs.schedule.day')}</th>
            <th scope="col">{t('designs.schedule.source')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <th scope="row">
                {event.label}
                {event.kind !== 'session' &&
                  t('designs.schedule.afterSession', { period: event.period })}
              </th>
              <td className="data-table__number">
                {event.approximate ? t('designs.schedule.about') : ''}
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
