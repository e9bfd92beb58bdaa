// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  FLOW_STAGES,
  crossoverFlow,
  parallelFlow,
  periodColumn,
  reconcileFlow,
  visibleAtStep,
  type CrossoverFlowInput,
} from '../../src/model/crossoverFlow';
import { FLOW_INPUTS, RAT_FLOW_INPUT } from '../../src/data/modelInputs';
import type { FactData } from '../../src/data/schema';

const fact = (value: number | null, label = 'n'): FactData =>
  value === null
    ? { label, value: null, sourceId: 's', tier: 'not-reported' }
    : { label, value, unit: 'people', sourceId: 's', tier: 'paper' };

const toy: CrossoverFlowInput = {
  arms: { A: { label: 'Drug' }, B: { label: 'Placebo' } },
  enrolled: fact(20),
  sequenceN: { AB: fact(10), BA: fact(10) },
  washout: { label: 'gap', value: 2, unit: 'weeks', sourceId: 's', tier: 'paper' },
  discontinued: fact(3),
  analysed: fact(17),
};

describe('crossoverFlow', () => {
  it('builds the CONSORT crossover stages: 1 enrolment, 2 allocations, 2×(period 1, washout, period 2), analysis', () => {
    const diagram = crossoverFlow(toy, 'period');
    const count = (stage: string) => diagram.boxes.filter((b) => b.stage === stage).length;
    expect(FLOW_STAGES.map(count)).toEqual([1, 2, 2, 2, 2, 1]);
    expect(diagram.links).toHaveLength(10);
    for (const link of diagram.links) {
      expect(diagram.boxes.some((b) => b.id === link.from)).toBe(true);
      expect(diagram.boxes.some((b) => b.id === link.to)).toBe(true);
    }
  });

  it('puts each sequence in its own column by period, and crosses the columns by treatment', () => {
    expect(periodColumn('AB', 1, 'period')).toBe('left');
    expect(periodColumn('AB', 2, 'period')).toBe('left');
    expect(periodColumn('AB', 2, 'treatment')).toBe('right');
    expect(periodColumn('BA', 1, 'treatment')).toBe('right');
    expect(periodColumn('BA', 2, 'treatment')).toBe('left');
    const byTreatment = crossoverFlow(toy, 'treatment');
    const p2 = byTreatment.boxes.find((b) => b.id === 'period2-AB')!;
    expect(p2).toMatchObject({ column: 'right', arm: 'B', title: 'Placebo (period 2)' });
    expect(byTreatment.columns).toEqual({ left: 'Drug', right: 'Placebo' });
    expect(crossoverFlow(toy, 'period').columns.left).toBe('Sequence AB (Drug first)');
  });

  it('keeps unknown counts unknown: Hess shows "not reported" per sequence, never 34', () => {
    const diagram = crossoverFlow(FLOW_INPUTS['hess-2024'], 'period');
    const allocation = diagram.boxes.filter((b) => b.stage === 'allocation');
    for (const box of allocation) {
      expect(box.lines[0]!.text).toMatch(/not reported/);
      expect(box.lines[0]!.fact!.tier).toBe('not-reported');
    }
    const text = JSON.stringify(diagram.boxes.map((b) => b.lines.map((l) => l.text)));
    expect(text).not.toContain('34');
    expect(diagram.boxes.find((b) => b.id === 'enrolment')!.lines[0]!.text).toBe('68 people');
  });

  it('Williams: planned 30, 14 studied, 12 analysed, 2 did not complete, stopped at the interim, registry 16 as a footnote', () => {
    const diagram = crossoverFlow(FLOW_INPUTS['williams-2018'], 'period');
    const enrolment = diagram.boxes.find((b) => b.id === 'enrolment')!;
    expect(enrolment.lines.map((l) => l.text)).toEqual(['Planned: 30', '14 people studied']);
    const analysis = diagram.boxes.find((b) => b.id === 'analysis')!;
    expect(analysis.lines.map((l) => l.text)).toEqual([
      'Analysed: 12',
      'Did not complete both: 2',
      'Why: not reported',
      'When: not reported',
    ]);
    const stopped = diagram.boxes.find((b) => b.id === 'stopped')!;
    expect(stopped).toMatchObject({ tone: 'stop', stage: 'analysis' });
    expect(stopped.lines[0]!.fact!.tier).toBe('paper');
    expect(diagram.footnotes.map((f) => f.text)).toEqual([
      'Actual enrolment in the registry record: 16',
    ]);
    expect(diagram.boxes.find((b) => b.id === 'washout-AB')!.lines[0]!.text).toBe('about 1 month');
  });

  it('reveals stages step by step, with only links between visible boxes', () => {
    const diagram = crossoverFlow(toy, 'period');
    expect(visibleAtStep(diagram, 1).boxes.map((b) => b.id)).toEqual(['enrolment']);
    expect(visibleAtStep(diagram, 1).links).toEqual([]);
    const four = visibleAtStep(diagram, 4);
    expect(new Set(four.boxes.map((b) => b.stage))).toEqual(
      new Set(['enrolment', 'allocation', 'period1', 'washout']),
    );
    expect(four.links).toHaveLength(6);
    expect(visibleAtStep(diagram, 6).boxes).toHaveLength(diagram.boxes.length);
  });
});

describe('reconcileFlow', () => {
  it('passes when the known numbers add up', () => {
    expect(reconcileFlow(toy).map((c) => c.holds)).toEqual([true, true]);
  });

  it('fails when they do not', () => {
    const bad = { ...toy, analysed: fact(18), sequenceN: { AB: fact(12), BA: fact(10) } };
    expect(reconcileFlow(bad).map((c) => c.holds)).toEqual([false, false]);
  });

  it('propagates unknowns as unknown (null), never as a pass', () => {
    const hess = reconcileFlow(FLOW_INPUTS['hess-2024']);
    expect(hess.map((c) => c.holds)).toEqual([null, null]);
  });

  it('the real Williams counts reconcile: 14 − 2 = 12, and 14 ≤ 30', () => {
    const checks = reconcileFlow(FLOW_INPUTS['williams-2018']);
    expect(checks).toEqual([
      expect.objectContaining({ name: 'sequences sum to enrolled', holds: null }),
      expect.objectContaining({
        name: 'enrolled − discontinued = analysed',
        holds: true,
        detail: '14 − 2 = 12; analysed 12',
      }),
      expect.objectContaining({ name: 'enrolled ≤ planned', holds: true }),
    ]);
  });
});

describe('parallelFlow (the rat experiment)', () => {
  it('has two groups, no periods 2 and no washout', () => {
    const diagram = parallelFlow(RAT_FLOW_INPUT);
    expect(diagram.boxes.some((b) => b.stage === 'washout' || b.stage === 'period2')).toBe(false);
    expect(diagram.columns).toEqual({ left: 'Ketamine injection', right: 'Vehicle injection' });
    const groups = diagram.boxes.filter((b) => b.stage === 'allocation');
    expect(groups.map((b) => b.lines[0]!.text)).toEqual([
      'Animals: not reported',
      'Animals: not reported',
    ]);
  });
});
