/**
 * "Why a crossover?": the same simulated people in two designs, side by side on one scale.
 * Left, a parallel design: each person measured once, on one condition, so two groups of different
 * people are compared (each arm's mean is a bar). Right, a crossover: each person measured on both
 * conditions, a line joining their two measurements, so each person is their own control. The
 * active condition is a filled dot and the control an open dot (shape, not colour). Numbers beside
 * the dots name the people, so the reader can find the same person in both panels.
 * Stateless; d3 computes the scale.
 */
import { useMemo } from 'react';
import { scaleLinear } from 'd3-scale';
import type { WhyPerson } from '../model/whyCrossover';
import { wrapText } from '../model/flowLayout';
import { ChartSvg } from './primitives/ChartSvg';

export interface WhyCrossoverChartLabels {
  parallelTitle: string;
  crossoverTitle: string;
  control: string;
  active: string;
  axis: string;
  person: (id: number) => string;
}

export interface WhyCrossoverChartProps {
  people: readonly WhyPerson[];
  labels: WhyCrossoverChartLabels;
  width: number;
  /** The height to fill (a slide), or 0 to size from the width. */
  height?: number;
  fontSize: number;
  titleId: string;
  descriptionId: string;
}

/**
 * Label positions for marks at `ys`, nudged apart so that no two are closer than `gap` (in the
 * marks' order along the axis; each label as near its mark as that allows). Pure; returns the
 * positions in the order given.
 */
export function spreadLabels(ys: readonly number[], gap: number): number[] {
  const order = ys.map((y, index) => ({ y, index })).sort((a, b) => a.y - b.y);
  const placed = order.map((item) => item.y);
  for (let i = 1; i < placed.length; i += 1) {
    placed[i] = Math.max(placed[i]!, placed[i - 1]! + gap);
  }
  // Centre each run of pushed labels on its marks, so a crowded pair sits either side of them.
  let start = 0;
  while (start < placed.length) {
    let end = start;
    while (end + 1 < placed.length && placed[end + 1]! - placed[end]! <= gap + 1e-9) end += 1;
    const shift =
      (order.slice(start, end + 1).reduce((sum, item) => sum + item.y, 0) -
        placed.slice(start, end + 1).reduce((sum, y) => sum + y, 0)) /
      (end - start + 1);
    const lowest = start > 0 ? placed[start - 1]! + gap : -Infinity;
    const move = Math.max(shift, lowest - placed[start]!);
    for (let i = start; i <= end; i += 1) placed[i] = placed[i]! + move;
    start = end + 1;
  }
  const out = new Array<number>(ys.length);
  order.forEach((item, k) => (out[item.index] = placed[k]!));
  return out;
}

