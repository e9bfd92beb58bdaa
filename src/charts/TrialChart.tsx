/**
 * One simulated trial, person by person. Crossover: two panels (sequence AB, sequence BA), each
 * person a line from their period-1 to their period-2 measurement; the active condition is a
 * filled dot, the control an open dot, so colour is not needed. People who left before period 2
 * have only their period-1 dot. Parallel: each arm's single measurements as a strip with its mean.
 * Stateless; d3 computes the scales. Words from the `lab` catalogue. Right to left, the panels
 * change places (the first sequence is read first, on the right); the outcome axis and the
 * period order inside a panel (a time order) stay left to right.
 */
import { useMemo } from 'react';
import { scaleLinear } from 'd3-scale';
import type { TrialData } from '../model/lab/simulate';
import type { LabDesign } from '../model/lab/params';
import { wrapText } from '../model/flowLayout';
import { ChartSvg } from './primitives/ChartSvg';
import { t } from '../messages/i18n';
import { formatNumber } from '../messages/format';

export interface TrialChartProps {
  trial: TrialData;
  design: LabDesign;
  width: number;
  fontSize: number;
  titleId: string;
  descriptionId: string;
  /** Right-to-left reading: the first panel on the right. */
  rtl?: boolean;
}

export function TrialChart({
  trial,
  design,
  width,
  fontSize,
  titleId,
  descriptionId,
  rtl = false,
}: TrialChartProps) {
  const left = fontSize * 2.4;
  const gap = fontSize * 2;
  const panelWidth = (width - left - gap) / 2;
  const titles =
    design === 'crossover'
      ? [t('lab.trial.panelAB'), t('lab.trial.panelBA')]
      : [t('lab.trial.panelArmA'), t('lab.trial.panelArmB')];
  // A panel title wider than its panel (bold, ~0.62 em a character) wraps, in smaller type on
  // a narrow panel (a phone in the projector theme); so do the period labels.
  const narrow = panelWidth < 140;
  const titleSize = narrow ? fontSize * 0.85 : fontSize;
  const titleLines = titles.map((title) => wrapText(title, panelWidth / (titleSize * 0.62)));
  const periodSize = narrow ? fontSize * 0.7 : fontSize * 0.8;
  const extraTitleLines = Math.max(...titleLines.map((lines) => lines.length)) - 1;
  const height = Math.max(220, Math.min(340, width * 0.5)) + extraTitleLines * titleSize * 1.2;
  const top = fontSize * 2 + extraTitleLines * titleSize * 1.2;
  const bottom = height - fontSize * 2.2;

  const y = useMemo(() => {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < trial.n; i += 1) {
      for (const value of [trial.y1[i]!, trial.y2[i]!]) {
        if (value === value) {
          lo = Math.min(lo, value);
          hi = Math.max(hi, value);
        }
      }
    }
    if (!Number.isFinite(lo)) [lo, hi] = [-1, 1];
    return scaleLinear().domain([lo, hi]).nice().range([bottom, top]);
  }, [trial, top, bottom]);

  const panels = [0, 1].map((group) => {
    const x0 = left + (rtl ? 1 - group : group) * (panelWidth + gap);
    return { group, x0, xA: x0 + panelWidth * 0.25, xB: x0 + panelWidth * 0.75 };
  });
  const ticks = y.ticks(5);
  const r = Math.max(2, Math.min(4, 180 / trial.n));

  return (
    <ChartSvg
      className="trial-chart"
      width={width}
      height={height}
      titleId={titleId}
      descriptionId={descriptionId}
      fontSize={fontSize}
    >
      <g className="axis" aria-hidden="true">
        {ticks.map((tick) => (
          <g key={tick} transform={`translate(0,${y(tick)})`}>
            <line x1={left - 4} x2={width} className="trial-chart__grid" />
            <text
              x={left - 6}
              dy="0.35em"
              textAnchor="end"
              fontSize={fontSize * 0.75}
              className="axis__label"
            >
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        <text
          transform={`translate(${fontSize * 0.8},${(top + bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
          fontSize={fontSize * 0.75}
          className="axis__title"
        >
          {t('lab.trial.axis')}
        </text>
      </g>
      {panels.map(({ group, x0, xA, xB }) => {
        return (
          <g key={group} className="trial-chart__panel">
            <text
              y={fontSize * 1.1}
              textAnchor="middle"
              fontSize={titleSize}
              className="trial-chart__title"
            >
              {titleLines[group]!.map((line, index, lines) => (
                <tspan key={line} x={x0 + panelWidth / 2} dy={index === 0 ? 0 : fontSize * 1.2}>
                  {index < lines.length - 1 ? `${line} ` : line}
                </tspan>
              ))}
            </text>
            {design === 'crossover' ? (
              <>
                <text
                  x={xA}
                  y={height - fontSize * 0.6}
                  textAnchor="middle"
                  fontSize={periodSize}
                  className="axis__label"
                >
                  {t('lab.trial.periodLabel', { period: 1 })}
                </text>
                <text
                  x={xB}
                  y={height - fontSize * 0.6}
                  textAnchor="middle"
                  fontSize={periodSize}
                  className="axis__label"
                >
                  {t('lab.trial.periodLabel', { period: 2 })}
                </text>
              </>
            ) : (
              <text
                x={x0 + panelWidth / 2}
                y={height - fontSize * 0.6}
                textAnchor="middle"
                fontSize={periodSize}
                className="axis__label"
              >
                {t('lab.trial.oneEach')}
              </text>
            )}
            <PanelMarks
              trial={trial}
              group={group}
              design={design}
              xA={xA}
              xB={xB}
              x0={x0}
              panelWidth={panelWidth}
              y={y}
              r={r}
            />
          </g>
        );
      })}
    </ChartSvg>
  );
}

interface PanelMarksProps {
  trial: TrialData;
  group: number;
  design: LabDesign;
  xA: number;
  xB: number;
  x0: number;
  panelWidth: number;
  y: (value: number) => number;
  r: number;
}

/** A circle as path data (two arcs), so many dots can share one <path> element. */
function circlePath(cx: number, cy: number, r: number): string {
  const x = cx - r;
  return `M${x.toFixed(2)},${cy.toFixed(2)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
}

/**
 * One panel's marks as a handful of paths (lines, open dots, filled dots) rather than an element
 * or three per person: a slider step redraws a few attributes, not a few hundred elements.
 */
function PanelMarks({ trial, group, design, xA, xB, x0, panelWidth, y, r }: PanelMarksProps) {
  let lines = '';
  let open = '';
  let filled = '';
  let sum = 0;
  let count = 0;
  // Period 1 is active (filled) in AB and control (open) in BA; period 2 the other way round.
  const firstActive = group === 0;
  for (let i = 0; i < trial.n; i += 1) {
    if (trial.sequence[i] !== group) continue;
    const y1 = trial.y1[i]!;
    const y2 = trial.y2[i]!;
    if (design === 'parallel') {
      const jitter = ((i * 0.618) % 1) - 0.5;
      const dot = circlePath(x0 + panelWidth / 2 + jitter * panelWidth * 0.5, y(y1), r);
      if (firstActive) filled += dot;
      else open += dot;
      sum += y1;
      count += 1;
      continue;
    }
    const first = circlePath(xA, y(y1), r);
    if (firstActive) filled += first;
    else open += first;
    if (y2 === y2) {
      lines += `M${xA.toFixed(2)},${y(y1).toFixed(2)}L${xB.toFixed(2)},${y(y2).toFixed(2)}`;
      const second = circlePath(xB, y(y2), r);
      if (firstActive) open += second;
      else filled += second;
    }
  }
  const mean = design === 'parallel' && count > 0 ? sum / count : null;
  return (
    <>
      {lines && <path d={lines} fill="none" className="pair__line" />}
      {open && <path d={open} className="dot" />}
      {filled && <path d={filled} className="dot dot--active" />}
      {mean !== null && (
        <line
          x1={x0 + panelWidth * 0.15}
          x2={x0 + panelWidth * 0.85}
          y1={y(mean)}
          y2={y(mean)}
          className="trial-chart__mean"
        />
      )}
    </>
  );
}
