// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { crossoverFlow } from '../../src/model/crossoverFlow';
import { layoutFlow, mirrorFlowLayout, wrapText } from '../../src/model/flowLayout';
import { armLabels, flowInput } from '../../src/data/studyInputs';
import { builtInStudy } from '../../src/data/studies';
import { flowText } from '../../src/messages/flow';

const williams = builtInStudy('williams-2018');
const williamsFlow = (mode: 'period' | 'treatment') =>
  flowText(crossoverFlow(flowInput(williams), mode), armLabels(williams));

describe('wrapText', () => {
  it('wraps greedily at word boundaries and never splits a word', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('a abcdefghij b', 5)).toEqual(['a', 'abcdefghij', 'b']);
    expect(wrapText('', 10)).toEqual(['']);
  });
});

describe('layoutFlow', () => {
  const diagram = williamsFlow('treatment');

  for (const width of [320, 640, 1100]) {
    it(`keeps every box inside ${width} px, rows in stage order and no overlaps`, () => {
      const layout = layoutFlow(diagram, { width, fontSize: 14 });
      for (const box of layout.boxes) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width + 0.001);
        const maxChars = Math.floor((box.width - 2 * layout.padding) / (14 * 0.56));
        for (const line of [...box.titleLines, ...box.lines.map((l) => l.text)]) {
          // A line may exceed the width only when it is a single long word.
          if (line.includes(' ')) expect(line.length).toBeLessThanOrEqual(Math.max(4, maxChars));
        }
      }
      for (const a of layout.boxes) {
        for (const b of layout.boxes) {
          if (a === b) continue;
          const overlap =
            a.x < b.x + b.width &&
            b.x < a.x + a.width &&
            a.y < b.y + b.height &&
            b.y < a.y + a.height;
          expect(overlap, `${a.box.id} overlaps ${b.box.id}`).toBe(false);
        }
      }
      const y = (id: string) => layout.boxes.find((b) => b.box.id === id)!.y;
      expect(y('enrolment')).toBeLessThan(y('allocation-AB'));
      expect(y('period1-AB')).toBeLessThan(y('washout-AB'));
      expect(y('period2-AB')).toBeLessThan(y('analysis'));
      expect(y('analysis')).toBeLessThan(y('stopped'));
      expect(layout.height).toBeGreaterThanOrEqual(
        Math.max(...layout.boxes.map((b) => b.y + b.height)),
      );
    });
  }

  it('marks exactly the washout → period 2 links as crossing when arranged by treatment', () => {
    const layout = layoutFlow(diagram, { width: 640, fontSize: 14 });
    expect(
      layout.links
        .filter((l) => l.crosses)
        .map((l) => l.link.id)
        .sort(),
    ).toEqual(['washout-period2-AB', 'washout-period2-BA']);
    const byPeriod = layoutFlow(williamsFlow('period'), {
      width: 640,
      fontSize: 14,
    });
    expect(byPeriod.links.filter((l) => l.crosses)).toEqual([]);
    for (const link of layout.links) expect(link.path).toMatch(/^M[\d.]+,[\d.]+C/);
  });

  it('gives larger type taller boxes', () => {
    const small = layoutFlow(diagram, { width: 400, fontSize: 13 });
    const large = layoutFlow(diagram, { width: 400, fontSize: 20 });
    expect(large.height).toBeGreaterThan(small.height);
  });

  it('lays the flow across a slide: stages left to right, sequences in two bands, no overlaps', () => {
    const layout = layoutFlow(williamsFlow('period'), {
      width: 1200,
      fontSize: 18,
      orientation: 'horizontal',
    });
    expect(layout.orientation).toBe('horizontal');
    const box = (id: string) => layout.boxes.find((b) => b.box.id === id)!;
    expect(box('enrolment').x).toBeLessThan(box('allocation-AB').x);
    expect(box('period1-AB').x).toBeLessThan(box('washout-AB').x);
    expect(box('period2-AB').x).toBeLessThan(box('analysis').x);
    // AB above BA, at the same stage
    expect(box('period1-AB').x).toBe(box('period1-BA').x);
    expect(box('period1-AB').y + box('period1-AB').height).toBeLessThan(box('period1-BA').y);
    for (const a of layout.boxes) {
      expect(a.x + a.width).toBeLessThanOrEqual(1200.001);
      expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
      for (const b of layout.boxes) {
        if (a === b) continue;
        const overlap =
          a.x < b.x + b.width &&
          b.x < a.x + a.width &&
          a.y < b.y + b.height &&
          b.y < a.y + a.height;
        expect(overlap, `${a.box.id} overlaps ${b.box.id}`).toBe(false);
      }
    }
    // Across a slide the flow is far shorter than down a page of the same width.
    const down = layoutFlow(williamsFlow('period'), { width: 1200, fontSize: 18 });
    expect(layout.height).toBeLessThan(down.height * 0.8);
    expect(layout.columnLabels.left.anchor).toBe('start');
    // Each band's heading sits above its band: the bottom one between the bands, clear of the
    // shared boxes that span both (the enrolment box before it, the analysis after it).
    const { left, right } = layout.columnLabels;
    expect(left.y).toBeLessThan(box('period1-AB').y);
    const abBottom = Math.max(
      ...layout.boxes.filter((b) => b.box.column === 'left').map((b) => b.y + b.height),
    );
    expect(right.y - 18).toBeGreaterThan(abBottom);
    expect(right.y + (right.lines.length - 1) * layout.lineHeight).toBeLessThan(
      box('period1-BA').y,
    );
    expect(right.x).toBeGreaterThanOrEqual(box('enrolment').x + box('enrolment').width);
    expect(right.x).toBe(box('allocation-BA').x);
    const longest = Math.max(...right.lines.map((line) => line.length));
    expect(right.x + longest * 18 * 0.56).toBeLessThan(box('analysis').x);
  });
});

