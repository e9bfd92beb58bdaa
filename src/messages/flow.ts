/**
 * Words for the flow diagram and the Designs view's live summaries: the model (src/model) returns
 * boxes and lines as data; these functions turn them into text. One place for the words, ready to
 * become a catalogue.
 */
import {
  FLOW_STAGES,
  armsOf,
  type ArmId,
  type BoxLabel,
  type ColumnLabel,
  type FlowDiagram,
  type FlowDiagramSpec,
  type FlowLineSpec,
  type FlowStage,
  type SequenceId,
} from '../model/crossoverFlow';
import type { FactData } from '../data/schema';
import { hiddenText, formatFactValue, notReported } from '../data/format';

export type ArmLabels = Record<ArmId, string>;

export const STAGE_LABELS: Record<FlowStage, string> = {
  enrolment: 'Enrolment',
  allocation: 'Allocation to a sequence',
  period1: 'Period 1',
  washout: 'Between the periods',
  period2: 'Period 2',
  analysis: 'Analysis',
};

/** The stages inside a sentence ("up to the time between the periods"). */
const STAGE_PHRASES: Record<FlowStage, string> = {
  enrolment: 'enrolment',
  allocation: 'allocation to a sequence',
  period1: 'period 1',
  washout: 'the time between the periods',
  period2: 'period 2',
  analysis: 'the analysis',
};

/** "2 weeks", "about 1 month", "not reported". */
export function intervalText(fact: FactData): string {
  return formatFactValue(fact);
}

function countValue(fact: FactData): string {
  return fact.value === null ? notReported() : formatFactValue({ ...fact, unit: undefined });
}

/** A lower-case first letter, unless the word is an acronym ("HAM-D"). */
export function lowerFirst(text: string): string {
  return text.length > 1 && text[1] !== text[1]!.toUpperCase()
    ? text[0]!.toLowerCase() + text.slice(1)
    : text;
}

export function boxTitle(label: BoxLabel, arms: ArmLabels): string {
  switch (label.kind) {
    case 'enrolment':
      return 'Randomised to an order';
    case 'allocation':
      return `Sequence ${label.sequence}: ${arms[label.first]} first`;
    case 'period':
      return label.mode === 'period'
        ? `Period ${label.period}: ${arms[label.arm]}`
        : `${arms[label.arm]} (period ${label.period})`;
    case 'between-periods':
      return 'Between the periods';
    case 'analysis':
      return label.compare === 'within'
        ? 'Analysis: each person compared with themselves'
        : 'Analysis: one group compared with the other';
    case 'stopped':
      return 'Trial stopped early';
    case 'subjects':
      return `${label.subjects[0]!.toUpperCase()}${label.subjects.slice(1)} assigned to one group each`;
    case 'group':
      return label.label;
    case 'task':
      return label.name;
  }
}

export function lineText({ role, fact }: FlowLineSpec): string {
  switch (role) {
    case 'planned':
      return `Planned: ${countValue(fact)}`;
    case 'enrolled':
      return fact.value === null ? `${fact.label}: ${notReported()}` : formatFactValue(fact);
    case 'participants':
      return `Participants: ${countValue(fact)}`;
    case 'received':
      return `Received: ${countValue(fact)}`;
    case 'interval':
      return `${fact.label}: ${intervalText(fact)}`;
    case 'analysed':
      return `Analysed: ${countValue(fact)}`;
    case 'discontinued':
      return `Did not complete both: ${countValue(fact)}`;
    case 'reasons':
      return `Why: ${countValue(fact)}`;
    case 'timing':
      return `When: ${countValue(fact)}`;
    case 'rule':
      return `Formal stopping rule: ${countValue(fact)}`;
    case 'animals':
      return `Animals: ${countValue(fact)}`;
    case 'fact':
      return `${fact.label}: ${formatFactValue(fact)}`;
    case 'value':
      return formatFactValue(fact);
  }
}

function columnText(label: ColumnLabel, arms: ArmLabels): string {
  switch (label.kind) {
    case 'sequence':
      return `Sequence ${label.sequence} (${arms[label.first]} first)`;
    case 'arm':
      return arms[label.arm];
    case 'text':
      return label.text;
  }
}

/**
 * The diagram with its words, ready for layout. A result the reader has not revealed yet is not
 * written into the diagram: its line says where it is revealed.
 */
export function flowText(spec: FlowDiagramSpec, arms: ArmLabels, revealed = true): FlowDiagram {
  const text = (line: FlowLineSpec) =>
    line.fact.reveals && !revealed ? `${line.fact.label}: ${hiddenText()}` : lineText(line);
  return {
    boxes: spec.boxes.map((box) => ({
      ...box,
      title: boxTitle(box.label, arms),
      lines: box.lines.map((line) => ({ text: text(line), fact: line.fact })),
    })),
    links: spec.links,
    columns: {
      left: columnText(spec.columns.left, arms),
      right: columnText(spec.columns.right, arms),
    },
    footnotes: spec.footnotes.map((line) => ({ text: text(line), fact: line.fact })),
  };
}

export interface SummaryInput {
  armLabels: ArmLabels;
  interval: FactData;
  sequence: SequenceId | null;
  step: number;
  /** Whether the split between the sequences is reported (a count on both sequences). */
  splitReported?: boolean;
}

/** "Sequence BA: placebo first, ketamine 2 weeks later." */
export function sequenceSentence({
  armLabels,
  interval,
  sequence,
  splitReported = false,
}: SummaryInput): string {
  const gap = intervalText(interval);
  if (sequence === null) {
    return `Both sequences: some participants had ${lowerFirst(armLabels.A)} first and the others ${lowerFirst(armLabels.B)} first${splitReported ? '' : ' (how many in each is not reported)'}, ${gap} apart.`;
  }
  const [first, second] = armsOf(sequence);
  return `Sequence ${sequence}: ${lowerFirst(armLabels[first])} first, ${lowerFirst(armLabels[second])} ${gap} later.`;
}

/** "Showing stages 1–4 of 6, up to the washout." */
export function stepSentence(step: number): string {
  const total = FLOW_STAGES.length;
  const clamped = Math.min(total, Math.max(1, step));
  const stage = FLOW_STAGES[clamped - 1]!;
  if (clamped >= total) return `Showing all ${total} stages, from enrolment to analysis.`;
  if (clamped === 1) return `Showing stage 1 of ${total}: ${STAGE_PHRASES[stage]}.`;
  return `Showing stages 1–${clamped} of ${total}, up to ${STAGE_PHRASES[stage]}.`;
}

export function flowSummary(input: SummaryInput): string {
  return `${sequenceSentence(input)} ${stepSentence(input.step)}`;
}
