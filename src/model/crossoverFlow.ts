/**
 * The flow of participants through a two-period, two-sequence (AB/BA) crossover trial, following
 * the CONSORT 2010 extension for randomised crossover trials (Dwan et al., BMJ 2019): randomised →
 * allocated to a sequence → period 1 → washout → period 2 → analysed; for a trial stopped early,
 * also the planned size, the interim analysis and why it stopped (items 7b and 14b).
 *
 * Pure: study facts in, a diagram structure out (boxes with their facts, links, stages). Counts
 * stay unknown (null) unless a source gives them: nothing is split evenly or filled in. Geometry
 * is computed separately (flowLayout.ts).
 */
import type { FactData } from '../data/schema';

export type SequenceId = 'AB' | 'BA';
export type ArmId = 'A' | 'B';
export type FlowMode = 'period' | 'treatment';
export type Column = 'left' | 'right' | 'center';

/** The stages of the stage-by-stage build, in order (step N shows the first N). */
export const FLOW_STAGES = [
  'enrolment',
  'allocation',
  'period1',
  'washout',
  'period2',
  'analysis',
] as const;
export type FlowStage = (typeof FLOW_STAGES)[number];

/**
 * The stages of any design the app draws, in order: the studies' six, plus a second washout and a
 * third period for three-period designs (the lab's ABB/BAA). The build-up steps use FLOW_STAGES.
 */
export const DESIGN_STAGES = [
  'enrolment',
  'allocation',
  'period1',
  'washout',
  'period2',
  'washout2',
  'period3',
  'analysis',
] as const;
export type DesignStage = (typeof DESIGN_STAGES)[number];

/** What a box is, as data; src/messages turns it into words. */
export type BoxLabel =
  | { kind: 'enrolment' }
  | { kind: 'allocation'; sequence: SequenceId; first: ArmId }
  | { kind: 'period'; period: 1 | 2; arm: ArmId; mode: FlowMode }
  | { kind: 'between-periods' }
  | { kind: 'analysis'; compare: 'within' | 'between' }
  | { kind: 'stopped' }
  | { kind: 'subjects'; subjects: string }
  | { kind: 'group'; label: string }
  | { kind: 'task'; name: string };

/**
 * The role of a line in a box; src/messages turns it into words ("Planned: 30"). `fact` shows the
 * fact's own label and value; `value` shows the value alone.
 */
export type LineRole =
  | 'planned'
  | 'enrolled'
  | 'participants'
  | 'received'
  | 'interval'
  | 'analysed'
  | 'discontinued'
  | 'reasons'
  | 'timing'
  | 'rule'
  | 'animals'
  | 'fact'
  | 'value';

/** One line of a box, as data: a role and the fact it shows. */
export interface FlowLineSpec {
  role: LineRole;
  fact: FactData;
}

/** A column heading, as data. */
export type ColumnLabel =
  | { kind: 'sequence'; sequence: SequenceId; first: ArmId }
  | { kind: 'arm'; arm: ArmId }
  | { kind: 'text'; text: string };

export interface FlowBoxSpec {
  id: string;
  stage: DesignStage;
  column: Column;
  /** In a diagram with `lanes`, the lane (0-based, left to right) of a non-centre box. */
  lane?: number;
  /** The sequence this box belongs to (null for boxes shared by both). */
  sequence: SequenceId | null;
  /** The condition received in this box, for period boxes. */
  arm: ArmId | null;
  label: BoxLabel;
  lines: FlowLineSpec[];
  tone: 'normal' | 'washout' | 'stop';
}

export interface FlowLink {
  id: string;
  from: string;
  to: string;
  /** The sequence whose path this link is part of (null: shared by both). */
  sequence: SequenceId | null;
}

/** The diagram as data (no words): what the model returns. */
export interface FlowDiagramSpec {
  boxes: FlowBoxSpec[];
  links: FlowLink[];
  columns: { left: ColumnLabel; right: ColumnLabel };
  /** Footnotes printed under the diagram (e.g. a registry discrepancy). */
  footnotes: FlowLineSpec[];
}