describe('mirrorFlowLayout (right to left)', () => {
  for (const orientation of ['vertical', 'horizontal'] as const) {
    it(`mirrors every box, link and heading across the width (${orientation}), and twice is the original`, () => {
      const layout = layoutFlow(williamsFlow('period'), { width: 640, fontSize: 14, orientation });
      const mirrored = mirrorFlowLayout(layout);
      layout.boxes.forEach((box, index) => {
        const other = mirrored.boxes[index]!;
        expect(other.x + other.width).toBeCloseTo(640 - box.x, 6);
        expect(other.y).toBe(box.y);
        expect(other.width).toBe(box.width);
      });
      const xs = (path: string) =>
        [...path.matchAll(/(-?[\d.]+(?:e[-+]?\d+)?),(-?[\d.]+(?:e[-+]?\d+)?)/gi)].map((m) => [
          Number(m[1]),
          Number(m[2]),
        ]);
      layout.links.forEach((link, index) => {
        const before = xs(link.path);
        const after = xs(mirrored.links[index]!.path);
        expect(after.length).toBe(before.length);
        after.forEach(([x, y], k) => {
          expect(x).toBeCloseTo(640 - before[k]![0]!, 6);
          expect(y).toBe(before[k]![1]);
        });
      });
      const flip = { middle: 'middle', start: 'end', end: 'start' };
      for (const side of ['left', 'right'] as const) {
        expect(mirrored.columnLabels[side].x).toBeCloseTo(640 - layout.columnLabels[side].x, 6);
        expect(mirrored.columnLabels[side].anchor).toBe(flip[layout.columnLabels[side].anchor]);
      }
      const twice = mirrorFlowLayout(mirrored);
      twice.boxes.forEach((box, index) => expect(box.x).toBeCloseTo(layout.boxes[index]!.x, 6));
      twice.links.forEach((link, index) => {
        xs(link.path).forEach(([x], k) =>
          expect(x).toBeCloseTo(xs(layout.links[index]!.path)[k]![0]!, 6),
        );
      });
    });
  }
});
