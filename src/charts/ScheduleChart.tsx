/**
 * The session schedule on a day axis: two sessions, and after each either a band (assessment days
 * not reported) or ticks on the reported rating days. Events that depend on an approximate
 * interval are drawn dashed and labelled "about". Stateless; d3 computes the scale, React renders.
 * Sessions, bands and rating days are walkable marks in day order, each naming its day and tier.
 */
import { t } from '../messages/i18n';
import { useMemo } from 'react';
import { scaleLinear } from 'd3-scale';
import type { LabelledScheduleEvent, Schedule } from '../model/sessionSchedule';
import { wrapText } from '../model/flowLayout';
import { ChartSvg } from './primitives/ChartSvg';
import { AxisBottom } from './primitives/AxisBottom';
import { markProps, tierSuffix } from './primitives/useRovingMarks';

export interface SessionLabel {
  /** e.g. "Period 1: ketamine" or "Period 1: ketamine or placebo". */
  title: string;
  /** Whether this session's label belongs to the followed sequence. */
  followed: boolean;
}

export interface ScheduleChartProps {
  schedule: Omit<Schedule, 'events'> & { events: LabelledScheduleEvent[] };
  width: number;
  fontSize: number;
  sessionLabels: [SessionLabel, SessionLabel];
  titleId: string;
  descriptionId: string;
}

export function ScheduleChart({
  schedule,
  width,
  fontSize,
  sessionLabels,
  titleId,
  descriptionId,
}: ScheduleChartProps) {
  const margin = { left: fontSize * 0.8, right: fontSize * 1.2 };
  const rowHeight = fontSize * 2.4;
  const labelSize = fontSize * 0.85;
  const labelCharWidth = labelSize * 0.56;
  // Each session label gets half the width, so the two can never collide.
  const labelChars = (width / 2 - fontSize) / labelCharWidth;
  const labelLines = sessionLabels.map((label) => wrapText(label.title, labelChars));
  const maxLabelLines = Math.max(...labelLines.map((lines) => lines.length));
  const labelBlock = fontSize * 2 + maxLabelLines * labelSize * 1.2;
  const height = labelBlock + rowHeight * 2 + fontSize * 3.2;
  const sessionsY = labelBlock + rowHeight * 0.5;
  const ratingsY = labelBlock + rowHeight * 1.5;
  const axisY = labelBlock + rowHeight * 2 + fontSize * 0.4;

  const x = useMemo(
    () =>
      scaleLinear()
        .domain([-1, Math.ceil((schedule.horizonDays + 2) / 7) * 7])
        .range([margin.left, width - margin.right]),
    [schedule.horizonDays, width, margin.left, margin.right],
  );
  const ticks = useMemo(() => {
    const [, end] = x.domain() as [number, number];
    const step = width < 480 && end > 28 ? 14 : 7;
    const out: number[] = [];
    for (let day = 0; day <= end; day += step) out.push(day);
    return out;
  }, [x, width]);

  const sessions = schedule.events.filter((event) => event.kind === 'session');
  const bands = schedule.events.filter((event) => event.kind === 'assessment-band');
  const ratings = schedule.events.filter((event) => event.kind === 'rating');
  const narrow = width < 480;
  const tierOf = (event: LabelledScheduleEvent) => tierSuffix(event.fact.tier, event.label);
  const dayOf = (event: LabelledScheduleEvent) =>
    t(event.approximate ? 'designs.schedule.markDayApprox' : 'designs.schedule.markDay', {
      day: event.startDay,
    });
  // Walk in day order; at the same day, a session before what follows it.
  const orderOf = (event: LabelledScheduleEvent) =>
    event.startDay * 10 + (event.kind === 'session' ? 0 : 1);

  return (
    <ChartSvg
      className="schedule-chart"
      role="group"
      width={width}
      height={height}
      titleId={titleId}
      descriptionId={descriptionId}
      fontSize={fontSize}
    >
      {bands.map((band) => (
        <g
          key={band.id}
          className={
            band.approximate ? 'schedule-band schedule-band--approximate' : 'schedule-band'
          }
          {...markProps(
            t('designs.schedule.markBand', {
              period: band.period,
              label: band.label,
              day: band.endDay ?? band.startDay,
            }) + tierOf(band),
            orderOf(band),
          )}
        >
          <rect
            x={x(band.startDay)}
            y={ratingsY - rowHeight * 0.3}
            width={Math.max(2, x(band.endDay ?? band.startDay) - x(band.startDay))}
            height={rowHeight * 0.6}
            className="schedule-band__rect"
          />
          <text
            x={x(band.startDay) + 4}
            y={ratingsY}
            dy="0.35em"
            className="schedule-band__label"
            fontSize={fontSize * 0.8}
          >
            {narrow ? band.shortLabel : band.label}
          </text>
        </g>
      ))}
      {ratings.map((rating) => (
        <g
          key={rating.id}
          className={
            rating.approximate ? 'schedule-rating schedule-rating--approximate' : 'schedule-rating'
          }
          {...markProps(
            t('designs.schedule.markRating', {
              period: rating.period,
              day: dayOf(rating),
              label: rating.label,
            }) + tierOf(rating),
            orderOf(rating),
          )}
        >
          <line
            x1={x(rating.startDay)}
            x2={x(rating.startDay)}
            y1={ratingsY - rowHeight * 0.3}
            y2={ratingsY + rowHeight * 0.3}
            className="schedule-rating__tick"
          />
          <circle
            cx={x(rating.startDay)}
            cy={ratingsY}
            r={fontSize * 0.3}
            className="schedule-rating__dot"
          />
        </g>
      ))}
      {sessions.map((session, index) => {
        const label = sessionLabels[index]!;
        const lines = labelLines[index]!;
        const cx = x(session.startDay);
        const labelWidth = Math.max(...lines.map((line) => line.length)) * labelCharWidth;
        const right = width - margin.right;
        const anchor = index === 0 || cx + labelWidth <= right ? 'start' : 'end';
        const labelX = anchor === 'start' ? cx : Math.max(cx, right);
        return (
          <g
            key={session.id}
            className={[
              'schedule-session',
              session.approximate ? 'schedule-session--approximate' : '',
              label.followed ? 'schedule-session--followed' : '',
            ].join(' ')}
            {...markProps(
              t('designs.schedule.markSession', {
                session: session.label,
                day: dayOf(session),
                title: label.title,
              }) + tierOf(session),
              orderOf(session),
            )}
          >
            <path
              d={`M${cx},${sessionsY - fontSize * 0.6} l${fontSize * 0.6},${fontSize * 0.6} l${-fontSize * 0.6},${fontSize * 0.6} l${-fontSize * 0.6},${-fontSize * 0.6} z`}
              className="schedule-session__mark"
            />
            <text
              x={labelX}
              y={fontSize * 1.2}
              textAnchor={anchor}
              className="schedule-session__title"
            >
              {t(session.approximate ? 'designs.schedule.dayApprox' : 'designs.schedule.dayTitle', {
                day: session.startDay,
              })}
            </text>
            <text textAnchor={anchor} className="schedule-session__label" fontSize={labelSize}>
              {lines.map((line, lineIndex) => (
                <tspan
                  key={lineIndex}
                  x={labelX}
                  y={fontSize * 1.2 + (lineIndex + 1) * labelSize * 1.2}
                >
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
      <AxisBottom
        x={x}
        ticks={ticks}
        y={axisY}
        range={[x(0), x.range()[1]!]}
        fontSize={fontSize}
        title={t('designs.schedule.axis')}
      />
    </ChartSvg>
  );
}
