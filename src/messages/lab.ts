/**
 * The design lab's words: its one-sentence, plain-language reading of the current design (in the
 * spirit of R Psychologist's "common language" summaries), from the values of
 * src/model/lab/derived.ts; the flow diagram of the lab's design; the analyses' names. The words
 * are in the `lab` catalogue (src/locales/<code>/lab.json); numbers go through ./format.
 */
import type { LabReading } from '../model/lab/derived';
import type { DesignBoxLabel, DesignFlowSpec } from '../model/lab/designFlow';
import type { PrimaryAnalysis } from '../model/lab/labSimulation';
import type { LabConfig } from '../model/lab/settings';
import type { TestResult } from '../model/lab/simulate';
import type { FlowBox, FlowDiagram } from '../model/crossoverFlow';
import { BOUNDARY_CONVENTION } from '../model/lab/boundaries';
import { t, type MessageId } from './i18n';
import { formatNumber, formatPercent } from './format';

/** A share as a whole percentage ("28%", "28 %"); a dash when it is not a number. */
export const wholePercent = (x: number) => (x === x ? formatPercent(x) : '—');
/** A share as a percentage with one decimal ("28.4%"); a dash when it is not a number. */
export const percent1 = (x: number) => (x === x ? formatPercent(x, 1) : '—');
/** A number with exactly `digits` decimals; a dash when it is not a number. */
export const fixed = (x: number, digits = 2) => (x === x ? formatNumber(x, digits, true) : '—');
/** A count in the reader's locale ("2,000", "2000"). */
export const count = (x: number) => formatNumber(x, 0);
/** A value in standard-deviation units ("0.50 SD", "0,50 DE"). */
export const sdUnits = (x: number, digits = 2) => t('unit.SD', { value: fixed(x, digits) });
/** "34 people", "1 person". */
export const peopleCount = (n: number) => t('unit.people', { value: n });

export function labInterpretation(reading: LabReading): string {
  switch (reading.kind) {
    case 'carryover':
      return t(
        reading.effect >= 0 ? 'lab.reading.carryoverWeaker' : 'lab.reading.carryoverStronger',
        {
          days: reading.washout,
          bias: sdUnits(Math.abs(reading.bias)),
          estimated: sdUnits(reading.estimated),
          effect: sdUnits(reading.effect),
        },
      );
    case 'null':
      return t('lab.reading.null', {
        share: wholePercent(reading.alpha),
        alpha: formatNumber(reading.alpha, 3),
      });
    case 'power':
      return t(
        reading.design === 'crossover' ? 'lab.reading.powerCrossover' : 'lab.reading.powerParallel',
        {
          n: reading.n,
          effect: sdUnits(reading.effect),
          crossover: wholePercent(reading.powerCrossover),
          parallel: wholePercent(reading.powerParallel),
        },
      );
  }
}

/** A test's result: "0.47 SD (95% CI 0.21 to 0.74), p < 0.001". */
export function describeTest(result: TestResult): string {
  if (!(result.df >= 1)) return t('lab.test.notEstimable');
  const p =
    result.p < 0.001
      ? t('lab.test.pBelow', { p: formatNumber(0.001, 3) })
      : t('lab.test.p', { p: fixed(result.p, 3) });
  return t('lab.test.result', {
    estimate: sdUnits(result.estimate),
    level: formatPercent(0.95),
    lower: fixed(result.lower),
    upper: fixed(result.upper),
    p,
  });
}

const size = (n: number | null, limit: number) =>
  n === null ? t('lab.curve.moreThan', { limit: count(limit) }) : count(n);

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
  return t('lab.research.curveSummary', {
    target80: wholePercent(0.8),
    target90: wholePercent(0.9),
    n80: size(curve.n80, limit),
    n90: size(curve.n90, limit),
    parallelN80: size(curve.parallelN80, limit),
    parallelN90: size(curve.parallelN90, limit),
    n: curve.n,
    power: wholePercent(curve.powerAtN),
    parallel: wholePercent(curve.parallelAtN),
  });
}

/** "Sequence AB (50%)", "Arm A (70%)": a lane's heading. */
function laneName(parallel: boolean, sequence: string, share?: number): string {
  return share === undefined
    ? t(parallel ? 'lab.flow.arm' : 'lab.flow.sequence', { sequence })
    : t(parallel ? 'lab.flow.armShare' : 'lab.flow.sequenceShare', {
        sequence,
        share: wholePercent(share),
      });
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
  const lanes = spec.lanes.map((lane) => laneName(spec.parallel, lane.sequence, lane.share));
  return {
    boxes,
    links: spec.links,
    columns: { left: lanes[0] ?? '', right: lanes[lanes.length - 1] ?? '' },
    footnotes: [],
    lanes,
  };
}

