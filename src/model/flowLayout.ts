/**
 * Geometry for a flow diagram: places boxes in stage rows and left/centre/right columns, wraps
 * their text to the box width, and draws links as vertical S-curves.
 *
 * Units are CSS pixels. Text width is estimated as `charWidth × fontSize` per character (0.56 is a
 * safe average for system sans-serif fonts), so the layout needs no DOM measurement and can be
 * tested; the chart passes the real font size, so the projector theme's larger type gets taller
 * boxes rather than overflowing ones.
 *
 * Two orientations: `vertical` (the CONSORT page: stages run down, sequences are columns) for
 * views and print, and `horizontal` for a slide, which is wide and short: stages run left to
 * right, the two sequences are bands one above the other, and shared boxes (enrolment, analysis)
 * span both bands — so the whole flow fits a 1280×720 slide at a readable size. A diagram with N
 * lanes (the lab's designs) is always laid out down the page.
 */
import { linkHorizontal, linkVertical } from 'd3-shape';
import { DESIGN_STAGES, type FlowBox, type FlowDiagram, type FlowLink } from './crossoverFlow';

export interface FlowLayoutOptions {
  width: number;
  fontSize: number;
  /** Line height as a multiple of the font size. */
  lineHeight?: number;
  /** Average character width as a fraction of the font size. */
  charWidth?: number;
  /** Stages down the page (default) or across it (slides). */
  orientation?: 'vertical' | 'horizontal';
}

/** Where a column's heading goes: centred over it (vertical) or at the start of its band. */
export interface PlacedColumnLabel {
  lines: string[];
  x: number;
  y: number;
  anchor: 'middle' | 'start' | 'end';
}

export interface PlacedLine {
  text: string;
  /** Index of the FlowLine this wrapped line came from. */
  source: number;
  y: number;
}

export interface PlacedBox {
  box: FlowBox;
  x: number;
  y: number;
  width: number;
  height: number;
  titleLines: string[];
  lines: PlacedLine[];
}

export interface PlacedLink {
  link: FlowLink;
  path: string;
  /** True when the link changes column (a crossover in the "by treatment" arrangement). */
  crosses: boolean;
}

export interface FlowLayout {
  width: number;
  height: number;
  boxes: PlacedBox[];
  links: PlacedLink[];
  headerY: number;
  /** Column headings wrapped to the column width. */
  columnLabelLines: { left: string[]; right: string[] };
  columnCenters: { left: number; right: number; center: number };
  /** With the diagram's `lanes`: each lane's heading, wrapped, and its centre (else empty). */
  lanes: { lines: string[]; center: number }[];
  /** The column headings, placed (without lanes). */
  columnLabels: { left: PlacedColumnLabel; right: PlacedColumnLabel };
  orientation: 'vertical' | 'horizontal';
  fontSize: number;
  lineHeight: number;
  padding: number;
}

