/**
 * The evidence since 2018 on a year axis: one mark per study or letter, its area proportional to
 * the number of participants where there is one, its shape telling the finding (so colour is not
 * needed). Marks in the same year stack. The marks are one tab stop walked with the arrow keys;
 * focus, hover or Enter reports it so the section can show its details.
 *
 * The year axis runs left to right in every language (a number axis). The narrow list, which is
 * read line by line, is mirrored in a right-to-left language (`mirrored`): year, mark and label
 * start at the right edge.
 */
import { useMemo, type KeyboardEvent } from 'react';
import { scaleLinear, scaleSqrt } from 'd3-scale';
import type { EvidenceEntryData, Finding } from '../data/schema';
import { wrapText } from '../model/flowLayout';
import { ChartSvg } from './primitives/ChartSvg';
import { tierSuffix } from './primitives/useRovingMarks';
import { AxisBottom } from './primitives/AxisBottom';
import { t } from '../messages/i18n';
import { findingLabel } from '../messages/blockade';
import './EvidenceTimeline.css';

export interface EvidenceTimelineProps {
  entries: readonly EvidenceEntryData[];
  activeId: string | null;
  onActivate: (id: string) => void;
  width: number;
  fontSize: number;
  /**
   * The height to fit (a slide), or 0/undefined for the natural height. A fixed height lists the
   * entries by year in as many columns as it takes, with smaller marks, instead of stacking them
   * under a year axis (which would shrink the text).
   */
  height?: number;
  /** Right to left: the narrow list starts at the right edge (the year axis stays left to right). */
  mirrored?: boolean;
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
    case 'inconclusive':
      // An equals sign: the arms did not differ, so there was nothing to block.
      return (
        <path
          d={`M${-r},${-r * 0.7} h${2 * r} v${r * 0.5} h${-2 * r} Z M${-r},${r * 0.2} h${2 * r} v${r * 0.5} h${-2 * r} Z`}
          className="finding finding--inconclusive"
        />
      );
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
  entries: unsorted,
  activeId,
  onActivate,
  width,
  fontSize,
  height: fitHeight = 0,
  mirrored = false,
  titleId,
  descriptionId,
}: EvidenceTimelineProps) {
  const small = fontSize * 0.82;
  const entries = useMemo(() => [...unsorted].sort((a, b) => a.year - b.year), [unsorted]);
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
        .range(
          fitHeight > 0 ? [fontSize * 0.35, fontSize * 0.85] : [fontSize * 0.5, fontSize * 1.5],
        ),
    [maxN, fontSize, fitHeight],
  );
  const yearWidth = x(minYear + 1) - x(minYear);
  const labelChars = Math.max(6, (yearWidth - 4) / (small * 0.56));

  // Wide: a year axis with the entries of each year stacked. Narrow: a vertical list, one row
  // per entry, so labels never collide.
  const vertical = width < 560 || fitHeight > 0;
  const maxR = size(maxN);
  const listLabelX = fontSize * 3.6 + 2 * maxR;
  const placed = useMemo(() => {
    if (vertical) {
      // One row per entry, in year order; in a frame of fixed height, in up to three columns.
      const listOf = (columns: number) => {
        const columnWidth = width / columns;
        const listChars = Math.max(8, (columnWidth - listLabelX - 4) / (small * 0.56));
        const perColumn = Math.ceil(entries.length / columns);
        let y = fontSize * 0.8;
        return entries.map((entry, index) => {
          const column = Math.floor(index / perColumn);
          if (index % perColumn === 0) y = fontSize * 0.8;
          const r = size(nOf(entry) ?? 0);
          const lines = wrapText(
            t('blockade.evidence.detailTitle', {
              label: entry.label,
              finding: findingLabel(entry.finding),
            }),
            listChars,
          );
          const height = Math.max(2 * maxR, lines.length * small * 1.2) + fontSize * 0.8;
          const cy = y + height / 2;
          y += height;
          const showYear = index % perColumn === 0 || entries[index - 1]!.year !== entry.year;
          const cx = column * columnWidth + fontSize * 3.2 + maxR;
          const yearX = column * columnWidth + 2 - cx;
          // Mirrored, every position is reflected in the chart's vertical midline.
          return {
            entry,
            cx: mirrored ? width - cx : cx,
            cy,
            r,
            lines,
            showYear,
            yearX: mirrored ? -yearX : yearX,
            bottom: y,
          };
        });
      };
      let list = listOf(1);
      for (let columns = 2; fitHeight > 0 && columns <= 3; columns += 1) {
        if (Math.max(...list.map((p) => p.bottom)) + fontSize * 0.4 <= fitHeight) break;
        list = listOf(columns);
      }
      return list;
    }
    // Each year's column grows downward by the size of its marks and labels.
    const nextTop = new Map<number, number>();
    return entries.map((entry) => {
      const r = size(nOf(entry) ?? 0);
      const lines = wrapText(entry.label, labelChars);
      const top = nextTop.get(entry.year) ?? fontSize * 0.6;
      const cy = top + r;
      nextTop.set(entry.year, cy + r + small * (0.4 + 1.2 * lines.length) + fontSize * 0.6);
      return {
        entry,
        cx: x(entry.year),
        cy,
        r,
        lines,
        showYear: false,
        yearX: 0,
        bottom: nextTop.get(entry.year)!,
      };
    });
  }, [
    entries,
    x,
    size,
    fontSize,
    vertical,
    maxR,
    listLabelX,
    labelChars,
    small,
    width,
    fitHeight,
    mirrored,
  ]);
  const listAnchor = mirrored ? 'end' : 'start';
  const listLabelOffset = mirrored ? -(maxR + 8) : maxR + 8;
  const axisY = Math.max(0, ...placed.map((p) => p.bottom)) + (vertical ? 0 : fontSize * 0.2);
  const height = vertical ? axisY + fontSize * 0.4 : axisY + fontSize * 2.4;
  const labelEvery = yearWidth < fontSize * 2.6 ? 2 : 1;

  const onKeyDown = (event: KeyboardEvent<SVGGElement>, id: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onActivate(id);
    }
  };

  return (
    <ChartSvg
      className="evidence-timeline"
      width={width}
      height={height}
      role="group"
      titleId={titleId}
      descriptionId={descriptionId}
      fontSize={fontSize}
    >
      {placed.map(({ entry, cx, cy, r, lines, showYear, yearX }) => {
        const n = nOf(entry);
        return (
          <g
            key={entry.id}
            transform={`translate(${cx},${cy})`}
            className={
              activeId === entry.id ? 'evidence-mark evidence-mark--active' : 'evidence-mark'
            }
            role="button"
            data-mark=""
            aria-pressed={activeId === entry.id}
            aria-label={t(n !== null ? 'blockade.evidence.markWithN' : 'blockade.evidence.mark', {
              year: String(entry.year),
              label: entry.label,
              finding: findingLabel(entry.finding),
              tier: tierSuffix(entry.summary.tier, ''),
              ...(n !== null ? { n } : {}),
            })}
            data-entry-id={entry.id}
            onFocus={() => onActivate(entry.id)}
            onClick={() => onActivate(entry.id)}
            onKeyDown={(event) => onKeyDown(event, entry.id)}
          >
            <FindingShape finding={entry.finding} r={r} />
            {vertical ? (
              <>
                {showYear && (
                  <text
                    x={yearX}
                    textAnchor={listAnchor}
                    dy="0.35em"
                    fontSize={small}
                    className="evidence-mark__year"
                    aria-hidden="true"
                  >
                    {`${entry.year} `}
                  </text>
                )}
                <text
                  y={-((lines.length - 1) * small * 1.2) / 2}
                  fontSize={small}
                  className="evidence-mark__label"
                  textAnchor={listAnchor}
                  aria-hidden="true"
                >
                  {lines.map((line, index) => (
                    <tspan
                      key={index}
                      x={listLabelOffset}
                      dy={index === 0 ? '0.35em' : small * 1.2}
                    >
                      {/* a space between lines keeps the words apart in the label's text */}
                      {index < lines.length - 1 ? `${line} ` : line}
                    </tspan>
                  ))}
                </text>
              </>
            ) : (
              <text
                y={r + small * 1.1}
                textAnchor="middle"
                fontSize={small}
                className="evidence-mark__label"
                aria-hidden="true"
              >
                {lines.map((line, index) => (
                  <tspan key={index} x={0} dy={index === 0 ? 0 : small * 1.15}>
                    {index < lines.length - 1 ? `${line} ` : line}
                  </tspan>
                ))}
              </text>
            )}
          </g>
        );
      })}
      {!vertical && (
        <AxisBottom
          x={x}
          ticks={Array.from({ length: maxYear - minYear + 1 }, (_, i) => minYear + i)}
          y={axisY}
          range={[x(minYear - 0.5), x(maxYear + 0.5)]}
          fontSize={fontSize}
          labelled={(_, i) => i % labelEvery === 0}
          aria-hidden
        />
      )}
    </ChartSvg>
  );
}