/** "A (active)", "B (control)". */
export function treatmentName(treatment: 'A' | 'B'): string {
  return t(treatment === 'A' ? 'lab.treatment.A' : 'lab.treatment.B');
}

/** The short name of a primary analysis in a design, for the flow diagram's analysis box. */
export function analysisShort(analysis: PrimaryAnalysis, design: string): string {
  switch (analysis) {
    case 'mainland-gart':
      return t('lab.analysisShort.mainlandGart');
    case 'two-proportion':
      return t('lab.analysisShort.twoProportion');
    case 'parallel-t':
      return t('lab.analysisShort.parallelT');
    case 'contrast-t':
      if (design === 'abb-baa') return t('lab.analysisShort.contrastAbbBaa');
      if (design === 'balaam') return t('lab.analysisShort.contrastBalaam');
      return t('lab.analysisShort.contrastAbBa');
  }
}

/** The primary analysis, named and cited, for a configuration. */
export function analysisName(analysis: PrimaryAnalysis, config: LabConfig): string {
  switch (analysis) {
    case 'mainland-gart':
      return t('lab.analysis.mainlandGart');
    case 'two-proportion':
      return t('lab.analysis.twoProportion');
    case 'parallel-t':
      return t('lab.analysis.parallelT');
    case 'contrast-t':
      if (config.outcome === 'binary') return t('lab.analysis.contrastBinary');
      if (config.crossoverDesign === 'abb-baa') return t('lab.analysis.contrastAbbBaa');
      if (config.crossoverDesign === 'balaam') return t('lab.analysis.contrastBalaam');
      return t('lab.analysis.contrastAbBa');
  }
}

function designBoxWords(label: DesignBoxLabel): { title: string; lines: string[] } {
  switch (label.kind) {
    case 'randomised':
      return {
        title: t(label.parallel ? 'lab.flow.randomisedArm' : 'lab.flow.randomisedSequence'),
        lines: [
          t(label.parallel ? 'lab.flow.peopleArms' : 'lab.flow.peopleSequences', {
            people: peopleCount(label.n),
            groups: label.groups,
          }),
        ],
      };
    case 'sequence':
      return {
        title: laneName(label.parallel, label.sequence),
        lines: [
          t('lab.flow.peopleShare', {
            people: peopleCount(label.count),
            share: wholePercent(label.share),
          }),
        ],
      };
    case 'period':
      return {
        title: t('lab.flow.period', {
          period: label.period,
          treatment: treatmentName(label.treatment),
        }),
        lines: [
          label.exact
            ? peopleCount(Math.round(label.expected))
            : t('lab.flow.expected', { people: fixed(label.expected, 1) }),
        ],
      };
    case 'washout':
      return {
        title: t('lab.flow.washout'),
        lines: [t('unit.days', { value: label.days })],
      };
    case 'analysis': {
      const lines = [
        label.completers === label.n
          ? t('lab.flow.allPeople', { n: label.n })
          : t('lab.flow.completers', { completers: fixed(label.completers, 1), n: label.n }),
      ];
      if (label.looks.length > 1)
        lines.push(t('lab.flow.looks', { sizes: label.looks.map(count).join(', ') }));
      return {
        title: t('lab.flow.analysis', { analysis: analysisShort(label.analysis, label.design) }),
        lines,
      };
    }
  }
}

/** One sentence for the design's flow: sequences, periods, washout, analysis. */
export function designFlowSummary(spec: DesignFlowSpec, washoutDays: number): string {
  const groups = spec.lanes.map((lane) => `${lane.sequence} ${count(lane.count)}`).join(', ');
  const total = spec.lanes.reduce((sum, lane) => sum + lane.count, 0);
  if (spec.parallel) return t('lab.flow.summaryParallel', { people: peopleCount(total), groups });
  return t('lab.flow.summaryCrossover', {
    people: peopleCount(total),
    sequences: spec.lanes.length,
    groups,
    periods: spec.periods,
    days: washoutDays,
  });
}

/** The group-sequential convention the boundaries follow, named (the model gives its id). */
export function boundaryConvention(): string {
  const words: Record<string, MessageId> = {
    'lan-demets-one-sided-alpha': 'lab.convention.lanDeMetsOneSided',
  };
  const id = words[BOUNDARY_CONVENTION.id];
  return id ? t(id) : BOUNDARY_CONVENTION.label;
}

/**
 * How the analytic values allow for looks tested with t-tests: exactly below `exactBelowDf`
 * residual df at some look (continuous outcomes), by an adjusted drift otherwise.
 */
export function looksApproximationNote(exactBelowDf: number): string {
  return t('lab.research.looksNote', { df: formatNumber(exactBelowDf, 0) });
}
