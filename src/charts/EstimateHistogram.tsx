/**
 * The distribution of effect estimates over many simulated trials, with the true effect and the
 * average estimate marked (a gap between the two lines is bias). Stateless. Each bin is a walkable
 * mark (an invisible column over the bar) naming its range and count. Words from the `lab`
 * catalogue; the estimate axis is a number axis, so it runs left to right in every language.
 */
import { useMemo, type ReactNode } from 'react';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { ChartSvg } from './primitives/ChartSvg';
import { AxisBottom } from './primitives/AxisBottom';
import { markProps } from './primitives/useRovingMarks';
import { t } from '../messages/i18n';
import { formatNumber } from '../messages/format';

const two = (x: number) => formatNumber(x, 2, true);

export interface EstimateHistogramProps {
  counts: Float64Array;
  range: [number, number];
  trueEffect: number;
  meanEstimate: number;
  width: number;
  fontSize: number;
  titleId: string;
  descriptionId: string;
  /** Marks drawn over the bars with the chart's scales (e.g. "watch it fill"'s falling dots). */
  overlay?: (scales: {
    x: ScaleLinear<number, number>;
    y: ScaleLinear<number, number>;
  }) => ReactNode;
}

export function EstimateHistogram({
  counts,
  range,
  trueEffect,
  meanEstimate,
  width,
  fontSize,
  titleId,
  descriptionId,
  overlay,
}: EstimateHistogramProps) {
  const height = Math.max(180, Math.min(260, width * 0.4));
  const margin = { top: fontSize * 2.6, bottom: fontSize * 2.6, left: fontSize, right: fontSize };
  const x = useMemo(
    () =>
      scaleLinear()
        .domain(range)
        .range([margin.left, width - margin.right]),
    [range, width, margin.left, margin.right],
  );
  const max = Math.max(1, ...counts);
  const y = scaleLinear()
    .domain([0, max])
    .range([height - margin.bottom, margin.top]);
  const binWidth = (range[1] - range[0]) / counts.length;
  // All bars as one path: a streamed chunk updates one attribute, not one element per bin.
  let barsPath = '';
  const base = y(0);
  counts.forEach((count, i) => {
    const x0 = x(range[0] + i * binWidth);
    const x1 = x(range[0] + (i + 1) * binWidth);
    const width = Math.max(0, x1 - x0 - 1);
    const top = y(count);
    if (width > 0 && base - top > 0) {
      barsPath += `M${(x0 + 0.5).toFixed(2)},${top.toFixed(2)}h${width.toFixed(2)}V${base.toFixed(2)}h${(-width).toFixed(2)}Z`;
    }
  });
  const ticks = x.ticks(width < 480 ? 4 : 8);
  const meanX = x(Math.min(range[1], Math.max(range[0], meanEstimate)));
  const trueX = x(trueEffect);
  const trueLabel = t('lab.histogram.trueEffect', { value: two(trueEffect) });
  const meanLabel = t('lab.histogram.average', { value: two(meanEstimate) });
  // Put the label on the side away from the true-effect line, unless it would leave the chart.
  const meanLabelWidth = meanLabel.length * fontSize * 0.8 * 0.56;
  const preferEnd = meanX < trueX;
  const meanAnchor: 'start' | 'end' =
    preferEnd && meanX - meanLabelWidth < 0
      ? 'start'
      : !preferEnd && meanX + meanLabelWidth > width
        ? 'end'
        : preferEnd
          ? 'end'
          : 'start';

  return (
    <ChartSvg
      className="histogram"
      role="group"
      width={width}
      height={height}
      titleId={titleId}
      descriptionId={descriptionId}
      fontSize={fontSize}
    >
      <path d={barsPath} className="histogram__bar" />
      {overlay?.({ x, y })}
      {Array.from(counts, (count, i) => {
        const from = range[0] + i * binWidth;
        const to = from + binWidth;
        const holds = (value: number) => value >= from && (value < to || i === counts.length - 1);
        const holdsTrue = holds(trueEffect);
        const holdsMean = holds(meanEstimate);
        const holding =
          holdsTrue && holdsMean ? 'both' : holdsTrue ? 'true' : holdsMean ? 'mean' : 'none';
        return (
          <rect
            key={i}
            x={x(from)}
            y={margin.top}
            width={Math.max(1, x(to) - x(from))}
            height={Math.max(1, base - margin.top)}
            className="chart-mark--hit"
            {...markProps(
              t('lab.histogram.mark', {
                from: two(from),
                to: two(to),
                count,
                countText: formatNumber(count, 0),
                holding,
              }),
            )}
          />
        );
      })}
      <line
        x1={trueX}
        x2={trueX}
        y1={margin.top - fontSize * 0.8}
        y2={y(0)}
        className="histogram__true"
      />
      <text
        x={trueX}
        y={fontSize * 1.1}
        textAnchor="middle"
        fontSize={fontSize * 0.8}
        className="histogram__label"
      >
        {trueLabel}
      </text>
      {meanEstimate === meanEstimate && (
        <>
          <line
            x1={meanX}
            x2={meanX}
            y1={margin.top - fontSize * 0.2}
            y2={y(0)}
            className="histogram__mean"
          />
          <text
            x={meanX}
            y={fontSize * 2.2}
            textAnchor={meanAnchor}
            dx={meanAnchor === 'end' ? -4 : 4}
            fontSize={fontSize * 0.8}
            className="histogram__label"
          >
            {meanLabel}
          </text>
        </>
      )}
      <AxisBottom
        x={x}
        ticks={ticks}
        y={y(0)}
        range={[margin.left, width - margin.right]}
        fontSize={fontSize}
        tickLength={4}
        format={(value) => formatNumber(value)}
        title={t('lab.histogram.axis')}
      />
    </ChartSvg>
  );
}
