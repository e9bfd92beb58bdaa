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
 */
import { wrapText } from '../model/flowLayout';
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
  titleId: string;
  descriptionId: string;
}

export function ResponderChart({
  n,
  rows,
  width,
  fontSize,
  titleId,
  descriptionId,
}: ResponderChartProps) {
  const knownOf = (row: ResponderRow) => Math.min(n, row.known ?? n);
  const labelLines = rows.map((row) =>
    wrapText(
      knownOf(row) < n
        ? `${row.label}: ${row.responders} of the ${knownOf(row)} described responded; ${n - knownOf(row)} not described`
        : `${row.label}: ${row.responders} of ${n} responded`,
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
    'Each column is one person; their order is arbitrary.',
    (width - 2 * fontSize) / (fontSize * 0.8 * 0.56),
  );
  const height = top1 + r + labelHeight + fontSize * (1 + noteLines.length);
  const cx = (i: number) => pad + cell * (i + 0.5);
  const ys = [top0, top1];

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
          <text className="responder-chart__row-label">
            {labelLines[rowIndex]!.map((line, index, all) => (
              <tspan
                key={index}
                x={pad}
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
            const said = `Person ${i + 1} of ${n}, ${row.label}`;
            const tier = tierSuffix(row.tier, '');
            if (i >= knownOf(row)) {
              return (
                <g
                  key={i}
                  className="person person--unknown"
                  {...markProps(`${said}: not described`)}
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
                {...markProps(`${said}: ${responded ? 'responded' : 'did not respond'}${tier}`)}
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
      <text className="responder-chart__note" fontSize={fontSize * 0.8}>
        {noteLines.map((line, index) => (
          <tspan
            key={index}
            x={pad}
            y={height - fontSize * 0.4 - (noteLines.length - 1 - index) * fontSize}
          >
            {line}
          </tspan>
        ))}
      </text>
    </ChartSvg>
  );
}
