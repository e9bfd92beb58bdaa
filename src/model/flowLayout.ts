/**
 * Geometry for a flow diagram: places boxes in stage rows and left/centre/right columns, wraps
 * their text to the box width, and draws links as vertical S-curves.
 *
 * Units are CSS pixels. Text width is estimated as `charWidth × fontSize` per character (0.56 is a
 * safe average for system sans-serif fonts), so the layout needs no DOM measurement and can be
 * tested; the chart passes the real font size, so the projector theme's larger type gets taller
 * boxes rather than overflowing ones.
 */
import { linkVertical } from 'd3-shape';
import { DESIGN_STAGES, type FlowBox, type FlowDiagram, type FlowLink } from './crossoverFlow';

export interface FlowLayoutOptions {
  width: number;
  fontSize: number;
  /** Line height as a multiple of the font size. */
  lineHeight?: number;
  /** Average character width as a fraction of the font size. */
  charWidth?: number;
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
