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

export const STAGE_LABELS: Record<FlowStage, string> = {
  enrolment: 'Enrolment',
  allocation: 'Allocation to a sequence',
  period1: 'Period 1',
  washout: 'Washout',
  period2: 'Period 2',
  analysis: 'Analysis',
};

/** One line of text in a box; `fact` links it to its provenance. */
export interface FlowLine {
  text: string;
  fact?: FactData;
}

export interface FlowBox {
  id: string;
  stage: FlowStage;
  column: Column;
  /** The sequence this box belongs to (null for boxes shared by both). */
  sequence: SequenceId | null;
  /** The condition received in this box, for period boxes. */
  arm: ArmId | null;
  title: string;
  lines: FlowLine[];
  tone: 'normal' | 'washout' | 'stop';
}

export interface FlowLink {
  id: string;
  from: string;
  to: string;
  /** The sequence whose path this link is part of (null: shared by both). */
  sequence: SequenceId | null;
}

export interface FlowDiagram {
  boxes: FlowBox[];
  links: FlowLink[];
  /** Column headings for this arrangement. */
  columns: { left: string; right: string };
  /** Footnotes printed under the diagram (e.g. a registry discrepancy). */
  footnotes: FlowLine[];
}

export interface ArmInfo {
  label: string;
}

export interface CrossoverFlowInput {
  arms: Record<ArmId, ArmInfo>;
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

/** Build the crossover diagram for an arrangement. */
export function crossoverFlow(input: CrossoverFlowInput, mode: FlowMode): FlowDiagram {
  const { arms } = input;
  const boxes: FlowBox[] = [];
  const links: FlowLink[] = [];

  const enrolmentLines: FlowLine[] = [];
  if (input.planned)
    enrolmentLines.push({ text: `Planned: ${input.planned.value}`, fact: input.planned });
  enrolmentLines.push({ text: countText(input.enrolled), fact: input.enrolled });
  boxes.push({
    id: 'enrolment',
    stage: 'enrolment',
    column: 'center',
    sequence: null,
    arm: null,
    title: 'Randomised to an order',
    lines: enrolmentLines,
    tone: 'normal',
  });

  for (const sequence of ['AB', 'BA'] as const) {
    const [first, second] = armsOf(sequence);
    /** Period 1 or 2 of this sequence: the condition received, with its (usually unknown) count. */
    const periodBox = (period: 1 | 2): FlowBox => {
      const arm = period === 1 ? first : second;
      return {
        id: `period${period}-${sequence}`,
        stage: period === 1 ? 'period1' : 'period2',
        column: periodColumn(sequence, period, mode),
        sequence,
        arm,
        title: periodTitle(period, arms[arm].label, mode),
        lines: [
          {
            text: `Received: ${countValue(input.sequenceN[sequence])}`,
            fact: input.sequenceN[sequence],
          },
        ],
        tone: 'normal',
      };
    };
    const sequenceColumn: Column = sequence === 'AB' ? 'left' : 'right';
    boxes.push({
      id: `allocation-${sequence}`,
      stage: 'allocation',
      column: sequenceColumn,
      sequence,
      arm: null,
      title: `Sequence ${sequence}: ${arms[first].label} first`,
      lines: [
        {
          text: `Participants: ${countValue(input.sequenceN[sequence])}`,
          fact: input.sequenceN[sequence],
        },
      ],
      tone: 'normal',
    });
    boxes.push(periodBox(1));
    boxes.push({
      id: `washout-${sequence}`,
      stage: 'washout',
      column: periodColumn(sequence, 1, mode),
      sequence,
      arm: null,
      title: 'Washout',
      lines: [{ text: intervalText(input.washout), fact: input.washout }],
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

  const analysisLines: FlowLine[] = [
    { text: `Analysed: ${countValue(input.analysed)}`, fact: input.analysed },
    { text: `Did not complete both: ${countValue(input.discontinued)}`, fact: input.discontinued },
  ];
  if (input.discontinuedReasons) {
    analysisLines.push({
      text: `Why: ${countValue(input.discontinuedReasons)}`,
      fact: input.discontinuedReasons,
    });
  }
  if (input.discontinuedTiming) {
    analysisLines.push({
      text: `When: ${countValue(input.discontinuedTiming)}`,
      fact: input.discontinuedTiming,
    });
  }
  boxes.push({
    id: 'analysis',
    stage: 'analysis',
    column: 'center',
    sequence: null,
    arm: null,
    title: 'Analysis: each person compared with themselves',
    lines: analysisLines,
    tone: 'normal',
  });

  if (input.stopped) {
    const stopLines: FlowLine[] = [
      { text: String(input.stopped.ending.value), fact: input.stopped.ending },
    ];
    if (input.stopped.rule) {
      stopLines.push({
        text: `Formal stopping rule: ${countValue(input.stopped.rule)}`,
        fact: input.stopped.rule,
      });
    }
    boxes.push({
      id: 'stopped',
      stage: 'analysis',
      column: 'center',
      sequence: null,
      arm: null,
      title: 'Trial stopped early',
      lines: stopLines,
      tone: 'stop',
    });
    links.push({ id: 'analysis-stopped', from: 'analysis', to: 'stopped', sequence: null });
  }

  const columns =
    mode === 'period'
      ? {
          left: `Sequence AB (${arms.A.label} first)`,
          right: `Sequence BA (${arms.B.label} first)`,
        }
      : { left: arms.A.label, right: arms.B.label };

  return {
    boxes,
    links,
    columns,
    footnotes: (input.footnotes ?? []).map((fact) => ({
      text: `${fact.label}: ${countValue(fact)}`,
      fact,
    })),
  };
}

function periodTitle(period: 1 | 2, armLabel: string, mode: FlowMode): string {
  return mode === 'period' ? `Period ${period}: ${armLabel}` : `${armLabel} (period ${period})`;
}

/** "68 people", "not reported" — a count with its unit. */
export function countText(fact: FactData): string {
  if (fact.value === null) return `${fact.label}: not reported`;
  return `${fact.value}${fact.unit ? ` ${fact.unit}` : ''}`;
}

function countValue(fact: FactData): string {
  return fact.value === null ? 'not reported' : `${String(fact.value)}`;
}

/** "2 weeks", "about 1 month". */
export function intervalText(fact: FactData): string {
  if (fact.value === null) return 'not reported';
  const text = `${fact.value}${fact.unit ? ` ${fact.unit}` : ''}`;
  return fact.approximate ? `about ${text}` : text;
}

/** Index (0-based) of a stage in the build order. */
export function stageIndex(stage: FlowStage): number {
  return FLOW_STAGES.indexOf(stage);
}

/** Boxes and links visible when the first `step` stages are revealed. */
export function visibleAtStep(diagram: FlowDiagram, step: number) {
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
  groups: Record<'left' | 'right', { label: string; n: FactData }>;
  subjects: FactData[];
  testing: FactData[];
  endpoint: FactData;
  result: FactData;
}

/**
 * A two-group parallel design (each subject gets one condition), drawn with the same boxes and
 * links as the crossover so the two can be compared: no periods, no washout, no crossing.
 */
export function parallelFlow(input: ParallelFlowInput): FlowDiagram {
  const boxes: FlowBox[] = [
    {
      id: 'enrolment',
      stage: 'enrolment',
      column: 'center',
      sequence: null,
      arm: null,
      title: 'Animals assigned to one group each',
      lines: input.subjects.map((fact) => ({ text: `${fact.label}: ${countValue(fact)}`, fact })),
      tone: 'normal',
    },
  ];
  const links: FlowLink[] = [];
  for (const side of ['left', 'right'] as const) {
    const group = input.groups[side];
    boxes.push({
      id: `allocation-${side}`,
      stage: 'allocation',
      column: side,
      sequence: null,
      arm: side === 'left' ? 'A' : 'B',
      title: group.label,
      lines: [{ text: `Animals: ${countValue(group.n)}`, fact: group.n }],
      tone: 'normal',
    });
    boxes.push({
      id: `testing-${side}`,
      stage: 'period1',
      column: side,
      sequence: null,
      arm: side === 'left' ? 'A' : 'B',
      title: 'Harm aversion task',
      lines: input.testing.map((fact) => ({ text: `${fact.label}: ${countValue(fact)}`, fact })),
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
  }
  boxes.push({
    id: 'analysis',
    stage: 'analysis',
    column: 'center',
    sequence: null,
    arm: null,
    title: 'Analysis: one group compared with the other',
    lines: [
      { text: String(input.endpoint.value), fact: input.endpoint },
      { text: String(input.result.value), fact: input.result },
    ],
    tone: 'normal',
  });
  return {
    boxes,
    links,
    columns: { left: input.groups.left.label, right: input.groups.right.label },
    footnotes: [],
  };
}