/**
 * Greedy word wrap to at most `maxChars` characters per line. A word longer than a line gets a
 * line of its own and is never split, so screen readers and copy-paste read whole words.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const limit = Math.max(4, Math.floor(maxChars));
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!current) current = word;
    else if (current.length + 1 + word.length <= limit) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  return lines.length > 0 ? lines : [''];
}

const ROW_GAP_FACTOR = 2.2;

export function layoutFlow(diagram: FlowDiagram, options: FlowLayoutOptions): FlowLayout {
  if (options.orientation === 'horizontal' && !diagram.lanes?.length) {
    return layoutFlowAcross(diagram, options);
  }
  const fontSize = options.fontSize;
  const lineHeight = fontSize * (options.lineHeight ?? 1.35);
  const charWidth = fontSize * (options.charWidth ?? 0.56);
  const width = Math.max(240, options.width);
  const padding = Math.round(fontSize * 0.6);
  const gap = Math.max(12, Math.round(width * 0.04));
  const sideWidth = (width - gap) / 2;
  const centerWidth = Math.min(width, Math.max(sideWidth * 1.4, width * 0.72));
  const rowGap = Math.round(fontSize * ROW_GAP_FACTOR);
  const headerChars = (sideWidth - 8) / charWidth;
  const columnLabelLines = {
    left: wrapText(diagram.columns.left, headerChars),
    right: wrapText(diagram.columns.right, headerChars),
  };
  // N equal lanes instead of two columns, when the diagram has them.
  const laneCount = diagram.lanes?.length ?? 0;
  const laneGap = laneCount > 2 ? Math.max(6, Math.round(gap / 2)) : gap;
  const laneWidth = laneCount > 0 ? (width - laneGap * (laneCount - 1)) / laneCount : sideWidth;
  const laneX = (lane: number) => lane * (laneWidth + laneGap);
  const lanes = (diagram.lanes ?? []).map((label, lane) => ({
    lines: wrapText(label, (laneWidth - 8) / charWidth),
    center: laneX(lane) + laneWidth / 2,
  }));
  const headerLines =
    laneCount > 0
      ? Math.max(...lanes.map((lane) => lane.lines.length))
      : Math.max(columnLabelLines.left.length, columnLabelLines.right.length);
  const headerHeight = Math.round(lineHeight * (headerLines + 0.6));
  const inLane = (box: FlowBox) => laneCount > 0 && box.column !== 'center';

  const columnX = {
    left: 0,
    right: sideWidth + gap,
    center: (width - centerWidth) / 2,
  } as const;
  const columnWidth = { left: sideWidth, right: sideWidth, center: centerWidth } as const;

  // Wrap every box's text, then give each stage row the height of its tallest box. A stage may
  // hold several centre boxes (analysis + stopped): they stack within the row.
  const sized = diagram.boxes.map((box) => {
    const boxWidth = inLane(box) ? laneWidth : columnWidth[box.column];
    const maxChars = (boxWidth - 2 * padding) / charWidth;
    // Titles are bold, so wider per character.
    const titleLines = wrapText(box.title, maxChars / 1.1);
    const lines: { text: string; source: number }[] = [];
    box.lines.forEach((line, index) => {
      for (const text of wrapText(line.text, maxChars)) lines.push({ text, source: index });
    });
    const height =
      2 * padding + (titleLines.length + lines.length) * lineHeight + lineHeight * 0.25;
    return { box, boxWidth, titleLines, lines, height };
  });

  const placed: PlacedBox[] = [];
  let y = headerHeight;
  for (const stage of DESIGN_STAGES) {
    const inRow = sized.filter((item) => item.box.stage === stage);
    if (inRow.length === 0) continue;
    const centre = inRow.filter((item) => item.box.column === 'center');
    const sides = inRow.filter((item) => item.box.column !== 'center');
    let rowBottom = y;
    let cursor = y;
    for (const item of centre) {
      placed.push(place(item, columnX.center, cursor));
      cursor += item.height + rowGap * 0.6;
      rowBottom = Math.max(rowBottom, cursor - rowGap * 0.6);
    }
    // Side boxes in one row share a height so the row reads as a pair.
    const sideHeight = Math.max(0, ...sides.map((item) => item.height));
    for (const item of sides) {
      const x = inLane(item.box)
        ? laneX(item.box.lane ?? 0)
        : columnX[item.box.column as 'left' | 'right'];
      placed.push(place({ ...item, height: sideHeight }, x, y));
      rowBottom = Math.max(rowBottom, y + sideHeight);
    }
    y = rowBottom + rowGap;
  }

  function place(item: (typeof sized)[number], x: number, top: number): PlacedBox {
    const titleBlock = item.titleLines.length * lineHeight;
    return {
      box: item.box,
      x,
      y: top,
      width: item.boxWidth,
      height: item.height,
      titleLines: item.titleLines,
      lines: item.lines.map((line, index) => ({
        text: line.text,
        source: line.source,
        y: top + padding + titleBlock + (index + 1) * lineHeight - lineHeight * 0.25,
      })),
    };
  }

  const byId = new Map(placed.map((box) => [box.box.id, box]));
  const curve = linkVertical<unknown, [number, number]>()
    .source((d) => (d as { s: [number, number] }).s)
    .target((d) => (d as { t: [number, number] }).t);
  const links: PlacedLink[] = [];
  for (const link of diagram.links) {
    const from = byId.get(link.from);
    const to = byId.get(link.to);
    if (!from || !to) continue;
    const s: [number, number] = [anchorX(from, to), from.y + from.height];
    const t: [number, number] = [anchorX(to, from), to.y];
    links.push({
      link,
      path: curve({ s, t } as unknown as never) ?? '',
      crosses:
        from.box.column !== 'center' &&
        to.box.column !== 'center' &&
        (from.box.column !== to.box.column || (from.box.lane ?? 0) !== (to.box.lane ?? 0)),
    });
  }

  return {
    width,
    height: Math.max(y - rowGap + 4, headerHeight),
    boxes: placed,
    links,
    headerY: lineHeight,
    columnLabelLines,
    lanes,
    columnCenters: {
      left: columnX.left + sideWidth / 2,
      right: columnX.right + sideWidth / 2,
      center: width / 2,
    },
    columnLabels: {
      left: {
        lines: columnLabelLines.left,
        x: columnX.left + sideWidth / 2,
        y: lineHeight,
        anchor: 'middle',
      },
      right: {
        lines: columnLabelLines.right,
        x: columnX.right + sideWidth / 2,
        y: lineHeight,
        anchor: 'middle',
      },
    },
    orientation: 'vertical',
    fontSize,
    lineHeight,
    padding,
  };
}

/** Where a link leaves or enters a box: centred, but offset on a wide centre box toward the other end. */
function anchorX(box: PlacedBox, other: PlacedBox): number {
  const centre = box.x + box.width / 2;
  if (box.box.column !== 'center' || other.box.column === 'center') return centre;
  const otherCentre = other.x + other.width / 2;
  const reach = box.width * 0.3;
  return centre + Math.max(-reach, Math.min(reach, otherCentre - centre));
}

