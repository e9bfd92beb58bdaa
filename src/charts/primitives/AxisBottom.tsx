/**
 * A horizontal axis drawn by React from a scale's positions: a domain line, tick marks, labels
 * and an optional title at the right end. Placed with `y` (the axis line's vertical position).
 */
export interface AxisBottomProps {
  /** Position of a value along the axis. */
  x: (value: number) => number;
  ticks: readonly number[];
  y: number;
  /** Extent of the domain line in pixels. */
  range: readonly [number, number];
  fontSize: number;
  format?: (value: number) => string;
  /** Show a label only on ticks for which this returns true (all by default). */
  labelled?: (value: number, index: number) => boolean;
  title?: string;
  tickLength?: number;
  'aria-hidden'?: boolean;
}

export function AxisBottom({
  x,
  ticks,
  y,
  range,
  fontSize,
  format = String,
  labelled = () => true,
  title,
  tickLength = fontSize * 0.4,
  'aria-hidden': ariaHidden,
}: AxisBottomProps) {
  const small = fontSize * 0.8;
  return (
    <g className="axis" transform={`translate(0,${y})`} aria-hidden={ariaHidden}>
      <line x1={range[0]} x2={range[1]} className="axis__domain" />
      {ticks.map((tick, index) => (
        <g key={tick} transform={`translate(${x(tick)},0)`}>
          <line y2={tickLength} className="axis__tick" />
          {labelled(tick, index) && (
            <text y={fontSize * 1.4} textAnchor="middle" className="axis__label" fontSize={small}>
              {format(tick)}
            </text>
          )}
        </g>
      ))}
      {title && (
        <text
          x={range[1]}
          y={fontSize * 2.7}
          textAnchor="end"
          className="axis__title"
          fontSize={small}
        >
          {title}
        </text>
      )}
    </g>
  );
}
