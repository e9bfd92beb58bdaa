/**
 * One session in minutes around the ketamine infusion: the pretreatment pill (if any) and the
 * infusion itself. Stateless; d3 computes the scale.
 */
import { t } from '../messages/i18n';
import { useMemo } from 'react';
import { scaleLinear } from 'd3-scale';
import type { MinuteSegment } from '../model/sessionSchedule';
import { ChartSvg } from './primitives/ChartSvg';
import { AxisBottom } from './primitives/AxisBottom';

export interface SessionMinutesChartProps {
  /** The segments with their words (see src/messages/schedule.ts). */
  segments: (MinuteSegment & { label: string })[];
  width: number;
  fontSize: number;
  titleId: string;
  descriptionId: string;
}

export function SessionMinutesChart({
  segments,
  width,
  fontSize,
  titleId,
  descriptionId,
}: SessionMinutesChartProps) {
  const start = Math.min(-10, ...segments.map((s) => s.startMinute)) - 10;
  const end = Math.max(...segments.map((s) => s.endMinute)) + 15;
  const margin = fontSize;
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([start, end])
        .range([margin, width - margin]),
    [start, end, width, margin],
  );
  const barY = fontSize * 2.6;
  const barHeight = fontSize * 1.2;
  const axisY = barY + barHeight + fontSize * 0.8;
  const height = axisY + fontSize * 2;
  const ticks = x.ticks(width < 420 ? 4 : 8).filter((t) => t >= start && t <= end);

  return (
    <ChartSvg
      className="minutes-chart"
      width={width}
      height={height}
      titleId={titleId}
      descriptionId={descriptionId}
      fontSize={fontSize}
    >
      {segments.map((segment) =>
        segment.kind === 'pill' ? (
          <g key={segment.id} className="minutes-chart__pill">
            <circle cx={x(segment.startMinute)} cy={barY + barHeight / 2} r={barHeight / 2} />
            <text
              x={x(segment.startMinute)}
              y={barY - fontSize * 0.6}
              textAnchor="start"
              fontSize={fontSize * 0.85}
            >
              pill, {segment.startMinute} min
            </text>
          </g>
        ) : (
          <g key={segment.id} className="minutes-chart__infusion">
            <rect
              x={x(segment.startMinute)}
              y={barY}
              width={x(segment.endMinute) - x(segment.startMinute)}
              height={barHeight}
              rx={3}
            />
            <text x={x(segment.startMinute)} y={barY - fontSize * 0.6} fontSize={fontSize * 0.85}>
              {t('designs.minutes.bar', { end: segment.endMinute })}
            </text>
          </g>
        ),
      )}
      <AxisBottom
        x={x}
        ticks={ticks}
        y={axisY}
        range={[x.range()[0]!, x.range()[1]!]}
        fontSize={fontSize}
      />
    </ChartSvg>
  );
}
