/**
 * The planned sample as a row of cells: completed both conditions (filled), studied but did not
 * complete (hatched), planned but never enrolled (empty). Stateless.
 *
 * The cells count participants 1 to `planned`, a number axis: it runs left to right in every
 * language, as the app's day and number axes do.
 */
import { useId } from 'react';
import { ChartSvg } from './primitives/ChartSvg';
import { t } from '../messages/i18n';

export interface InterimBarProps {
  planned: number;
  studied: number;
  completed: number;
  width: number;
  fontSize: number;
  titleId: string;
  descriptionId: string;
}

export function InterimBar({
  planned,
  studied,
  completed,
  width,
  fontSize,
  titleId,
  descriptionId,
}: InterimBarProps) {
  const hatch = useId();
  const gap = 2;
  const cell = Math.max(6, (width - gap * (planned - 1)) / planned);
  const cellHeight = Math.min(48, Math.max(fontSize * 1.6, cell * 1.4));
  const xOf = (i: number) => i * (cell + gap);
  const markX = xOf(studied) - gap / 2;
  // The stop label sits right of the mark; where that would leave the chart it moves left (and
  // on a narrow screen takes two lines), so it is never cut off.
  const labelSize = fontSize * 0.85;
  const stopHere = t('blockade.interim.stopHere');
  const stopAfter = t('blockade.interim.stopAfter', { studied });
  const label = `${stopHere} ${stopAfter}`;
  const textWidth = (text: string) => text.length * labelSize * 0.62;
  const labelLines =
    textWidth(label) <= Math.max(width - markX - 4, markX - 4) ? [label] : [stopHere, stopAfter];
  const labelWidth = Math.max(...labelLines.map(textWidth));
  const labelX =
    labelWidth <= width - markX - 4
      ? markX + 4
      : labelWidth <= markX - 4
        ? markX - 4 - labelWidth
        : Math.max(0, width - labelWidth);
  // A label moved over the mark: the mark stops below it.
  const labelOverMark = labelX <= markX && markX <= labelX + labelWidth;
  const top = fontSize * 1.6 + (labelLines.length - 1) * labelSize * 1.2;
  const height = top + cellHeight + fontSize * 2.6;
  return (
    <ChartSvg
      className="interim-bar"
      width={width}
      height={height}
      titleId={titleId}
      descriptionId={descriptionId}
      fontSize={fontSize}
    >
      <defs>
        <pattern
          id={hatch}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" className="hatch__bg" />
          <line x1="0" y1="0" x2="0" y2="6" className="interim-bar__hatch" />
        </pattern>
      </defs>
      {Array.from({ length: planned }, (_, i) => {
        const kind = i < completed ? 'completed' : i < studied ? 'dropped' : 'unenrolled';
        return (
          <rect
            key={i}
            x={xOf(i)}
            y={top}
            width={cell}
            height={cellHeight}
            rx={2}
            className={`interim-cell interim-cell--${kind}`}
            fill={kind === 'dropped' ? `url(#${hatch})` : undefined}
          />
        );
      })}
      <line
        x1={markX}
        x2={markX}
        y1={labelOverMark ? top - fontSize * 0.2 : top - fontSize * 0.9}
        y2={top + cellHeight + 4}
        className="interim-bar__stop"
      />
      <text
        y={top - fontSize * 0.5 - (labelLines.length - 1) * labelSize * 1.2}
        className="interim-bar__stop-label"
        fontSize={labelSize}
      >
        {labelLines.map((line, index, lines) => (
          <tspan key={line} x={labelX} dy={index === 0 ? 0 : labelSize * 1.2}>
            {index < lines.length - 1 ? `${line} ` : line}
          </tspan>
        ))}
      </text>
      <text
        x={0}
        y={top + cellHeight + fontSize * 1.3}
        fontSize={fontSize * 0.8}
        className="interim-bar__axis"
      >
        1
      </text>
      <text
        x={width}
        y={top + cellHeight + fontSize * 1.3}
        textAnchor="end"
        fontSize={fontSize * 0.8}
        className="interim-bar__axis"
      >
        {t('blockade.interim.axisEnd', { planned })}
      </text>
    </ChartSvg>
  );
}