export function WhyCrossoverChart({
  people,
  labels,
  width,
  height: fill = 0,
  fontSize,
  titleId,
  descriptionId,
}: WhyCrossoverChartProps) {
  const left = fontSize * 2.4;
  const gap = fontSize * 1.5;
  const panelWidth = Math.max(60, (width - left - gap) / 2);
  const narrow = panelWidth < 170;
  const titleSize = narrow ? fontSize * 0.8 : fontSize * 0.95;
  // A panel title wider than its panel (bold, ~0.62 em a character) wraps onto more lines.
  const titleLines = [labels.parallelTitle, labels.crossoverTitle].map((title) =>
    wrapText(title, panelWidth / (titleSize * 0.62)),
  );
  const extra = (Math.max(...titleLines.map((lines) => lines.length)) - 1) * titleSize * 1.2;
  const height =
    (fill > 0 ? Math.max(200, fill) : Math.max(200, Math.min(300, width * 0.42))) +
    (fill > 0 ? 0 : extra);
  const top = fontSize * 2.2 + extra;
  const bottom = height - fontSize * 2;
  const y = useMemo(() => {
    const values = people.flatMap((p) => [p.active, p.control]);
    const lo = Math.min(...values, 0);
    const hi = Math.max(...values, 0);
    return scaleLinear().domain([lo, hi]).nice().range([bottom, top]);
  }, [people, top, bottom]);
  const r = Math.max(3, Math.min(5, fontSize * 0.32));
  const labelSize = fontSize * 0.75;
  // Person numbers beside the crossover's control dots, nudged apart where two scores are close.
  const controlLabelYs = spreadLabels(
    people.map((p) => y(p.control)),
    labelSize * 1.05,
  );
  const panels = [0, 1].map((index) => {
    const x0 = left + index * (panelWidth + gap);
    return { index, x0, xControl: x0 + panelWidth * 0.3, xActive: x0 + panelWidth * 0.7 };
  });
  const [parallelPanel, crossoverPanel] = panels as [
    (typeof panels)[number],
    (typeof panels)[number],
  ];
  const arms = (['control', 'active'] as const).map((arm) => {
    const members = people.filter((p) => p.parallelArm === arm);
    const mean = members.reduce((sum, p) => sum + p[arm], 0) / Math.max(1, members.length);
    return { arm, members, mean };
  });

  return (
    <ChartSvg
      className="why-chart"
      width={width}
      height={height}
      titleId={titleId}
      descriptionId={descriptionId}
      fontSize={fontSize}
    >
      <g className="axis" aria-hidden="true">
        {y.ticks(4).map((tick) => (
          <g key={tick} transform={`translate(0,${y(tick)})`}>
            <line x1={left - 4} x2={width} className="trial-chart__grid" />
            <text
              x={left - 6}
              dy="0.35em"
              textAnchor="end"
              fontSize={fontSize * 0.75}
              className="axis__label"
            >
              {tick}
            </text>
          </g>
        ))}
        <text
          transform={`translate(${fontSize * 0.8},${(top + bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
          fontSize={fontSize * 0.75}
          className="axis__title"
        >
          {labels.axis}
        </text>
      </g>
      {panels.map(({ index, x0, xControl, xActive }) => (
        <g key={index} aria-hidden="true">
          <text
            y={fontSize * 1.1}
            textAnchor="middle"
            fontSize={titleSize}
            className="trial-chart__title"
          >
            {titleLines[index]!.map((line, i, lines) => (
              <tspan key={line} x={x0 + panelWidth / 2} dy={i === 0 ? 0 : titleSize * 1.2}>
                {i < lines.length - 1 ? `${line} ` : line}
              </tspan>
            ))}
          </text>
          <text
            x={xControl}
            y={height - fontSize * 0.6}
            textAnchor="middle"
            fontSize={fontSize * 0.75}
            className="axis__label"
          >
            {labels.control}
          </text>
          <text
            x={xActive}
            y={height - fontSize * 0.6}
            textAnchor="middle"
            fontSize={fontSize * 0.75}
            className="axis__label"
          >
            {labels.active}
          </text>
        </g>
      ))}
      <g className="why-chart__parallel">
        {arms.map(({ arm, members, mean }) => {
          const x = arm === 'active' ? parallelPanel.xActive : parallelPanel.xControl;
          const labelYs = spreadLabels(
            members.map((m) => y(m[arm])),
            labelSize * 1.05,
          );
          return (
            <g key={arm}>
              <line
                x1={x - panelWidth * 0.14}
                x2={x + panelWidth * 0.14}
                y1={y(mean)}
                y2={y(mean)}
                className="trial-chart__mean"
              />
              {members.map((p, index) => (
                <g key={p.id}>
                  <circle
                    cx={x}
                    cy={y(p[arm])}
                    r={r}
                    className={arm === 'active' ? 'dot dot--active' : 'dot'}
                  >
                    <title>{labels.person(p.id)}</title>
                  </circle>
                  <text
                    x={x + r + 3}
                    y={labelYs[index]}
                    dy="0.35em"
                    fontSize={labelSize}
                    className="axis__label"
                    aria-hidden="true"
                  >
                    {p.id}
                  </text>
                </g>
              ))}
            </g>
          );
        })}
      </g>
      <g className="why-chart__crossover">
        {people.map((p, index) => (
          <g key={p.id}>
            <line
              x1={crossoverPanel.xControl}
              x2={crossoverPanel.xActive}
              y1={y(p.control)}
              y2={y(p.active)}
              className="pair__line"
            />
            <circle cx={crossoverPanel.xControl} cy={y(p.control)} r={r} className="dot" />
            <circle
              cx={crossoverPanel.xActive}
              cy={y(p.active)}
              r={r}
              className="dot dot--active"
            />
            <text
              x={crossoverPanel.xControl - r - 3}
              y={controlLabelYs[index]}
              dy="0.35em"
              textAnchor="end"
              fontSize={labelSize}
              className="axis__label"
              aria-hidden="true"
            >
              {p.id}
            </text>
          </g>
        ))}
      </g>
    </ChartSvg>
  );
}
