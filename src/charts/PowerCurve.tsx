/**
 * Analytic power against total sample size for the crossover (solid) and parallel (dashed)
 * designs, with the current n marked and the 80% line. Stateless. Each sample size of the grid is
 * a walkable mark naming both powers (the two curves share their sizes). Words from the `lab`
 * catalogue; both axes are number axes and run left to right (and bottom to top) in every language.
 */
import { useMemo } from 'react';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { ChartSvg } from './primitives/ChartSvg';
import { AxisBottom } from './primitives/AxisBottom';
import { markProps } from './primitives/useRovingMarks';
import { t } from '../messages/i18n';
import { formatNumber, formatPercent } from '../messages/format';

export interface PowerCurveProps {
  crossover: [number, number][];
  parallel: [number, number][];
  currentN: number;
  width: number;
  fontSize: number;
  titleId: string;
  descriptionId: string;
  /** Labels of the solid and dashed curves (default: crossover, parallel (dashed)). */
  solidLabel?: string;
  dashedLabel?: string;
}

export function PowerCurve({
  crossover,
  parallel,
  currentN,
  width,
  fontSize,
  titleId,
  descriptionId,
  solidLabel = t('lab.power.solidLabel'),
  dashedLabel = t('lab.power.dashedLabel'),
}: PowerCurveProps) {
  const height = Math.max(200, Math.min(300, width * 0.45));
  const margin = {
    top: fontSize,
    bottom: fontSize * 2.8,
    left: fontSize * 3,
    right: fontSize * 1.2,
  };
  const maxN = Math.max(...crossover.map((p) => p[0]), ...parallel.map((p) => p[0]));
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([0, maxN])
        .range([margin.left, width - margin.right]),
    [maxN, width, margin.left, margin.right],
  );
  const y = useMemo(
    () =>
      scaleLinear()
        .domain([0, 1])
        .range([height - margin.bottom, margin.top]),
    [height, margin.bottom, margin.top],
  );
  // Power is undefined (NaN) where fewer than 3 people complete: leave a gap, not a broken path.
  const isDefined = (p: [number, number]) => Number.isFinite(p[1]);
  const path = line<[number, number]>()
    .defined(isDefined)
    .x((p) => x(p[0]))
    .y((p) => y(p[1]));
  const labelAt = (points: [number, number][]) => {
    const defined = points.filter(isDefined);
    return defined[Math.floor(defined.length * 0.6)] ?? defined[0];
  };
  const crossLabel = labelAt(crossover);
  const parLabel = labelAt(parallel);

  return (
    <ChartSvg
      className="power-curve"
      role="group"
      width={width}
      height={height}
      titleId={titleId}
      descriptionId={descriptionId}
      fontSize={fontSize}
    >
      {[0, 0.2, 0.4, 0.6, 0.8, 1].map((tick) => (
        <g key={tick} transform={`translate(0,${y(tick)})`}>
          <line
            x1={margin.left}
            x2={width - margin.right}
            className={tick === 0.8 ? 'power-curve__target' : 'trial-chart__grid'}
          />
          <text
            x={margin.left - 6}
            dy="0.35em"
            textAnchor="end"
            fontSize={fontSize * 0.75}
            className="axis__label"
          >
            {formatPercent(tick)}
          </text>
        </g>
      ))}
      <path d={path(parallel) ?? ''} className="power-curve__line power-curve__line--parallel" />
      <path d={path(crossover) ?? ''} className="power-curve__line power-curve__line--crossover" />
      {crossLabel && (
        <text
          x={x(crossLabel[0])}
          y={y(crossLabel[1])}
          dy={y(crossLabel[1]) < margin.top + fontSize * 1.2 ? '1.4em' : '-0.6em'}
          fontSize={fontSize * 0.8}
          className="power-curve__label"
        >
          {solidLabel}
        </text>
      )}
      {parLabel && (
        <text
          x={x(parLabel[0])}
          y={y(parLabel[1])}
          dy="1.3em"
          fontSize={fontSize * 0.8}
          className="power-curve__label"
        >
          {dashedLabel}
        </text>
      )}
      <line
        x1={x(currentN)}
        x2={x(currentN)}
        y1={margin.top}
        y2={y(0)}
        className="power-curve__current"
      />
      <text
        x={x(currentN)}
        y={margin.top}
        dx={4}
        dy="0.9em"
        fontSize={fontSize * 0.8}
        className="power-curve__label"
      >
        {t('lab.power.currentN', { n: formatNumber(currentN, 0) })}
      </text>
      {crossover.map(([n, power], index) => {
        const parallelPower = parallel[index]?.[0] === n ? parallel[index]![1] : NaN;
        const said = (value: number) =>
          Number.isFinite(value) ? formatPercent(value) : t('lab.power.notDefined');
        return (
          <circle
            key={n}
            cx={x(n)}
            cy={y(Number.isFinite(power) ? power : 0)}
            r={fontSize * 0.4}
            className="chart-mark--hit"
            {...markProps(
              t('lab.power.mark', {
                n: formatNumber(n, 0),
                power: said(power),
                parallel: said(parallelPower),
              }),
            )}
          />
        );
      })}
      <AxisBottom
        x={x}
        ticks={x.ticks(width < 480 ? 4 : 8)}
        y={y(0)}
        range={[margin.left, width - margin.right]}
        fontSize={fontSize}
        tickLength={4}
        format={(value) => formatNumber(value, 0)}
        title={t('lab.power.axis')}
      />
    </ChartSvg>
  );
}
