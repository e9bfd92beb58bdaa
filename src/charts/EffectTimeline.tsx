/**
 * The cross-species timeline: one day axis (day 0 = treatment), a track for people and one for
 * rats, and a day cursor shared by both. Stateless apart from the drag gesture: the day comes in
 * as a prop and changes go out through onDayChange.
 *
 * The cursor is a slider (role="slider"): drag it, click or tap anywhere on the chart, or use the
 * keyboard — arrows ±1 day, PageUp/PageDown ±7, Home/End to the ends.
 *
 * The optional illustrative curve is drawn only together with its label "illustrative — not
 * study data", dashed, and without a numeric axis.
 *
 * Speed: a day step re-renders only the cursor. Everything else (tracks, labels, axis, curve) is
 * one memoised part that depends on the size, labels and curve but not on the day, and the cursor
 * is one group moved by a single `transform`, so a key press changes a handful of attributes.
 *
 * Right to left (`rtl`): the day axis keeps running left to right (day 0 on the left), as number
 * axes do; the track headings and the curve's two labels swap sides so that they start where a
 * right-to-left reader starts.
 */
import { memo, useId, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { Timeline, TimelineTrack } from '../model/effectTimeline';
import { wrapText } from '../model/flowLayout';
import { ChartSvg } from './primitives/ChartSvg';
import { AxisBottom } from './primitives/AxisBottom';
import { t } from '../messages/i18n';

export interface EffectTimelineProps {
  timeline: Timeline;
  day: number;
  onDayChange: (day: number) => void;
  /** Accessible text of the current day (the live summary sentence). */
  dayText: string;
  width: number;
  fontSize: number;
  /**
   * The height to fill (a slide), or 0/undefined to take the natural height. Only the
   * illustrative curve's panel gives way: the tracks and their text keep their size.
   */
  height?: number;
  /** Points [day, height 0–1] of the illustrative curve; omit to hide it. */
  curve?: [number, number][];
  /** Tier words shown on the marks, e.g. { humanWindow: 'paper' }. */
  tierTags: {
    humanWindow: string;
    ratWindow: string;
    assessments: string;
    secondInfusion: string;
    shocks: string;
  };
  labels: {
    /** Track names, e.g. "People (Hess et al. 2024)". */
    humanTrack: string;
    companionTrack: string;
    /** The companion window's length, e.g. "6 days". */
    companionWindowLength: string;
    humanWindowLength: string;
    humanWindow: string;
    ratWindow: string;
    assessments: string;
    secondInfusion: string;
    shocks: string;
  };
  titleId: string;
  descriptionId: string;
  /** The page reads right to left: headings start at the right (the day axis does not turn). */
  rtl?: boolean;
}

/** The label the illustrative curve always carries, in the reader's language. */
export function illustrativeLabel(): string {
  return t('timeline.chart.illustrative');
}

/** "text · tag", or the text alone when there is no tag. */
function tagged(text: string, tag: string): string {
  return tag ? t('timeline.label.tagged', { text, tag }) : text;
}

/** The vertical layout, top to bottom, for a width, font size, frame height and labels. */
function timelineLayout(
  width: number,
  fontSize: number,
  fitHeight: number | undefined,
  hasCurve: boolean,
  humanText: string,
  ratText: string,
) {
  const small = fontSize * 0.82;
  // A generous average for the bold track headings, so a wrapped line never runs off the edge.
  const charWidth = small * 0.6;
  const margin = { left: fontSize * 0.8, right: fontSize * 1.6 };
  const lineHeight = small * 1.3;
  const labelLines = (text: string) =>
    wrapText(text, (width - margin.left - margin.right) / charWidth);
  const humanLabel = labelLines(humanText);
  const ratLabel = labelLines(ratText);
  // A frame of fixed height (a slide) packs the tracks a little tighter; the text keeps its size.
  const bandHeight = fitHeight ? fontSize * 1.45 : fontSize * 1.7;
  const trackGap = fitHeight ? fontSize : fontSize * 1.4;
  // The tracks and the axis, from the top of the first track label to the bottom of the chart.
  const tracksHeight =
    (humanLabel.length + ratLabel.length) * lineHeight + bandHeight * 3 + trackGap + fontSize * 5.8;
  const curveTop = fontSize * 1.8;
  // In a frame of fixed height the curve takes what the tracks leave (between 2.2 and 7 lines).
  const curveHeight = !hasCurve
    ? 0
    : fitHeight
      ? Math.max(
          fontSize * 2.2,
          Math.min(fontSize * 7, fitHeight - curveTop - fontSize * 1.2 - tracksHeight),
        )
      : fontSize * 7;
  const trackTop = hasCurve ? curveTop + curveHeight + fontSize * 1.2 : fontSize * 0.4;
  const humanLabelY = trackTop + lineHeight;
  const humanWindowY = trackTop + humanLabel.length * lineHeight + fontSize * 0.5;
  const assessmentsY = humanWindowY + bandHeight + fontSize * 0.4;
  const ratTop = assessmentsY + bandHeight + trackGap;
  const ratLabelY = ratTop + lineHeight;
  const ratWindowY = ratTop + ratLabel.length * lineHeight + fontSize * 0.5;
  const axisY = ratWindowY + bandHeight + fontSize * 1.2;
  const height = axisY + fontSize * 3.2;
  return {
    small,
    charWidth,
    margin,
    lineHeight,
    humanLabel,
    ratLabel,
    bandHeight,
    curveTop,
    curveHeight,
    humanLabelY,
    humanWindowY,
    assessmentsY,
    ratLabelY,
    ratWindowY,
    axisY,
    height,
  };
}

type Layout = ReturnType<typeof timelineLayout>;

export function EffectTimeline({
  timeline,
  day,
  onDayChange,
  dayText,
  width,
  fontSize,
  height: fitHeight,
  curve,
  tierTags,
  labels,
  titleId,
  descriptionId,
  rtl = false,
}: EffectTimelineProps) {
  const hatchId = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  const dragging = useRef(false);
  const [human] = timeline.tracks;

  const humanText = `${labels.humanTrack}: ${labels.humanWindow}`;
  const ratText = labels.shocks
    ? `${labels.companionTrack}: ${labels.ratWindow}; ${labels.shocks}`
    : `${labels.companionTrack}: ${labels.ratWindow}`;
  const hasCurve = Boolean(curve);
  const layout = useMemo(
    () => timelineLayout(width, fontSize, fitHeight, hasCurve, humanText, ratText),
    [width, fontSize, fitHeight, hasCurve, humanText, ratText],
  );
  const { margin, small, bandHeight, humanWindowY, assessmentsY, ratWindowY, axisY, height } =
    layout;

  const x = useMemo(
    () =>
      scaleLinear()
        .domain([0, timeline.maxDay])
        .range([margin.left, width - margin.right]),
    [timeline.maxDay, width, margin.left, margin.right],
  );

  const dayFromClientX = (clientX: number) => {
    const rect = svgRef.current?.getBoundingClientRect();
    if (!rect) return day;
    const scale = rect.width > 0 ? width / rect.width : 1;
    return Math.round(x.invert((clientX - rect.left) * scale));
  };

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    dragging.current = true;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    onDayChange(dayFromClientX(event.clientX));
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (dragging.current) onDayChange(dayFromClientX(event.clientX));
  };
  const onPointerUp = (event: PointerEvent<SVGSVGElement>) => {
    dragging.current = false;
    event.currentTarget.releasePointerCapture?.(event.pointerId);
  };

  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const moves: Record<string, number> = {
      ArrowRight: day + 1,
      ArrowUp: day + 1,
      ArrowLeft: day - 1,
      ArrowDown: day - 1,
      PageUp: day + 7,
      PageDown: day - 7,
      Home: 0,
      End: timeline.maxDay,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onDayChange(Math.min(timeline.maxDay, Math.max(0, next)));
  };

  return (
    <ChartSvg
      ref={svgRef}
      className="effect-timeline"
      width={width}
      height={height}
      role="group"
      titleId={titleId}
      descriptionId={descriptionId}
      fontSize={fontSize}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    >
      <TimelineMarks
        timeline={timeline}
        width={width}
        fontSize={fontSize}
        layout={layout}
        x={x}
        curve={curve}
        tierTags={tierTags}
        labels={labels}
        hatchId={hatchId}
        rtl={rtl}
      />

      {/* The cursor: one group moved along the day axis. It crosses the tracks' bands, not their
          labels, so the labels stay readable. */}
      <g className="day-cursor-layer" transform={`translate(${x(day)} 0)`}>
        <line
          y1={humanWindowY - fontSize * 0.2}
          y2={(human.assessmentBand ? assessmentsY : humanWindowY) + bandHeight + fontSize * 0.2}
          className="day-cursor__line"
          pointerEvents="none"
        />
        <line
          y1={ratWindowY - fontSize * 0.2}
          y2={axisY}
          className="day-cursor__line"
          pointerEvents="none"
        />
        <g
          className="day-cursor"
          role="slider"
          tabIndex={0}
          aria-label={t('timeline.chart.cursor')}
          aria-valuemin={0}
          aria-valuemax={timeline.maxDay}
          aria-valuenow={day}
          aria-valuetext={dayText}
          aria-orientation="horizontal"
          onKeyDown={onKeyDown}
        >
          <rect
            x={-fontSize * 1.4}
            y={axisY - fontSize * 0.9}
            width={fontSize * 2.8}
            height={fontSize * 1.8}
            rx={fontSize * 0.9}
            className="day-cursor__handle"
          />
          <text
            y={axisY}
            dy="0.35em"
            textAnchor="middle"
            className="day-cursor__text"
            fontSize={small}
            pointerEvents="none"
          >
            {day}
          </text>
        </g>
      </g>
    </ChartSvg>
  );
}