/**
 * The flow laid across a wide, short frame (a slide): one column per stage, left to right; the
 * left column's boxes in a top band, the right column's in a bottom band, each under its own
 * heading; shared (centre) boxes span both bands. Links run left to right. The headings start at
 * the first stage with a sequence's boxes; the bottom band's heading, between the bands, stops
 * before the next stage whose shared boxes reach into that gap.
 */
function layoutFlowAcross(diagram: FlowDiagram, options: FlowLayoutOptions): FlowLayout {
  const fontSize = options.fontSize;
  const lineHeight = fontSize * (options.lineHeight ?? 1.3);
  const charWidth = fontSize * (options.charWidth ?? 0.56);
  const width = Math.max(480, options.width);
  const padding = Math.round(fontSize * 0.5);
  const stages = DESIGN_STAGES.filter((stage) => diagram.boxes.some((box) => box.stage === stage));
  const stageGap = Math.round(fontSize * 1.8);
  // A stage with several shared boxes (analysis and "stopped early") gets a wider column.
  const weights = stages.map((stage) =>
    diagram.boxes.filter((box) => box.stage === stage && box.column === 'center').length > 1
      ? 1.7
      : 1,
  );
  const unit =
    (width - stageGap * (stages.length - 1)) / weights.reduce((sum, weight) => sum + weight, 0);
  const stageWidths = weights.map((weight) => weight * unit);
  const stageX = stageWidths.map(
    (_, index) =>
      stageWidths.slice(0, index).reduce((sum, stageWidth) => sum + stageWidth, 0) +
      index * stageGap,
  );
  const bandGap = Math.round(fontSize * 1.4);
  const hasSide = (stage: (typeof stages)[number]) =>
    diagram.boxes.some((box) => box.stage === stage && box.column !== 'center');
  const hasCentre = (stage: (typeof stages)[number]) =>
    diagram.boxes.some((box) => box.stage === stage && box.column === 'center');
  const firstSide = Math.max(0, stages.findIndex(hasSide));
  const headingX = stageX[firstSide] ?? 0;
  const nextShared = stages.findIndex((stage, index) => index > firstSide && hasCentre(stage));
  const headingEnd = nextShared < 0 ? width : stageX[nextShared]! - stageGap / 2;
  const columnLabelLines = {
    left: wrapText(diagram.columns.left, (width - headingX) / charWidth / 1.1),
    right: wrapText(diagram.columns.right, (headingEnd - headingX) / charWidth / 1.1),
  };
  // Room above each band for its heading and the "followed" tag over a box.
  const topLabelHeight = columnLabelLines.left.length * lineHeight + fontSize * 1.4;
  const middleLabelHeight = columnLabelLines.right.length * lineHeight + fontSize * 1.4;
  // Between the bands: a gap, then the bottom band's heading and room for its tag.
  const middleGap = Math.round(fontSize * 0.6) + middleLabelHeight;

  const sized = diagram.boxes.map((box) => {
    const stageWidth = stageWidths[stages.indexOf(box.stage)] ?? unit;
    const maxChars = (stageWidth - 2 * padding) / charWidth;
    const titleLines = wrapText(box.title, maxChars / 1.1);
    const lines: { text: string; source: number }[] = [];
    box.lines.forEach((line, index) => {
      for (const text of wrapText(line.text, maxChars)) lines.push({ text, source: index });
    });
    const height =
      2 * padding + (titleLines.length + lines.length) * lineHeight + lineHeight * 0.25;
    return { box, titleLines, lines, height, width: stageWidth };
  });

  // A band is as tall as its tallest box; shared boxes stacked in one stage must fit both bands.
  const sideHeights = sized.filter((item) => item.box.column !== 'center').map((i) => i.height);
  const centreStacks = stages.map((stage) => {
    const centre = sized.filter((item) => item.box.stage === stage && item.box.column === 'center');
    return centre.reduce((sum, item) => sum + item.height, 0) + bandGap * (centre.length - 1);
  });
  const bandHeight = Math.max(
    lineHeight * 2,
    ...sideHeights,
    ...centreStacks.map((stack) => (stack - middleGap) / 2),
  );
  const topY = topLabelHeight;
  const bottomY = topY + bandHeight + middleGap;
  const spanHeight = 2 * bandHeight + middleGap;

  const placed: PlacedBox[] = [];
  stages.forEach((stage, index) => {
    const x = stageX[index]!;
    const inStage = sized.filter((item) => item.box.stage === stage);
    const centre = inStage.filter((item) => item.box.column === 'center');
    let cursor = topY + (spanHeight - centreStacks[index]!) / 2;
    for (const item of centre) {
      placed.push(place(item, x, cursor, item.height));
      cursor += item.height + bandGap;
    }
    for (const item of inStage.filter((i) => i.box.column !== 'center')) {
      placed.push(place(item, x, item.box.column === 'left' ? topY : bottomY, bandHeight));
    }
  });

  function place(item: (typeof sized)[number], x: number, top: number, height: number) {
    const titleBlock = item.titleLines.length * lineHeight;
    return {
      box: item.box,
      x,
      y: top,
      width: item.width,
      height,
      titleLines: item.titleLines,
      lines: item.lines.map((line, index) => ({
        text: line.text,
        source: line.source,
        y: top + padding + titleBlock + (index + 1) * lineHeight - lineHeight * 0.25,
      })),
    };
  }

  const byId = new Map(placed.map((box) => [box.box.id, box]));
  const curve = linkHorizontal<unknown, [number, number]>()
    .source((d) => (d as { s: [number, number] }).s)
    .target((d) => (d as { t: [number, number] }).t);
  const links: PlacedLink[] = [];
  for (const link of diagram.links) {
    const from = byId.get(link.from);
    const to = byId.get(link.to);
    if (!from || !to) continue;
    const s: [number, number] = [from.x + from.width, anchorY(from, to)];
    const t: [number, number] = [to.x, anchorY(to, from)];
    links.push({
      link,
      path: curve({ s, t } as unknown as never) ?? '',
      crosses:
        from.box.column !== 'center' &&
        to.box.column !== 'center' &&
        from.box.column !== to.box.column,
    });
  }

  const height = bottomY + bandHeight + Math.round(fontSize * 0.25);
  return {
    width,
    height,
    boxes: placed,
    links,
    headerY: lineHeight,
    columnLabelLines,
    lanes: [],
    columnCenters: { left: width / 2, right: width / 2, center: width / 2 },
    columnLabels: {
      left: { lines: columnLabelLines.left, x: headingX, y: lineHeight, anchor: 'start' },
      right: {
        lines: columnLabelLines.right,
        x: headingX,
        y: bottomY - middleLabelHeight + lineHeight,
        anchor: 'start',
      },
    },
    orientation: 'horizontal',
    fontSize,
    lineHeight,
    padding,
  };
}