/** One line of text in a box; `fact` links it to its provenance. */
export interface FlowLine {
  text: string;
  fact?: FactData;
}

/** A box with its words, ready for layout (see src/messages for the words). */
export interface FlowBox extends Omit<FlowBoxSpec, 'lines'> {
  title: string;
  lines: FlowLine[];
}

/** The diagram with its words: what the layout and the chart take. */
export interface FlowDiagram {
  boxes: FlowBox[];
  links: FlowLink[];
  columns: { left: string; right: string };
  footnotes: FlowLine[];
  /**
   * Headings of N equal lanes, for designs with more than two sequences (Balaam's four): boxes
   * then sit in the lane their `lane` names, and `columns` is not drawn.
   */
  lanes?: string[];
}

export interface CrossoverFlowInput {
  /** Participants at the top of the flow (randomised / studied). */
  enrolled: FactData;
  /** Planned sample size, for trials with a planned size and interim analysis. */
  planned?: FactData;
  sequenceN: Record<SequenceId, FactData>;
  washout: FactData;
  discontinued: FactData;
  discontinuedReasons?: FactData;
  discontinuedTiming?: FactData;
  analysed: FactData;
  /** Set when the trial stopped at an interim analysis. */
  stopped?: { ending: FactData; rule?: FactData };
  footnotes?: FactData[];
}

/** The order of conditions in a sequence. */
export function armsOf(sequence: SequenceId): [ArmId, ArmId] {
  return sequence === 'AB' ? ['A', 'B'] : ['B', 'A'];
}

/** Which column a period box sits in for an arrangement. */
export function periodColumn(sequence: SequenceId, period: 1 | 2, mode: FlowMode): Column {
  if (mode === 'period') return sequence === 'AB' ? 'left' : 'right';
  // By treatment: the active condition (A) on the left, its control (B) on the right, so each
  // sequence's path crosses over between period 1 and period 2.
  const arm = armsOf(sequence)[period - 1];
  return arm === 'A' ? 'left' : 'right';
}

/** A count as a number, or null when the source does not give it. */
export function countOf(fact: FactData | undefined): number | null {
  return fact && typeof fact.value === 'number' ? fact.value : null;
}