/** Two flat records of strings hold the same words. */
function sameWords(a: Record<string, string>, b: Record<string, string>): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

interface TimelineMarksProps {
  timeline: Timeline;
  width: number;
  fontSize: number;
  layout: Layout;
  x: ScaleLinear<number, number>;
  curve: [number, number][] | undefined;
  tierTags: EffectTimelineProps['tierTags'];
  labels: EffectTimelineProps['labels'];
  hatchId: string;
  rtl: boolean;
}

/**
 * Everything but the cursor: the hatch pattern, the hit area, the illustrative curve, both tracks
 * and the day axis. It does not depend on the day, so a day step does not re-render it (labels and
 * tier tags are compared word by word, as callers often pass fresh objects).
 */
const TimelineMarks = memo(
  function TimelineMarks({
    timeline,
    width,
    fontSize,
    layout,
    x,
    curve,
    tierTags,
    labels,
    hatchId,
    rtl,
  }: TimelineMarksProps) {
    const {
      small,
      charWidth,
      lineHeight,
      humanLabel,
      ratLabel,
      bandHeight,
      curveTop,
      curveHeight,
      humanLabelY,
      humanWindowY,
      assessmentsY,
      ratLabelY,
      ratWindowY,
      axisY,
      height,
    } = layout;
    const [human, rat] = timeline.tracks;

    /**
     * The second infusion's label: the longest that fits to the right of its mark at `left`, or
     * the shortest drawn to the left of the mark when even that does not fit.
     */
    const secondInfusionLabel = (left: number): { text: string; before: boolean } => {
      const fits = (text: string) => left + text.length * charWidth <= width;
      const full = tagged(labels.secondInfusion, tierTags.secondInfusion);
      if (width >= 520 && fits(full)) return { text: full, before: false };
      const short = tagged(t('timeline.label.secondShort'), tierTags.secondInfusion);
      if (width >= 520 && fits(short)) return { text: short, before: false };
      const shortest = t('timeline.label.secondShortest');
      return { text: shortest, before: !fits(shortest) };
    };

    const curvePath = useMemo(() => {
      if (!curve) return null;
      const y = scaleLinear()
        .domain([0, 1])
        .range([curveTop + curveHeight, curveTop + fontSize]);
      return line<[number, number]>()
        .x((point) => x(point[0]))
        .y((point) => y(point[1]))(curve.filter((point) => point[0] <= timeline.maxDay));
    }, [curve, curveTop, curveHeight, fontSize, x, timeline.maxDay]);

    const tickStep = width < 520 ? 7 : 1;
    const ticks = [];
    for (let d = 0; d <= timeline.maxDay; d += tickStep) ticks.push(d);
    const labelEvery = width < 520 ? 7 : width < 900 ? 7 : 1;

    const band = (track: TimelineTrack, top: number, text: string, tag: string) => (
      <g className={`timeline-window timeline-window--${track.id}`}>
        <rect
          x={x(0)}
          y={top}
          width={x(track.windowEnd) - x(0)}
          height={bandHeight}
          className="timeline-window__rect"
        />
        <text
          x={x(0) + 6}
          y={top + bandHeight / 2}
          dy="0.35em"
          fontSize={small}
          className="timeline-window__label"
        >
          {tagged(text, tag)}
        </text>
      </g>
    );

    // Headings start where the reader starts: the left end, or the right end right to left.
    const startX = rtl ? x(timeline.maxDay) : x(0);
    const startAnchor = rtl ? 'end' : 'start';
    // The curve's "no scale" label: at the far end from its label when wide; narrow, on the next
    // line at the reader's start. "Right" is the right end of the day axis.
    const noScaleAtRight = width < 520 ? rtl : !rtl;
    const second = human.secondInfusion
      ? secondInfusionLabel(x(human.secondInfusion.day) + fontSize * 0.8)
      : null;

    return (
      <>
        <defs>
          <pattern
            id={hatchId}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" className="hatch__bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="hatch__line" />
          </pattern>
        </defs>

        <rect x={0} y={0} width={width} height={height} className="effect-timeline__hit" />

        {curve && curvePath && (
          <g className="illustrative" data-testid="illustrative-curve" pointerEvents="none">
            <rect
              x={x(0)}
              y={curveTop - fontSize * 0.2}
              width={x(timeline.maxDay) - x(0)}
              height={curveHeight + fontSize * 0.2}
              fill={`url(#${hatchId})`}
              className="illustrative__bg"
            />
            <text
              x={rtl ? x(timeline.maxDay) - 6 : x(0) + 6}
              y={curveTop + fontSize * 0.9}
              textAnchor={startAnchor}
              className="illustrative__label"
              fontSize={small}
            >
              {illustrativeLabel()}
            </text>
            <text
              x={noScaleAtRight ? x(timeline.maxDay) - 6 : x(0) + 6}
              y={width < 520 ? curveTop + fontSize * 0.9 + lineHeight : curveTop + fontSize * 0.9}
              textAnchor={noScaleAtRight ? 'end' : 'start'}
              className="illustrative__axis"
              fontSize={small}
            >
              {t('timeline.chart.noScale')}
            </text>
            <path d={curvePath} className="illustrative__curve" />
          </g>
        )}

        <g pointerEvents="none">
          <text className="timeline-track__label" fontSize={small} textAnchor={startAnchor}>
            {humanLabel.map((text, index) => (
              <tspan key={index} x={startX} y={humanLabelY + index * lineHeight}>
                {text}
              </tspan>
            ))}
          </text>
          {band(human, humanWindowY, labels.humanWindowLength, tierTags.humanWindow)}
          {human.assessmentBand && (
            <g className="timeline-assessments">
              <rect
                x={x(human.assessmentBand.start)}
                y={assessmentsY}
                width={x(human.assessmentBand.end) - x(human.assessmentBand.start)}
                height={bandHeight}
                fill={`url(#${hatchId})`}
                className="timeline-assessments__rect"
              />
              <text
                x={x(0) + 6}
                y={assessmentsY + bandHeight / 2}
                dy="0.35em"
                fontSize={small}
                className="timeline-assessments__label"
              >
                {tagged(labels.assessments, tierTags.assessments)}
              </text>
            </g>
          )}
          {human.secondInfusion && second && (
            <g className="timeline-second">
              <path
                d={`M${x(human.secondInfusion.day)},${humanWindowY} l${fontSize * 0.5},${fontSize * 0.5} l${-fontSize * 0.5},${fontSize * 0.5} l${-fontSize * 0.5},${-fontSize * 0.5} z`}
                className="timeline-second__mark"
              />
              <text
                x={x(human.secondInfusion.day) + (second.before ? -1 : 1) * fontSize * 0.8}
                y={humanWindowY + fontSize * 0.5}
                dy="0.35em"
                textAnchor={second.before ? 'end' : 'start'}
                fontSize={small}
                className="timeline-second__label"
              >
                {second.text}
              </text>
            </g>
          )}

          <text className="timeline-track__label" fontSize={small} textAnchor={startAnchor}>
            {ratLabel.map((text, index) => (
              <tspan key={index} x={startX} y={ratLabelY + index * lineHeight}>
                {text}
              </tspan>
            ))}
          </text>
          {band(rat, ratWindowY, labels.companionWindowLength, tierTags.ratWindow)}

          <AxisBottom
            x={x}
            ticks={ticks}
            y={axisY}
            range={[x(0), x(timeline.maxDay)]}
            fontSize={fontSize}
            labelled={(d) => d % labelEvery === 0}
            title={t('timeline.chart.axis')}
          />
        </g>
      </>
    );
  },
  (previous, next) =>
    previous.timeline === next.timeline &&
    previous.width === next.width &&
    previous.fontSize === next.fontSize &&
    previous.layout === next.layout &&
    previous.x === next.x &&
    previous.curve === next.curve &&
    previous.hatchId === next.hatchId &&
    previous.rtl === next.rtl &&
    sameWords(previous.tierTags, next.tierTags) &&
    sameWords(previous.labels, next.labels),
);
