/**
 * Responders person by person: one column per participant, one row per condition. A filled
 * circle with a tick is a responder, an open circle with a dash is not, so the chart reads without
 * colour. A line joins each person's two results, drawn heavy for people who responded in the
 * first row — so the blockade shows as heavy lines ending in open circles.
 *
 * The order of people is arbitrary (responders first); individual identities were not reported.
 * A row may describe only some of the people (`known`): the others are drawn as dotted circles
 * with a question mark and counted as "not described", never as a result.
 *
 * Each person is a walkable mark (row by row): its name says the row, the result and the tier.
 * In a right-to-left language the chart is mirrored (`mirrored`): people are counted from the
 * right and the row labels stand at the right edge, where a reader of that language starts.
 */
import { wrapText } from '../model/flowLayout';
import { t } from '../messages/i18n';
import { ChartSvg } from './primitives/ChartSvg';
import { markProps, tierSuffix } from './primitives/useRovingMarks';

export interface ResponderRow {
  label: string;
  /** Responders in this row (they are the first `responders` people). */
  responders: number;
  /** How many people this row's source describes (the first `known`); default: all. */
  known?: number;
  /** The tier of the row's count (e.g. "paper"), said with each person. */
  tier?: string;
}

export interface ResponderChartProps {
  n: number;
  rows: [ResponderRow, ResponderRow];
  width: number;
  fontSize: number;
  /** Right to left: the first person and the labels at the right edge. */
  mirrored?: boolean;
  titleId: string;
  descriptionId: string;
}

export function ResponderChart({
  n,
  rows,
  width,
  fontSize,
  mirrored = false,
  titleId,
  descriptionId,
}: ResponderChartProps) {
  const knownOf = (row: ResponderRow) => Math.min(n, row.known ?? n);
  const labelLines = rows.map((row) =>
    wrapText(
      knownOf(row) < n
        ? t('blockade.responders.rowLabelPartial', {
            row: row.label,
            responders: row.responders,
            known: knownOf(row),
            rest: n - knownOf(row),
          })
        : t('blockade.responders.rowLabel', { row: row.label, responders: row.responders, n }),
      (width - 2 * fontSize) / (fontSize * 0.62),
    ),
  );
  const lineGap = fontSize * 1.25;
  const labelHeight =
    fontSize * 0.6 + Math.max(...labelLines.map((lines) => lines.length)) * lineGap;
  const pad = fontSize;
  const cell = Math.max(18, Math.min(56, (width - 2 * pad) / n));
  const r = Math.min(cell * 0.36, fontSize * 1.1);
  const rowGap = Math.max(fontSize * 4, cell * 1.6);
  const top0 = labelHeight + r + 4;
  const top1 = top0 + rowGap;
  const noteLines = wrapText(
    t('blockade.responders.note'),
    (width - 2 * fontSize) / (fontSize * 0.8 * 0.56),
  );
  const height = top1 + r + labelHeight + fontSize * (1 + noteLines.length);
  const cx = (i: number) => (mirrored ? width - pad - cell * (i + 0.5) : pad + cell * (i + 0.5));
  const ys = [top0, top1];
  // Labels start at the reading edge: the left, or the right in a right-to-left language.
  const labelX = mirrored ? width - pad : pad;
  const labelAnchor = mirrored ? 'end' : 'start';

  return (
    <ChartSvg
      className="responder-chart"
      role="group"
      width={width}
      height={height}
      titleId={titleId}
      descriptionId={descriptionId}
      fontSize={fontSize}
    >
      {Array.from({ length: n }, (_, i) => (
        <line
          key={`link-${i}`}
          x1={cx(i)}
          x2={cx(i)}
          y1={top0 + r}
          y2={top1 - r}
          className={
            i < rows[0].responders ? 'responder-link responder-link--responder' : 'responder-link'
          }
        />
      ))}
      {rows.map((row, rowIndex) => (
        <g key={row.label}>
          <text className="responder-chart__row-label" textAnchor={labelAnchor}>
            {labelLines[rowIndex]!.map((line, index, all) => (
              <tspan
                key={index}
                x={labelX}
                y={
                  rowIndex === 0
                    ? ys[0]! - r - 8 - (all.length - 1 - index) * lineGap
                    : ys[1]! + r + fontSize * 1.3 + index * lineGap
                }
              >
                {line}
              </tspan>
            ))}
          </text>
          {Array.from({ length: n }, (_, i) => {
            const responded = i < row.responders;
            const y = ys[rowIndex]!;
            const said = t('blockade.responders.person', { person: i + 1, n, row: row.label });
            const tier = tierSuffix(row.tier, '');
            if (i >= knownOf(row)) {
              return (
                <g
                  key={i}
                  className="person person--unknown"
                  {...markProps(t('blockade.responders.personUnknown', { person: said }))}
                >
                  <circle cx={cx(i)} cy={y} r={r} className="person__circle" />
                  <text
                    x={cx(i)}
                    y={y}
                    textAnchor="middle"
                    dominantBaseline="central"
                    className="person__unknown"
                    fontSize={r * 1.1}
                  >
                    ?
                  </text>
                </g>
              );
            }
            return (
              <g
                key={i}
                className={responded ? 'person person--responder' : 'person'}
                {...markProps(
                  t(
                    responded
                      ? 'blockade.responders.personResponded'
                      : 'blockade.responders.personNot',
                    { person: said, tier },
                  ),
                )}
              >
                <circle cx={cx(i)} cy={y} r={r} className="person__circle" />
                {responded ? (
                  <path
                    d={`M${cx(i) - r * 0.45},${y} l${r * 0.3},${r * 0.35} l${r * 0.6},${-r * 0.7}`}
                    className="person__tick"
                  />
                ) : (
                  <line
                    x1={cx(i) - r * 0.4}
                    x2={cx(i) + r * 0.4}
                    y1={y}
                    y2={y}
                    className="person__dash"
                  />
                )}
              </g>
            );
          })}
        </g>
      ))}
      <text className="responder-chart__note" fontSize={fontSize * 0.8} textAnchor={labelAnchor}>
        {noteLines.map((line, index) => (
          <tspan
            key={index}
            x={labelX}
            y={height - fontSize * 0.4 - (noteLines.length - 1 - index) * fontSize}
          >
            {line}
          </tspan>
        ))}
      </text>
    </ChartSvg>
  );
}