/** Build the crossover diagram for an arrangement, as data. */
export function crossoverFlow(input: CrossoverFlowInput, mode: FlowMode): FlowDiagramSpec {
  const boxes: FlowBoxSpec[] = [];
  const links: FlowLink[] = [];

  const enrolmentLines: FlowLineSpec[] = [];
  if (input.planned) enrolmentLines.push({ role: 'planned', fact: input.planned });
  enrolmentLines.push({ role: 'enrolled', fact: input.enrolled });
  boxes.push({
    id: 'enrolment',
    stage: 'enrolment',
    column: 'center',
    sequence: null,
    arm: null,
    label: { kind: 'enrolment' },
    lines: enrolmentLines,
    tone: 'normal',
  });

  for (const sequence of ['AB', 'BA'] as const) {
    const [first, second] = armsOf(sequence);
    const periodBox = (period: 1 | 2): FlowBoxSpec => {
      const arm = period === 1 ? first : second;
      return {
        id: `period${period}-${sequence}`,
        stage: period === 1 ? 'period1' : 'period2',
        column: periodColumn(sequence, period, mode),
        sequence,
        arm,
        label: { kind: 'period', period, arm, mode },
        lines: [{ role: 'received', fact: input.sequenceN[sequence] }],
        tone: 'normal',
      };
    };
    boxes.push({
      id: `allocation-${sequence}`,
      stage: 'allocation',
      column: sequence === 'AB' ? 'left' : 'right',
      sequence,
      arm: null,
      label: { kind: 'allocation', sequence, first },
      lines: [{ role: 'participants', fact: input.sequenceN[sequence] }],
      tone: 'normal',
    });
    boxes.push(periodBox(1));
    boxes.push({
      id: `washout-${sequence}`,
      stage: 'washout',
      column: periodColumn(sequence, 1, mode),
      sequence,
      arm: null,
      label: { kind: 'between-periods' },
      lines: [{ role: 'interval', fact: input.washout }],
      tone: 'washout',
    });
    boxes.push(periodBox(2));
    links.push(
      { id: `enrolment-${sequence}`, from: 'enrolment', to: `allocation-${sequence}`, sequence },
      {
        id: `allocation-period1-${sequence}`,
        from: `allocation-${sequence}`,
        to: `period1-${sequence}`,
        sequence,
      },
      {
        id: `period1-washout-${sequence}`,
        from: `period1-${sequence}`,
        to: `washout-${sequence}`,
        sequence,
      },
      {
        id: `washout-period2-${sequence}`,
        from: `washout-${sequence}`,
        to: `period2-${sequence}`,
        sequence,
      },
      { id: `period2-analysis-${sequence}`, from: `period2-${sequence}`, to: 'analysis', sequence },
    );
  }

  const analysisLines: FlowLineSpec[] = [
    { role: 'analysed', fact: input.analysed },
    { role: 'discontinued', fact: input.discontinued },
  ];
  if (input.discontinuedReasons) {
    analysisLines.push({ role: 'reasons', fact: input.discontinuedReasons });
  }
  if (input.discontinuedTiming) {
    analysisLines.push({ role: 'timing', fact: input.discontinuedTiming });
  }
  boxes.push({
    id: 'analysis',
    stage: 'analysis',
    column: 'center',
    sequence: null,
    arm: null,
    label: { kind: 'analysis', compare: 'within' },
    lines: analysisLines,
    tone: 'normal',
  });

  if (input.stopped) {
    const stopLines: FlowLineSpec[] = [{ role: 'value', fact: input.stopped.ending }];
    if (input.stopped.rule) stopLines.push({ role: 'rule', fact: input.stopped.rule });
    boxes.push({
      id: 'stopped',
      stage: 'analysis',
      column: 'center',
      sequence: null,
      arm: null,
      label: { kind: 'stopped' },
      lines: stopLines,
      tone: 'stop',
    });
    links.push({ id: 'analysis-stopped', from: 'analysis', to: 'stopped', sequence: null });
  }

  const columns: FlowDiagramSpec['columns'] =
    mode === 'period'
      ? {
          left: { kind: 'sequence', sequence: 'AB', first: 'A' },
          right: { kind: 'sequence', sequence: 'BA', first: 'B' },
        }
      : { left: { kind: 'arm', arm: 'A' }, right: { kind: 'arm', arm: 'B' } };

  return {
    boxes,
    links,
    columns,
    footnotes: (input.footnotes ?? []).map((fact) => ({ role: 'fact' as const, fact })),
  };
}

/** Index (0-based) of a stage in the build order (−1 for a stage the build does not have). */
export function stageIndex(stage: DesignStage): number {
  return (FLOW_STAGES as readonly string[]).indexOf(stage);
}

/** Boxes and links visible when the first `step` stages are revealed. */
export function visibleAtStep<B extends { id: string; stage: DesignStage }>(
  diagram: { boxes: B[]; links: FlowLink[] },
  step: number,
) {
  const boxes = diagram.boxes.filter((box) => stageIndex(box.stage) < step);
  const ids = new Set(boxes.map((box) => box.id));
  const links = diagram.links.filter((link) => ids.has(link.from) && ids.has(link.to));
  return { boxes, links };
}

export interface ReconciliationCheck {
  name: string;
  /** true: the known numbers add up; false: they do not; null: not checkable (unknowns). */
  holds: boolean | null;
  detail: string;
}

/**
 * Check that the known counts add up: the sequences sum to the enrolled number, and enrolled minus
 * discontinued equals analysed. A check with any unknown input is null — unknowns propagate.
 */