/** Where a link leaves or enters a box across: mid-height, or toward the other end on a tall shared box. */
function anchorY(box: PlacedBox, other: PlacedBox): number {
  const centre = box.y + box.height / 2;
  if (box.box.column !== 'center' || other.box.column === 'center') return centre;
  const otherCentre = other.y + other.height / 2;
  const reach = box.height * 0.3;
  return centre + Math.max(-reach, Math.min(reach, otherCentre - centre));
}

/**
 * The same diagram mirrored left to right, for a right-to-left reader: the sequences' columns,
 * the lanes, the links and (across a slide) the stages read from the right. Box text is anchored at
 * each box's right edge by the chart; a box's size and every line's wrapping stay as they were.
 */
export function mirrorFlowLayout(layout: FlowLayout): FlowLayout {
  const W = layout.width;
  const mx = (x: number) => W - x;
  // d3's links are "M x,y C x1,y1,x2,y2,x,y": every coordinate pair is "x,y".
  const NUMBER = String.raw`-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?`;
  const pair = new RegExp(`(${NUMBER}),(${NUMBER})`, 'gi');
  const mirrorPath = (d: string) => d.replace(pair, (_, x: string, y: string) => `${mx(+x)},${y}`);
  const flip = { middle: 'middle', start: 'end', end: 'start' } as const;
  const mirrorLabel = (label: PlacedColumnLabel): PlacedColumnLabel => ({
    ...label,
    x: mx(label.x),
    anchor: flip[label.anchor],
  });
  return {
    ...layout,
    boxes: layout.boxes.map((placed) => ({ ...placed, x: W - placed.x - placed.width })),
    links: layout.links.map((placed) => ({ ...placed, path: mirrorPath(placed.path) })),
    columnCenters: {
      left: mx(layout.columnCenters.left),
      right: mx(layout.columnCenters.right),
      center: mx(layout.columnCenters.center),
    },
    lanes: layout.lanes.map((lane) => ({ ...lane, center: mx(lane.center) })),
    columnLabels: {
      left: mirrorLabel(layout.columnLabels.left),
      right: mirrorLabel(layout.columnLabels.right),
    },
  };
}
