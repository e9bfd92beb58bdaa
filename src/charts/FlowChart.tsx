/**
 * Renders a placed flow diagram (src/model/flowLayout.ts) as SVG. Stateless: everything comes in
 * as props. The boxes are one tab stop walked with the arrow keys (useRovingMarks, in the figure's
 * frame); focusing or hovering a box reports it (the section shows its facts
 * with provenance), activating it (click, tap, Enter, Space) reports it too, so a section can
 * follow the box's sequence.
 *
 * The followed sequence is drawn with thicker lines, a solid outline and a "followed" tag, and the
 * other sequence is faded and dashed — so colour is never the only cue.
 */
import { t } from '../messages/i18n';
import { useMemo, type KeyboardEvent } from 'react';
import { mirrorFlowLayout, type FlowLayout, type PlacedBox } from '../model/flowLayout';
import type { SequenceId } from '../model/crossoverFlow';
import { ChartSvg } from './primitives/ChartSvg';
import { tierSuffix } from './primitives/useRovingMarks';

export interface FlowChartProps {
  layout: FlowLayout;
  /** Ids of the boxes revealed so far (the stage-by-stage build). */
  visibleIds: ReadonlySet<string>;
  columns: { left: string; right: string };
  followed: SequenceId | null;
  activeBoxId: string | null;
  titleId: string;
  descriptionId: string;
  onBoxFocus: (id: string) => void;
  onBoxActivate: (id: string) => void;
  /** Right to left: the diagram mirrored (sequences and stages read from the right). */
  rtl?: boolean;
}

/** A box's accessible name: its title, and each line with the tier of the fact it shows. */
function boxLabel(placed: PlacedBox): string {
  const lines = placed.box.lines
    .map((line) => `${line.text}${tierSuffix(line.fact?.tier, line.text)}`)
    .join('; ');
  return `${placed.box.title}. ${lines}`;
}

export function FlowChart({
  layout: placedLayout,
  visibleIds,
  columns,
  followed,
  activeBoxId,
  titleId,
  descriptionId,
  onBoxFocus,
  onBoxActivate,
  rtl = false,
}: FlowChartProps) {
  const layout = useMemo(
    () => (rtl ? mirrorFlowLayout(placedLayout) : placedLayout),
    [rtl, placedLayout],
  );
  const { fontSize, lineHeight, padding } = layout;
  // Box text starts at the box's reading edge: the left, or the right for a right-to-left reader.
  const textX = (placed: PlacedBox) =>
    rtl ? placed.x + placed.width - padding : placed.x + padding;
  const textAnchor = rtl ? 'end' : 'start';
  const stateOf = (sequence: SequenceId | null) =>
    followed === null || sequence === null ? 'plain' : sequence === followed ? 'followed' : 'faded';

  const onKeyDown = (event: KeyboardEvent<SVGGElement>, id: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onBoxActivate(id);
    }
  };

  return (
    <ChartSvg
      className="flow-chart"
      width={layout.width}
      height={layout.height}
      role="group"
      titleId={titleId}
      descriptionId={descriptionId}
    >
      <g
        aria-hidden="true"
        className="flow-chart__columns"
        data-left={columns.left}
        data-right={columns.right}
      >
        {layout.lanes.length > 0
          ? layout.lanes.map((lane, laneIndex) => (
              <text key={laneIndex} textAnchor="middle" className="flow-chart__column-label">
                {lane.lines.map((line, index) => (
                  <tspan key={index} x={lane.center} y={layout.headerY + index * lineHeight}>
                    {line}
                  </tspan>
                ))}
              </text>
            ))
          : (['left', 'right'] as const).map((side) => (
              <text
                key={side}
                textAnchor={layout.columnLabels[side].anchor}
                className="flow-chart__column-label"
              >
                {layout.columnLabels[side].lines.map((line, index) => (
                  <tspan
                    key={index}
                    x={layout.columnLabels[side].x}
                    y={layout.columnLabels[side].y + index * lineHeight}
                  >
                    {line}
                  </tspan>
                ))}
              </text>
            ))}
      </g>
      <g className="flow-chart__links" aria-hidden="true">
        {layout.links
          .filter((placed) => visibleIds.has(placed.link.from) && visibleIds.has(placed.link.to))
          .map((placed) => (
            <path
              key={placed.link.id}
              d={placed.path}
              className={`flow-link flow-link--${stateOf(placed.link.sequence)}${placed.crosses ? ' flow-link--crossing' : ''}`}
              markerEnd="url(#flow-arrow)"
            />
          ))}
      </g>
      <defs>
        <marker
          id="flow-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerUnits="userSpaceOnUse"
          markerWidth={fontSize * 0.7}
          markerHeight={fontSize * 0.7}
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" className="flow-arrow" />
        </marker>
      </defs>
      {layout.boxes
        .filter((placed) => visibleIds.has(placed.box.id))
        .map((placed) => {
          const state = stateOf(placed.box.sequence);
          const isActive = activeBoxId === placed.box.id;
          const classes = [
            'flow-box',
            `flow-box--${placed.box.tone}`,
            `flow-box--${state}`,
            isActive ? 'flow-box--active' : '',
          ].join(' ');
          return (
            <g
              key={placed.box.id}
              className={classes}
              data-mark=""
              role="button"
              aria-label={`${boxLabel(placed)}${state === 'followed' ? t('designs.flow.followed') : ''}`}
              aria-pressed={placed.box.sequence !== null ? state === 'followed' : undefined}
              data-box-id={placed.box.id}
              onFocus={() => onBoxFocus(placed.box.id)}
              onMouseEnter={() => onBoxFocus(placed.box.id)}
              onClick={() => onBoxActivate(placed.box.id)}
              onKeyDown={(event) => onKeyDown(event, placed.box.id)}
            >
              <rect
                x={placed.x}
                y={placed.y}
                width={placed.width}
                height={placed.height}
                rx={6}
                className="flow-box__rect"
              />
              <text className="flow-box__text" fontSize={fontSize} textAnchor={textAnchor}>
                {placed.titleLines.map((line, index) => [
                  index > 0 ? ' ' : null,
                  <tspan
                    key={`t${index}`}
                    x={textX(placed)}
                    y={placed.y + padding + (index + 1) * lineHeight - lineHeight * 0.25}
                    className="flow-box__title"
                  >
                    {line}
                  </tspan>,
                ])}
                {placed.lines.map((line, index) => {
                  const fact = placed.box.lines[line.source]?.fact;
                  const unknown = fact?.value === null;
                  return [
                    ' ',
                    <tspan
                      key={`l${index}`}
                      x={textX(placed)}
                      y={line.y}
                      className={
                        unknown ? 'flow-box__line flow-box__line--unknown' : 'flow-box__line'
                      }
                    >
                      {line.text}
                    </tspan>,
                  ];
                })}
              </text>
              {state === 'followed' && (
                <text
                  x={rtl ? placed.x + padding : placed.x + placed.width - padding}
                  y={placed.y - 4}
                  textAnchor={rtl ? 'start' : 'end'}
                  className="flow-box__tag"
                >
                  {/* leading space: keeps the tag a separate word in the box's visible text;
                      across a slide the boxes are narrow, so the tag is one word */}
                  {layout.orientation === 'horizontal'
                    ? t('designs.flow.followedShort')
                    : t('designs.flow.followed')}
                </text>
              )}
            </g>
          );
        })}
    </ChartSvg>
  );
}
