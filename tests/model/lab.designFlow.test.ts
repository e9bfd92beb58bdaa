// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { designFlow } from '../../src/model/lab/designFlow';
import { designStructure } from '../../src/model/lab/designs';
import { layoutFlow } from '../../src/model/flowLayout';
import { designFlowSummary, designFlowText } from '../../src/messages/lab';

const flow = (
  design: 'crossover' | 'parallel',
  crossoverDesign: 'ab-ba' | 'abb-baa' | 'balaam',
  over: Partial<Parameters<typeof designFlow>[0]> = {},
) =>
  designFlow({
    structure: designStructure(design, crossoverDesign, 0.5),
    n: 60,
    dropout: 0,
    washoutDays: 14,
    looks: [60],
    analysis: 'contrast-t',
    ...over,
  });

describe('designFlow: a lab design as a flow diagram', () => {
  it('ABB/BAA: two lanes, three periods with two washouts, the treatments in order', () => {
    const spec = flow('crossover', 'abb-baa');
    expect(spec.lanes).toEqual([
      { sequence: 'ABB', count: 30, share: 0.5 },
      { sequence: 'BAA', count: 30, share: 0.5 },
    ]);
    const periods = spec.boxes.filter((b) => b.label.kind === 'period' && b.sequence === 'BAA');
    expect(periods.map((b) => b.stage)).toEqual(['period1', 'period2', 'period3']);
    expect(periods.map((b) => (b.label.kind === 'period' ? b.label.treatment : ''))).toEqual([
      'B',
      'A',
      'A',
    ]);
    expect(spec.boxes.filter((b) => b.label.kind === 'washout').map((b) => b.stage)).toEqual([
      'washout',
      'washout2',
      'washout',
      'washout2',
    ]);
    // Every path runs randomised → sequence → P1 → washout → P2 → washout → P3 → analysis.
    const from = (id: string) => spec.links.filter((l) => l.from === id).map((l) => l.to);
    expect(from('randomised')).toEqual(['allocation-ABB', 'allocation-BAA']);
    expect(from('period3-ABB')).toEqual(['analysis']);
    expect(from('washout2-BAA')).toEqual(['period3-BAA']);
  });

  it('Balaam: four lanes of a quarter each; the layout puts them side by side, in one row per stage', () => {
    const spec = flow('crossover', 'balaam', { n: 62 });
    expect(spec.lanes.map((l) => l.sequence)).toEqual(['AB', 'BA', 'AA', 'BB']);
    expect(spec.lanes.map((l) => l.count)).toEqual([16, 16, 15, 15]);
    expect(designFlowText(spec).boxes.find((b) => b.id === 'analysis')!.title).toBe(
      'Analysis: treatment and carryover fitted across the four sequences',
    );
    const layout = layoutFlow(designFlowText(spec), { width: 800, fontSize: 14 });
    expect(layout.lanes).toHaveLength(4);
    const row = layout.boxes.filter((b) => b.box.stage === 'period2');
    expect(new Set(row.map((b) => b.y)).size).toBe(1);
    const xs = row.map((b) => b.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    // The four lanes fit the width without overlapping.
    row.slice(1).forEach((b, i) => expect(b.x).toBeGreaterThanOrEqual(row[i]!.x + row[i]!.width));
    expect(row[3]!.x + row[3]!.width).toBeLessThanOrEqual(800 + 1e-9);
  });

  it('parallel: two arms, one period, no washout; unequal allocation and dropout show in the words', () => {
    const par = designFlow({
      structure: designStructure('parallel', 'ab-ba', 0.7),
      n: 40,
      dropout: 0.1,
      washoutDays: 14,
      looks: [40],
      analysis: 'parallel-t',
    });
    expect(par.boxes.some((b) => b.label.kind === 'washout')).toBe(false);
    expect(par.lanes.map((l) => l.count)).toEqual([28, 12]);
    expect(designFlowSummary(par, 14)).toBe(
      '40 people randomised to two arms (A 28, B 12), each measured once on its condition.',
    );
    const cross = designFlowText(flow('crossover', 'ab-ba', { dropout: 0.1, looks: [30, 60] }));
    const box = (id: string) => cross.boxes.find((b) => b.id === id)!;
    expect(box('period1-AB').lines[0]!.text).toBe('30 people');
    expect(box('period2-AB').lines[0]!.text).toBe('about 27.0 people expected (dropout)');
    expect(box('analysis').lines.map((l) => l.text)).toEqual([
      'About 54.0 of 60 complete every period',
      'Looks after 30, 60 people (the last is the final)',
    ]);
    expect(cross.lanes).toEqual(['Sequence AB (50%)', 'Sequence BA (50%)']);
  });
});
