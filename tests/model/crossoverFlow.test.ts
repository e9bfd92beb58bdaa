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
import { armLabels, companionFlowInput, flowInput } from '../../src/data/studyInputs';
import { builtInStudy } from '../../src/data/studies';
import { flowText } from '../../src/messages/flow';
import type { FactData } from '../../src/data/schema';

const fact = (value: number | null, label = 'n'): FactData =>
  value === null
    ? { label, value: null, sourceId: 's', tier: 'not-reported' }
    : { label, value, unit: 'people', sourceId: 's', tier: 'paper' };

const hess = builtInStudy('hess-2024');
const williams = builtInStudy('williams-2018');
const FLOW_INPUTS = { 'hess-2024': flowInput(hess), 'williams-2018': flowInput(williams) };
const RAT_FLOW_INPUT = companionFlowInput(hess.companions![0]!);

const toy: CrossoverFlowInput = {
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
    const byTreatment = flowText(crossoverFlow(toy, 'treatment'), { A: 'Drug', B: 'Placebo' });
    const p2 = byTreatment.boxes.find((b) => b.id === 'period2-AB')!;
    expect(p2).toMatchObject({ column: 'right', arm: 'B', title: 'Placebo (period 2)' });
    expect(byTreatment.columns).toEqual({ left: 'Drug', right: 'Placebo' });
    expect(flowText(crossoverFlow(toy, 'period'), { A: 'Drug', B: 'Placebo' }).columns.left).toBe(
      'Sequence AB (Drug first)',
    );
  });

  it('keeps unknown counts unknown: Hess shows "not reported" per sequence, never 34', () => {
    const diagram = flowText(crossoverFlow(FLOW_INPUTS['hess-2024'], 'period'), armLabels(hess));
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
    const diagram = flowText(
      crossoverFlow(FLOW_INPUTS['williams-2018'], 'period'),
      armLabels(williams),
    );
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
      'Actual enrolment in the registry record: 16 people',
    ]);
    expect(diagram.boxes.find((b) => b.id === 'washout-AB')!.lines[0]!.text).toBe(
      'Time between the two sessions: about 1 month',
    );
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
    const checks = reconcileFlow(FLOW_INPUTS['hess-2024']);
    expect(checks.map((c) => c.holds)).toEqual([null, null]);
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
    const diagram = flowText(parallelFlow(RAT_FLOW_INPUT), { A: '', B: '' });
    expect(diagram.boxes.some((b) => b.stage === 'washout' || b.stage === 'period2')).toBe(false);
    expect(diagram.columns).toEqual({ left: 'Ketamine injection', right: 'Vehicle injection' });
    const groups = diagram.boxes.filter((b) => b.stage === 'allocation');
    expect(groups.map((b) => b.lines[0]!.text)).toEqual([
      'Animals: not reported',
      'Animals: not reported',
    ]);
  });

  it('states the window with its unit, once, in the analysis box (not in both group boxes)', () => {
    const diagram = flowText(parallelFlow(RAT_FLOW_INPUT), { A: '', B: '' });
    const text = diagram.boxes.flatMap((b) => b.lines.map((l) => l.text));
    expect(text.filter((t) => t.startsWith('How long the ketamine group stayed lower'))).toEqual([
      'How long the ketamine group stayed lower: 6 days',
    ]);
  });
});