export function reconcileFlow(input: CrossoverFlowInput): ReconciliationCheck[] {
  const enrolled = countOf(input.enrolled);
  const ab = countOf(input.sequenceN.AB);
  const ba = countOf(input.sequenceN.BA);
  const discontinued = countOf(input.discontinued);
  const analysed = countOf(input.analysed);
  const checks: ReconciliationCheck[] = [];

  checks.push(
    ab === null || ba === null || enrolled === null
      ? {
          name: 'sequences sum to enrolled',
          holds: null,
          detail: 'the split between sequences is not reported',
        }
      : {
          name: 'sequences sum to enrolled',
          holds: ab + ba === enrolled,
          detail: `${ab} + ${ba} = ${ab + ba}; enrolled ${enrolled}`,
        },
  );
  checks.push(
    enrolled === null || discontinued === null || analysed === null
      ? {
          name: 'enrolled − discontinued = analysed',
          holds: null,
          detail: 'a count is not reported',
        }
      : {
          name: 'enrolled − discontinued = analysed',
          holds: enrolled - discontinued === analysed,
          detail: `${enrolled} − ${discontinued} = ${enrolled - discontinued}; analysed ${analysed}`,
        },
  );
  const planned = countOf(input.planned);
  if (planned !== null && enrolled !== null) {
    checks.push({
      name: 'enrolled ≤ planned',
      holds: enrolled <= planned,
      detail: `${enrolled} of ${planned} planned`,
    });
  }
  return checks;
}

export interface ParallelFlowInput {
  /** Plural noun for the subjects, e.g. "rats". */
  subjects: string;
  groups: readonly [{ label: string; n: FactData }, { label: string; n: FactData }];
  about: readonly FactData[];
  testing: readonly FactData[];
  taskName: string;
  endpoint: FactData;
  result: FactData;
  effectWindow: FactData;
}

/**
 * A two-group parallel design (each subject gets one condition), drawn with the same boxes and
 * links as the crossover so the two can be compared: no periods, no washout, no crossing.
 */
export function parallelFlow(input: ParallelFlowInput): FlowDiagramSpec {
  const boxes: FlowBoxSpec[] = [
    {
      id: 'enrolment',
      stage: 'enrolment',
      column: 'center',
      sequence: null,
      arm: null,
      label: { kind: 'subjects', subjects: input.subjects },
      lines: input.about.map((fact) => ({ role: 'fact' as const, fact })),
      tone: 'normal',
    },
  ];
  const links: FlowLink[] = [];
  const sides = ['left', 'right'] as const;
  sides.forEach((side, index) => {
    const group = input.groups[index]!;
    boxes.push({
      id: `allocation-${side}`,
      stage: 'allocation',
      column: side,
      sequence: null,
      arm: side === 'left' ? 'A' : 'B',
      label: { kind: 'group', label: group.label },
      lines: [{ role: 'animals', fact: group.n }],
      tone: 'normal',
    });
    boxes.push({
      id: `testing-${side}`,
      stage: 'period1',
      column: side,
      sequence: null,
      arm: side === 'left' ? 'A' : 'B',
      label: { kind: 'task', name: input.taskName },
      lines: input.testing.map((fact) => ({ role: 'fact' as const, fact })),
      tone: 'normal',
    });
    links.push(
      { id: `enrolment-${side}`, from: 'enrolment', to: `allocation-${side}`, sequence: null },
      {
        id: `allocation-testing-${side}`,
        from: `allocation-${side}`,
        to: `testing-${side}`,
        sequence: null,
      },
      { id: `testing-analysis-${side}`, from: `testing-${side}`, to: 'analysis', sequence: null },
    );
  });
  boxes.push({
    id: 'analysis',
    stage: 'analysis',
    column: 'center',
    sequence: null,
    arm: null,
    label: { kind: 'analysis', compare: 'between' },
    lines: [
      { role: 'value', fact: input.endpoint },
      { role: 'value', fact: input.result },
      { role: 'fact', fact: input.effectWindow },
    ],
    tone: 'normal',
  });
  return {
    boxes,
    links,
    columns: {
      left: { kind: 'text', text: input.groups[0].label },
      right: { kind: 'text', text: input.groups[1].label },
    },
    footnotes: [],
  };
}
