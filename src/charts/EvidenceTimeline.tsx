/**
 * The evidence since 2018 on a year axis: one mark per study or letter, its area proportional to
 * the number of participants where there is one, its shape telling the finding (so colour is not
 * needed). Marks in the same year stack. Each mark is focusable; focus, hover or Enter reports it
 * so the section can show its details.
 */
import { useMemo, type KeyboardEvent } from 'react';
import { scaleLinear, scaleSqrt } from 'd3-scale';
import type { EvidenceEntryData, Finding } from '../data/schema';
import { wrapText } from '../model/flowLayout';

export const FINDING_LABELS: Record<Finding, string> = {
  blocked: 'blocked',
  attenuated: 'weakened',
  'not-blocked': 'not blocked',
  commentary: 'commentary',
  mechanism: 'mechanism (animals)',
};

export interface EvidenceTimelineProps {
  entries: readonly EvidenceEntryData[];
  activeId: string | null;
  onActivate: (id: string) => void;
  width: number;
  fontSize: number;
  titleId: string;
  descriptionId: string;
}

/** The mark for a finding, centred on 0,0 with size r. */
export function FindingShape({ finding, r }: { finding: Finding; r: number }) {
  switch (finding) {
    case 'blocked':
      return (
        <rect x={-r} y={-r} width={2 * r} height={2 * r} className="finding finding--blocked" />
      );
    case 'attenuated':
      return (
        <path
          d={`M${-r},${-r * 0.85} L${r},${-r * 0.85} L0,${r} Z`}
          className="finding finding--attenuated"
        />
      );
    case 'not-blocked':
      return <circle r={r} className="finding finding--not-blocked" />;
    case 'commentary':
      return (
        <path d={`M0,${-r} L${r},0 L0,${r} L${-r},0 Z`} className="finding finding--commentary" />
      );
    case 'mechanism':
      return (
        <path
          d={`M${-r * 0.3},${-r} h${r * 0.6} v${r * 0.7} h${r * 0.7} v${r * 0.6} h${-r * 0.7} v${r * 0.7} h${-r * 0.6} v${-r * 0.7} h${-r * 0.7} v${-r * 0.6} h${r * 0.7} z`}
          className="finding finding--mechanism"
        />
      );
  }
}

export function nOf(entry: EvidenceEntryData): number | null {
  return entry.n && typeof entry.n.value === 'number' ? entry.n.value : null;
}

export function EvidenceTimeline({
  entries,
  activeId,
  onActivate,
  width,
  fontSize,
  titleId,
  descriptionId,
}: EvidenceTimelineProps) {
  const small = fontSize * 0.82;
  const years = entries.map((entry) => entry.year);
  const minYear = Math.min(2018, ...years);
  const maxYear = Math.max(2025, ...years);
  const margin = { left: fontSize * 2, right: fontSize * 2 };
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([minYear - 0.5, maxYear + 0.5])
        .range([margin.left, width - margin.right]),
    [minYear, maxYear, width, margin.left, margin.right],
  );
  const maxN = Math.max(1, ...entries.map((entry) => nOf(entry) ?? 0));
  const size = useMemo(
    () =>
      scaleSqrt()
        .domain([0, maxN])
        .range([fontSize * 0.5, fontSize * 1.5]),
    [maxN, fontSize],
  );
  const yearWidth = x(minYear + 1) - x(minYear);
  const labelChars = Math.max(6, (yearWidth - 4) / (small * 0.56));

  // Stack the entries of each year.
  const rowHeight = fontSize * 3.6;
  const placed = useMemo(() => {
    const counts = new Map<number, number>();
    return entries.map((entry) => {
      const index = counts.get(entry.year) ?? 0;
      counts.set(entry.year, index + 1);
      return {
        entry,
        cx: x(entry.year),
        cy: fontSize * 2 + index * rowHeight,
        r: size(nOf(entry) ?? 0),
      };
    });
  }, [entries, x, size, fontSize, rowHeight]);
  const maxStack = Math.max(1, ...placed.map((p) => p.cy));
  const axisY = maxStack + rowHeight * 0.9;
  const height = axisY + fontSize * 2.4;
  const labelEvery = yearWidth < fontSize * 2.6 ? 2 : 1;

  const onKeyDown = (event: KeyboardEvent<SVGGElement>, id: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onActivate(id);
    }
  };

  return (
    <svg
      className="evidence-timeline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      fontSize={fontSize}
    >
      {placed.map(({ entry, cx, cy, r }) => {
        const n = nOf(entry);
        const label = wrapText(entry.label, labelChars);
        return (
          <g
            key={entry.id}
            transform={`translate(${cx},${cy})`}
            className={
              activeId === entry.id ? 'evidence-mark evidence-mark--active' : 'evidence-mark'
            }
            role="button"
            tabIndex={0}
            aria-pressed={activeId === entry.id}
            aria-label={`${entry.year} ${entry.label}: ${FINDING_LABELS[entry.finding]}${n !== null ? `, ${n} participants` : ''}`}
            data-entry-id={entry.id}
            onFocus={() => onActivate(entry.id)}
            onClick={() => onActivate(entry.id)}
            onKeyDown={(event) => onKeyDown(event, entry.id)}
          >
            <FindingShape finding={entry.finding} r={r} />
            <text
              y={r + small * 1.1}
              textAnchor="middle"
              fontSize={small}
              className="evidence-mark__label"
              aria-hidden="true"
            >
              {label.map((line, index) => (
                <tspan key={index} x={0} dy={index === 0 ? 0 : small * 1.15}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
      <g className="axis" transform={`translate(0, ${axisY})`} aria-hidden="true">
        <line x1={x(minYear - 0.5)} x2={x(maxYear + 0.5)} className="axis__domain" />
        {Array.from({ length: maxYear - minYear + 1 }, (_, i) => minYear + i).map((year, i) => (
          <g key={year} transform={`translate(${x(year)},0)`}>
            <line y2={fontSize * 0.4} className="axis__tick" />
            {i % labelEvery === 0 && (
              <text y={fontSize * 1.5} textAnchor="middle" fontSize={small} className="axis__label">
                {year}
              </text>
            )}
          </g>
        ))}
      </g>
    </svg>
  );
}
