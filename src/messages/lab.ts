/**
 * The design lab's one-sentence, plain-language reading of the current design (in the spirit of
 * R Psychologist's "common language" summaries), from the values of src/model/lab/derived.ts.
 */
import type { LabReading } from '../model/lab/derived';
import type { DesignBoxLabel, DesignFlowSpec } from '../model/lab/designFlow';
import type { PrimaryAnalysis } from '../model/lab/labSimulation';
import type { FlowBox, FlowDiagram } from '../model/crossoverFlow';

const pct = (x: number) => `${Math.round(x * 100)}%`;
const sd = (x: number) => `${Math.abs(x).toFixed(2)} SD`;

export function labInterpretation(reading: LabReading): string {
  switch (reading.kind) {
    case 'carryover': {
      const days = reading.washout === 1 ? 'one-day' : `${reading.washout}-day`;
      const direction = reading.effect >= 0 ? 'weaker' : 'stronger';
      return `With a ${days} washout, carryover makes the active treatment look ${sd(reading.bias)} ${direction} than it is: on average the crossover estimates ${reading.estimated.toFixed(2)} SD instead of ${reading.effect.toFixed(2)} SD.`;
    }
    case 'null':
      return `With no true effect, about ${pct(reading.alpha)} of trials would still come out "significant" by chance — that is what α = ${reading.alpha} means.`;
    case 'power':
      return reading.design === 'crossover'
        ? `With ${reading.n} people, a crossover detects a true effect of ${reading.effect.toFixed(2)} SD in about ${pct(reading.powerCrossover)} of trials; a parallel trial with the same people, in about ${pct(reading.powerParallel)}.`
        : `With ${reading.n} people split into two groups, a parallel trial detects a true effect of ${reading.effect.toFixed(2)} SD in about ${pct(reading.powerParallel)} of trials; a crossover with the same people, in about ${pct(reading.powerCrossover)}.`;
  }
}

const size = (n: number | null, limit: number) =>
  n === null ? `more than ${limit.toLocaleString('en-GB')}` : n.toLocaleString('en-GB');

/** The researcher's power curve in one sentence: sizes for 80% and 90%, and power at n. */
export function labPowerCurveSummary(curve: {
  n80: number | null;
  n90: number | null;
  parallelN80: number | null;
  parallelN90: number | null;
  limit: number;
  n: number;
  powerAtN: number;
  parallelAtN: number;
}): string {
  const { limit } = curve;
  return `One analysis of everyone reaches 80% power with ${size(curve.n80, limit)} people and 90% with ${size(curve.n90, limit)}; the parallel comparison of period 1 needs ${size(curve.parallelN80, limit)} and ${size(curve.parallelN90, limit)}. At n = ${curve.n}: ${pct(curve.powerAtN)} and ${pct(curve.parallelAtN)}.`;
}

/** A lab design's flow diagram with its words (the model gives boxes as data). */
export function designFlowText(spec: DesignFlowSpec): FlowDiagram {
  const boxes: FlowBox[] = spec.boxes.map((box) => {
    const { title, lines } = designBoxWords(box.label);
    return {
      id: box.id,
      stage: box.stage,
      column: box.column,
      ...(box.lane !== undefined ? { lane: box.lane } : {}),
      sequence: null,
      arm: box.label.kind === 'period' ? box.label.treatment : null,
      label: { kind: 'group', label: title },
      tone: box.tone,
      title,
      lines: lines.map((text) => ({ text })),
    };
  });
  const lanes = spec.lanes.map(
    (lane) => `${spec.parallel ? 'Arm' : 'Sequence'} ${lane.sequence} (${pct(lane.share)})`,
  );
  return {
    boxes,
    links: spec.links,
    columns: { left: lanes[0] ?? '', right: lanes[lanes.length - 1] ?? '' },
    footnotes: [],
    lanes,
  };
}

const TREATMENT_WORDS = { A: 'A (active)', B: 'B (control)' } as const;
const people = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'person' : 'people'}`;

/** The short name of a primary analysis in a design, for the flow diagram's analysis box. */
export function analysisShort(analysis: PrimaryAnalysis, design: string): string {
  switch (analysis) {
    case 'mainland-gart':
      return 'Mainland–Gart test (McNemar’s for comparison)';
    case 'two-proportion':
      return 'two proportions compared (z test)';
    case 'parallel-t':
      return 'two groups compared (t-test)';
    case 'contrast-t':
      if (design === 'abb-baa') return 'contrast 2·P1 − P2 − P3 compared between sequences';
      if (design === 'balaam') return 'treatment and carryover fitted across the four sequences';
      return 'period differences compared between sequences (t-test)';
  }
}

function designBoxWords(label: DesignBoxLabel): { title: string; lines: string[] } {
  switch (label.kind) {
    case 'randomised':
      return {
        title: label.parallel ? 'Randomised to an arm' : 'Randomised to a sequence',
        lines: [`${people(label.n)}, ${label.groups} ${label.parallel ? 'arms' : 'sequences'}`],
      };
    case 'sequence':
      return {
        title: label.parallel ? `Arm ${label.sequence}` : `Sequence ${label.sequence}`,
        lines: [`${people(label.count)} (${pct(label.share)})`],
      };
    case 'period':
      return {
        title: `Period ${label.period}: ${TREATMENT_WORDS[label.treatment]}`,
        lines: [
          label.exact
            ? people(Math.round(label.expected))
            : `about ${label.expected.toFixed(1)} people expected (dropout)`,
        ],
      };
    case 'washout':
      return { title: 'Washout', lines: [`${label.days} ${label.days === 1 ? 'day' : 'days'}`] };
    case 'analysis': {
      const lines = [
        label.completers === label.n
          ? `All ${people(label.n)}`
          : `About ${label.completers.toFixed(1)} of ${label.n} complete every period`,
      ];
      if (label.looks.length > 1)
        lines.push(`Looks after ${label.looks.join(', ')} people (the last is the final)`);
      return { title: `Analysis: ${analysisShort(label.analysis, label.design)}`, lines };
    }
  }
}

/** One sentence for the design's flow: sequences, periods, washout, analysis. */
export function designFlowSummary(spec: DesignFlowSpec, washoutDays: number): string {
  const groups = spec.lanes.map((lane) => `${lane.sequence} ${lane.count}`).join(', ');
  const total = spec.lanes.reduce((sum, lane) => sum + lane.count, 0);
  if (spec.parallel)
    return `${people(total)} randomised to two arms (${groups}), each measured once on its condition.`;
  const periods = spec.periods === 3 ? 'three periods' : 'two periods';
  const washouts =
    spec.periods === 3 ? `${washoutDays}-day washouts` : `a ${washoutDays}-day washout`;
  return `${people(total)} randomised to ${spec.lanes.length} sequences (${groups}), ${periods} with ${washouts} between them; each person who completes every period gives a within-person comparison.`;
}

/**
 * Why simulated and analytic early stopping differ with few people at a look (checked: n = 68,
 * two interim looks, the first after 23 people — simulated 5.3% stop there, analytic 10.0%).
 */
export const LOOKS_APPROXIMATION_NOTE =
  'The analytic values treat each look’s statistic as normal (z). The simulation tests each look with a t-test at that look’s nominal p, which needs a larger statistic when few people have been analysed, so simulated trials stop early less often than the analytic values say, and use more people.';
